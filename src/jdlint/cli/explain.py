"""``jdlint explain RULE``: why a rule matters, what to write instead, and its examples."""

from __future__ import annotations

import difflib
import textwrap
from pathlib import Path

import click

from jdlint.errors import RuleError


@click.command("explain")
@click.argument("rule")
@click.option("--extra-rules", multiple=True, type=click.Path(path_type=Path, exists=True,
              file_okay=False), help="Also load rule files from this folder.")
def command(rule: str, extra_rules: tuple[Path, ...]) -> None:
    """Explain one rule (by code, e.g. JD101, or by name)."""
    from jdlint.judge.rules import load_ruleset

    try:
        ruleset = load_ruleset(extra_rules)
    except RuleError as error:
        raise click.UsageError(str(error)) from error
    try:
        found = ruleset.get(rule)
    except RuleError:
        known = [r.code for r in ruleset.rules] + [r.name for r in ruleset.rules]
        close = difflib.get_close_matches(rule, known, n=3, cutoff=0.5) or [
            r.code for r in ruleset.rules]
        raise click.UsageError(f"unknown rule {rule!r}; did you mean: {', '.join(close)}?"
                               ) from None
    click.echo(f"{found.code} {found.name} (severity up to {found.severity})")
    click.echo(f"\n{found.message}")
    for heading, text in (("What it reports", found.description),
                          ("Why it matters", found.rationale),
                          ("What to write instead", found.suggestion)):
        click.echo(f"\n{heading}:")
        for paragraph in text.split("\n\n"):
            click.echo(textwrap.fill(" ".join(paragraph.split()), 88,
                                     initial_indent="  ", subsequent_indent="  "))
    for heading, examples in (("Reported", found.examples_fire),
                              ("Not reported", found.examples_pass)):
        click.echo(f"\n{heading}:")
        for example in examples:
            post = f"  [post: {example.title}]" if example.title else ""
            level = "" if example.level == "essential" else f"  [{example.level}]"
            click.echo(f"  - {example.text}{post}{level}")

"""``jdlint rules``: list the rules with their code, name, severity and message."""

from __future__ import annotations

import json
from pathlib import Path

import click

from jdlint.errors import RuleError


@click.command("rules")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Plain columns, or JSON for tools.")
@click.option("--extra-rules", multiple=True, type=click.Path(path_type=Path, exists=True,
              file_okay=False), help="Also load rule files from this folder.")
def command(output_format: str, extra_rules: tuple[Path, ...]) -> None:
    """List the rules: code, name, severity and what each one reports."""
    from jdlint.judge.rules import load_ruleset

    try:
        ruleset = load_ruleset(extra_rules)
    except RuleError as error:
        raise click.UsageError(str(error)) from error
    if output_format == "json":
        rows = [{"code": r.code, "name": r.name, "severity": str(r.severity),
                 "message": r.message} for r in ruleset.rules]
        click.echo(json.dumps({"rules": rows}, indent=2))
        return
    width = max(len(r.name) for r in ruleset.rules)
    for rule in ruleset.rules:
        click.echo(f"{rule.code}  {rule.name:<{width}}  {rule.severity!s:<7}  {rule.message}")

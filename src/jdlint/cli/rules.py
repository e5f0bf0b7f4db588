"""``jdlint rules``: list the rules, or check a trust's own rule folder against its examples."""

from __future__ import annotations

import json
from pathlib import Path

import click

from jdlint.errors import ExitCode, RuleError


@click.command("rules")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Plain columns, or JSON for tools.")
@click.option("--extra-rules", multiple=True, type=click.Path(path_type=Path, exists=True,
              file_okay=False), help="Also load rule files from this folder.")
@click.option("--check", "check_dirs", multiple=True, metavar="DIR",
              type=click.Path(path_type=Path, exists=True, file_okay=False),
              help="Run the examples of the rules in this folder and print each outcome "
                   "(exit 1 if one fails).")
def command(output_format: str, extra_rules: tuple[Path, ...],
            check_dirs: tuple[Path, ...]) -> None:
    """List the rules: code, name, severity and what each one reports.

    With --check DIR, run every example of the rules in DIR (a trust's own rule folder) under
    the shipped rules and lexicon, print each one's outcome, and report shipped rules whose
    examples the folder's lexicon entries break. Exit codes: 0 all as expected; 1 an example
    failed; 2 a rule file is invalid.
    """
    from jdlint.judge.messages import readable
    from jdlint.judge.rules import load_ruleset

    try:
        ruleset = load_ruleset((*extra_rules, *check_dirs))
    except RuleError as error:
        raise click.UsageError(str(error)) from error
    if check_dirs:
        raise SystemExit(_check(ruleset, check_dirs))
    if output_format == "json":
        rows = [{"code": r.code, "name": r.name, "severity": str(r.severity),
                 "message": r.message, "summary": readable(r.message)} for r in ruleset.rules]
        click.echo(json.dumps({"rules": rows}, indent=2))
        return
    width = max(len(r.name) for r in ruleset.rules)
    for rule in ruleset.rules:
        click.echo(f"{rule.code}  {rule.name:<{width}}  {rule.severity!s:<7}  "
                   f"{readable(rule.message)}")


def _check(ruleset: object, folders: tuple[Path, ...]) -> ExitCode:
    from jdlint.judge.examples import check_examples
    from jdlint.judge.rules import RuleSet

    assert isinstance(ruleset, RuleSet)
    roots = [folder.resolve() for folder in folders]
    outcomes = check_examples(ruleset)

    def own(path: str) -> bool:
        return any(Path(path).resolve().is_relative_to(root) for root in roots)

    shown = [o for o in outcomes if own(o.rule.path) or o.problem is not None]
    for rule_path in dict.fromkeys(o.rule.path for o in shown):
        click.echo(rule_path)
        for outcome in (o for o in shown if o.rule.path == rule_path):
            click.echo(f"  {outcome.describe()}")
    failed = sum(o.problem is not None for o in shown)
    checked = sum(own(o.rule.path) for o in outcomes)
    click.echo(f"{checked} examples of {len(folders)} folder{'s' * (len(folders) != 1)} "
               f"checked: {failed} failed", err=True)
    if not checked:
        click.echo("jdlint: warning: no rule with examples in "
                   f"{', '.join(str(f) for f in folders)}", err=True)
    return ExitCode.FINDINGS if failed else ExitCode.OK

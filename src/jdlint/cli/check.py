"""``jdlint check``: lint files and folders, report findings, exit with a documented code."""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from jdlint.cli.options import common_run_options, prepare_run, write_output
from jdlint.errors import ExitCode
from jdlint.outputs import OUTPUTS, OutputKind, RenderContext, report_names
from jdlint.results import DocumentResult, FailOn, Status


@click.command("check")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--output-format", "--format", "output_format",
              type=click.Choice(report_names()), default="text", show_default=True,
              help="Output format: " + "; ".join(
                  f"{o.name}, {o.description}" for o in OUTPUTS if o.kind is OutputKind.REPORT)
              + ".")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False),
              help="Write the report to this file (atomically) instead of standard output.")
@click.option("--fail-on", type=click.Choice([f.value for f in FailOn]), default=None,
              help="Lowest severity that fails the run (default: warning, or the configuration).")
@click.option("--write-baseline", type=click.Path(path_type=Path, dir_okay=False),
              help="Record today's findings in this baseline file and exit 0.")
@click.option("--baseline", type=click.Path(path_type=Path, exists=True, dir_okay=False),
              help="Fail only on findings that are not in this baseline file.")
@click.option("--statistics", is_flag=True,
              help="Print how many findings each rule made instead of the findings.")
@click.option("--exit-zero", is_flag=True,
              help="Exit 0 even when there are findings (errors still exit 2 or 3).")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto",
              show_default=True, help="Colour the text output: auto colours on a terminal "
              "unless NO_COLOR is set (FORCE_COLOR forces it).")
@click.option("--no-color", "no_color", is_flag=True, hidden=True,
              help="The same as --color never.")
@click.option("-v", "--verbose", is_flag=True,
              help="Show what the reading libraries warned about each file.")
@common_run_options
def command(paths: tuple[Path, ...], output_format: str, output: Path | None, fail_on: str | None,
            write_baseline: Path | None, baseline: Path | None, statistics: bool, exit_zero: bool,
            color: str, no_color: bool, verbose: bool, **run_options: Any) -> None:
    """Find profession-ringfenced requirements in job descriptions (files or folders, default .).

    Exit codes: 0 nothing at or above --fail-on; 1 findings; 2 usage or configuration error;
    3 some files could not be read.
    """
    prepared = prepare_run(paths, **run_options)
    results = prepared.results
    if baseline is not None:
        from jdlint.run.baseline import apply_baseline, load_baseline

        results = apply_baseline(results, load_baseline(baseline))
    if write_baseline is not None:
        from jdlint.run.baseline import write_baseline as write

        write(results, write_baseline)
        click.echo(f"Baseline written to {write_baseline}.", err=True)
    if statistics:
        click.echo(statistics_table(results), nl=False)
    painted = use_color("never" if no_color else color, to_file=output is not None)
    if not statistics or output is not None:
        write_output(output_format, results, prepared, output,
                     RenderContext(color=painted, quiet=prepared.quiet, verbose=verbose))
    if not prepared.quiet and (statistics or output is not None or output_format != "text"):
        from jdlint.outputs.text import summary_line

        click.echo(summary_line(results), err=True)  # the text report ends with it already
    prepared.echo_problems()
    if write_baseline is not None:
        raise SystemExit(ExitCode.OK)
    threshold = FailOn(fail_on) if fail_on else prepared.settings.fail_on
    code = exit_code(results, threshold)
    raise SystemExit(ExitCode.OK if exit_zero and code is ExitCode.FINDINGS else code)


def use_color(choice: str, *, to_file: bool) -> bool:
    """Decide on colour as the no-color.org and force-color.org conventions ask."""
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return not to_file and sys.stdout.isatty()


def exit_code(results: Sequence[DocumentResult], fail_on: FailOn) -> ExitCode:
    """Return the documented exit code for these results."""
    if any(r.status is Status.ERROR for r in results):
        return ExitCode.UNREADABLE
    for result in results:
        for finding in result.findings:
            if not (finding.suppressed or finding.baselined) and fail_on.fails(finding.severity):
                return ExitCode.FINDINGS
    return ExitCode.OK


def statistics_table(results: Sequence[DocumentResult]) -> str:
    """Return one line per rule that found something: count, code and name, most first."""
    counts: Counter[tuple[str, str]] = Counter(
        (f.rule, f.name) for r in results for f in r.findings if not f.suppressed)
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return "".join(f"{count:>5}  {rule}  {name}\n" for (rule, name), count in ordered)

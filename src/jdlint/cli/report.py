"""``jdlint report``: write a self-contained HTML report for workforce committees."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import click

from jdlint.cli.options import common_run_options, parse_date, prepare_run, write_output
from jdlint.outputs import RenderContext
from jdlint.outputs.html import DEFAULT_TITLE


@click.command("report")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The HTML file to write (replaced atomically).")
@click.option("--title", default=DEFAULT_TITLE, show_default=True, help="The report's heading.")
@click.option("--date", "generated", callback=parse_date, metavar="YYYY-MM-DD",
              help="Show this date as the report's date (default: no date, so reruns give the "
              "same file).")
@common_run_options
def command(paths: tuple[Path, ...], output: Path, title: str, generated: date | None,
            **run_options: Any) -> None:
    """Write one self-contained HTML report for a workforce committee (files or folders,
    default .).

    The page holds headline figures, charts of ringfencing by band, profession and
    directorate, and a sortable, filterable table of documents whose rows open to their
    findings. It needs no network, fonts or scripts from elsewhere: send it by email or put it
    on a shared drive. Exit codes: 0 written; 2 usage or configuration error; 3 written, but
    some files could not be read. Findings do not change the exit code.
    """

    if any(_same_file(output, path) for path in paths):
        raise click.UsageError(f"{output} is one of the input files; choose another output.")
    prepared = prepare_run(paths, **run_options)
    write_output("html", prepared.results, prepared, output,
                 RenderContext(title=title, generated=generated))
    prepared.echo_problems()
    unreadable = prepared.unreadable
    if not prepared.quiet:
        click.echo(f"Report written to {output}.", err=True)
        if unreadable:
            noun = "file" if unreadable == 1 else "files"
            click.echo(f"jdlint: {unreadable} {noun} could not be read; the report lists them.",
                       err=True)
    raise SystemExit(prepared.exit_code())


def _same_file(output: Path, path: Path) -> bool:
    try:
        return output.exists() and output.samefile(path)
    except OSError:
        return False

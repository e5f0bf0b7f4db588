"""``jdlint summary``: a one-row-per-document CSV (or grouped counts) for workforce committees."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from jdlint.cli.options import common_run_options, prepare_run, write_output
from jdlint.outputs import GroupBy, RenderContext


@click.command("summary")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the CSV to this file (replaced atomically) instead of standard output.")
@click.option("--by", "group_by", type=click.Choice([g.value for g in GroupBy]),
              help="Count documents per band, profession or directorate instead of one row per "
              "document. A document restricted to two professions counts in both.")
@common_run_options
def command(paths: tuple[Path, ...], output: Path | None, group_by: str | None,
            **run_options: Any) -> None:
    """Write a one-row-per-document CSV for workforce committees (files or folders, default .).

    The CSV is UTF-8 with a byte-order mark and opens directly in Excel. Exit codes: 0 written;
    2 usage or configuration error; 3 written, but some files could not be read (their rows
    have status "error"). Findings do not change the exit code.
    """

    if output is not None and any(_same_file(output, path) for path in paths):
        raise click.UsageError(f"{output} is one of the input files; choose another output.")
    prepared = prepare_run(paths, **run_options)
    by = GroupBy(group_by) if group_by else None
    write_output("csv", prepared.results, prepared, output, RenderContext(group_by=by))
    if output is not None and not prepared.quiet:
        click.echo(f"Summary written to {output}.", err=True)
    prepared.echo_problems()
    unreadable = prepared.unreadable
    if unreadable and not prepared.quiet:
        noun = "file" if unreadable == 1 else "files"
        click.echo(f"jdlint: {unreadable} {noun} could not be read; see the error column.",
                   err=True)
    raise SystemExit(prepared.exit_code())


def _same_file(output: Path, path: Path) -> bool:
    try:
        return output.exists() and output.samefile(path)
    except OSError:
        return False

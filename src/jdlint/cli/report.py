"""``jdlint report``: write a self-contained HTML report for workforce committees."""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import UTC, date, datetime
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
              help="The date the report says it was generated on (default: SOURCE_DATE_EPOCH "
              "if set, for reproducible files, else today).")
@common_run_options
def command(paths: tuple[Path, ...], output: Path, title: str, generated: date | None,
            **run_options: Any) -> None:
    """Write one self-contained HTML report for a workforce committee (files or folders,
    default .).

    The page opens with the date, the files and folders checked, the number of documents and
    the rules used; then headline figures, charts of ringfencing by band and directorate and of
    the share of posts that require each profession, and a sortable, filterable table of
    documents whose rows open to their findings. It prints on A4. It needs no network, fonts
    or scripts from elsewhere: send it by email or put it on a shared drive. Exit codes: 0
    written; 2 usage or configuration error; 3 written, but some files could not be read.
    Findings do not change the exit code.
    """

    if any(_same_file(output, path) for path in paths):
        raise click.UsageError(f"{output} is one of the input files; choose another output.")
    when = generated or report_date(os.environ)
    prepared = prepare_run(paths, **run_options)
    # A path that is not UTF-8 (a Latin-1 file name) is shown with a replacement character.
    scope = tuple(os.fsencode(path).decode("utf-8", "replace") for path in paths) or (".",)
    write_output("html", prepared.results, prepared, output,
                 RenderContext(title=title, generated=when, scope=scope))
    prepared.echo_problems()
    unreadable = prepared.unreadable
    if not prepared.quiet:
        click.echo(f"Report written to {output}.", err=True)
        if unreadable:
            noun = "file" if unreadable == 1 else "files"
            click.echo(f"jdlint: {unreadable} {noun} could not be read; the report lists them.",
                       err=True)
    raise SystemExit(prepared.exit_code())


def report_date(environ: Mapping[str, str]) -> date:
    """Return the report's date: ``SOURCE_DATE_EPOCH`` (seconds since 1970, UTC) or today.

    The variable is the reproducible-builds convention: set, two runs on the same files give
    the same bytes on any day. A value that is not a whole number is a usage error, not ignored.
    """
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        return datetime.now(UTC).date()
    try:
        return datetime.fromtimestamp(int(epoch), UTC).date()
    except (ValueError, OverflowError, OSError) as exc:
        raise click.UsageError(
            f"SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, got {epoch!r}"
        ) from exc


def _same_file(output: Path, path: Path) -> bool:
    try:
        return output.exists() and output.samefile(path)
    except OSError:
        return False

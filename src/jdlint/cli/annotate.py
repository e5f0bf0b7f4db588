"""``jdlint annotate``: write reviewed Word copies with a comment on the words of each finding."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import click

from jdlint.cli.copies import copy_targets, same_folder
from jdlint.cli.options import common_run_options, parse_date, prepare_run
from jdlint.outputs import RenderContext, output
from jdlint.outputs.common import ordered
from jdlint.outputs.terminal import visible
from jdlint.results import DocumentResult

ANNOTATE = output("annotate")


@click.command("annotate")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--output-dir", required=True, type=click.Path(path_type=Path, file_okay=False),
              help="Folder for the reviewed copies (created if missing).")
@click.option("--suffix", default="", show_default=False, metavar="TEXT",
              help='Added to each copy\'s name, e.g. "-reviewed" gives matron-reviewed.docx. '
              "Needed when --output-dir is the input folder.")
@click.option("--justified", type=click.Choice(["resolved", "omit"]), default="resolved",
              show_default=True,
              help="Justified findings: a comment marked resolved (as Word and LibreOffice "
              'show it) starting "[Justified] reason", or no comment.')
@click.option("--date", "when", callback=parse_date, metavar="YYYY-MM-DD",
              help="Date the comments with this day (default: undated, so reruns give the "
              "same file).")
@common_run_options
def command(paths: tuple[Path, ...], output_dir: Path, suffix: str, justified: str,
            when: date | None, **run_options: Any) -> None:
    """Write a reviewed copy of each .docx with a Word comment on each finding (files or
    folders, default .).

    Each comment sits on the exact words of the requirement and says what it restricts,
    why that matters and a skills-based wording to use instead. The original files are never
    changed. Only .docx files can be annotated: PDF, text, Markdown, OpenDocument and
    web-page files are checked but skipped with a message (use `jdlint report` or `jdlint
    check` for them). Exit codes: 0 written; 2 usage or configuration error; 3 some files
    could not be read (no copy written for them). Findings do not change the exit code.
    """
    from jdlint.outputs.annotate import Justified

    if "/" in suffix or "\\" in suffix:
        raise click.UsageError("--suffix must not contain a path separator.")
    if not suffix and any(same_folder(output_dir, path) for path in paths or (Path("."),)):
        raise click.UsageError(
            f"{output_dir} holds the input files: a copy would replace its original. Choose "
            'another --output-dir, or give --suffix (e.g. --suffix "-reviewed").')
    prepared = prepare_run(paths, **run_options)
    targets = copy_targets(prepared.results, output_dir, suffix)
    output_dir.mkdir(parents=True, exist_ok=True)
    context = RenderContext(rules=tuple(prepared.ruleset.rules), generated=when,
                            justified=Justified(justified).value)
    skipped = 0
    for result in ordered(prepared.results):
        if result.error is None and result.path not in targets:
            skipped += 1  # not a Word file: said once below, not once per file
            continue
        _annotate_one(result, targets.get(result.path), context, quiet=prepared.quiet)
    if skipped and not prepared.quiet:
        noun = "file was" if skipped == 1 else "files were"
        click.echo(f"jdlint: {skipped} {noun} skipped: only .docx can be annotated, not "
                   ".pdf, .txt, .md, .odt or .html (use `jdlint report` or `jdlint check` "
                   "for those).", err=True)
    prepared.echo_problems()
    raise SystemExit(prepared.exit_code())


def _annotate_one(result: DocumentResult, target: Path | None, context: RenderContext, *,
                  quiet: bool) -> None:
    from jdlint.errors import ReadError
    from jdlint.outputs.atomic import atomic_binary_writer

    if result.error is not None:
        click.echo(visible(f"jdlint: {result.path}: not annotated: {result.error.message}"),
                   err=True)
        return
    if target is None:
        return
    try:
        annotated = ANNOTATE.load().copy(Path(result.path).read_bytes(), result, context)
    except (OSError, ReadError) as error:
        click.echo(visible(f"jdlint: {result.path}: not annotated: {error}"), err=True)
        return
    with atomic_binary_writer(target) as tmp:
        tmp.write_bytes(annotated.data)
    for finding in annotated.unplaced:
        click.echo(visible(f"jdlint: {result.path}: no comment for {finding.rule} at "
                           f"{finding.location.describe()}: {finding.match!r} not found in "
                           "the body."), err=True)
    if not quiet:
        count = len(annotated.placed)
        click.echo(visible(f"{target}: {count} comment{'' if count == 1 else 's'}"), err=True)

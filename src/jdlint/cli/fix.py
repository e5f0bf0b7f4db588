"""``jdlint fix``: write copies with each ringfenced requirement rewritten for the author.

.docx copies hold Word tracked changes (the words as written deleted, the rewrite inserted,
both by "jdlint") with a comment giving the reason; .txt and .md copies are rewritten, or with
``--diff`` a unified diff is printed and nothing is written. PDF cannot be edited.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

import click

from jdlint.cli.copies import copy_targets, same_folder
from jdlint.cli.options import common_run_options, parse_date, prepare_run
from jdlint.outputs import output
from jdlint.outputs.common import ordered
from jdlint.outputs.terminal import visible
from jdlint.results import DocumentResult

ANNOTATE = output("annotate")
TEXT_FORMATS = ("txt", "md")
UNFIXED = {"odt": "OpenDocument files", "html": "web pages"}  # read, but no writer for them


@click.command("fix")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--output-dir", type=click.Path(path_type=Path, file_okay=False),
              help="Folder for the fixed copies (created if missing); needed unless --diff.")
@click.option("--suffix", default="", metavar="TEXT",
              help='Added to each copy\'s name, e.g. "-fixed" gives matron-fixed.docx.')
@click.option("--diff", "show_diff", is_flag=True,
              help="For .txt and .md: print a unified diff (for patch -p1 or git apply) and "
              "write nothing.")
@click.option("--date", "when", callback=parse_date, metavar="YYYY-MM-DD",
              help="Date the changes and comments with this day (default: undated).")
@common_run_options
def command(paths: tuple[Path, ...], output_dir: Path | None, suffix: str, show_diff: bool,
            when: date | None, **run_options: Any) -> None:
    """Write a copy of each job description with every ringfenced requirement rewritten
    (files or folders, default .).

    In a .docx copy each rewrite is a Word tracked change by "jdlint" with a comment saying
    why, for the author to accept or reject; findings with no safe rewrite get a comment
    only, and justified findings are not rewritten. .txt and .md copies are rewritten in
    place of the words; --diff prints the change as a unified diff instead. Files with no
    findings get no copy. PDF cannot be edited: fix the source document. The original files
    are never changed. Exit codes: 0 written; 2 usage or configuration error; 3 some files
    could not be read.
    """

    if "/" in suffix or "\\" in suffix:
        raise click.UsageError("--suffix must not contain a path separator.")
    if output_dir is None and not show_diff:
        raise click.UsageError("give --output-dir for the fixed copies, or --diff.")
    if output_dir is not None and not suffix and any(
            same_folder(output_dir, path) for path in paths or (Path("."),)):
        raise click.UsageError(
            f"{output_dir} holds the input files: a copy would replace its original. Choose "
            'another --output-dir, or give --suffix (e.g. --suffix "-fixed").')
    prepared = prepare_run(paths, **run_options)
    quiet = prepared.quiet
    docx_targets = copy_targets(prepared.results, output_dir, suffix) if output_dir else {}
    clean = 0
    for result in ordered(prepared.results):
        if result.error is not None:
            _say(f"jdlint: {result.path}: not fixed: {result.error.message}")
        elif not result.findings:
            clean += 1  # nothing to rewrite or comment on: no copy, no message per file
        elif result.format == "pdf":
            _say(f"jdlint: {result.path}: PDF cannot be edited; fix the source document "
                       "(the .docx it was made from) with jdlint fix.")
        elif result.format in UNFIXED:
            _say(f"jdlint: {result.path}: {UNFIXED[result.format]} are checked, not fixed; "
                 "apply the suggestions of jdlint check in the original (a .docx, or the "
                 "advert in the recruitment system).")
        elif result.format in TEXT_FORMATS:
            _fix_text(result, output_dir, suffix, show_diff=show_diff, quiet=quiet)
        elif result.path in docx_targets:
            _fix_docx(result, docx_targets[result.path], when, prepared, quiet=quiet)
        elif show_diff and not quiet:
            _say(f"jdlint: {result.path}: --diff is for .txt and .md; give --output-dir "
                       "for a tracked-changes copy.")
    if clean and not quiet:
        _say(f"jdlint: {clean} file{' has' if clean == 1 else 's have'} no findings; "
             "no copy written for them.")
    prepared.echo_problems()
    raise SystemExit(prepared.exit_code())


def _fix_text(result: DocumentResult, output_dir: Path | None, suffix: str, *,
              show_diff: bool, quiet: bool) -> None:
    from jdlint.outputs.atomic import atomic_binary_writer
    from jdlint.outputs.fixtext import fix_text, unified_diff

    source = Path(result.path)
    original = source.read_bytes().decode("utf-8", "surrogateescape")
    fixed = fix_text(original, result.findings)
    for finding in fixed.unplaced:
        _say(f"jdlint: {result.path}: not rewritten: {finding.rule} at "
                   f"{finding.location.describe()}: {finding.match!r} not found.")
    if show_diff:
        sys.stdout.write(unified_diff(original, fixed.text, result.path))
        return
    assert output_dir is not None
    target = output_dir / f"{source.stem}{suffix}{source.suffix}"
    if target.resolve() == source.resolve():
        raise click.UsageError(f"the copy of {source} would replace it; choose a --suffix.")
    output_dir.mkdir(parents=True, exist_ok=True)
    with atomic_binary_writer(target) as tmp:
        tmp.write_bytes(fixed.text.encode("utf-8", "surrogateescape"))
    if not quiet:
        count = len(fixed.rewritten)
        _say(f"{target}: {count} rewrite{'' if count == 1 else 's'}")


def _fix_docx(result: DocumentResult, target: Path, when: date | None, prepared: Any, *,
              quiet: bool) -> None:
    from jdlint.errors import ReadError
    from jdlint.outputs.annotate import Justified, annotate
    from jdlint.outputs.atomic import atomic_binary_writer

    try:
        fixed = annotate(Path(result.path).read_bytes(), result.findings,
                         rules=tuple(prepared.ruleset.rules), justified=Justified.RESOLVED,
                         when=when, rewrite=True)
    except (OSError, ReadError) as error:
        _say(f"jdlint: {result.path}: not fixed: {error}")
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    with atomic_binary_writer(target) as tmp:
        tmp.write_bytes(fixed.data)
    for finding in fixed.unplaced:
        _say(f"jdlint: {result.path}: no change for {finding.rule} at "
                   f"{finding.location.describe()}: {finding.match!r} not found in the body.")
    if not quiet:
        count, comments = len(fixed.rewritten), len(fixed.placed)
        _say(f"{target}: {count} tracked change{'' if count == 1 else 's'}, "
                   f"{comments} comment{'' if comments == 1 else 's'}")


def _say(message: str) -> None:
    """One line on standard error; a file name's controls shown, never obeyed."""
    click.echo(visible(message), err=True)

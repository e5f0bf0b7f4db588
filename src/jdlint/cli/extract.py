"""``jdlint extract``: show what jdlint read from each file, block by block.

For checking a reader or a surprising result: the job's title, band, directorate and
reference, then every block with its location, kind, level and section. A file that
cannot be read gets a one-line error (``path: error (encrypted): message``) and the
others go on; the exit code is then 3.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from jdlint.document import Document, Location
from jdlint.errors import ErrorCategory, ReadError
from jdlint.outputs.terminal import visible

_DETAILS = ("title", "band", "directorate", "reference")


@click.command("extract")
@click.argument("files", nargs=-1, required=True,
                type=click.Path(path_type=Path))
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Readable listing or JSON.")
def command(files: tuple[Path, ...], output_format: str) -> None:
    """Show the blocks, sections and levels jdlint reads from each FILE or folder."""
    from jdlint.api import read_path
    from jdlint.errors import ExitCode
    from jdlint.outputs.extract import SCHEMA_VERSION, document_as_dict
    from jdlint.run.diagnostics import captured
    from jdlint.run.discover import discover

    documents: list[dict[str, Any]] = []
    failed = False
    for index, path in enumerate(discover(list(files))):
        try:
            if not path.exists():
                raise ReadError(ErrorCategory.UNREADABLE, "No such file or folder.")
            with captured() as said:
                document = read_path(path)
        except ReadError as error:
            failed = True
            click.echo(visible(f"{path}: error ({error.category}): {error.message}"), err=True)
            continue
        for line in said:
            click.echo(visible(f"jdlint: {path}: reading warning: {line}"), err=True)
        if output_format == "json":
            documents.append(document_as_dict(document))
        else:
            if index:
                click.echo()
            click.echo(visible(render_text(document)))
    if output_format == "json":
        click.echo(json.dumps({"schema_version": SCHEMA_VERSION, "documents": documents},
                              ensure_ascii=False, indent=2))
    raise SystemExit(ExitCode.UNREADABLE if failed else ExitCode.OK)


def render_text(document: Document) -> str:
    """Return a document as an aligned listing an HR officer can read."""
    lines = [f"{document.path} ({document.format}"
             + (f", {document.pages} pages)" if document.pages else ")")]
    for name in _DETAILS:
        value = getattr(document, name)
        lines.append(f"  {name.capitalize():<12} {value if value is not None else '—'}")
    lines.extend(f"  Note         {note}" for note in document.notes)
    rows = [(_where(b.location), str(b.kind), str(b.level), b.section_path or "—",
             (f"[{b.label}] " if b.label else "") + b.text.replace("\n", " / "))
            for b in document.blocks]
    if not rows:
        lines.append("  (no blocks)")
        return "\n".join(lines)
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    widths = [min(width, cap) for width, cap in zip(widths, (24, 10, 11, 40), strict=True)]
    heading = ("Location", "Kind", "Level", "Section", "Text")
    widths = [max(width, len(title)) for width, title in zip(widths, heading, strict=False)]
    lines.append("")
    for row in (heading, *rows):
        cells = [_fit(value, width) for value, width in zip(row, widths, strict=False)]
        lines.append("  " + "  ".join(cells) + "  " + row[4])
    return "\n".join(lines)


def _where(location: Location) -> str:
    """Return a location in the few words a listing has room for."""
    page = f"p{location.page} " if location.page is not None else ""
    if location.table is not None:
        cell = f"table {location.table}"
        if location.row is not None:
            cell += f" r{location.row}"
        if location.column is not None:
            cell += f" c{location.column}"
        return page + cell
    if location.paragraph is not None:
        return f"{page}para {location.paragraph}"
    if location.line is not None:
        return f"{page}line {location.line}"
    return page.strip() or "start"


def _fit(value: str, width: int) -> str:
    return value.ljust(width) if len(value) <= width else value[: width - 1] + "…"

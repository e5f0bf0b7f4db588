"""Read an OpenDocument text (.odt, .ott, flat .fodt) into Lines and Tables in document order.

Why lxml over content.xml and not a library (odfpy, LibreOffice itself): the reader must
give exactly the Word reader's block model (same headings, list items, emphasis hints, table
cells with merged cells once, headers and footers) so structure recovery and rules cannot
tell the formats apart; it must check the zip and parse every part with the locked-down
parser the Word reader uses; and it has the same budget of a few milliseconds per document.
The ODF elements a job description uses are few (``text:h``, ``text:p``, ``text:list``,
``table:table``, the master pages), so reading them directly is short and exact.

What the reader decides (sections, levels, title and band are the structure stage's):

* Headings: ``text:h`` (``heading_level`` = its ``text:outline-level``, 1 when missing), or
  a ``text:p`` whose style (through ``style:parent-style-name``) is "Heading N", has a
  default outline level, or is "Title" (``heading_level`` 0, as in the Word reader).
* List items, emphasis and text: see :mod:`.blocks` and :mod:`.paragraph`.
* Headers and footers: every ``style:header*`` / ``style:footer*`` of every master page in
  styles.xml, in order, one ``HEADER``/``FOOTER`` line per paragraph or table-cell
  paragraph, identical texts once, with an empty ``Location()``; headers first in
  ``items``, footers last, as the Word reader marks them.
* No text in the body (headers and footers do not count) is ``ReadError(NO_TEXT)``.
"""

from __future__ import annotations

from lxml.etree import _Element

from jdlint.document import BlockKind, Line, Location, RawDocument, RawItem
from jdlint.errors import ErrorCategory, ReadError
from jdlint.read.failures import failures
from jdlint.read.odt.blocks import Walker
from jdlint.read.odt.names import office, style
from jdlint.read.odt.package import Parts, open_parts
from jdlint.read.odt.styles import Styles

_HEADERS = tuple(style(n) for n in ("header", "header-first", "header-left"))
_FOOTERS = tuple(style(n) for n in ("footer", "footer-first", "footer-left"))
_DISPLAY = style("display")


def read(data: bytes, name: str) -> RawDocument:
    """Read an .odt or .fodt file's bytes; raise ReadError, never anything else."""
    with failures("The document", "Open it in LibreOffice and save it again."):
        return _read(data, name)


def _read(data: bytes, name: str) -> RawDocument:
    parts = open_parts(data)
    body = parts.content.find(f"{office('body')}/{office('text')}")
    if body is None:
        if parts.content.find(office("body")) is not None:
            raise ReadError(ErrorCategory.UNSUPPORTED_FORMAT,
                            "This OpenDocument file is not a text document (it has no text "
                            "body); jdlint reads word-processor documents.")
        raise ReadError(ErrorCategory.CORRUPT, "The document has no body (office:body).")
    common = parts.styles.find(office("styles")) if parts.styles is not None else None
    walker = Walker(Styles.parse([common, parts.content.find(office("automatic-styles"))]))
    items = walker.body(body)
    if not any(_has_text(item) for item in items):
        raise ReadError(ErrorCategory.NO_TEXT, "The document has no text in its body.")
    headers, footers = _margins(parts, common)
    return RawDocument(path=name, format="odt", items=(*headers, *items, *footers))


def _has_text(item: RawItem) -> bool:
    if isinstance(item, Line):
        return bool(item.text)
    cells = (cell for row in item.rows for cell in row)
    return any(cell.text or any(_has_text(t) for t in cell.nested) for cell in cells)


def _margins(parts: Parts, common: _Element | None) -> tuple[list[Line], list[Line]]:
    """Return the header lines and footer lines of every master page, each text once."""
    if parts.styles is None:
        return [], []
    masters = parts.styles.find(office("master-styles"))
    if masters is None:
        return [], []
    walker = Walker(Styles.parse([common, parts.styles.find(office("automatic-styles"))]))
    found: dict[BlockKind, list[Line]] = {BlockKind.HEADER: [], BlockKind.FOOTER: []}
    seen: dict[BlockKind, set[str]] = {BlockKind.HEADER: set(), BlockKind.FOOTER: set()}
    for page in masters:
        for part in page:
            kind = (BlockKind.HEADER if part.tag in _HEADERS else
                    BlockKind.FOOTER if part.tag in _FOOTERS else None)
            if kind is None or part.get(_DISPLAY) == "false":
                continue
            for line in walker.flat(part):
                if line not in seen[kind]:
                    seen[kind].add(line)
                    found[kind].append(Line(line, kind, Location()))
    return found[BlockKind.HEADER], found[BlockKind.FOOTER]

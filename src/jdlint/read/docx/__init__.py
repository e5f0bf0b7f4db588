"""Read a Word .docx file into Lines and Tables in document order.

Why lxml and not python-docx's object model: the reader must see what python-docx hides or
repeats (tracked insertions and deletions, content controls, text boxes inside
``mc:AlternateContent``, vertical merges that ``table.rows[i].cells`` repeats), it must parse
every part with a locked-down parser after checking the zip itself, and it has a budget of
about 10 ms per document. So the package is opened with :mod:`zipfile`
(:mod:`.package`), and document.xml, styles.xml and the header and footer parts are parsed
directly with lxml; python-docx is not used at read time.

What the reader decides (and nothing more: sections, levels, title and band are the
structure stage's):

* Headings: a paragraph whose style (by name or id, through ``basedOn``) is "Heading N", or
  whose paragraph or style ``w:outlineLvl`` is 0-8, is ``HEADING`` with ``heading_level`` N
  (outline level + 1). The "Title" style is ``heading_level`` 0, one above "Heading 1".
* List items: ``w:numPr`` on the paragraph or its style (``numId`` 0 switches it off), a
  style whose name starts with "List", or a bullet glyph typed at the start ("•", "▪", "◦",
  "➢", a symbol-font bullet, or "-", "–", "*", "o" followed by a space). A typed glyph is
  always stripped from the text, in body paragraphs and in table cells alike; typed
  numbers ("1.", "a)") are kept. A heading style wins over numbering.
* Emphasis: a non-heading, non-list paragraph of at most 12 words whose every visible run is
  bold (directly or through its character or paragraph style) has ``emphasis=True``.
* Text: see :mod:`.runs` (tracked changes read as accepted; tabs, soft breaks and page
  breaks become one space; hidden text and field codes dropped).
* Locations: see :mod:`.blocks` for exactly what ``paragraph``, ``table``, ``row`` and
  ``column`` count. Table cells hold their paragraphs joined by ``"\\n"`` (one list item per
  line); nested tables sit in ``Cell.nested``.
* Text boxes: read once (the ``mc:Choice``, else the ``mc:Fallback``), as items right after
  the paragraph they are anchored in, with that paragraph's number.
* Headers and footers: every header and footer part any section refers to (default, first,
  even), in section order, one ``HEADER``/``FOOTER`` line per paragraph or table-cell
  paragraph, identical texts once, with an empty ``Location()``. Headers come first in
  ``items`` and footers last.
* No text in the body (headers and footers do not count) is ``ReadError(NO_TEXT)``.
"""

from __future__ import annotations

from functools import partial

from lxml.etree import _Element

from jdlint.document import BlockKind, Line, Location, RawDocument, RawItem
from jdlint.errors import ErrorCategory, ReadError
from jdlint.read.docx.blocks import Walker
from jdlint.read.docx.names import R_ID, SECT_PR, w
from jdlint.read.docx.package import Package, check_main, open_package
from jdlint.read.docx.stylecache import styles_for
from jdlint.read.docx.styles import Styles
from jdlint.read.failures import failures

TRACKED_NOTE = "Tracked changes were read as if accepted."


def read(data: bytes, name: str) -> RawDocument:
    """Read a .docx file's bytes; raise ReadError, never anything else, when it cannot be read."""
    with failures("The document", "Open it in Word or LibreOffice and save it again."):
        return _read(data, name)


def _read(data: bytes, name: str) -> RawDocument:
    package = open_package(data)
    try:
        root = package.xml(package.main)
        check_main(root)
        rels = package.relationships(package.main)
        styles_part = next(
            (p for kind, p in rels.values() if kind.endswith("/styles") and package.has(p)), None
        )
        if not styles_part:
            styles = Styles.parse(None)
        else:
            styles = styles_for(package.fingerprint(styles_part),
                                partial(package.read, styles_part),
                                partial(package.parse, styles_part))
        walker = Walker(styles)
        body = root.find(w("body"))
        items = walker.body(body) if body is not None else []
        if not any(_has_text(item) for item in items):
            raise ReadError(ErrorCategory.NO_TEXT, "The document has no text in its body.")
        headers = _margin(package, root, rels, walker, "header", BlockKind.HEADER)
        footers = _margin(package, root, rels, walker, "footer", BlockKind.FOOTER)
    finally:
        package.zip.close()
    return RawDocument(
        path=name,
        format="docx",
        items=(*headers, *items, *footers),
        notes=(TRACKED_NOTE,) if walker.tracked else (),
    )


def _has_text(item: RawItem) -> bool:
    if isinstance(item, Line):
        return bool(item.text)
    cells = (cell for row in item.rows for cell in row)
    return any(cell.text or any(_has_text(t) for t in cell.nested) for cell in cells)


def _margin(
    package: Package,
    root: _Element,
    rels: dict[str, tuple[str, str]],
    walker: Walker,
    kind: str,
    block: BlockKind,
) -> list[Line]:
    """Return the lines of every header (or footer) part the sections refer to, each text once."""
    parts: list[str] = []
    for sect in root.iter(SECT_PR):
        if sect.getparent() is not None and sect.getparent().tag == w("sectPrChange"):
            continue
        for ref in sect.iter(w(f"{kind}Reference")):
            _type, part = rels.get(ref.get(R_ID, ""), ("", ""))
            if part and part not in parts and package.has(part):
                parts.append(part)
    seen: set[str] = set()
    lines: list[Line] = []
    for part in parts:
        for text in walker.flat(package.xml(part)):
            if text not in seen:
                seen.add(text)
                lines.append(Line(text, block, Location()))
    return lines



"""Walk an OpenDocument body (or a header, footer or text box) into Lines and Tables.

Numbering follows the Word reader's, so a person can find an item again:

* ``paragraph`` n: the n-th ``text:p`` or ``text:h`` met walking the body in XML order,
  1-based, counting empty paragraphs and paragraphs inside lists and sections, but not
  paragraphs inside tables or text boxes (text-box paragraphs carry the number of the
  paragraph their box is anchored in).
* ``table`` n: every ``table:table`` in XML order, numbered when it starts (pre-order, so a
  nested table gets the number after its parent's).
* ``row`` r: the r-th ``table:table-row`` of its table (header rows included); ``column`` c:
  the grid column where the cell starts, counting covered cells and repeated columns. A
  merged cell appears once: a ``table:covered-table-cell`` is skipped, its text, if any,
  added to the cell that covers it.

A paragraph is a list item when it stands in a ``text:list-item`` (or its style carries a
list style or a "List…" name, or it starts with a typed bullet); a heading wins over a list.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lxml.etree import _Element

from jdlint.document import BlockKind, Line, Location, RawItem, Table
from jdlint.read.cells import CellDraft
from jdlint.read.odt.names import (
    CELL,
    COVERED,
    LIST,
    LIST_HEADER,
    LIST_ITEM,
    ROW,
    ROW_GROUPS,
    TABLE,
    TRANSPARENT,
    H,
    P,
    table,
    text,
)
from jdlint.read.odt.paragraph import ParagraphText, read_paragraph
from jdlint.read.odt.styles import Styles

EMPHASIS_MAX_WORDS = 12  # as the Word reader: a longer bold paragraph is body text
_MAX_REPEAT = 64  # a repeated cell or column counts at most this many grid columns
_OUTLINE = text("outline-level")
_SPAN_COLUMNS, _REPEAT = table("number-columns-spanned"), table("number-columns-repeated")
_SPAN_ROWS = table("number-rows-spanned")


def children(el: _Element, listed: bool = False) -> Iterator[tuple[_Element, bool]]:
    """Yield the paragraphs and tables of a container, each with whether it is in a list."""
    for child in el:
        tag = child.tag
        if tag in (P, H, TABLE):
            yield child, listed
        elif tag == LIST:
            yield from children(child, listed)
        elif tag == LIST_ITEM:
            yield from children(child, True)
        elif tag == LIST_HEADER:
            yield from children(child, False)
        elif tag in TRANSPARENT:
            yield from children(child, listed)


def _count(el: _Element, name: str) -> int:
    value = el.get(name, "")
    return min(int(value), _MAX_REPEAT) if value.isdigit() and int(value) > 0 else 1


def rows(tbl: _Element) -> Iterator[_Element]:
    """Yield a table's rows in order, through header-row and row-group containers."""
    for child in tbl:
        if child.tag == ROW:
            yield child
        elif child.tag in ROW_GROUPS:
            yield from rows(child)


@dataclass
class Walker:
    """Turn block containers into reader items, counting paragraphs and tables as it goes."""

    styles: Styles
    paragraphs: int = 0
    tables: int = 0

    def body(self, container: _Element, anchor: int | None = None) -> list[RawItem]:
        """Return the Lines and Tables of a body, or of a text box anchored at ``anchor``."""
        items: list[RawItem] = []
        for el, listed in children(container):
            if el.tag == TABLE:
                items.append(self.table(el))
                continue
            if anchor is None:
                self.paragraphs += 1
            number = anchor if anchor is not None else self.paragraphs
            para = read_paragraph(el, self.styles)
            if para.text:
                items.append(self._line(el, para, listed, Location(paragraph=number)))
            for box in para.boxes:
                items.extend(self.body(box, number))
        return items

    def _line(self, el: _Element, para: ParagraphText, listed: bool, where: Location) -> Line:
        heading = self.styles.heading_level(para.style)
        if el.tag == H:
            level = el.get(_OUTLINE, "")
            heading = int(level) if level.isdigit() and 1 <= int(level) <= 9 else heading or 1
        if heading is not None:
            return Line(para.text, BlockKind.HEADING, where, heading_level=heading)
        if listed or para.bulleted or self.styles.is_list(para.style):
            return Line(para.text, BlockKind.LIST_ITEM, where)
        emphasis = para.all_bold and len(para.text.split()) <= EMPHASIS_MAX_WORDS
        return Line(para.text, BlockKind.PARAGRAPH, where, emphasis=emphasis)

    def table(self, tbl: _Element) -> Table:
        """Return a ``table:table`` as a Table, merged cells once, nested tables inside cells."""
        self.tables += 1
        number = self.tables
        found: list[list[CellDraft]] = []
        above: dict[int, tuple[CellDraft, int]] = {}  # column -> (cell, last row it covers)
        for r, tr in enumerate(rows(tbl), start=1):
            row: list[CellDraft] = []
            column = 1
            for tc in tr:
                if tc.tag not in (CELL, COVERED):
                    continue
                width = _count(tc, _REPEAT)
                draft = CellDraft(Location(table=number, row=r, column=column))
                self._cell(tc, draft)
                owner = self._owner(column, r, above, row) if tc.tag == COVERED else None
                if owner is not None:
                    owner.lines.extend(draft.lines)
                    owner.nested.extend(draft.nested)
                elif tc.tag == CELL:
                    span = _count(tc, _SPAN_COLUMNS)
                    width = max(width, span)
                    row.append(draft)
                    last = r + _count(tc, _SPAN_ROWS) - 1
                    for col in range(column, column + span):
                        above[col] = (draft, last)
                column += width
            if row:
                found.append(row)
        frozen = tuple(tuple(cell.freeze() for cell in row) for row in found)
        return Table(frozen, Location(table=number))

    @staticmethod
    def _owner(column: int, r: int, above: dict[int, tuple[CellDraft, int]],
               row: list[CellDraft]) -> CellDraft | None:
        """Return the cell a covered cell belongs to: merged from above, else from the left."""
        cell, last = above.get(column, (None, 0))
        if cell is not None and last >= r:
            return cell
        return row[-1] if row else None

    def _cell(self, container: _Element, draft: CellDraft) -> None:
        for el, _listed in children(container):
            if el.tag == TABLE:
                draft.nested.append(self.table(el))
                continue
            para = read_paragraph(el, self.styles)
            if para.text:
                draft.lines.append(para.text)
            for box in para.boxes:
                self._cell(box, draft)

    def flat(self, container: _Element) -> list[str]:
        """Return every line of a header or footer, table cells in order, nothing numbered."""
        lines: list[str] = []
        for el, _listed in children(container):
            if el.tag == TABLE:
                for tr in rows(el):
                    for tc in tr:
                        if tc.tag in (CELL, COVERED):
                            lines.extend(self.flat(tc))
                continue
            para = read_paragraph(el, self.styles)
            if para.text:
                lines.append(para.text)
            for box in para.boxes:
                lines.extend(self.flat(box))
        return lines

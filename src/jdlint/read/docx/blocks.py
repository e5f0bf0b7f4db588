"""Walk a document body (or a header, footer or text box) into Lines and Tables in reading order.

Numbering, so a person can find an item again:

* ``paragraph`` n: the n-th ``w:p`` met walking the body in XML order, 1-based, counting empty
  paragraphs and paragraphs inside block-level content controls (``w:sdt``) and ``w:customXml``,
  but not paragraphs inside tables or text boxes. With no block-level content controls this is
  python-docx's ``Document.paragraphs[n - 1]``. Text-box paragraphs carry the number of the
  paragraph their box is anchored in.
* ``table`` n: every ``w:tbl`` in XML order, 1-based, numbered when it starts: a nested table
  gets the number after its parent's (pre-order), then numbering resumes with the next table.
* ``row`` r: the r-th ``w:tr`` of its table; ``column`` c: the grid column where the cell
  starts (1-based, after ``w:gridBefore``), so a cell after a two-column merged cell is
  column 3. A merged cell appears once: ``gridSpan`` is one cell; a vertical-merge
  continuation (and a legacy ``hMerge`` continuation) is skipped, its text, if any, added to
  the cell it continues. Rows deleted with tracked changes are skipped (numbers unchanged).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lxml.etree import _Element

from jdlint.document import BlockKind, Line, Location, RawItem, Table
from jdlint.read.cells import CellDraft
from jdlint.read.docx.names import (
    DEL,
    MC_ALTERNATE,
    SDT,
    SDT_CONTENT,
    TBL,
    TC,
    TCPR,
    TR,
    TRANSPARENT,
    TRPR,
    W_VAL,
    P,
    choose,
    first_child,
    w,
)
from jdlint.read.docx.runs import ParagraphText, placeholder, read_paragraph
from jdlint.read.docx.styles import Styles, level_of, numbered
from jdlint.read.locations import at_paragraph, in_table

_GRIDBEFORE, _GRIDSPAN, _VMERGE, _HMERGE = (
    w("gridBefore"), w("gridSpan"), w("vMerge"), w("hMerge")
)
EMPHASIS_MAX_WORDS = 12  # a bold paragraph longer than this is body text, not a label


def children(el: _Element, *tags: str) -> Iterator[_Element]:
    """Yield children with these tags, looking through content controls and mc branches."""
    for child in el:
        tag = child.tag
        if tag in tags:
            yield child
        elif tag == SDT:
            content = first_child(child, SDT_CONTENT)
            if content is not None and not placeholder(child):
                yield from children(content, *tags)
        elif tag in TRANSPARENT:
            yield from children(child, *tags)
        elif tag == MC_ALTERNATE:
            branch = choose(child)
            if branch is not None:
                yield from children(branch, *tags)


def _cell_properties(
    tcpr: _Element | None,
) -> tuple[_Element | None, _Element | None, _Element | None]:
    """Return a ``w:tcPr``'s first ``gridSpan``, ``vMerge`` and ``hMerge``, in one look."""
    span = vmerge = hmerge = None
    if tcpr is not None:
        for prop in tcpr:
            tag = prop.tag
            if tag == _GRIDSPAN:
                span = prop if span is None else span
            elif tag == _VMERGE:
                vmerge = prop if vmerge is None else vmerge
            elif tag == _HMERGE:
                hmerge = prop if hmerge is None else hmerge
    return span, vmerge, hmerge


def _int(el: _Element | None, default: int) -> int:
    value = el.get(W_VAL, "") if el is not None else ""
    return int(value) if value.isdigit() else default


@dataclass
class Walker:
    """Turn block containers into reader items, counting paragraphs and tables as it goes."""

    styles: Styles
    paragraphs: int = 0
    tables: int = 0
    tracked: bool = False

    def body(self, container: _Element, anchor: int | None = None) -> list[RawItem]:
        """Return the Lines and Tables of a body, or of a text box anchored at ``anchor``."""
        items: list[RawItem] = []
        for el in children(container, P, TBL):
            if el.tag == TBL:
                items.append(self.table(el))
                continue
            if anchor is None:
                self.paragraphs += 1
            number = anchor if anchor is not None else self.paragraphs
            para = self._read(el)
            if para.text:
                items.append(self._line(el, para, at_paragraph(number)))
            for box in para.boxes:
                items.extend(self.body(box, number))
        return items

    def _read(self, p: _Element) -> ParagraphText:
        para = read_paragraph(p, self.styles)
        self.tracked = self.tracked or para.tracked
        return para

    def _line(self, p: _Element, para: ParagraphText, location: Location) -> Line:
        level = level_of(para.outline)
        if level is None:
            heading = self.styles.heading_level(para.style)
        else:
            heading = level + 1 if level < 9 else None
        if heading is not None:
            return Line(para.text, BlockKind.HEADING, location, heading_level=heading)
        listed = numbered(para.numbering)
        if listed is None:
            listed = self.styles.is_list(para.style)
        if listed or para.bulleted:
            return Line(para.text, BlockKind.LIST_ITEM, location)
        emphasis = para.all_bold and len(para.text.split()) <= EMPHASIS_MAX_WORDS
        return Line(para.text, BlockKind.PARAGRAPH, location, emphasis=emphasis)

    def table(self, tbl: _Element) -> Table:
        """Return a ``w:tbl`` as a Table, merged cells once, nested tables inside their cells."""
        self.tables += 1
        number = self.tables
        rows: list[list[CellDraft]] = []
        above: dict[int, CellDraft] = {}  # grid column -> cell a vertical merge continues
        for r, tr in enumerate(children(tbl, TR), start=1):
            trpr = first_child(tr, TRPR)
            if trpr is not None and first_child(trpr, DEL) is not None:
                self.tracked = True
                continue
            row: list[CellDraft] = []
            column = 1 + _int(first_child(trpr, _GRIDBEFORE) if trpr is not None else None, 0)
            for tc in children(tr, TC):
                span_el, vmerge, hmerge = _cell_properties(first_child(tc, TCPR))
                span = max(1, _int(span_el, 1))
                draft = CellDraft(in_table(number, r, column))
                self._cell(tc, draft)
                target = self._continued(vmerge, hmerge, column, above, row)
                if target is not None:
                    target.lines.extend(draft.lines)
                    target.nested.extend(draft.nested)
                else:
                    row.append(draft)
                    for col in range(column, column + span):
                        above[col] = draft
                column += span
            if row:
                rows.append(row)
        frozen = tuple(tuple(cell.freeze() for cell in row) for row in rows)
        return Table(frozen, in_table(number))

    @staticmethod
    def _continued(
        vmerge: _Element | None, hmerge: _Element | None, column: int,
        above: dict[int, CellDraft], row: list[CellDraft],
    ) -> CellDraft | None:
        """Return the cell a merge continuation belongs to, or ``None`` for a cell of its own."""
        if vmerge is not None and vmerge.get(W_VAL, "continue") != "restart" and column in above:
            return above[column]
        if hmerge is not None and hmerge.get(W_VAL, "continue") != "restart" and row:
            return row[-1]
        return None

    def _cell(self, container: _Element, draft: CellDraft) -> None:
        for el in children(container, P, TBL):
            if el.tag == TBL:
                draft.nested.append(self.table(el))
                continue
            para = self._read(el)
            if para.text:
                draft.lines.append(para.text)
            for box in para.boxes:
                self._cell(box, draft)

    def flat(self, container: _Element) -> list[str]:
        """Return every line of a header or footer, table cells in order, nothing numbered."""
        lines: list[str] = []
        for el in children(container, P, TBL):
            if el.tag == TBL:
                for tr in children(el, TR):
                    for tc in children(tr, TC):
                        lines.extend(self.flat(tc))
                continue
            para = self._read(el)
            if para.text:
                lines.append(para.text)
            for box in para.boxes:
                lines.extend(self.flat(box))
        return lines

"""Walk the body of a web page into Lines and Tables in reading order.

* Blocks: ``h1``-``h6`` are ``HEADING`` (``heading_level`` 1-6); ``li`` is ``LIST_ITEM``
  (its own text before any nested list, which follows as items of its own); ``p``, ``div``
  and every other block element, and text standing loose in the body, are ``PARAGRAPH``.
  ``<br>`` ends a paragraph's line (each line a paragraph); in a list item or a heading, and
  anywhere in a page exported by an office suite (``breaks=False``), it is a space, as the
  Word reader reads a soft line break. A paragraph of at
  most 12 words that is all ``b`` / ``strong`` has ``emphasis=True``, as in the Word reader;
  a typed bullet glyph at the start makes a ``LIST_ITEM`` and is stripped.
* Definition lists (NHS Jobs and Trac put job details in them): a ``dt`` with one short
  ``dd`` (at most 12 words, one line) is one ``"Label: value"`` paragraph, which the
  structure stage reads as a job-detail field; otherwise the ``dt`` is an emphasised
  paragraph and the ``dd`` content follows as blocks.
* Tables: rows of ``th``/``td`` (through ``thead``/``tbody``/``tfoot``), ``colspan`` and
  ``rowspan`` honoured on a grid: a merged cell appears once, at its first row and column.
  A cell's text is its lines joined by ``"\\n"``; tables inside it are ``Cell.nested``; a
  ``caption`` is an emphasised paragraph before the table. A layout table
  (``role="presentation"``, cells holding headings, or a single cell that holds no table) is
  not a table of the advert: its cells are read as the page's own blocks.
* Page headers and footers: a ``<div title="header">`` / ``<div title="footer">`` (how
  LibreOffice exports them) or a ``div`` styled ``mso-element: header`` / ``footer`` (how
  Word does) gives ``HEADER`` / ``FOOTER`` lines with an empty ``Location()``, each text
  once, kept apart in ``margins``.
* Word's "Save as Web Page": a ``p`` of class ``MsoTitle`` is a ``HEADING`` of level 0 and
  one of class ``MsoList…`` a ``LIST_ITEM``, as their styles are in the Word reader; the
  list number or bullet Word types in a ``mso-list: Ignore`` span is left out.
* Locations: ``paragraph`` n is the n-th block outside tables, 1-based; ``table`` n counts
  tables in pre-order (layout tables not counted); ``row`` is the r-th row, ``column`` the
  grid column where the cell starts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml.html import HtmlElement

from jdlint.document import BlockKind, Cell, Line, Location, RawItem, Table
from jdlint.read.docx.runs import clean
from jdlint.read.html.chrome import skipped

EMPHASIS_MAX_WORDS = 12
_VALUE_WORDS = 12  # a longer dd is prose, not a job detail's value
_MAX_SPAN = 64
HEADINGS = {f"h{n}": n for n in range(1, 7)}
_BOLD = frozenset({"b", "strong"})
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "hr",
    "html", "legend", "li", "main", "ol", "p", "pre", "section", "summary", "table", "ul",
    "menu", *HEADINGS,
})
_ROW_GROUPS = frozenset({"thead", "tbody", "tfoot"})
_MARGINS = {"header": BlockKind.HEADER, "footer": BlockKind.FOOTER}
_MSO_ELEMENT = re.compile(r"mso-element\s*:\s*(header|footer)", re.I)
_MSO_IGNORE = re.compile(r"mso-list\s*:\s*ignore", re.I)  # Word's typed list number


def _margin(el: HtmlElement) -> BlockKind | None:
    """Return whether a ``div`` is a page header or footer as LibreOffice or Word export it."""
    if el.tag != "div":
        return None
    found = _MSO_ELEMENT.search(el.get("style", ""))
    return _MARGINS.get(found.group(1).lower() if found else el.get("title", ""))


def _span(el: HtmlElement, name: str) -> int:
    value = (el.get(name) or "").strip()
    return min(int(value), _MAX_SPAN) if value.isdigit() and int(value) > 0 else 1


def _word_class(el: HtmlElement) -> str:
    return (el.get("class") or "").strip().lower()


def rows(table: HtmlElement) -> list[HtmlElement]:
    """Return a table's rows in order, through ``thead``/``tbody``/``tfoot``."""
    found: list[HtmlElement] = []
    for child in table:
        if child.tag == "tr":
            found.append(child)
        elif child.tag in _ROW_GROUPS:
            found.extend(r for r in child if r.tag == "tr")
    return found


def _cells(tr: HtmlElement) -> list[HtmlElement]:
    return [c for c in tr if c.tag in ("td", "th") and not skipped(c)]


def layout(table: HtmlElement) -> bool:
    """Tell whether a table only lays the page out (its cells are the page's own blocks)."""
    if table.get("role", "").lower() in ("presentation", "none"):
        return True
    cells = [c for tr in rows(table) for c in _cells(tr)]
    if any(next(c.iterdescendants(*HEADINGS), None) is not None for c in cells):
        return True
    # One cell is a frame, unless it frames a table (a Word table nested in a one-cell box).
    return len(cells) <= 1 and not any(next(c.iterdescendants("table"), None) is not None
                                       for c in cells)


@dataclass
class _Counter:
    tables: int = 0


@dataclass
class Walker:
    """Turn a page's elements into reader items, numbering blocks and tables as it goes."""

    counter: _Counter = field(default_factory=_Counter)
    breaks: bool = True  # <br> ends a paragraph's line (False: a space, as in a Word export)
    items: list[RawItem] = field(default_factory=list)
    paragraphs: int = 0
    _parts: list[tuple[str, bool]] = field(default_factory=list)
    _kind: BlockKind = BlockKind.PARAGRAPH
    _level: int | None = None
    _numbered: bool = False
    margins: dict[BlockKind, list[Line]] = field(default_factory=dict)

    def walk(self, el: HtmlElement) -> list[RawItem]:
        """Return the items of an element's content (the page body, or a table cell)."""
        self._inline(el, False)
        self._flush()
        return self.items

    def _inline(self, el: HtmlElement, bold: bool) -> None:
        self._text(el.text, bold)
        for child in el:
            if not isinstance(child.tag, str) or skipped(child):
                pass
            elif _MSO_IGNORE.search(child.get("style", "")):
                self._numbered = True  # Word's own list number or bullet: not the item's text
            elif child.tag == "br":
                if self._kind is BlockKind.PARAGRAPH and self.breaks:
                    self._flush()
                else:
                    self._text(" ", bold)  # a list item or heading stays one block
            elif child.tag in _BLOCKS:
                self._block(child)
            else:
                self._inline(child, bold or child.tag in _BOLD)
            self._text(child.tail, bold)

    def _text(self, piece: str | None, bold: bool) -> None:
        if piece:
            self._parts.append((piece, bold))

    def _flush(self) -> None:
        text, bulleted = clean("".join(piece for piece, _bold in self._parts))
        all_bold = all(b for piece, b in self._parts if piece.strip())
        numbered, self._parts, self._numbered = self._numbered, [], False
        if not text:
            return
        self.paragraphs += 1
        where = Location(paragraph=self.paragraphs)
        kind = self._kind
        if kind is BlockKind.HEADING:
            self.items.append(Line(text, kind, where, heading_level=self._level))
        elif kind is BlockKind.LIST_ITEM or bulleted or numbered:
            self.items.append(Line(text, BlockKind.LIST_ITEM, where))
        else:
            emphasis = all_bold and len(text.split()) <= EMPHASIS_MAX_WORDS
            self.items.append(Line(text, BlockKind.PARAGRAPH, where, emphasis=emphasis))

    def _block(self, el: HtmlElement) -> None:
        self._flush()
        if el.tag == "table" and not layout(el):
            caption = el.find("caption")
            if caption is not None and not skipped(caption):
                for text in self._lines(caption):  # a label above the table, as Word has it
                    self.paragraphs += 1
                    self.items.append(Line(text, BlockKind.PARAGRAPH,
                                           Location(paragraph=self.paragraphs), emphasis=True))
            self.items.append(self.table(el))
            return
        if el.tag == "dl":
            self._definitions(el)
            return
        margin = _margin(el)
        if margin is not None:  # a page header or footer, as LibreOffice exports them
            lines = self.margins.setdefault(margin, [])
            seen = {line.text for line in lines}
            for text in self._lines(el):
                if text not in seen:
                    seen.add(text)
                    lines.append(Line(text, margin, Location()))
            return
        saved = self._kind, self._level
        if el.tag in HEADINGS:
            self._kind, self._level = BlockKind.HEADING, HEADINGS[el.tag]
        elif el.tag == "p" and _word_class(el) == "msotitle":
            self._kind, self._level = BlockKind.HEADING, 0  # Word's "Title" style
        elif el.tag == "p" and _word_class(el).startswith("msolist"):
            self._kind, self._level = BlockKind.LIST_ITEM, None  # "List Paragraph", "List Bullet"
        elif el.tag == "li":
            self._kind, self._level = BlockKind.LIST_ITEM, None
        elif el.tag in ("ul", "ol", "menu"):
            self._kind, self._level = BlockKind.PARAGRAPH, None  # loose text in a list
        if el.tag == "table":  # a layout table: its cells in order, as blocks
            for tr in rows(el):
                for cell in _cells(tr):
                    self._inline(cell, False)
                    self._flush()
        else:
            self._inline(el, el.tag in _BOLD)
        self._flush()
        self._kind, self._level = saved

    def _definitions(self, dl: HtmlElement) -> None:
        """Read a ``dl``: short ``dt``/``dd`` pairs as "Label: value" lines, the rest as blocks."""
        entries = [c for c in dl if isinstance(c.tag, str) and not skipped(c)]
        flat: list[HtmlElement] = []
        for entry in entries:  # HTML allows each dt/dd group wrapped in a div
            if entry.tag == "div":
                flat.extend(c for c in entry if c.tag in ("dt", "dd") and not skipped(c))
            else:
                flat.append(entry)
        index = 0
        while index < len(flat):
            term = flat[index]
            following = flat[index + 1] if index + 1 < len(flat) else None
            after = flat[index + 2] if index + 2 < len(flat) else None
            if (term.tag == "dt" and following is not None and following.tag == "dd"
                    and (after is None or after.tag == "dt")):
                label, value = self._lines(term), self._lines(following)
                if len(label) == 1 and len(value) == 1 and len(value[0].split()) <= _VALUE_WORDS:
                    self.paragraphs += 1
                    text = f"{label[0].rstrip(':').rstrip()}: {value[0]}"
                    self.items.append(Line(text, BlockKind.PARAGRAPH,
                                           Location(paragraph=self.paragraphs)))
                    index += 2
                    continue
            if term.tag == "dt":
                for text in self._lines(term):
                    self.paragraphs += 1
                    self.items.append(Line(text, BlockKind.PARAGRAPH,
                                           Location(paragraph=self.paragraphs), emphasis=True))
            else:
                self._block(term)
            index += 1

    def _lines(self, el: HtmlElement) -> list[str]:
        """Return the lines of an element's content, read apart from the page's numbering."""
        if next(el.iterdescendants("table"), None) is not None:
            return ["", ""]  # a table inside: not a one-line value
        inner = Walker(self.counter, self.breaks)
        return [item.text for item in inner.walk(el) if isinstance(item, Line)]

    def table(self, el: HtmlElement) -> Table:
        """Return a ``table`` as a Table, merged cells once, nested tables inside cells."""
        self.counter.tables += 1
        number = self.counter.tables
        taken: dict[tuple[int, int], bool] = {}  # grid slots a rowspan or colspan fills
        found: list[tuple[Cell, ...]] = []
        for r, tr in enumerate(rows(el), start=1):
            row: list[Cell] = []
            column = 1
            for td in _cells(tr):
                while taken.get((r, column)):
                    column += 1
                width, height = _span(td, "colspan"), _span(td, "rowspan")
                for dr in range(height):
                    for dc in range(width):
                        taken[(r + dr, column + dc)] = True
                row.append(self._cell(td, Location(table=number, row=r, column=column)))
                column += width
            if row:
                found.append(tuple(row))
        return Table(tuple(found), Location(table=number))

    def _cell(self, td: HtmlElement, where: Location) -> Cell:
        inner = Walker(self.counter, self.breaks)
        items = inner.walk(td)
        lines = [item.text for item in items if isinstance(item, Line)]
        nested = tuple(item for item in items if isinstance(item, Table))
        return Cell("\n".join(lines), where, nested)

"""Read the text of one ``text:p`` or ``text:h`` as LibreOffice shows it.

Kept: text in spans, links, fields' shown values (page numbers, dates, cross-references),
inserted tracked changes (the deleted text lives apart, in ``text:tracked-changes``, so the
body already reads as accepted). Dropped: footnotes and endnotes (``text:note``), comments
(``office:annotation``), ruby annotations, hidden text (``text:hidden-text``, a style with
``text:display="none"``). ``text:s``, tabs and line breaks become one space: they never
split a paragraph; runs of white space collapse to one space, as in the Word reader. A
typed bullet glyph at the start is stripped (and noted), symbol-font characters become their
Unicode look-alike, both exactly as the Word reader does. Text boxes anchored in the
paragraph (``draw:frame`` / ``draw:text-box``) are returned separately, never mixed in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml.etree import _Element

from jdlint.read.docx.runs import clean, symbol
from jdlint.read.odt.names import DRAW_NS, STYLE_NAME, TEXT_BOX, draw, office, text
from jdlint.read.odt.styles import Styles

_SPACE = frozenset(text(n) for n in ("s", "tab", "line-break"))
_SKIP = frozenset(
    {text(n) for n in ("note", "hidden-text", "hidden-paragraph", "ruby-text",
                       "tracked-changes", "bookmark", "bookmark-start", "bookmark-end",
                       "change", "change-start", "change-end", "soft-page-break")}
    | {office("annotation"), office("annotation-end")}
)
_SPAN = text("span")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")  # where symbol fonts put their glyphs
_DRAW_NS = f"{{{DRAW_NS}}}"


@dataclass
class ParagraphText:
    """The text of one paragraph and what the reader noticed while reading it."""

    style: str | None
    parts: list[str] = field(default_factory=list)
    all_bold: bool = True
    boxes: list[_Element] = field(default_factory=list)
    text: str = ""
    bulleted: bool = False

    def add(self, piece: str, is_bold: bool) -> None:
        """Add a piece of text; a visible non-bold piece makes the paragraph not all bold."""
        self.parts.append(piece)
        if piece.strip() and not is_bold:
            self.all_bold = False


@dataclass
class _Reader:
    styles: Styles
    out: ParagraphText

    def walk(self, el: _Element, is_bold: bool, font: str | None) -> None:
        self._add(el.text, is_bold, font)
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                pass
            elif tag in _SPACE:
                self.out.add(" ", True)
            elif tag.startswith(_DRAW_NS):
                self.out.boxes.extend(_boxes(child))
            elif tag == _SPAN or child.get(STYLE_NAME) is not None:
                name = child.get(STYLE_NAME)
                if self.styles.first("text", name, "hidden") is not True:
                    bold = self.styles.first("text", name, "bold")
                    face = self.styles.first("text", name, "font")
                    self.walk(child, is_bold if bold is None else bool(bold),
                              face if isinstance(face, str) else font)
            else:
                self.walk(child, is_bold, font)
            self._add(child.tail, is_bold, font)

    def _add(self, piece: str | None, is_bold: bool, font: str | None) -> None:
        if not piece:
            return
        if font is not None and _PRIVATE_USE.search(piece):
            piece = "".join(symbol(font, ord(ch)) if 0xE000 <= ord(ch) <= 0xF8FF else ch
                            for ch in piece)
        self.out.add(piece, is_bold)


def _boxes(el: _Element) -> list[_Element]:
    """Return the text boxes (and shapes holding paragraphs) inside a drawing element."""
    if el.tag == TEXT_BOX:
        return [el]
    if el.tag == draw("custom-shape"):
        return [el]
    found: list[_Element] = []
    for child in el:
        if isinstance(child.tag, str) and child.tag.startswith(_DRAW_NS):
            found.extend(_boxes(child))
    return found


def read_paragraph(p: _Element, styles: Styles) -> ParagraphText:
    """Return the text of a ``text:p`` or ``text:h``, tracked changes read as accepted."""
    name = p.get(STYLE_NAME)
    result = ParagraphText(name)
    bold = styles.first("paragraph", name, "bold")
    font = styles.first("paragraph", name, "font")
    _Reader(styles, result).walk(p, bold is True, font if isinstance(font, str) else None)
    result.text, result.bulleted = clean("".join(result.parts))
    return result

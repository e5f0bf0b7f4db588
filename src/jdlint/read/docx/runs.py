"""Read the text of one ``w:p``: its runs as Word shows them with tracked changes accepted.

Kept: ``w:t`` in runs, hyperlinks, fields' results, inserted (``w:ins``) and moved-to
(``w:moveTo``) runs, inline content controls. Dropped: deleted (``w:del``/``w:delText``) and
moved-from runs, field codes (``w:instrText``), hidden runs (``w:vanish``), a content control
still showing its placeholder, footnote and comment marks. Tabs, soft line breaks
(``w:br`` of any type, ``w:cr``) and page breaks become one space: they never split a
paragraph. Runs of white space (no-break spaces included) collapse to one space.
Symbol-font characters (``w:sym`` and runs in Wingdings/Symbol) become their Unicode look-alike
(✓, ✗, ☒, •, …) so tick columns read as ticks. Text boxes anchored in the paragraph are
returned separately (``boxes``), never mixed into its text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml.etree import _Element

from jdlint.read.docx.names import (
    DEL,
    INS,
    MC_ALTERNATE,
    MOVE_FROM,
    MOVE_TO,
    PPR,
    RPR,
    SDT,
    SDT_CONTENT,
    SDT_PR,
    TXBX_CONTENT,
    W_VAL,
    R,
    T,
    choose,
    first_child,
    on,
    w,
)
from jdlint.read.docx.styles import Styles

_SKIP = frozenset(
    {PPR, RPR, SDT_PR, DEL, MOVE_FROM}
    | {w(n) for n in ("sdtEndPr", "instrText", "delText", "delInstrText", "fldData",
                      "commentReference", "footnoteReference", "endnoteReference",
                      "annotationRef", "footnoteRef", "endnoteRef")}
)
_SPACE = frozenset(w(n) for n in ("tab", "ptab", "br", "cr"))
_VANISH = w("vanish")
_RFONTS = w("rFonts")
_ASCII = w("ascii")
_HANSI = w("hAnsi")
_RSTYLE = w("rStyle")
_NOBREAKHYPHEN = w("noBreakHyphen")
_SYM = w("sym")
_CHAR = w("char")
_FONT = w("font")
_PSTYLE = w("pStyle")
_OUTLINE = w("outlineLvl")
_NUM_PR = w("numPr")
_B = w("b")
_SHOWINGPLCHDR = w("showingPlcHdr")
_BOX_HOSTS = frozenset({w("drawing"), w("pict"), w("object"), MC_ALTERNATE})

# Symbol fonts: character code (low byte) -> what it looks like.
_SYMBOLS: dict[str, dict[int, str]] = {
    "wingdings": {0xFC: "✓", 0xFB: "✗", 0xFE: "☑", 0xFD: "☒", 0xA8: "☐", 0x6F: "□", 0x6C: "●",
                  0x6E: "■", 0x71: "❑", 0x76: "❖", 0xA7: "▪", 0x9F: "•", 0xD8: "➢", 0xE0: "➢"},
    "wingdings 2": {0x50: "✓", 0x4F: "✗", 0x52: "☑", 0x54: "☒", 0x53: "☒", 0xA3: "☐"},
    "symbol": {0xB7: "•", 0xD6: "√", 0xB4: "×", 0x2D: "−"},
}
_GLYPHS = "•·∙▪▫◦●○■□❑❒❖➢➤►▶‣⁃"
_BULLET = re.compile(rf"^(?:[{_GLYPHS}\uf000-\uf0ff]\s*|[-–—*o]\s+)(?=\S)")


def symbol(font: str, code: int) -> str:
    """Return the Unicode look-alike of a symbol-font character, ``""`` when unknown."""
    table = _SYMBOLS.get(font.strip().lower())
    low = code - 0xF000 if 0xF000 <= code <= 0xF0FF else code
    if table is not None and low in table:
        return table[low]
    return "" if 0xE000 <= code <= 0xF8FF or table is not None else chr(code)


def clean(text: str) -> tuple[str, bool]:
    """Collapse white space, strip a typed bullet glyph; return the text and whether it had one."""
    text = " ".join(text.split())  # str.split() also splits on no-break and other Unicode spaces
    first = text[:1]
    if not first or not (first in _GLYPHS or first in "-–—*o" or "\uf000" <= first <= "\uf0ff"):
        return text, False
    stripped = _BULLET.sub("", text, count=1)
    return stripped, stripped != text


def textboxes(el: _Element) -> Iterator[_Element]:
    """Yield the ``w:txbxContent`` inside a drawing, reading one branch of each AlternateContent."""
    if el.tag == TXBX_CONTENT:
        yield el
        return
    if el.tag == MC_ALTERNATE:
        branch = choose(el)
        if branch is not None:
            yield from textboxes(branch)
        return
    for child in el:
        yield from textboxes(child)


def placeholder(sdt: _Element) -> bool:
    """Tell whether a content control still shows its placeholder ("Click or tap here…")."""
    props = first_child(sdt, SDT_PR)
    return props is not None and bool(on(first_child(props, _SHOWINGPLCHDR)))


@dataclass(slots=True)
class ParagraphText:
    """The text of one paragraph and what the reader noticed while reading it."""

    style: str | None
    styles: Styles
    parts: list[str] = field(default_factory=list)
    all_bold: bool = True
    boxes: list[_Element] = field(default_factory=list)
    tracked: bool = False
    text: str = ""
    bulleted: bool = False
    ppr: _Element | None = None
    outline: _Element | None = None  # the pPr's first w:outlineLvl
    numbering: _Element | None = None  # the pPr's first w:numPr

    def walk(self, el: _Element) -> None:
        """Read the runs under ``el`` in document order."""
        for child in el:
            tag = child.tag
            if tag == R:  # most children: tested first
                self._run(child)
                continue
            if not isinstance(tag, str):
                continue
            if tag in _SKIP:
                self.tracked = self.tracked or tag in (DEL, MOVE_FROM)
                continue
            if tag == MC_ALTERNATE:
                branch = choose(child)
                if branch is not None:
                    self.walk(branch)
            elif tag == SDT:
                content = first_child(child, SDT_CONTENT)
                if content is not None and not placeholder(child):
                    self.walk(content)
            else:
                self.tracked = self.tracked or tag in (INS, MOVE_TO)
                self.walk(child)

    def _run(self, run: _Element) -> None:
        rpr = first_child(run, RPR)
        font = ""
        if rpr is None:
            is_bold = self.styles.is_bold(self.style, None)
        else:
            vanish, fonts, weight, run_style = _run_properties(rpr)
            if on(vanish):
                return
            if fonts is not None:
                font = fonts.get(_ASCII) or fonts.get(_HANSI) or ""
            direct = on(weight)
            if direct is None:
                style = run_style.get(W_VAL) if run_style is not None else None
                direct = self.styles.is_bold(self.style, style)
            is_bold = direct
        symbolic = bool(font) and font.lower() in _SYMBOLS
        parts = self.parts
        for child in run:
            tag = child.tag
            if tag == T:
                text = child.text or ""
                if symbolic:
                    text = "".join(symbol(font, ord(ch)) or ch for ch in text)
            elif tag in _SPACE:
                parts.append(" ")  # white space: bold or not, it changes nothing
                continue
            elif tag == _NOBREAKHYPHEN:
                text = "-"
            elif tag == _SYM:
                code = child.get(_CHAR, "")
                try:
                    text = symbol(child.get(_FONT, ""), int(code, 16))
                except ValueError:
                    continue
            else:
                if tag in _BOX_HOSTS:
                    self.boxes.extend(textboxes(child))
                continue
            parts.append(text)
            if not is_bold and text.strip():
                self.all_bold = False

    def finish(self) -> ParagraphText:
        """Join the parts into ``text`` (cleaned, bullet glyph stripped) and return self."""
        self.text, self.bulleted = clean("".join(self.parts))
        return self


def _run_properties(
    rpr: _Element,
) -> tuple[_Element | None, _Element | None, _Element | None, _Element | None]:
    """Return a ``w:rPr``'s first ``vanish``, ``rFonts``, ``b`` and ``rStyle``, in one look at
    its children (each ``first_child`` would look again)."""
    vanish = fonts = weight = style = None
    for prop in rpr:
        tag = prop.tag
        if tag == _VANISH:
            vanish = prop if vanish is None else vanish
        elif tag == _RFONTS:
            fonts = prop if fonts is None else fonts
        elif tag == _B:
            weight = prop if weight is None else weight
        elif tag == _RSTYLE:
            style = prop if style is None else style
    return vanish, fonts, weight, style


def read_paragraph(p: _Element, styles: Styles) -> ParagraphText:
    """Return the text of a ``w:p`` with tracked changes accepted."""
    ppr = first_child(p, PPR)
    style_el = outline = numbering = None
    if ppr is not None:  # its first pStyle, outlineLvl and numPr, in one look
        for prop in ppr:
            tag = prop.tag
            if tag == _PSTYLE:
                style_el = prop if style_el is None else style_el
            elif tag == _OUTLINE:
                outline = prop if outline is None else outline
            elif tag == _NUM_PR:
                numbering = prop if numbering is None else numbering
    style = style_el.get(W_VAL) if style_el is not None else None
    result = ParagraphText(style, styles, ppr=ppr, outline=outline, numbering=numbering)
    result.walk(p)
    return result.finish()

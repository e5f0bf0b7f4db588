"""The pdfminer.six backend: PDF bytes to pages of positioned text runs and ruling lines."""

from __future__ import annotations

from collections.abc import Iterator
from io import BytesIO

from pdfminer.high_level import extract_pages
from pdfminer.layout import (
    LAParams,
    LTAnno,
    LTChar,
    LTComponent,
    LTContainer,
    LTCurve,
    LTPage,
    LTRect,
    LTTextLine,
)

from jdlint.readers.pdf.geometry import (
    Glyph,
    PageLayout,
    Rule,
    TextLine,
    is_bold_font,
    runs_from_glyphs,
)

# Only lines are used, so skip the costly ordering of text boxes (boxes_flow=None) and the
# vertical-writing pass; all_texts lets text inside form XObjects (LTFigure) be grouped too.
LAPARAMS = LAParams(boxes_flow=None, detect_vertical=False, all_texts=True)

_THIN = 3.0  # a painted path thinner than this (points) is a ruling line


def extract(data: bytes) -> list[PageLayout]:
    """Lay out every page of a PDF; pdfminer's own exceptions propagate to the caller."""
    pages = []
    for number, page in enumerate(extract_pages(BytesIO(data), laparams=LAPARAMS), start=1):
        pages.append(_page(number, page))
    return pages


def _page(number: int, page: LTPage) -> PageLayout:
    height = page.y1
    rules: list[Rule] = []
    textlines: list[LTTextLine] = []
    for obj in _walk(page):
        if isinstance(obj, LTTextLine):
            textlines.append(obj)
        elif isinstance(obj, LTCurve):
            rules.extend(_rules(obj, height))
    verticals = [r for r in rules if r.vertical]
    lines: list[TextLine] = []
    for textline in textlines:
        top, bottom = height - textline.y1, height - textline.y0
        middle = (top + bottom) / 2
        cuts = [
            (r.x0 + r.x1) / 2
            for r in verticals
            if r.top < middle < r.bottom and textline.x0 < r.x0 < textline.x1
        ]
        lines.extend(runs_from_glyphs(_glyphs(textline, height), cuts))
    return PageLayout(
        number=number,
        width=page.x1 - page.x0,
        height=page.y1 - page.y0,
        lines=tuple(lines),
        rules=tuple(rules),
    )


def _walk(container: LTContainer[LTComponent]) -> Iterator[LTComponent]:
    for obj in container:
        if isinstance(obj, (LTTextLine, LTCurve)):
            yield obj
        elif isinstance(obj, LTContainer):
            yield from _walk(obj)


def _glyphs(textline: LTTextLine, height: float) -> list[Glyph]:
    glyphs: list[Glyph] = []
    for obj in textline:
        if isinstance(obj, LTChar):
            if not obj.upright:
                continue  # rotated text: watermarks, margin notes
            glyphs.append(
                Glyph(
                    text=obj.get_text(),
                    x0=obj.x0,
                    x1=obj.x1,
                    top=height - obj.y1,
                    bottom=height - obj.y0,
                    size=obj.size,
                    bold=is_bold_font(obj.fontname),
                )
            )
        elif isinstance(obj, LTAnno) and obj.get_text() == " " and glyphs:
            last = glyphs[-1]
            glyphs.append(Glyph(" ", last.x1, last.x1, last.top, last.bottom, last.size, last.bold))
    return glyphs


def _rules(obj: LTCurve, height: float) -> list[Rule]:
    x0, x1, top, bottom = obj.x0, obj.x1, height - obj.y1, height - obj.y0
    thin_x, thin_y = x1 - x0 < _THIN, bottom - top < _THIN
    if thin_x and thin_y:
        return []
    if thin_x or thin_y:
        return [Rule(x0, x1, top, bottom)]
    if not isinstance(obj, LTRect):
        return []  # a drawn shape, not a border
    return [
        Rule(x0, x1, top, top),
        Rule(x0, x1, bottom, bottom),
        Rule(x0, x0, top, bottom),
        Rule(x1, x1, top, bottom),
    ]

"""The pdfminer.six backend: PDF bytes to pages of positioned text runs and ruling lines."""

from __future__ import annotations

from functools import lru_cache
from io import BytesIO

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import (
    LAParams,
    LTAnno,
    LTChar,
    LTComponent,
    LTContainer,
    LTCurve,
    LTLayoutContainer,
    LTPage,
    LTRect,
    LTTextLine,
)
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage

from jdlint.read.pdf.geometry import (
    Glyph,
    PageLayout,
    Rule,
    TextLine,
    is_bold_font,
    runs_from_glyphs,
)

# Only text lines are used, so pdfminer's page analysis (lines, then text boxes, then their
# order: most of its layout time) is not run at all (``laparams=None``); characters are grouped
# into lines with pdfminer's own ``group_objects`` and these parameters, page by page and
# figure by figure (as ``all_texts`` would), and nothing else.
LAPARAMS = LAParams(boxes_flow=None, detect_vertical=False, all_texts=True)
_GROUPER = LTLayoutContainer((0, 0, 0, 0))

_THIN = 3.0  # a painted path thinner than this (points) is a ruling line


def extract(data: bytes) -> list[PageLayout]:
    """Lay out every page of a PDF; pdfminer's own exceptions propagate to the caller."""
    manager = PDFResourceManager(caching=True)
    # No laparams: the aggregator hands back the page's raw characters and paths, unanalysed
    # (pdfminer's extract_pages would put its default analysis back in).
    device = PDFPageAggregator(manager, laparams=None)
    interpreter = PDFPageInterpreter(manager, device)
    pages = []
    for number, page in enumerate(PDFPage.get_pages(BytesIO(data), caching=True), start=1):
        interpreter.process_page(page)
        pages.append(_page(number, device.get_result()))
    return pages


def _page(number: int, page: LTPage) -> PageLayout:
    height = page.y1
    rules: list[Rule] = []
    textlines: list[LTTextLine] = []
    curves: list[LTCurve] = []
    _collect(page, textlines, curves)
    for curve in curves:
        rules.extend(_rules(curve, height))
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


def _collect(container: LTContainer[LTComponent], textlines: list[LTTextLine],
             curves: list[LTCurve]) -> None:
    """Group each container's own characters into lines; gather painted paths."""
    chars: list[LTComponent] = []
    for obj in container:
        if isinstance(obj, LTChar):
            chars.append(obj)
        elif isinstance(obj, LTCurve):
            curves.append(obj)
        elif isinstance(obj, LTContainer):
            _collect(obj, textlines, curves)
    if chars:
        textlines.extend(_GROUPER.group_objects(LAPARAMS, chars))


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
                    bold=_bold(obj.fontname),
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


@lru_cache(maxsize=256)
def _bold(fontname: str) -> bool:
    return is_bold_font(fontname)

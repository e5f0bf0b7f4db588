"""The pypdfium2 backend: PDF bytes to the same pages of text runs and ruling lines as pdfminer.

PDFium (C++, bundled in the pypdfium2 wheel) parses the page; this module asks it only for what
the layout logic uses: each character's origin, advance, font size, matrix and font, and the
painted paths (:mod:`~jdlint.readers.pdf.pdfium_paths`). Characters become runs as in the
pdfminer backend (:mod:`~jdlint.readers.pdf.pdfium_lines`). A character's box is pdfminer's:
from its origin to its advance across, from the font's descent to one em above that. The calls
made per character go through plain ctypes prototypes (addresses in, numbers out): through
pypdfium2's own wrappers they cost two to three times as much.
"""

from __future__ import annotations

import ctypes
import math

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from jdlint.readers.pdf.geometry import PageLayout, is_bold_font
from jdlint.readers.pdf.pdfium_lines import Char, page_lines
from jdlint.readers.pdf.pdfium_paths import page_rules

_VP, _INT, _DOUBLE = ctypes.c_void_p, ctypes.c_int, ctypes.c_double


def _fast(function: object, restype: object, *argtypes: object) -> object:
    """Re-declare a PDFium function to take and return plain addresses (no wrapper objects)."""
    address = ctypes.cast(function, _VP).value  # type: ignore[arg-type]
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)  # type: ignore[arg-type]


_text_object = _fast(pdfium_c.FPDFText_GetTextObject, _VP, _VP, _INT)
_origin = _fast(pdfium_c.FPDFText_GetCharOrigin, _INT, _VP, _INT, _VP, _VP)
_loose_box = _fast(pdfium_c.FPDFText_GetLooseCharBox, _INT, _VP, _INT, _VP)

# PDFium's text hands back a hyphen that ends a line as U+FFFE; the file holds a plain hyphen.
_HYPHEN_MARK = "\ufffe"

Style = tuple[float, float, bool, bool]  # size, descent (points), bold, upright


class EncryptedPdf(Exception):
    """The PDF needs a password to open."""


def extract(data: bytes) -> list[PageLayout]:
    """Lay out every page of a PDF; PDFium's errors propagate (EncryptedPdf for a password)."""
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if exc.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            raise EncryptedPdf(str(exc)) from exc
        raise
    try:
        pages = []
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                pages.append(_page(index + 1, page))
            finally:
                page.close()
        return pages
    finally:
        pdf.close()


def _page(number: int, page: pdfium.PdfPage) -> PageLayout:
    box = pdfium_c.FS_RECTF()
    if not pdfium_c.FPDF_GetPageBoundingBox(page.raw, box):
        box.left, box.bottom = 0.0, 0.0
        box.right, box.top = page.get_width(), page.get_height()
    rules = page_rules(page.raw, box.left, box.top)
    textpage = page.get_textpage()
    try:
        chars = _chars(textpage, box.left)
    finally:
        textpage.close()
    return PageLayout(number=number, width=box.right - box.left, height=box.top - box.bottom,
                      lines=tuple(page_lines(chars, box.top, rules)), rules=tuple(rules))


def _chars(textpage: pdfium.PdfTextPage, left: float) -> list[Char]:
    """Return the page's characters in stream order; PDFium's generated breaks are left out."""
    handle = ctypes.cast(textpage.raw, _VP).value
    count = pdfium_c.FPDFText_CountChars(textpage.raw)
    text = _text(textpage, count)
    rect = (ctypes.c_float * 4)()  # FS_RECTF: left, top, right, bottom
    point = (_DOUBLE * 2)()
    at_rect, at_x, at_y = ctypes.addressof(rect), ctypes.addressof(point), \
        ctypes.addressof(point) + ctypes.sizeof(_DOUBLE)
    styles: dict[int, Style] = {}
    chars: list[Char] = []
    text_object, origin, loose_box = _text_object, _origin, _loose_box
    for index in range(count):
        obj = text_object(handle, index)  # type: ignore[operator]
        if not obj:
            continue  # a space or line break PDFium made up, not a glyph in the file
        style = styles.get(obj)
        if style is None:
            style = styles[obj] = _style(textpage, index, obj)
        size, descent, bold, upright = style
        origin(handle, index, at_x, at_y)  # type: ignore[operator]
        loose_box(handle, index, at_rect)  # type: ignore[operator]
        x, y = point
        y0 = y + descent
        chars.append((text[index], x - left, rect[2] - left, y0, y0 + size, size, bold, upright))
    return chars


def _text(textpage: pdfium.PdfTextPage, count: int) -> str:
    """Return one character of text per character index (UTF-16 code units)."""
    if count <= 0:
        return ""
    buffer = ctypes.create_string_buffer((count + 1) * 2)
    pdfium_c.FPDFText_GetText(textpage.raw, 0, count,
                              ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
    raw = buffer.raw[: count * 2]
    text = raw.decode("utf-16-le", errors="replace")
    if len(text) == count:
        return text.replace(_HYPHEN_MARK, "-")
    # A character outside the Basic Multilingual Plane takes two units and two indices: decode
    # unit by unit so the indices after it stay aligned.
    units = memoryview(raw).cast("H")
    return "".join("\ufffd" if 0xD800 <= u <= 0xDFFF else chr(u) for u in units).replace(
        _HYPHEN_MARK, "-")


def _style(textpage: pdfium.PdfTextPage, index: int, obj: int) -> Style:
    """Return what a text object's characters share: size, descent, bold, upright."""
    matrix = pdfium_c.FS_MATRIX()
    pdfium_c.FPDFText_GetMatrix(textpage.raw, index, matrix)
    a, b, c, d = matrix.a, matrix.b, matrix.c, matrix.d
    em = pdfium_c.FPDFText_GetFontSize(textpage.raw, index)
    size = em * math.hypot(c, d)
    font = pdfium_c.FPDFTextObj_GetFont(ctypes.cast(obj, pdfium_c.FPDF_PAGEOBJECT))
    bold, descent = False, 0.0
    if font:
        name = ctypes.create_string_buffer(256)
        pdfium_c.FPDFFont_GetBaseFontName(font, name, len(name))
        weight = pdfium_c.FPDFFont_GetWeight(font)
        bold = is_bold_font(name.value.decode("latin-1")) or weight >= 700
        value = ctypes.c_float()
        if pdfium_c.FPDFFont_GetDescent(font, ctypes.c_float(em), value):
            descent = value.value * abs(d)
    # pdfminer calls a character upright when its matrix neither turns nor mirrors it.
    return size, descent, bold, a * d > 0 and b * c <= 0

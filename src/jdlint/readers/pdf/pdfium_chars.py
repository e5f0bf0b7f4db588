"""A page's characters from PDFium as columns (numpy arrays), fetched with few Python steps.

Per character PDFium is asked three things through plain ctypes prototypes (addresses in,
numbers out): its text object (none for a space or line break PDFium made up), its origin and
its loose box (for the advance's right edge). Each is one ``map`` over all indices, so the loop
runs in C and writes straight into ctypes arrays; what a text object's characters share (size,
descent, bold, upright: :func:`style`) is asked once per object. A character's box is
pdfminer's: from its origin to its advance across, from the font's descent to one em above.
"""

from __future__ import annotations

import ctypes
import math
from collections import deque
from dataclasses import dataclass
from itertools import repeat

import numpy as np
import pypdfium2.raw as pdfium_c

from jdlint.readers.pdf.geometry import is_bold_font

_VP, _INT, _DOUBLE, _FLOAT = ctypes.c_void_p, ctypes.c_int, ctypes.c_double, ctypes.c_float


def fast(function: object, restype: object, *argtypes: object) -> object:
    """Re-declare a PDFium function to take and return plain addresses (no wrapper objects).

    The prototype keeps the GIL (``PYFUNCTYPE``): releasing and taking it back around a call
    that lasts well under a microsecond cost about a tenth of each call.
    """
    address = ctypes.cast(function, _VP).value  # type: ignore[arg-type]
    return ctypes.PYFUNCTYPE(restype, *argtypes)(address)  # type: ignore[arg-type]


# Declared without argument types (the handle goes in as a c_void_p, the index as a C int):
# ctypes then converts nothing, which makes the one call made for every index 40% cheaper.
_text_object = fast(pdfium_c.FPDFText_GetTextObject, ctypes.c_size_t)  # 0: no object
_origin = fast(pdfium_c.FPDFText_GetCharOrigin, _INT, _VP, _INT, _VP, _VP)
_loose_box = fast(pdfium_c.FPDFText_GetLooseCharBox, _INT, _VP, _INT, _VP)
# Asked once per text object (a few dozen a page): addresses in, so no handle is cast.
_matrix_at = fast(pdfium_c.FPDFText_GetMatrix, _INT, _VP, _INT, _VP)
_font_size = fast(pdfium_c.FPDFText_GetFontSize, _DOUBLE, _VP, _INT)
_font_of = fast(pdfium_c.FPDFTextObj_GetFont, ctypes.c_size_t, _VP)  # 0: no font
_descent = fast(pdfium_c.FPDFFont_GetDescent, _INT, _VP, _FLOAT, _VP)

# PDFium's text hands back a hyphen that ends a line as U+FFFE; the file holds a plain hyphen.
_HYPHEN_MARK = "\ufffe"

Style = tuple[float, float, bool, bool]  # size, descent (points), bold, upright


@dataclass(frozen=True, slots=True)
class Chars:
    """A page's characters in stream order (PDF space, y up, x from the page's left edge)."""

    text: str  # one character per character
    x0: np.ndarray
    x1: np.ndarray
    y0: np.ndarray
    y1: np.ndarray
    size: np.ndarray
    bold: np.ndarray
    upright: np.ndarray


def page_chars(textpage: object, left: float) -> Chars:
    """Return a textpage's characters; PDFium's generated spaces and breaks are left out."""
    handle = ctypes.cast(textpage, _VP).value
    count = pdfium_c.FPDFText_CountChars(textpage)
    text = _text(textpage, count)
    if count <= 0:
        empty = np.zeros(0)
        return Chars("", empty, empty, empty, empty, empty, empty.astype(bool),
                     empty.astype(bool))
    calls = map(_text_object, repeat(_VP(handle), count), range(count))  # type: ignore[arg-type]
    objects = np.fromiter(calls, dtype=np.uint64, count=count)
    kept = np.flatnonzero(objects)
    indices = kept.tolist()
    found = len(indices)
    points = (_DOUBLE * (2 * found))()  # the k-th kept character's origin goes in slot k
    boxes = (_FLOAT * (4 * found))()  # FS_RECTF: left, top, right, bottom
    at_point, at_box = ctypes.addressof(points), ctypes.addressof(boxes)
    _drain(map(_origin, repeat(handle), indices,  # type: ignore[arg-type]
               range(at_point, at_point + 16 * found, 16),
               range(at_point + 8, at_point + 16 * found, 16)))
    _drain(map(_loose_box, repeat(handle), indices,  # type: ignore[arg-type]
               range(at_box, at_box + 16 * found, 16)))
    point = np.frombuffer(points, dtype=np.float64).reshape(found, 2)
    box = np.frombuffer(boxes, dtype=np.float32).reshape(found, 4)
    unique, first, inverse = np.unique(objects[kept], return_index=True, return_inverse=True)
    fonts = _Fonts()
    shared = [_style(handle, indices[f], o, fonts)
              for o, f in zip(unique.tolist(), first.tolist(), strict=True)]
    styles = np.array(shared, dtype=np.float64).reshape(len(unique), 4)[inverse.reshape(-1)]
    size = styles[:, 0]
    y0 = point[:, 1] + styles[:, 1]
    return Chars(
        text=np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)[kept].tobytes().decode(
            "utf-32-le"),
        x0=point[:, 0] - left,
        x1=box[:, 2].astype(np.float64) - left,
        y0=y0,
        y1=y0 + size,
        size=size,
        bold=styles[:, 2] != 0,
        upright=styles[:, 3] != 0,
    )


def _drain(calls: object) -> None:
    """Run a lazy ``map`` of calls for their side effects, at C speed."""
    deque(calls, maxlen=0)  # type: ignore[call-overload]


def _text(textpage: object, count: int) -> str:
    """Return one character of text per character index (UTF-16 code units)."""
    if count <= 0:
        return ""
    buffer = ctypes.create_string_buffer((count + 1) * 2)
    pdfium_c.FPDFText_GetText(textpage, 0, count,
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


class _Fonts:
    """What one page's text objects share by font: boldness, descents, a matrix to fill."""

    def __init__(self) -> None:
        self.bold: dict[int, bool] = {}
        self.descent: dict[tuple[int, float], float | None] = {}  # by font and em size
        self.matrix = pdfium_c.FS_MATRIX()
        self.at_matrix = ctypes.addressof(self.matrix)
        self.value = ctypes.c_float()
        self.at_value = ctypes.addressof(self.value)

    def descent_of(self, font: int, em: float) -> float | None:
        """Return the font's descent at ``em`` (before scaling), ``None`` when PDFium has none."""
        key = (font, em)
        if key not in self.descent:
            found = _descent(font, em, self.at_value)  # type: ignore[operator]
            self.descent[key] = self.value.value if found else None
        return self.descent[key]


def _style(handle: int, index: int, obj: int, fonts: _Fonts) -> Style:
    """Return what a text object's characters share: size, descent, bold, upright."""
    _matrix_at(handle, index, fonts.at_matrix)  # type: ignore[operator]
    matrix = fonts.matrix
    a, b, c, d = matrix.a, matrix.b, matrix.c, matrix.d
    em = _font_size(handle, index)  # type: ignore[operator]
    size = em * math.hypot(c, d)
    font = _font_of(obj)  # type: ignore[operator]
    bold, descent = False, 0.0
    if font:
        if font not in fonts.bold:
            fonts.bold[font] = _bold(ctypes.cast(font, pdfium_c.FPDF_FONT))
        bold = fonts.bold[font]
        value = fonts.descent_of(font, em)
        if value is not None:
            descent = value * abs(d)
    # pdfminer calls a character upright when its matrix neither turns nor mirrors it.
    return size, descent, bold, a * d > 0 and b * c <= 0


def _bold(font: object) -> bool:
    """Tell whether a font is bold, by its name or its weight."""
    name = ctypes.create_string_buffer(256)
    pdfium_c.FPDFFont_GetBaseFontName(font, name, len(name))
    weight = pdfium_c.FPDFFont_GetWeight(font)
    return is_bold_font(name.value.decode("latin-1")) or weight >= 700

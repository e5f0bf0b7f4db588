"""A page's characters from PDFium as columns (numpy arrays), fetched with few Python steps.

Per character PDFium is asked its loose box through a plain ctypes prototype, one ``map`` over
all indices, so the loop runs in C and writes straight into ctypes arrays. Its text object (none
for a space or line break PDFium made up) is asked at few indices
(:mod:`~jdlint.read.pdf.pdfium_objects`). What a run of one text
object's characters shares (size, descent, bold, upright, the baseline: :func:`style`) is asked
once per run. A character's box is pdfminer's: from its origin to its advance across, from the
font's descent to one em above.

The origin is not asked per character. PDFium's loose box starts at the origin whenever the
font's ascent and descent differ (``CPDF_TextPage::GetCharLooseBounds``), and a text object
that neither turns nor skews its text (matrix ``b`` = 0) sets every character on one baseline;
so for such a run the origin of its first character gives the baseline, and the loose boxes
give the rest (checked on that first character: the box must start within 1/1000 pt of it).
A run that fails either test asks the origin of every character, as all did before: over the
benchmark's PDFs that was a third of the calls a page made.

The per-character prototypes declare no argument types, so ctypes converts nothing: an index
goes in as a C int and every address as a ready-made ``c_void_p``. Making those pointer objects
costs more than the conversion they save, so each thread keeps its output buffers, with a
pointer object to every slot, from page to page (:class:`_Slots`). Measured on a page of 1,850
characters: 237 against 365 ns a character for the origin, 182 against 298 for the loose box.
"""

from __future__ import annotations

import ctypes
import math
import threading
from collections import deque
from dataclasses import dataclass
from itertools import repeat

import numpy as np
import pypdfium2.raw as pdfium_c

from jdlint.read.pdf.geometry import is_bold_font
from jdlint.read.pdf.pdfium_objects import text_objects

_VP, _INT, _DOUBLE, _FLOAT = ctypes.c_void_p, ctypes.c_int, ctypes.c_double, ctypes.c_float


def fast(function: object, restype: object, *argtypes: object) -> object:
    """Re-declare a PDFium function to take and return plain addresses (no wrapper objects).

    The prototype keeps the GIL (``PYFUNCTYPE``): releasing and taking it back around a call
    that lasts well under a microsecond cost about a tenth of each call.
    """
    address = ctypes.cast(function, _VP).value  # type: ignore[arg-type]
    return ctypes.PYFUNCTYPE(restype, *argtypes)(address)  # type: ignore[arg-type]


# Declared without argument types (see the module's docstring): the one call made for every
# character index then converts nothing. The handle goes in as a c_void_p, the index as a C int.
_origin = fast(pdfium_c.FPDFText_GetCharOrigin, _INT)  # (handle, index, &x, &y)
_loose_box = fast(pdfium_c.FPDFText_GetLooseCharBox, _INT)  # (handle, index, &FS_RECTF)
# Asked once per text object (a few dozen a page): addresses in, so no handle is cast.
_matrix_at = fast(pdfium_c.FPDFText_GetMatrix, _INT, _VP, _INT, _VP)
_font_size = fast(pdfium_c.FPDFText_GetFontSize, _DOUBLE, _VP, _INT)
_font_of = fast(pdfium_c.FPDFTextObj_GetFont, ctypes.c_size_t, _VP)  # 0: no font
_descent = fast(pdfium_c.FPDFFont_GetDescent, _INT, _VP, _FLOAT, _VP)
_ascent = fast(pdfium_c.FPDFFont_GetAscent, _INT, _VP, _FLOAT, _VP)

# PDFium's text hands back a hyphen that ends a line as U+FFFE; the file holds a plain hyphen.
_HYPHEN_MARK = "\ufffe"

# size, descent (points), bold, upright, level (the loose box starts at the origin, one baseline)
Style = tuple[float, float, bool, bool, bool]


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
    handle = ctypes.cast(textpage, _VP).value or 0  # type: ignore[arg-type]
    count = pdfium_c.FPDFText_CountChars(textpage)
    text = _text(textpage, count)
    if count <= 0:
        empty = np.zeros(0)
        return Chars("", empty, empty, empty, empty, empty, empty.astype(bool),
                     empty.astype(bool))
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    objects = text_objects(handle, codes)
    kept = np.flatnonzero(objects)
    indices = kept.tolist()
    box = _loose_boxes(_VP(handle), indices)
    starts, lengths, styles = _styles(handle, objects[kept], indices)
    x0, y = _origins(_VP(handle), indices, box, starts, lengths, styles)
    per_char = np.repeat(styles, lengths, axis=0)
    size = per_char[:, 0]
    y0 = y + per_char[:, 1]
    return Chars(
        text=codes[kept].tobytes().decode("utf-32-le"),
        x0=x0 - left,
        x1=box[:, 2].astype(np.float64) - left,
        y0=y0,
        y1=y0 + size,
        size=size,
        bold=per_char[:, 2] != 0,
        upright=per_char[:, 3] != 0,
    )


def _styles(handle: int, objects: np.ndarray, indices: list[int],
            ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return the runs of one text object's characters (starts, lengths) and each run's style
    (size, descent, bold, upright, level) as a row of floats.

    A text object's characters come in runs (mostly one), so the style is asked once per
    object, at its first character, and shared by each of its runs; no sort is needed.
    """
    if not len(objects):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros((0, 5))
    starts = np.flatnonzero(np.diff(objects, prepend=objects[0] ^ 1))  # ^ 1: a first start
    lengths = np.diff(np.append(starts, len(objects)))
    fonts = _Fonts()
    known: dict[int, Style] = {}
    shared = []
    for obj, start in zip(objects[starts].tolist(), starts.tolist(), strict=True):
        style = known.get(obj)
        if style is None:
            style = known[obj] = _style(handle, indices[start], obj, fonts)
        shared.append(style)
    return starts, lengths, np.array(shared, dtype=np.float64).reshape(len(shared), 5)


def _loose_boxes(handle: ctypes.c_void_p, indices: list[int]) -> np.ndarray:
    """Return the loose boxes (left, top, right, bottom) of ``indices``, in float32."""
    found = len(indices)
    box = np.empty((found, 4), dtype=np.float32)
    slots = _slots()
    for start in range(0, found, _Slots.SIZE):
        block = indices[start:start + _Slots.SIZE]  # the k-th index fills slot k
        size = len(block)
        _drain(map(_loose_box, repeat(handle), block, slots.rects))  # type: ignore
        boxes = np.frombuffer(slots.boxes, np.float32, 4 * size)  # type: ignore[call-overload]
        box[start:start + size] = boxes.reshape(size, 4)
    return box


def _origins(handle: ctypes.c_void_p, indices: list[int], box: np.ndarray, starts: np.ndarray,
             lengths: np.ndarray, styles: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return each character's origin (x, y): from its run's first origin and its loose box
    where the run is level (see the module's docstring), asked of PDFium elsewhere."""
    firsts = [indices[k] for k in starts.tolist()]
    first = _origin_points(handle, firsts)
    level = styles[:, 4] != 0
    x = box[:, 0].astype(np.float64)
    y = np.repeat(first[:, 1], lengths)
    x[starts] = first[:, 0]
    if not level.all():
        ends = starts + lengths
        rest = np.concatenate([np.arange(a, b) for a, b in zip(starts[~level].tolist(),
                                                              ends[~level].tolist(),
                                                              strict=True)])
        points = _origin_points(handle, [indices[k] for k in rest.tolist()])
        x[rest], y[rest] = points[:, 0], points[:, 1]
    return x, y


def _origin_points(handle: ctypes.c_void_p, indices: list[int]) -> np.ndarray:
    """Return the origins (x, y) of ``indices`` as rows of float64."""
    found = len(indices)
    point = np.empty((found, 2), dtype=np.float64)
    slots = _slots()
    for start in range(0, found, _Slots.SIZE):
        block = indices[start:start + _Slots.SIZE]
        size = len(block)
        _drain(map(_origin, repeat(handle), block, slots.xs, slots.ys))  # type: ignore
        points = np.frombuffer(slots.points, np.float64, 2 * size)  # type: ignore[call-overload]
        point[start:start + size] = points.reshape(size, 2)
    return point


class _Slots:
    """Output buffers for a block of characters, with a ready pointer object to every slot."""

    SIZE = 4096  # characters a block (most pages hold fewer); bounds the memory per thread

    def __init__(self) -> None:
        self.points = (_DOUBLE * (2 * self.SIZE))()  # the k-th origin: x, y
        self.boxes = (_FLOAT * (4 * self.SIZE))()  # the k-th FS_RECTF: left, top, right, bottom
        at_point, at_box = ctypes.addressof(self.points), ctypes.addressof(self.boxes)
        self.xs = [_VP(at_point + 16 * k) for k in range(self.SIZE)]
        self.ys = [_VP(at_point + 16 * k + 8) for k in range(self.SIZE)]
        self.rects = [_VP(at_box + 16 * k) for k in range(self.SIZE)]


_LOCAL = threading.local()  # one set of slots a thread: pages read in parallel threads don't mix


def _slots() -> _Slots:
    slots: _Slots | None = getattr(_LOCAL, "slots", None)
    if slots is None:
        slots = _LOCAL.slots = _Slots()
    return slots


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
        self.spans: dict[tuple[int, float], bool] = {}  # ascent differs from descent
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

    def spans_em(self, font: int, em: float) -> bool:
        """Tell whether the font's ascent and descent differ at ``em`` (then PDFium's loose
        box starts at the character's origin)."""
        key = (font, em)
        if key not in self.spans:
            descent = self.descent_of(font, em)
            found = _ascent(font, em, self.at_value)  # type: ignore[operator]
            self.spans[key] = bool(found) and descent is not None and em != 0 and (
                self.value.value != descent)
        return self.spans[key]


def _style(handle: int, index: int, obj: int, fonts: _Fonts) -> Style:
    """Return what a text object's characters share: size, descent, bold, upright, level."""
    _matrix_at(handle, index, fonts.at_matrix)  # type: ignore[operator]
    matrix = fonts.matrix
    a, b, c, d = matrix.a, matrix.b, matrix.c, matrix.d
    em = _font_size(handle, index)  # type: ignore[operator]
    size = em * math.hypot(c, d)
    font = _font_of(obj)  # type: ignore[operator]
    bold, descent, level = False, 0.0, False
    if font:
        if font not in fonts.bold:
            fonts.bold[font] = _bold(ctypes.cast(font, pdfium_c.FPDF_FONT))
        bold = fonts.bold[font]
        value = fonts.descent_of(font, em)
        if value is not None:
            descent = value * abs(d)
        level = b == 0 and fonts.spans_em(font, em)
    # pdfminer calls a character upright when its matrix neither turns nor mirrors it.
    return size, descent, bold, a * d > 0 and b * c <= 0, level


def _bold(font: object) -> bool:
    """Tell whether a font is bold, by its name or its weight."""
    name = ctypes.create_string_buffer(256)
    pdfium_c.FPDFFont_GetBaseFontName(font, name, len(name))
    weight = pdfium_c.FPDFFont_GetWeight(font)
    return is_bold_font(name.value.decode("latin-1")) or weight >= 700

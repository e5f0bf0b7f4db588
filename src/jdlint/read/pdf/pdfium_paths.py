"""Ruling lines from PDFium's path objects, classified as the pdfminer backend classifies them.

pdfminer turns each painted subpath into a line (two points), a rectangle (four axis-aligned
corners, closed) or a curve; the pdfminer backend keeps a subpath whose box is thin in one
direction as one rule, and a rectangle as its four edges. The same is done here from the points
of PDFium's path segments, mapped through the object's (and any enclosing form's) matrix.

PDFium is asked through the plain prototypes of :func:`~jdlint.read.pdf.pdfium_chars.fast`
(addresses in, numbers out), each question one ``map`` over a page's objects or a path's
segments: a page holds dozens of objects and a bordered table hundreds of segments, and the
wrapped calls (argument conversion, ``byref``) cost more than PDFium's answers.
"""

from __future__ import annotations

import ctypes
from collections import deque
from itertools import repeat

import pypdfium2.raw as pdfium_c

from jdlint.read.pdf.geometry import Rule
from jdlint.read.pdf.pdfium_chars import fast

_THIN = 3.0  # a painted path thinner than this (points) is a ruling line (as in pdfminer_backend)
_SAME = 0.01  # PDFium hands back single-precision floats: compare coordinates with this slack
_MAX_DEPTH = 8  # form XObjects nested deeper than this are not searched for borders

Matrix = tuple[float, float, float, float, float, float]
Point = tuple[float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)

_VP, _INT, _SIZE = ctypes.c_void_p, ctypes.c_int, ctypes.c_size_t
# Handles come back as plain integers (0: none) and go in as addresses.
_object_at = fast(pdfium_c.FPDFPage_GetObject, _SIZE)  # (page as c_void_p, C int index)
_form_object_at = fast(pdfium_c.FPDFFormObj_GetObject, _SIZE, _VP, ctypes.c_ulong)
_form_count = fast(pdfium_c.FPDFFormObj_CountObjects, _INT, _VP)
_kind = fast(pdfium_c.FPDFPageObj_GetType, _INT, _VP)
_get_matrix = fast(pdfium_c.FPDFPageObj_GetMatrix, _INT, _VP, _VP)
_draw_mode = fast(pdfium_c.FPDFPath_GetDrawMode, _INT, _VP, _VP, _VP)
_segment_count = fast(pdfium_c.FPDFPath_CountSegments, _INT, _VP)
_segment_at = fast(pdfium_c.FPDFPath_GetPathSegment, _SIZE, _VP, _INT)
_point = fast(pdfium_c.FPDFPathSegment_GetPoint, _INT, _VP, _VP, _VP)
_segment_kind = fast(pdfium_c.FPDFPathSegment_GetType, _INT, _VP)
_closes = fast(pdfium_c.FPDFPathSegment_GetClose, _INT, _VP)


class _Out:
    """What one page's walk fills: PDFium's answers for one object at a time, and the rules."""

    def __init__(self, left: float, top: float) -> None:
        self.left, self.top = left, top
        self.rules: list[Rule] = []
        self.matrix = (ctypes.c_float * 6)()  # FS_MATRIX: a, b, c, d, e, f
        self.at_matrix = ctypes.addressof(self.matrix)
        self.modes = (ctypes.c_int * 2)()  # fill mode, stroke
        self.at_fill = ctypes.addressof(self.modes)
        self.at_stroke = self.at_fill + ctypes.sizeof(ctypes.c_int)


def page_rules(page: object, left: float, top: float) -> list[Rule]:
    """Return the ruling lines of a page (top-left origin at ``left``, ``top`` in PDF space)."""
    out = _Out(left, top)
    count = pdfium_c.FPDFPage_CountObjects(page)
    handle = _VP(ctypes.cast(page, _VP).value)  # type: ignore[arg-type]
    objects = list(map(_object_at, repeat(handle, count), range(count)))  # type: ignore[call-overload]
    _collect(objects, _IDENTITY, out, 0)
    return out.rules


def _collect(objects: list[int], outer: Matrix, out: _Out, depth: int) -> None:
    rules, left, top = out.rules, out.left, out.top
    for obj, kind in zip(objects, map(_kind, objects), strict=True):  # type: ignore[call-overload]
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            matrix = _multiply(_matrix(obj, out), outer)
            for points in _subpaths(obj, out):
                rules.extend(_rules([_apply(matrix, p) for p in points], left, top))
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < _MAX_DEPTH:
            matrix = _multiply(_matrix(obj, out), outer)
            count = _form_count(obj)  # type: ignore[operator]
            inner = list(map(_form_object_at, repeat(obj, count), range(count)))  # type: ignore[call-overload]
            _collect(inner, matrix, out, depth + 1)


def _subpaths(obj: int, out: _Out) -> list[list[Point]]:
    """Return each painted subpath's points (a close adds the start point again)."""
    modes = out.modes
    if not _draw_mode(obj, out.at_fill, out.at_stroke) or not (modes[0] or modes[1]):  # type: ignore[operator]
        return []  # a clipping path, not painted
    count = _segment_count(obj)  # type: ignore[operator]
    if count <= 0:
        return []
    segments = list(map(_segment_at, repeat(obj, count), range(count)))  # type: ignore[call-overload]
    xy = (ctypes.c_float * (2 * count))()
    at = ctypes.addressof(xy)
    deque(map(_point, segments, range(at, at + 8 * count, 8),  # type: ignore[call-overload]
              range(at + 4, at + 8 * count, 8)), maxlen=0)
    values = xy[:]
    moveto = pdfium_c.FPDF_SEGMENT_MOVETO
    subpaths: list[list[Point]] = []
    for point, kind, close in zip(zip(values[0::2], values[1::2], strict=True),
                                  map(_segment_kind, segments),  # type: ignore[call-overload]
                                  map(_closes, segments), strict=True):  # type: ignore[call-overload]
        if kind == moveto or not subpaths:
            subpaths.append([])
        current = subpaths[-1]
        current.append(point)
        if close:
            current.append(current[0])
    return subpaths


def _rules(points: list[Point], left: float, top: float) -> list[Rule]:
    if len(points) < 2:
        return []
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    x0, x1, y_top, y_bottom = min(xs) - left, max(xs) - left, top - max(ys), top - min(ys)
    thin_x, thin_y = x1 - x0 < _THIN, y_bottom - y_top < _THIN
    if thin_x and thin_y:
        return []
    if thin_x or thin_y:
        return [Rule(x0, x1, y_top, y_bottom)]
    if not _is_rectangle(points):
        return []  # a drawn shape, not a border
    return [
        Rule(x0, x1, y_top, y_top),
        Rule(x0, x1, y_bottom, y_bottom),
        Rule(x0, x0, y_top, y_bottom),
        Rule(x1, x1, y_top, y_bottom),
    ]


def _is_rectangle(points: list[Point]) -> bool:
    """Tell whether a closed subpath is four axis-aligned corners (pdfminer's LTRect)."""
    corners = list(points)
    while len(corners) > 5 and _near(corners[-1], corners[-2]):
        corners.pop()  # "l back to the start, then h": the same corner twice
    if len(corners) != 5 or not _near(corners[0], corners[4]):
        return False
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = corners[:4]
    same = _same
    return (same(x0, x1) and same(y1, y2) and same(x2, x3) and same(y3, y0)) or (
        same(y0, y1) and same(x1, x2) and same(y2, y3) and same(x3, x0))


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= _SAME


def _near(a: Point, b: Point) -> bool:
    return _same(a[0], b[0]) and _same(a[1], b[1])


def _matrix(obj: int, out: _Out) -> Matrix:
    if not _get_matrix(obj, out.at_matrix):  # type: ignore[operator]
        return _IDENTITY
    a, b, c, d, e, f = out.matrix
    return (a, b, c, d, e, f)


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    """Return m then n (PDF row-vector convention: p' = p·m·n)."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
            e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def _apply(m: Matrix, point: Point) -> Point:
    x, y = point
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])

"""Ruling lines from PDFium's path objects, classified as the pdfminer backend classifies them.

pdfminer turns each painted subpath into a line (two points), a rectangle (four axis-aligned
corners, closed) or a curve; the pdfminer backend keeps a subpath whose box is thin in one
direction as one rule, and a rectangle as its four edges. The same is done here from the points
of PDFium's path segments, mapped through the object's (and any enclosing form's) matrix.
"""

from __future__ import annotations

import ctypes

import pypdfium2.raw as pdfium_c

from jdlint.readers.pdf.geometry import Rule

_THIN = 3.0  # a painted path thinner than this (points) is a ruling line (as in pdfminer_backend)
_SAME = 0.01  # PDFium hands back single-precision floats: compare coordinates with this slack
_MAX_DEPTH = 8  # form XObjects nested deeper than this are not searched for borders

Matrix = tuple[float, float, float, float, float, float]
Point = tuple[float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def page_rules(page: object, left: float, top: float) -> list[Rule]:
    """Return the ruling lines of a page (top-left origin at ``left``, ``top`` in PDF space)."""
    rules: list[Rule] = []
    count = pdfium_c.FPDFPage_CountObjects(page)
    objects = (pdfium_c.FPDFPage_GetObject(page, i) for i in range(count))
    _collect(objects, _IDENTITY, left, top, rules, 0)
    return rules


def _collect(objects: object, outer: Matrix, left: float, top: float, rules: list[Rule],
             depth: int) -> None:
    for obj in objects:  # type: ignore[attr-defined]
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            matrix = _multiply(_matrix(obj), outer)
            for points in _subpaths(obj):
                rules.extend(_rules([_apply(matrix, p) for p in points], left, top))
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < _MAX_DEPTH:
            matrix = _multiply(_matrix(obj), outer)
            count = pdfium_c.FPDFFormObj_CountObjects(obj)
            inner = (pdfium_c.FPDFFormObj_GetObject(obj, i) for i in range(count))
            _collect(inner, matrix, left, top, rules, depth + 1)


def _subpaths(obj: object) -> list[list[Point]]:
    """Return each painted subpath's points (a close adds the start point again)."""
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not pdfium_c.FPDFPath_GetDrawMode(obj, fill, stroke) or (not fill.value and
                                                                 not stroke.value):
        return []  # a clipping path, not painted
    x, y = ctypes.c_float(), ctypes.c_float()
    subpaths: list[list[Point]] = []
    for index in range(pdfium_c.FPDFPath_CountSegments(obj)):
        segment = pdfium_c.FPDFPath_GetPathSegment(obj, index)
        pdfium_c.FPDFPathSegment_GetPoint(segment, x, y)
        move = pdfium_c.FPDFPathSegment_GetType(segment) == pdfium_c.FPDF_SEGMENT_MOVETO
        if move or not subpaths:
            subpaths.append([])
        subpaths[-1].append((x.value, y.value))
        if pdfium_c.FPDFPathSegment_GetClose(segment):
            subpaths[-1].append(subpaths[-1][0])
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


def _matrix(obj: object) -> Matrix:
    m = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, m):
        return _IDENTITY
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    """Return m then n (PDF row-vector convention: p' = p·m·n)."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
            e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def _apply(m: Matrix, point: Point) -> Point:
    x, y = point
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])

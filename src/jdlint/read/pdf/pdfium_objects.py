"""Which text object each of a page's characters comes from, asked of PDFium at few indices.

PDFium's ``FPDFText_GetTextObject`` answers for one character index at a time, and a page's
text page lists its characters text object by text object (``CPDF_TextPage::ProcessTextObject``
appends one object's characters together; the spaces and line breaks it makes up, which have
no object, go only before an object's characters). So when two indices name the same object,
every index between them does too, and only the stretches where the answer changes need asking
character by character. The characters are probed every :data:`STRIDE` indices (about 30 % of
the calls over the benchmark's pages). The one exception is right-to-left text: PDFium reverses
a line's right-to-left stretches, which can interleave two objects, so a page with any
right-to-left character (or any character outside the Basic Multilingual Plane, which may be
one) is asked at every index. ``tests/test_pdf_backends.py`` checks both give the same answers.
"""

from __future__ import annotations

import ctypes
from itertools import repeat

import numpy as np
import pypdfium2.raw as pdfium_c

STRIDE = 8  # indices between probes: fewest calls over the benchmark's pages (6-8)

_VP = ctypes.c_void_p
# No argument types (a c_void_p handle and a C int index go in unconverted); 0: no object.
_text_object = ctypes.PYFUNCTYPE(ctypes.c_size_t)(
    ctypes.cast(pdfium_c.FPDFText_GetTextObject, _VP).value)  # type: ignore[arg-type]

# Code points (UTF-16 units) that may be right-to-left or make PDFium's bidi reorder a line:
# Hebrew to Arabic Extended, the Hebrew and Arabic presentation forms, surrogates (and U+FFFD,
# which stands for them in the page's text), and the right-to-left mark and controls.
_RTL_RANGES = ((0x0590, 0x08FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF), (0xD800, 0xDFFF),
               (0xFFFD, 0xFFFD), (0x200F, 0x200F), (0x202B, 0x202B), (0x202E, 0x202E),
               (0x2067, 0x2067))


def text_objects(handle: int, codes: np.ndarray) -> np.ndarray:
    """Return each character's text object as an address (0: a character PDFium made up).

    ``codes`` are the page's characters, one code point per character index.
    """
    count = len(codes)
    if count <= 2 * STRIDE or _right_to_left(codes):
        return every_object(handle, count)
    probes = np.arange(0, count, STRIDE)
    if probes[-1] != count - 1:
        probes = np.append(probes, count - 1)
    known = _ask(handle, probes.tolist())
    first, last = known[:-1], known[1:]
    objects = np.empty(count, dtype=np.uint64)
    objects[:-1] = np.repeat(first, np.diff(probes))
    objects[-1] = known[-1]
    changes = (first != last) | (first == 0)  # made-up characters may lie between two
    if changes.any():
        starts, ends = probes[:-1][changes] + 1, probes[1:][changes]
        lengths = ends - starts
        inside = np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(
            int(lengths.sum()))
        objects[inside] = _ask(handle, inside.tolist())
    return objects


def every_object(handle: int, count: int) -> np.ndarray:
    """Return each character's text object, asked at every index (the reference)."""
    return _ask(handle, list(range(count)))


def _ask(handle: int, indices: list[int]) -> np.ndarray:
    calls = map(_text_object, repeat(_VP(handle)), indices)
    return np.fromiter(calls, dtype=np.uint64, count=len(indices))


def _right_to_left(codes: np.ndarray) -> bool:
    """Tell whether any character may be right-to-left (see the module's docstring)."""
    high = codes[codes >= _RTL_RANGES[0][0]]  # most pages: a few quotes and bullets at most
    return bool(high.size) and any(bool(((high >= low) & (high <= top)).any())
                                   for low, top in _RTL_RANGES)

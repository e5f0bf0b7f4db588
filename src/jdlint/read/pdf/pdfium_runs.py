"""Characters to text runs for the pdfium backend, on whole columns at once (numpy).

The same rules as :func:`~jdlint.read.pdf.pdfium_lines.page_lines` (pdfminer's line
grouping and word spaces, then the split into runs at wide gaps and vertical rules), each
turned into one comparison over neighbouring characters: a line ends where a character is not
aligned with the one before it, a word space goes before a character far enough from the one
before it, a run starts at an inked character far from the previous inked one. Only the runs
themselves (a few dozen a page) are built in Python. A page with a turned or mirrored glyph, or
a coordinate that is not finite, goes through ``page_lines`` instead; the tests check that the
two agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

import numpy as np

from jdlint.read.pdf.geometry import GAP_EM, Rule, TextLine
from jdlint.read.pdf.pdfium_chars import Chars
from jdlint.read.pdf.pdfium_lines import CHAR_MARGIN, LINE_OVERLAP, WORD_MARGIN, page_lines

# For each code point up to U+3001, whether str.isspace accepts it (none lies above U+3000);
# a code point above is looked up as U+3001. One index per character is cheaper than np.isin.
_LAST = 0x3001
_BLANK = np.array([chr(c).isspace() for c in range(_LAST + 1)], dtype=bool)


def page_runs(chars: Chars, top: float, rules: Sequence[Rule]) -> list[TextLine]:
    """Return a page's text runs from its characters (``top``: the page's top in PDF space)."""
    count = len(chars.text)
    if count == 0:
        return []
    x0, x1, y0, y1, size = chars.x0, chars.x1, chars.y0, chars.y1, chars.size
    if not (chars.upright.all() and np.isfinite(np.stack([x0, x1, y0, y1])).all()):
        return page_lines(list(zip(chars.text, x0.tolist(), x1.tolist(), y0.tolist(),
                                   y1.tolist(), size.tolist(), chars.bold.tolist(),
                                   chars.upright.tolist(), strict=True)), top, rules)
    start = np.ones(count, dtype=bool)  # a character that begins a line
    start[1:] = ~_aligned(x0, x1, y0, y1)
    before = np.full(count, np.inf)  # the right edge of the character before, on its line
    before[1:] = x1[:-1]
    spaced = ~start & (before < x0 - WORD_MARGIN * np.maximum(x1 - x0, y1 - y0))
    codes = np.frombuffer(chars.text.encode("utf-32-le"), dtype=np.uint32)
    blank = _BLANK[np.minimum(codes, _LAST)]  # str.isspace, for each character
    inked = np.flatnonzero(~blank)
    if not inked.size:
        return []
    line = np.cumsum(start) - 1
    prev, this = inked[:-1], inked[1:]
    split = (line[prev] != line[this]) | (
        x0[this] - x1[prev] > GAP_EM * np.maximum(size[this], size[prev]))
    verticals = [r for r in rules if r.vertical]
    if verticals:
        split |= _cut(verticals, chars, top, start, line, prev, this)
    firsts = np.concatenate((inked[:1], this[split]))
    return _runs(chars, top, firsts, codes, blank, spaced, start)


def _aligned(x0: np.ndarray, x1: np.ndarray, y0: np.ndarray, y1: np.ndarray) -> np.ndarray:
    """Tell for each character after the first whether pdfminer puts it on the line before's."""
    ax0, ax1, ay0, ay1 = x0[:-1], x1[:-1], y0[:-1], y1[:-1]
    bx0, bx1, by0, by1 = x0[1:], x1[1:], y0[1:], y1[1:]
    across = np.where((bx0 <= ax1) & (ax0 <= bx1), 0.0,
                      np.minimum(np.abs(ax0 - bx1), np.abs(ax1 - bx0)))
    aligned: np.ndarray = ((by0 <= ay1) & (ay0 <= by1)
                           & (np.minimum(np.abs(ay0 - by1), np.abs(ay1 - by0))
                              > np.minimum(ay1 - ay0, by1 - by0) * LINE_OVERLAP)
                           & (across < np.maximum(ax1 - ax0, bx1 - bx0) * CHAR_MARGIN))
    return aligned


def _cut(verticals: list[Rule], chars: Chars, top: float, start: np.ndarray, line: np.ndarray,
         prev: np.ndarray, this: np.ndarray) -> np.ndarray:
    """Tell for each pair of inked neighbours whether a vertical rule on their line parts them."""
    x0, x1 = chars.x0, chars.x1
    starts = np.flatnonzero(start)
    lefts = np.minimum.reduceat(x0, starts)
    rights = np.maximum.reduceat(x1, starts)
    highs, lows = np.maximum.reduceat(chars.y1, starts), np.minimum.reduceat(chars.y0, starts)
    middles = top - (highs + lows) / 2
    centre = (x0 + x1) / 2
    left, right = centre[prev], centre[this]
    pair_line = line[this]
    out = np.zeros(len(this), dtype=bool)
    r_top, r_bottom, r_x0, r_x1 = np.array([(r.top, r.bottom, r.x0, r.x1) for r in verticals]).T
    mids = middles[:, None]
    crossing = ((r_top < mids) & (mids < r_bottom) & (lefts[:, None] < r_x0)
                & (r_x0 < rights[:, None]))  # line by rule
    for number in np.flatnonzero(crossing.any(axis=1)).tolist():
        lo = int(np.searchsorted(pair_line, number, side="left"))
        hi = int(np.searchsorted(pair_line, number, side="right"))
        if lo == hi:
            continue
        xs = np.sort((r_x0 + r_x1)[crossing[number]] / 2)
        after = np.searchsorted(xs, left[lo:hi], side="right")  # the first cut right of left
        inside = after < len(xs)
        out[lo:hi] = inside & (xs[np.minimum(after, len(xs) - 1)] < right[lo:hi])
    return out


def _runs(chars: Chars, top: float, firsts: np.ndarray, codes: np.ndarray, blank: np.ndarray,
          spaced: np.ndarray, start: np.ndarray) -> list[TextLine]:
    """Build one run from each first inked character up to the next run's first character."""
    count = len(chars.text)
    x0, x1, size = chars.x0, chars.x1, chars.size
    inked = ~blank
    ends = np.append(firsts[1:], count)
    left = np.minimum.reduceat(np.where(inked, x0, np.inf), firsts).tolist()
    right = np.maximum.reduceat(np.where(inked, x1, -np.inf), firsts).tolist()
    tops = np.minimum.reduceat(np.where(inked, top - chars.y1, np.inf), firsts).tolist()
    bottoms = np.maximum.reduceat(np.where(inked, top - chars.y0, -np.inf), firsts).tolist()
    small = np.minimum.reduceat(np.where(inked, size, np.inf), firsts).tolist()
    large = np.maximum.reduceat(np.where(inked, size, -np.inf), firsts).tolist()
    bold = np.logical_and.reduceat(chars.bold | blank, firsts).tolist()
    # The first word ends before the first blank, word space or line start after its start.
    stops = np.flatnonzero(blank | spaced | start)
    after = np.searchsorted(stops, firsts, side="right")
    stop = np.minimum(np.append(stops, count)[after], ends)
    heads = (x1[stop - 1] - x0[firsts]).tolist()
    # The page's text with the word spaces put in; offsets[i]: where character i's piece begins.
    offsets = np.concatenate(([0], np.cumsum(spaced.astype(np.int64) + 1)))
    joined = np.full(offsets[-1], ord(" "), dtype=np.uint32)
    joined[offsets[1:] - 1] = codes
    text = joined.tobytes().decode("utf-32-le")
    bounds = offsets[np.append(firsts, count)].tolist()
    texts = [" ".join(text[a:b].split()) for a, b in pairwise(bounds)]
    medians = [round(low, 1) if low == high else _median(size[first:end][inked[first:end]])
               for low, high, first, end in zip(small, large, firsts.tolist(), ends.tolist(),
                                                 strict=True)]
    # One call per run, positional in TextLine's field order (bold: already Python bools).
    return list(map(TextLine, texts, left, right, tops, bottoms, medians, bold, heads))


def _median(sizes: np.ndarray) -> float:
    """Return the median of a run's sizes (the upper one of an even count), each to 0.1 pt."""
    ordered = sorted(round(s, 1) for s in sizes.tolist())
    return float(ordered[len(ordered) // 2])

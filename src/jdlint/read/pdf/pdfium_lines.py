"""Characters to text runs for the pdfium backend, one character at a time (the reference).

:mod:`~jdlint.read.pdf.pdfium_runs` does the same on whole columns and falls back to this for
a page with a turned or mirrored glyph; ``tests/test_pdf_backends.py`` checks the two agree.

The same steps as the pdfminer backend takes, fused into one pass per line: pdfminer's line
grouping (``LTLayoutContainer.group_objects`` with its default ``LAParams``: a character joins
the line when it overlaps the previous one vertically by more than half the smaller height and
lies within twice the wider width of it), pdfminer's word spaces (a gap wider than a tenth of
the character's size), then :func:`~jdlint.read.pdf.geometry.runs_from_glyphs`. Building a
frozen :class:`~jdlint.read.pdf.geometry.Glyph` per character cost more than PDFium's
parsing, so this works on tuples laid out like ``Glyph``; ``tests/test_pdf_backends.py`` checks
that it returns exactly what ``runs_from_glyphs`` returns.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from jdlint.read.pdf.geometry import GAP_EM, Rule, TextLine

LINE_OVERLAP = 0.5
CHAR_MARGIN = 2.0
WORD_MARGIN = 0.1

# A character in PDF space (y up): text, x0, x1, y0, y1, size, bold, upright.
Char = tuple[str, float, float, float, float, float, bool, bool]
# A glyph in page space (top-left origin), the fields of geometry.Glyph in order.
GlyphTuple = tuple[str, float, float, float, float, float, bool]


def page_lines(chars: Sequence[Char], top: float, rules: Sequence[Rule]) -> list[TextLine]:
    """Return a page's text runs from its characters (``top``: the page's top in PDF space)."""
    verticals = [r for r in rules if r.vertical]
    out: list[TextLine] = []
    for line in group(chars):
        x0 = min(c[1] for c in line)
        x1 = max(c[2] for c in line)
        middle = top - (max(c[4] for c in line) + min(c[3] for c in line)) / 2
        cuts = sorted((r.x0 + r.x1) / 2 for r in verticals
                      if r.top < middle < r.bottom and x0 < r.x0 < x1)
        runs(glyphs(line, top), cuts, out)
    return out


def group(chars: Sequence[Char]) -> Iterator[list[Char]]:
    """Group characters into lines as pdfminer's ``group_objects`` does (horizontal text)."""
    line: list[Char] | None = None
    previous: Char | None = None
    for char in chars:
        if previous is not None:
            _, ax0, ax1, ay0, ay1, _, _, _ = previous
            _, bx0, bx1, by0, by1, _, _, _ = char
            aligned = (
                by0 <= ay1 and ay0 <= by1
                and min(abs(ay0 - by1), abs(ay1 - by0)) > min(ay1 - ay0, by1 - by0) * LINE_OVERLAP
                and (0.0 if (bx0 <= ax1 and ax0 <= bx1) else min(abs(ax0 - bx1), abs(ax1 - bx0)))
                < max(ax1 - ax0, bx1 - bx0) * CHAR_MARGIN
            )
            if aligned and line is not None:
                line.append(char)
            elif line is not None:
                yield line
                line = None
            elif aligned:
                line = [previous, char]
            else:
                yield [previous]
        previous = char
    if line is None and previous is not None:
        line = [previous]
    if line:
        yield line


def glyphs(line: Sequence[Char], top: float) -> list[GlyphTuple]:
    """Return a line's upright glyphs in page space, with pdfminer's word spaces between."""
    out: list[GlyphTuple] = []
    right = float("inf")
    for text, x0, x1, y0, y1, size, bold, upright in line:
        if out and right < x0 - WORD_MARGIN * max(x1 - x0, y1 - y0):
            last = out[-1]
            out.append((" ", last[2], last[2], last[3], last[4], last[5], last[6]))
        right = x1
        if upright:
            out.append((text, x0, x1, top - y1, top - y0, size, bold))
    return out


def runs(line: Sequence[GlyphTuple], cuts: Sequence[float], out: list[TextLine]) -> None:
    """Split one line's glyphs into runs as ``runs_from_glyphs`` does; append them to ``out``."""
    current: list[GlyphTuple] = []
    last: GlyphTuple | None = None
    for glyph in line:
        text = glyph[0]
        if not text or text.isspace():
            if current:
                current.append(glyph)
            continue
        if last is not None:
            left, right = (last[1] + last[2]) / 2, (glyph[1] + glyph[2]) / 2
            if glyph[1] - last[2] > GAP_EM * max(glyph[5], last[5]) or any(
                    left < x < right for x in cuts):
                _run(current, out)
                current = []
        current.append(glyph)
        last = glyph
    if current:
        _run(current, out)


def _run(run: list[GlyphTuple], out: list[TextLine]) -> None:
    text = " ".join("".join(g[0] for g in run).split())
    ink = [g for g in run if not g[0].isspace()]
    if not text or not ink:
        return
    sizes = sorted(round(g[5], 1) for g in ink)
    first = ink[0]
    word_end = first[2]
    for glyph in run[run.index(first):]:
        if glyph[0].isspace():
            break
        word_end = glyph[2]
    out.append(TextLine(
        text=text,
        x0=min(g[1] for g in ink),
        x1=max(g[2] for g in ink),
        top=min(g[3] for g in ink),
        bottom=max(g[4] for g in ink),
        size=sizes[len(sizes) // 2],
        bold=all(g[6] for g in ink),
        head=word_end - first[1],
    ))

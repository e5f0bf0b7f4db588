"""Visual rows: the text runs of a page that share a baseline, numbered top to bottom."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from jdlint.read.pdf.geometry import PageLayout, TextLine


@dataclass(frozen=True, slots=True)
class Row:
    """Runs on one baseline of one page; ``number`` is the 1-based line number on the page.

    Build it with :meth:`of`, which measures the runs once.
    """

    page: int
    number: int
    runs: tuple[TextLine, ...]
    text: str  # the runs' text joined by single spaces
    top: float
    bottom: float
    x1: float
    size: float  # the font size of most of the row's text
    bold: bool  # every run is bold

    @classmethod
    def of(cls, page: int, number: int, runs: Sequence[TextLine]) -> Row:
        """Return the row of ``runs`` (left to right) with its measures."""
        runs = tuple(runs)
        if len(runs) == 1:  # most rows (and most table cells' shares of a row): no measuring
            run = runs[0]
            return cls(page, number, runs, run.text, run.top, run.bottom, run.x1, run.size,
                       bool(run.bold))
        sizes: dict[float, int] = {}
        for run in runs:
            sizes[run.size] = sizes.get(run.size, 0) + len(run.text)
        return cls(
            page=page,
            number=number,
            runs=runs,
            text=" ".join([run.text for run in runs]),
            top=min([run.top for run in runs]),
            bottom=max([run.bottom for run in runs]),
            x1=max([run.x1 for run in runs]),
            size=max(sizes, key=sizes.__getitem__),  # the first most common, as Counter's
            bold=all([run.bold for run in runs]),
        )

    @property
    def middle(self) -> float:
        """Return the vertical middle of the row."""
        return (self.top + self.bottom) / 2

    @property
    def x0(self) -> float:
        """Return the left edge of the first run."""
        return self.runs[0].x0

    def having(self, runs: Sequence[TextLine]) -> Row:
        """Return the same row restricted to ``runs`` (a table cell's share of it)."""
        return Row.of(self.page, self.number, runs)


def rows_of(page: PageLayout) -> list[Row]:
    """Group a page's runs into rows: runs that overlap vertically by half their height."""
    groups: list[list[TextLine]] = []
    top = bottom = 0.0  # the extent of the last group, kept as runs join it
    for run in sorted(page.lines, key=lambda r: (r.top, r.x0)):
        if groups:
            overlap = min(bottom, run.bottom) - max(top, run.top)
            if overlap > 0.5 * min(bottom - top, run.bottom - run.top):
                groups[-1].append(run)
                top, bottom = min(top, run.top), max(bottom, run.bottom)
                continue
        groups.append([run])
        top, bottom = run.top, run.bottom
    return [
        Row.of(page.number, number, sorted(group, key=lambda r: r.x0))
        for number, group in enumerate(groups, start=1)
    ]


@dataclass(frozen=True, slots=True)
class Metrics:
    """Document-wide measures the layout rules are relative to."""

    body_size: float  # the font size of most of the text
    leading: float  # the usual gap between the lines of one paragraph
    right_edge: float  # where full lines of body text end
    words: frozenset[str]  # lower-case words of the document, to mend hyphenation


_WORD = re.compile(r"[\w'-]+")


def measure(rows: Sequence[Row]) -> Metrics:
    """Measure body size, leading, right edge and vocabulary over the body rows of a document."""
    sizes: Counter[float] = Counter()
    for row in rows:
        for run in row.runs:
            sizes[run.size] += len(run.text)
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    gaps: Counter[float] = Counter()
    for prev, row in itertools.pairwise(rows):
        gap = row.top - prev.bottom
        if row.page == prev.page and abs(row.size - body) < 0.5 and 0 <= gap < body:
            gaps[round(gap * 2) / 2] += 1
    leading = gaps.most_common(1)[0][0] if gaps else 0.3 * body
    edges = [row.x1 for row in rows if abs(row.size - body) < 0.5]
    return Metrics(body, leading, max(edges, default=0.0), _words(rows))


def _words(rows: Sequence[Row]) -> frozenset[str]:
    """Return the rows' words in lower case (hyphenation is mended against them)."""
    text = "\n".join([row.text for row in rows])  # a line break ends a word, as a row's end does
    if text.isascii():  # lowering ASCII is per letter and keeps \w: lower once, not per word
        return frozenset(_WORD.findall(text.lower()))
    return frozenset(w.lower() for row in rows for w in _WORD.findall(row.text))

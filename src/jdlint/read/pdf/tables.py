"""Find person-specification tables in a page's rows: header row, columns, vertical extent.

A header row has two or more runs, one of them an Essential/Desirable heading ("Essential",
"E/D", "Essential/Desirable"...) or two of them other person-specification headings
("Criteria", "Attribute", "Method of assessment", "How assessed"...). Columns come from the
vertical ruling lines crossing the header row when there are any (outer columns with no text
dropped); otherwise from the header words: a boundary halfway across each gap between header
cells, plus a first column when text stands left of the first header cell. The table ends at
the bottom of its ruled border, or, without borders, at a gap of two lines or 30% wider than
any gap between its lines so far, at a larger font, or at a line that runs across a column
boundary. Tables continue onto the next page (see :mod:`jdlint.read.pdf.cells`).
"""

from __future__ import annotations

import itertools
import math
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from jdlint.read.pdf.geometry import PageLayout, Rule, TextLine
from jdlint.read.pdf.rows import Metrics, Row

STRONG = frozenset(
    {"essential", "desirable", "e/d", "e / d", "essential/desirable", "essential / desirable",
     "essential or desirable", "essential criteria", "desirable criteria", "e or d",
     "essential (e) / desirable (d)", "essential (e)", "desirable (d)", "ess / des", "ess/des",
     "required / preferred", "minimum criteria", "additional criteria"}
)
WEAK = frozenset(
    {"criteria", "criterion", "attribute", "attributes", "method of assessment", "how assessed",
     "how identified", "how evidenced", "assessment", "assessment method", "method",
     "requirements", "requirement", "category", "factor", "factors", "area", "specification",
     "person specification", "evidence", "qualities", "required", "preferred", "ess", "des"}
)
# "Required", "Preferred", "Ess", "Des" are weak: alone beside a label ("DBS check | Required")
# they head no table.
SNAP = 2.0  # points within which two ruling lines are the same


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower().strip(" :*")).strip()


def is_header(row: Row) -> bool:
    """Tell whether a row reads like the header row of a person-specification table."""
    if len(row.runs) < 2:
        return False
    names = [_norm(run.text) for run in row.runs]
    strong = sum(name in STRONG for name in names)
    weak = sum(name in WEAK for name in names)
    return strong >= 1 or weak >= 2


def header_key(rows: Sequence[Row]) -> str:
    """Return a header's words, normalised, to recognise it when it is repeated on a new page."""
    return _norm(" ".join(row.text for row in rows))


@dataclass(frozen=True, slots=True)
class Columns:
    """Column boundaries (``n + 1`` x positions, infinite at the ends when unruled)."""

    bounds: tuple[float, ...]
    starts: tuple[float, ...]  # where each column's header text starts (crossing test)
    ruled: bool

    @property
    def count(self) -> int:
        """Return the number of columns."""
        return len(self.bounds) - 1

    def of(self, run: TextLine) -> int:
        """Return the 0-based column whose span holds the middle of ``run``."""
        return min(max(bisect_right(self.bounds, run.center) - 1, 0), self.count - 1)

    def center(self, column: int) -> float:
        """Return a point inside ``column`` (its middle when ruled)."""
        left, right = self.bounds[column], self.bounds[column + 1]
        if math.isinf(left) and math.isinf(right):
            return 0.0
        if math.isinf(left):
            return right - 5.0
        if math.isinf(right):
            return left + 5.0
        return (left + right) / 2


@dataclass(frozen=True, slots=True)
class Found:
    """A table's share of one page: its header rows (maybe none), body rows, where it ends."""

    columns: Columns
    header: tuple[Row, ...]
    body: tuple[Row, ...]
    end: int  # index of the first row after the table


def verticals_at(page: PageLayout, y: float) -> list[float]:
    """Return the x of vertical rules crossing height ``y``, merged and sorted."""
    xs = sorted((r.x0 + r.x1) / 2 for r in page.verticals if r.top <= y <= r.bottom)
    merged: list[float] = []
    for x in xs:
        if not merged or x - merged[-1] > SNAP:
            merged.append(x)
    return merged


def columns_for(header: Row, page: PageLayout, following: Sequence[Row]) -> Columns:
    """Derive the columns from the rules crossing the header row, or from its words."""
    xs = verticals_at(page, header.middle)
    inside = [run for run in header.runs if xs and xs[0] < run.center < xs[-1]]
    if len(xs) >= 3 and len(inside) >= 2:
        starts = tuple(xs[:-1])
        columns = Columns(tuple(xs), starts, ruled=True)
        used = {
            columns.of(run)
            for row in (header, *following)
            for run in row.runs
            if xs[0] < run.center < xs[-1]
        }
        first, last = min(used), max(used)
        return Columns(tuple(xs[first : last + 2]), starts[first : last + 1], ruled=True)
    runs = header.runs
    bounds = [-math.inf]
    bounds += [(a.x1 + b.x0) / 2 for a, b in itertools.pairwise(runs)]
    lefts = [run.x0 for run in runs]
    lead = runs[0].x0 - 0.5 * runs[0].size
    if any(run.x1 < lead for row in following for run in row.runs):
        bounds.insert(1, lead)
        lefts.insert(0, -math.inf)
    return Columns((*bounds, math.inf), tuple(lefts), ruled=False)


def find(rows: Sequence[Row], start: int, page: PageLayout, metrics: Metrics) -> Found | None:
    """Return the table whose header row is ``rows[start]``, or ``None``."""
    head = rows[start]
    if not is_header(head):
        return None
    columns = columns_for(head, page, rows[start + 1 : start + 6])
    body_start = _header_end(rows, start, columns, page, metrics)
    end = extent(rows, body_start, columns, page, metrics, top=head)
    if end == body_start:
        return None
    return Found(columns, tuple(rows[start:body_start]), tuple(rows[body_start:end]), end)


def _header_end(rows: Sequence[Row], start: int, columns: Columns, page: PageLayout,
                metrics: Metrics) -> int:
    head, end = rows[start], start + 1
    if columns.ruled:
        below = [r.top for r in horizontals(page, columns) if r.top > head.middle]
        limit = min(below, default=head.bottom)
        while end < len(rows) and rows[end].middle < limit:
            end += 1
        return end
    while (
        end < len(rows)
        and head.bold
        and rows[end].bold
        and rows[end].top - rows[end - 1].bottom <= metrics.leading + 0.35 * head.size
    ):
        end += 1
    return end


def horizontals(page: PageLayout, columns: Columns) -> list[Rule]:
    """Return the horizontal rules that cross at least one of the columns."""
    centers = [columns.center(c) for c in range(columns.count)]
    return [
        r for r in page.horizontals
        if any(r.x0 - 1 <= x <= r.x1 + 1 for x in centers)
    ]


def extent(rows: Sequence[Row], start: int, columns: Columns, page: PageLayout,
           metrics: Metrics, *, top: Row) -> int:
    """Return the index after the last row of the table that goes on from ``rows[start]``."""
    end = start
    if columns.ruled:
        bottom = _border_bottom(page, columns, top.middle)
        while end < len(rows) and rows[end].middle < bottom:
            end += 1
        return end
    widest = 0.0  # the widest gap between lines of the table so far
    while end < len(rows):
        row, prev = rows[end], rows[end - 1] if end > 0 else top
        gap = row.top - prev.bottom
        if gap > 2 * metrics.leading + 1.5 * row.size or (widest and gap > 1.3 * widest + 1):
            break
        widest = max(widest, gap)
        if row.size > 1.15 * metrics.body_size or any(_crosses(run, columns) for run in row.runs):
            break
        end += 1
    return end


def _crosses(run: TextLine, columns: Columns) -> bool:
    column = min(max(bisect_right(columns.bounds, run.x0 + 1) - 1, 0), columns.count - 1)
    following = columns.starts[column + 1 :]
    return bool(following) and run.x1 > following[0] + 0.5 * run.size


def _border_bottom(page: PageLayout, columns: Columns, y: float) -> float:
    bottom = y
    for x in columns.bounds:
        segments = sorted(
            (r for r in page.verticals if abs((r.x0 + r.x1) / 2 - x) <= SNAP),
            key=lambda r: r.top,
        )
        reach = None
        for segment in segments:
            if reach is None:
                if segment.top <= y <= segment.bottom:
                    reach = segment.bottom
            elif segment.top <= reach + SNAP:
                reach = max(reach, segment.bottom)
        if reach is not None:
            bottom = max(bottom, reach)
    return bottom

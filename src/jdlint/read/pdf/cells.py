"""Turn a table found on the page into rows of cells, and carry a table across pages.

Rows: with horizontal ruling lines inside the table, a rule between two lines starts a new
table row, and a cell whose column that rule does not cross is merged into the cell above
(a merged cell appears once, in its first row); likewise a cell with no vertical rule
between it and the cell on its left is one cell spanning both (a category row). Without
rules, a line with text in the first column starts a new row unless it continues (wraps) the
first column's text above; lines with text only in other columns belong to the current row.

Cell text: the cell's lines are unwrapped as paragraphs are; separate criteria are joined with
``"\\n"``, bullets dropped. The header row is row 1.

Pages: a table that reaches the bottom of a page continues on the next page, as the *same*
:class:`~jdlint.document.Table` with its rows numbered on, when the next page starts with the
same header row (which is then dropped), or with ruled columns at the same x positions, or
(unruled) with a line whose text fills two or more of its columns. Each cell's location names
the page its text is on.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from jdlint.document import Cell, Location, Table
from jdlint.read.pdf.geometry import PageLayout
from jdlint.read.pdf.paragraphs import paragraphs
from jdlint.read.pdf.rows import Metrics, Row
from jdlint.read.pdf.tables import (
    SNAP,
    Columns,
    Found,
    extent,
    find,
    header_key,
    horizontals,
    is_header,
    verticals_at,
)

LISTING = re.compile(r"\s*(essential|desirable)( criteria)?\s*:?\s*$")
Grid = list[dict[int, list[Row]]]  # table rows: column -> the cell's lines (absent = merged)


@dataclass(slots=True)
class Draft:
    """A table being read, possibly over several pages."""

    number: int
    columns: Columns
    key: str
    location: Location
    rows: list[tuple[Cell, ...]] = field(default_factory=list)
    listing: frozenset[int] = frozenset()  # columns headed Essential/Desirable: many criteria

    def table(self) -> Table:
        """Return the finished table."""
        return Table(rows=tuple(self.rows), location=self.location)

    def add(self, found: Found, page: PageLayout, metrics: Metrics, *, header: bool) -> None:
        """Append the rows of one page's share of the table (its header row too if ``header``)."""
        if header and found.header:
            grid: Grid = [{c: [] for c in range(self.columns.count)}]
            for row in found.header:
                _place(grid[0], row, self.columns)
            self._emit(grid, page.number, metrics, header=True)
        self._emit(_body(found, page, metrics), page.number, metrics, header=False)

    def _edge(self, grid: Grid, column: int) -> float:
        """Return where full lines of a column end: its rule less its left padding."""
        runs = [r for cells in grid for line in cells.get(column, []) for r in line.runs]
        if not runs:
            return 0.0
        if not self.columns.ruled:
            return max(r.x1 for r in runs)
        left, right = self.columns.bounds[column], self.columns.bounds[column + 1]
        return right - max(min(r.x0 for r in runs) - left, 0.0)

    def _emit(self, grid: Grid, page: int, metrics: Metrics, *, header: bool) -> None:
        edges = {c: self._edge(grid, c) for c in range(self.columns.count)}
        for cells in grid:
            number = len(self.rows) + 1
            row: list[Cell] = []
            for column in sorted(cells):
                lines = cells[column]
                many = column in self.listing
                blocks = paragraphs(lines, metrics, edge=edges[column], cell=True, many=many)
                text = (" " if header else "\n").join(block.text for block in blocks)
                where = Location(
                    page=lines[0].page if lines else page,
                    table=self.number,
                    row=number,
                    column=column + 1,
                )
                row.append(Cell(text, where))
            self.rows.append(tuple(row))


def start(rows: Sequence[Row], index: int, page: PageLayout, metrics: Metrics,
          number: int) -> tuple[Draft, Found] | None:
    """Return a new table whose header row is ``rows[index]``, with its first page's share."""
    found = find(rows, index, page, metrics)
    if found is None:
        return None
    where = Location(page=page.number, table=number, line=found.header[0].number)
    listing = frozenset(
        found.columns.of(run)
        for row in found.header
        for run in row.runs
        if LISTING.match(run.text.lower())
    )
    draft = Draft(number, found.columns, header_key(found.header), where, listing=listing)
    return draft, found


def resume(draft: Draft, rows: Sequence[Row], page: PageLayout, metrics: Metrics) -> Found | None:
    """Return the share of ``draft`` at the top of the next page, or ``None`` if it ended."""
    if not rows:
        return None
    head = rows[0]
    if is_header(head):
        found = find(rows, 0, page, metrics)
        if found is None or header_key(found.header) != draft.key:
            return None
        if found.columns.count != draft.columns.count:
            return None
        return Found(draft.columns, found.header, found.body, found.end)
    columns = draft.columns
    if columns.ruled:
        xs = verticals_at(page, head.middle)
        if sum(any(abs(x - b) <= SNAP for x in xs) for b in columns.bounds) < 2:
            return None
    elif len({columns.of(run) for run in head.runs}) < 2:
        return None
    end = extent(rows, 0, columns, page, metrics, top=head)
    return Found(columns, (), tuple(rows[:end]), end) if end else None


def _place(cells: dict[int, list[Row]], row: Row, columns: Columns) -> None:
    by_column: dict[int, list[Any]] = {}
    for run in row.runs:
        by_column.setdefault(columns.of(run), []).append(run)
    for column, runs in by_column.items():
        cells.setdefault(column, []).append(row.having(runs))


def _body(found: Found, page: PageLayout, metrics: Metrics) -> Grid:
    columns, body = found.columns, found.body
    rules = sorted(
        (r for r in horizontals(page, columns) if body[0].middle < r.top < body[-1].middle),
        key=lambda r: r.top,
    )
    tops = [r.top for r in rules]
    grid: Grid = []
    middles: list[float] = []
    owner: dict[int, int] = {}
    for index, row in enumerate(body):
        prev = body[index - 1] if index else None
        crossing = (
            rules[bisect_right(tops, prev.middle) : bisect_left(tops, row.middle)] if prev else []
        )
        if prev is None or crossing or (not rules and _starts_row(grid, row, columns, metrics)):
            split = set(range(columns.count)) if (prev is None or not rules) else {
                c for c in range(columns.count)
                if any(r.x0 - 1 <= columns.center(c) <= r.x1 + 1 for r in crossing)
            }
            grid.append({c: [] for c in split})
            middles.append(row.middle)
            owner.update(dict.fromkeys(split, len(grid) - 1))
        by_column: dict[int, list[Any]] = {}
        for run in row.runs:
            by_column.setdefault(columns.of(run), []).append(run)
        for column, runs in by_column.items():
            grid[owner.get(column, len(grid) - 1)].setdefault(column, []).append(row.having(runs))
    if columns.ruled:
        for cells, middle in zip(grid, middles, strict=False):
            _merge_across(cells, columns, verticals_at(page, middle))
    return grid


def _merge_across(cells: dict[int, list[Row]], columns: Columns, xs: Sequence[float]) -> None:
    """Fold a column into the one on its left where no rule divides them (a spanning cell)."""
    for column in range(columns.count - 1, 0, -1):
        divided = any(abs(x - columns.bounds[column]) <= SNAP for x in xs)
        if column in cells and column - 1 in cells and not divided:
            cells[column - 1].extend(cells.pop(column))
            cells[column - 1].sort(key=lambda line: (line.page, line.number))


def _starts_row(grid: Grid, row: Row, columns: Columns, metrics: Metrics) -> bool:
    first = [run for run in row.runs if columns.of(run) == 0]
    if not first:
        return False
    above = grid[-1].get(0, []) if grid else []
    if not above:
        return bool(grid) and any(grid[-1].values())
    lines = [*above, row.having(first)]
    edge = max(r.x1 for line in lines for r in line.runs)
    return len(paragraphs(lines, metrics, edge=edge, cell=True)) > len(
        paragraphs(above, metrics, edge=edge, cell=True)
    )

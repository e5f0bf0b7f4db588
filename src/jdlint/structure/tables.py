"""Read tables: person-specification grids in each common layout, job-details rows, other cells.

Person-specification layouts (NHS JDs use all of them):

- ``ticks``: criteria in one column, a tick (✓, X, Yes, E, D) in an Essential or a Desirable column;
- ``ed``: criteria in one column, "E" or "D" in a single E/D column;
- ``text``: the Essential and Desirable columns hold the criteria themselves;
- ``rows``: the first column says Essential or Desirable, the others hold criteria (columns
  named by category, or one column).

A first column of category names ("Qualifications") gives each criterion its category;
method-of-assessment columns (A, I, T, R) are neither levels nor criteria and are skipped.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from jdlint.document import Block, BlockKind, Cell, Level, Line, Location, Table
from jdlint.structure import levels
from jdlint.structure import vocabulary as vocab
from jdlint.structure.headers import LEVEL_ROLES as _LEVEL_ROLES
from jdlint.structure.headers import Row, header_part, header_roles, merged, numbers
from jdlint.structure.spec import Builder
from jdlint.structure.text import clean, heading_text, split_items, tidy, words

PERSON_SPECIFICATION = "Person specification"



@dataclass
class _Grid:
    roles: dict[int, str]
    mode: str
    category: str | None  # canonical name, when the category is one
    subsection: str | None  # the category as the table writes it


def read(table: Table, asm: Builder) -> None:
    """Add the blocks of one table (and of tables nested in its cells)."""
    rows = _aligned(table.rows)
    header = next((i for i, row in enumerate(rows[:4]) if header_roles(row)), None)
    if header is not None:
        upper = [row for row in rows[:header] if header_part(row)]
        for row in rows[:header]:
            if row not in upper:
                _generic_row(row, asm)
        _spec_grid([merged(upper, rows[header]), *rows[header + 1:]], asm)
    elif _is_level_rows(rows):
        _level_rows(rows, asm)
    else:
        for row in rows:
            _generic_row(row, asm)
    for row in rows:
        for cell in row:
            for nested in cell.nested:
                read(nested, asm)


def _aligned(rows: tuple[Row, ...]) -> list[Row]:
    """Put each cell in its own column: a merged cell is given once, so later cells shift left."""
    aligned: list[Row] = []
    for row in rows:
        placed: dict[int, Cell] = {}
        for index, cell in enumerate(row):
            column = cell.location.column - 1 if cell.location.column else index
            placed.setdefault(column if column not in placed else max(placed) + 1, cell)
        width = max(placed, default=-1) + 1
        template = row[0].location if row else None
        aligned.append(tuple(
            placed.get(i) or Cell("", replace(template, column=i + 1) if template else _NOWHERE)
            for i in range(width)
        ))
    return aligned


_NOWHERE = Location()


# --- person specification grids ---------------------------------------------------------


def _spec_grid(rows: list[Row], asm: Builder) -> None:
    grid = _grid(rows[0], rows[1:], asm)
    for index, row in enumerate(rows[1:], start=2):
        texts = [cell.text.strip() if grid.roles.get(i) != "number" else ""
                 for i, cell in enumerate(row)]
        if not any(texts):
            continue
        if header_roles(row) and not _body_row(texts, grid):
            grid = _grid(row, rows[index:], asm, grid)
            continue
        if _category_row(texts, grid) or _spanning_title(texts, grid):
            _set_category(grid, next(text for text in texts if text))
            continue
        category_column = next((i for i, r in grid.roles.items() if r == "category"), None)
        if category_column is not None and category_column < len(row) and texts[category_column]:
            _set_category(grid, texts[category_column])
        _criteria_of_row(row, grid, asm)


def _body_row(texts: list[str], grid: _Grid) -> bool:
    """Tell whether a row that could be a header is a criterion with its mark ("… | Essential")."""
    marked = any(i < len(texts) and (levels.ed_level(texts[i]) is not None
                                     or levels.is_mark(texts[i]))
                 for i, role in grid.roles.items() if role in _LEVEL_ROLES)
    criteria = [texts[i] for i, role in grid.roles.items()
                if role == "criteria" and i < len(texts) and texts[i]]
    return marked and any(vocab.header_role(text) is None and not vocab.category_of(
        heading_text(text)) for text in criteria)


def _grid(header: Row, body: list[Row], asm: Builder, previous: _Grid | None = None) -> _Grid:
    roles = header_roles(header) or {}
    width = max((len(row) for row in [header, *body]), default=0)
    skipped = (*_LEVEL_ROLES, "assessment", "number")
    roles |= {i: "number" for i in range(width) if i not in roles and numbers(i, body)}
    others = [i for i in range(width) if roles.get(i) not in skipped]
    if "ed" in roles.values():
        mode = "ed"
    else:
        columns = [i for i, role in roles.items() if role in ("essential", "desirable")]
        cells = [row[i].text for row in body for i in columns
                 if i < len(row) and row[i].text.strip()]
        mode = "ticks" if all(_is_tick(text) for text in cells) else "text"
    resolved = {i: role for i, role in roles.items() if role in skipped}
    if mode == "text":
        if others:
            resolved[others[0]] = "category"
    elif len(others) >= 2 and _category_like(others[0], body, roles.get(others[0])):
        resolved[others[0]] = "category"
        resolved.update({i: "criteria" for i in others[1:]})
    else:
        resolved.update({i: "criteria" for i in others})
    grid = _Grid(resolved, mode, asm.spec.category if previous is None else previous.category,
                 asm.spec.subsection if previous is None else previous.subsection)
    first = header[0].text.strip() if header else ""
    named = vocab.category_of(heading_text(first)) or resolved.get(0) == "category"
    if first and named and vocab.header_role(first) is None:
        _set_category(grid, first)  # "Qualifications | Essential | Desirable"
    return grid


def _is_tick(text: str) -> bool:
    stripped = text.strip()
    return (levels.is_mark(stripped) or levels.ed_level(stripped) is not None
            or len(stripped) <= 3 or vocab.key(stripped) in ("no", "n a", "not required"))


def _category_like(column: int, body: list[Row], header_role: str | None) -> bool:
    cells = [row[column].text.strip() for row in body if column < len(row)]
    filled = [text for text in cells if text]
    if header_role == "category" or not filled:
        return True
    named = sum(1 for text in filled if vocab.category_of(heading_text(text)))
    return named * 2 >= len(filled) or len(filled) * 2 <= len(cells)


def _category_row(texts: list[str], grid: _Grid) -> bool:
    filled = {text for text in texts if text}
    if len(filled) != 1:
        return False
    (text,) = filled
    if vocab.category_of(heading_text(text)):
        return True
    column = texts.index(text)
    has_criteria_column = any(role == "criteria" for role in grid.roles.values())
    return grid.roles.get(column) == "category" and has_criteria_column


def _spanning_title(texts: list[str], grid: _Grid) -> bool:
    """Tell whether a row is one short cell merged across the table: a category's title."""
    width = max(grid.roles, default=0) + 1
    return (len(texts) == 1 < width and words(texts[0]) <= 6
            and not texts[0].rstrip().endswith((".", ";")))


def _set_category(grid: _Grid, text: str) -> None:
    name = heading_text(text)
    grid.category, grid.subsection = vocab.category_of(name), name
    if grid.category:
        grid.subsection = grid.category


def _criteria_of_row(row: Row, grid: _Grid, asm: Builder) -> None:
    cell_of = {i: row[i] for i in range(len(row))}
    if grid.mode == "text":
        for column, role in sorted(grid.roles.items()):
            if role in ("essential", "desirable") and column in cell_of:
                for item in split_items(cell_of[column].text):
                    _criterion(item, Level(role), cell_of[column], grid, asm)
        return
    level = None
    if grid.mode == "ticks":
        marks = {role: cell_of[i].text for i, role in grid.roles.items() if i in cell_of}
        level = levels.tick_level(marks.get("essential", ""), marks.get("desirable", ""))
    ed_cell = next((cell_of[i] for i, r in grid.roles.items() if r == "ed" and i in cell_of), None)
    for column, role in sorted(grid.roles.items()):
        if role != "criteria" or column not in cell_of:
            continue
        items = split_items(cell_of[column].text)
        item_levels = [level] * len(items)
        if ed_cell is not None:
            item_levels = _ed_levels(ed_cell.text, len(items))
        for item, item_level in zip(items, item_levels, strict=True):
            _criterion(item, item_level, cell_of[column], grid, asm)


def _ed_levels(text: str, count: int) -> list[Level | None]:
    marks = [line for line in tidy(text).split("\n") if line]
    if len(marks) == count and count > 1:
        return [levels.ed_level(mark) for mark in marks]
    whole = levels.ed_level(text) or (levels.ed_level(marks[0]) if len(set(marks)) == 1 else None)
    return [whole] * count


def _criterion(text: str, level: Level | None, cell: Cell, grid: _Grid, asm: Builder) -> None:
    marked, text = levels.inline_marker(text)
    level = level or marked or (asm.spec.level if asm.spec.active else None)
    section = (PERSON_SPECIFICATION,) + ((grid.subsection,) if grid.subsection else ())
    if text:
        asm.blocks.append(Block(text=text, kind=BlockKind.CRITERION, section=section,
                                level=level or Level.UNSPECIFIED, location=cell.location,
                                category=grid.category))


# --- "Essential | …" / "Desirable | …" rows ---------------------------------------------


def _is_level_rows(rows: list[Row]) -> bool:
    return any(
        len(row) >= 2 and levels.label_level(row[0].text) and any(c.text.strip() for c in row[1:])
        for row in rows
    )


def _level_rows(rows: list[Row], asm: Builder) -> None:
    names: dict[int, str] = {}
    for row in rows:
        level = levels.label_level(row[0].text) if row else None
        if level is None:
            names = {i: heading_text(c.text) for i, c in enumerate(row) if i and c.text.strip()}
            continue
        for column, cell in enumerate(row[1:], start=1):
            grid = _Grid({}, "rows", asm.spec.category, asm.spec.subsection)
            if column in names:
                _set_category(grid, names[column])
            for item in split_items(cell.text):
                _criterion(item, level, cell, grid, asm)


# --- everything else ---------------------------------------------------------------------


def _generic_row(row: Row, asm: Builder) -> None:
    filled = [cell for cell in row if cell.text.strip()]
    if len(filled) == 1 and "\n" not in filled[0].text.strip():
        cell = filled[0]  # a banner row such as "PERSON SPECIFICATION" may be a heading
        asm.line(Line(cell.text.strip(), BlockKind.TABLE_CELL, cell.location))
        return
    index = 0
    while index < len(row):
        cell = row[index]
        text = cell.text.strip()
        label = vocab.label_of(text) if text and words(text) <= 6 else None
        value = row[index + 1] if index + 1 < len(row) else None
        if label and value is not None and value.text.strip() and not vocab.label_of(value.text):
            joined = "; ".join(clean(line) for line in tidy(value.text).split("\n"))
            asm.pending_label = None
            asm.emit(joined, BlockKind.TABLE_CELL, value.location, label=label)
            index += 2
            continue
        for line in tidy(text).split("\n") if text else []:
            asm.line(Line(line, BlockKind.TABLE_CELL, cell.location), in_cell=True)
        index += 1

"""Find a person-specification table's header row and the role of each of its columns.

A header names each column's role (essential, desirable, an E/D column, assessment, category,
criteria, or a numbering column); it may span two rows ("Criteria" over "Essential" and
"Desirable"), and a column of bare numbers is numbering whatever its header says.
"""

from __future__ import annotations

import re

from jdlint.document import Cell
from jdlint.structure import vocabulary as vocab
from jdlint.structure.text import words

LEVEL_ROLES = ("essential", "desirable", "ed")
_HEADER_WORDS = 6

Row = tuple[Cell, ...]


def header_roles(row: Row) -> dict[int, str] | None:
    """Return the role of each column when a row is a person-specification header."""
    texts = [cell.text.strip() for cell in row]
    if any(words(text) > _HEADER_WORDS for text in texts):
        return None
    roles = {i: role for i, text in enumerate(texts) if text and (role := vocab.header_role(text))}
    level_cells = [texts[i] for i, role in roles.items() if role in LEVEL_ROLES]
    letters_only = all(len(text) == 1 for text in level_cells)
    if not level_cells or (letters_only and {"E", "D"} - {t.upper() for t in level_cells}):
        return None  # a lone "E" is a body cell of an E/D column, not a header
    if set(roles) == {0} and any(texts[1:]):
        return None  # "Essential | Degree | …": a row of criteria named by its first cell
    worded = any(len(vocab.key(text).replace(" ", "")) >= 4 for text in level_cells)
    if len(roles) < 2 and not worded:
        return None  # "E/D" alone in a row is a body cell's value
    return roles


def header_part(row: Row) -> bool:
    """Tell whether a row above the header row heads columns too ("Attribute | Criteria |")."""
    filled = [cell.text.strip() for cell in row if cell.text.strip()]
    return len(filled) >= 2 and all(
        words(text) <= _HEADER_WORDS and vocab.header_role(text) for text in filled)


def merged(upper: list[Row], header: Row) -> Row:
    """Fill the header row's empty cells from the rows above it (a two-row header)."""
    cells = list(header)
    for row in upper:
        for i, cell in enumerate(row[: len(cells)]):
            if not cells[i].text.strip() and cell.text.strip():
                cells[i] = cell
    return tuple(cells)


def numbers(column: int, body: list[Row]) -> bool:
    """Tell whether a column only numbers its rows (1, 2., 3.1): never criteria."""
    filled = [row[column].text.strip() for row in body
              if column < len(row) and row[column].text.strip()]
    return bool(filled) and all(_NUMBERED.match(text) for text in filled)


_NUMBERED = re.compile(r"^\(?\d{1,3}(?:\.\d{1,2})*[.)]?$")

"""Person-specification tables flattened to one cell per line, their marks on lines apart.

Copied from a PDF or a web page, a table "Criteria | Essential/Desirable | Stage assessed"
becomes a header of three lines, then each criterion on a line, its E/D mark on the next and
its method of assessment on the one after. :func:`detached_marks` finds such runs (after a
flattened header, or where criterion, mark and assessment repeat) and returns the level of each
criterion line and the lines that are only marks, methods or header cells, so the assembler
gives the level to the criterion and drops the rest (a lone "Essential" is not a level heading
there).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from jdlint.document import BlockKind, Level, Line, RawItem
from jdlint.structure import levels
from jdlint.structure import vocabulary as vocab


@dataclass
class Detached:
    """What the flattened runs of a document say: levels by criterion line, lines to drop."""

    levels: dict[int, Level] = field(default_factory=dict)  # id(line) -> level
    dropped: set[int] = field(default_factory=set)  # id(line) of marks, methods, header cells


def detached_marks(items: Sequence[RawItem]) -> Detached:
    """Return the levels of criteria whose marks sit on the line after them."""
    found = Detached()
    lines = [item for item in items if isinstance(item, Line)]
    index = 0
    while index < len(lines):
        header = _header_length(lines, index)
        if header or _repeats(lines, index):
            found.dropped |= {id(line) for line in lines[index:index + header]}
            index = _run(lines, index + header, found)
        else:
            index += 1
    return found


def _header_length(lines: list[Line], index: int) -> int:
    """Return how many lines a flattened header starting here has (0: none)."""
    roles = []
    for line in lines[index:index + 3]:
        text = line.text.strip()
        cell = len(text.split()) <= 4 and not text.endswith(":")
        role = vocab.header_role(text) if cell and not vocab.is_person_specification(text) else None
        if role is None:
            break
        roles.append(role)
    if len(roles) >= 2 and roles[0] in ("criteria", "category") and roles[1] == "ed":
        return len(roles)
    return 0


def _is_mark(line: Line) -> bool:
    return line.kind is not BlockKind.LIST_ITEM and levels.ed_level(line.text) is not None


def _repeats(lines: list[Line], index: int) -> bool:
    """Tell whether criterion, mark and method repeat twice from here (no header)."""
    window = lines[index:index + 6]
    return (len(window) == 6 and all(_is_mark(window[i]) for i in (1, 4))
            and all(vocab.is_assessment(window[i].text) for i in (2, 5))
            and not any(_is_mark(window[i]) or vocab.is_assessment(window[i].text)
                        for i in (0, 3)))


def _run(lines: list[Line], index: int, found: Detached) -> int:
    """Read criterion / mark / method lines from ``index``; return where the run ends."""
    previous: Line | None = None
    misses = 0
    while index < len(lines) and misses < 2:
        line = lines[index]
        if _is_mark(line) and previous is not None:
            found.levels[id(previous)] = levels.ed_level(line.text) or Level.UNSPECIFIED
            found.dropped.add(id(line))
            previous, misses = None, 0
        elif vocab.is_assessment(line.text):
            found.dropped.add(id(line))
        elif line.heading_level is not None and vocab.category_of(line.text) is None:
            break  # a real heading ends the table
        else:
            if previous is not None:
                misses += 1  # a line with no mark after it
            previous = None if vocab.category_of(line.text) else line
        index += 1
    return index

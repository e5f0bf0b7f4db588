"""The state the walk through a document keeps: where it is in the person specification.

:class:`Builder` is what the table reader needs of the walk (the assembler provides it), so the
two modules do not import each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from jdlint.document import Block, BlockKind, Level, Line, Location

_ACROSS = "*"  # a level label above the categories holds across them


@dataclass
class Spec:
    """Where the walk is in the person specification, if in it."""

    active: bool = False
    rank: int | None = None  # the rank of its heading; None when entered without one
    category: str | None = None
    subsection: str | None = None
    category_rank: int | None = None
    level: Level | None = None
    scope: str | None = None  # the category the level was given in, or _ACROSS
    levels_above_categories: bool | None = None

    def set_category(self, name: str, canonical: str | None, rank: int | None) -> None:
        """Open a category (or an unnamed subsection) of the person specification."""
        self.subsection, self.category, self.category_rank = name, canonical, rank
        if self.scope != _ACROSS and self.scope != name:
            self.level = None

    def set_level(self, level: Level, rank: int | None) -> None:
        """Start giving criteria a level, for this category or across categories."""
        if self.levels_above_categories is None:
            self.levels_above_categories = self.subsection is None
        above = (self.levels_above_categories or self.subsection is None
                 or (rank is not None and self.category_rank is not None
                     and rank < self.category_rank))
        self.level, self.scope = level, (_ACROSS if above else self.subsection)


class Builder(Protocol):
    """What reading a table needs of the walk through the document."""

    spec: Spec
    blocks: list[Block]
    pending_label: str | None

    def line(self, line: Line, in_cell: bool = False) -> None:
        """Take one line (of a cell) as the walk takes a line of the document."""

    def emit(self, text: str, kind: BlockKind, location: Location, level: Level | None = None,
             label: str | None = None, category: str | None = None,
             section: tuple[str, ...] | None = None) -> None:
        """Add a block."""

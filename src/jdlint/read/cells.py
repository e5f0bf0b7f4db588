"""A table cell while a reader fills it (lines, nested tables), frozen into a :class:`Cell`.

Shared by the Word and OpenDocument readers, whose table walks differ (merges are marked
differently) but whose cells are built the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jdlint.document import Cell, Location, Table


@dataclass
class CellDraft:
    """A cell being read: its place, its lines so far, and the tables nested in it."""

    location: Location
    lines: list[str] = field(default_factory=list)
    nested: list[Table] = field(default_factory=list)

    def freeze(self) -> Cell:
        """Return the finished cell: its lines joined, its nested tables in order."""
        return Cell("\n".join(self.lines), self.location, tuple(self.nested))

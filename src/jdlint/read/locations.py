"""Shared :class:`~jdlint.document.Location` values: one per line, paragraph or cell, made once.

A Location is a frozen dataclass, and making one runs its frozen ``__init__`` (one
``object.__setattr__`` per field, about 0.7 µs); a reader makes one for every line, paragraph
or cell, hundreds per document, which was a tenth of a text file's read time. Equal locations
are interchangeable values, so the readers ask here and get the same object for the same place,
across documents too. The caches are bounded and thread-safe (``functools.lru_cache``).
"""

from __future__ import annotations

from functools import lru_cache

from jdlint.document import Location

_KEPT = 1 << 16  # places remembered for each kind; a long document has a few thousand


@lru_cache(maxsize=_KEPT)
def at_line(line: int) -> Location:
    """Return ``Location(line=line)``."""
    return Location(line=line)


@lru_cache(maxsize=_KEPT)
def at_paragraph(paragraph: int) -> Location:
    """Return ``Location(paragraph=paragraph)``."""
    return Location(paragraph=paragraph)


@lru_cache(maxsize=_KEPT)
def in_table(table: int, row: int | None = None, column: int | None = None,
             line: int | None = None) -> Location:
    """Return ``Location(table=table, row=row, column=column, line=line)``."""
    return Location(table=table, row=row, column=column, line=line)

"""The format-free block model every layout produces and every writer consumes."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Heading:
    """A heading; level 1 is the document's title line."""

    text: str
    level: int = 2


@dataclass(frozen=True)
class Para:
    """A paragraph; ``\\n`` inside it is a line break within the paragraph."""

    text: str
    bold: bool = False


@dataclass(frozen=True)
class Items:
    """A list; ``marker`` is a bullet (``-``, ``•``, ``o``) or ``tab`` for "1.<TAB>" numbering."""

    items: tuple[str, ...]
    marker: str = "-"


@dataclass(frozen=True)
class Pairs:
    """Job details: label/value pairs as ``lines`` (value on the next line), ``colon``,
    ``dash`` (two list items) or ``table`` (two columns)."""

    pairs: tuple[tuple[str, str], ...]
    style: str = "lines"


@dataclass(frozen=True)
class Table:
    """A table with an optional header row; ``flat`` writes each cell on its own line in text."""

    header: tuple[str, ...] | None
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()
    flat: bool = False


@dataclass(frozen=True)
class PageBreak:
    """A page break (a form feed in .txt, a rule in .md)."""


Block = Heading | Para | Items | Pairs | Table | PageBreak


@dataclass(frozen=True)
class Page:
    """A whole document: its blocks, running header and footer, and text-wrapping choice."""

    blocks: tuple[Block, ...]
    header: str = ""
    footer: str = ""
    wrap: int = 0  # hard-wrap .txt paragraphs at this width (0: one line per paragraph)
    extra: dict[str, str] = field(default_factory=dict)

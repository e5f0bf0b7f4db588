"""The document model every stage after the readers works on.

Readers turn a file into a :class:`RawDocument` (lines and tables in reading order, with
locations); :mod:`jdlint.structure` turns that into a :class:`Document` (blocks with their
section, requirement level, and the job's title and band). Rules never see a file format.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Level(StrEnum):
    """How a criterion is used at shortlisting."""

    ESSENTIAL = "essential"
    DESIRABLE = "desirable"
    UNSPECIFIED = "unspecified"


class BlockKind(StrEnum):
    """What a block is in the layout of the original."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE_CELL = "table_cell"
    CRITERION = "criterion"  # one person-specification criterion read from a table row or cell
    HEADER = "header"
    FOOTER = "footer"


@dataclass(frozen=True, slots=True)
class Location:
    """Where a person finds a block in the original file (1-based; ``None`` when not relevant).

    docx, odt: ``paragraph`` (body paragraph number) or ``table``/``row``/``column``;
    html: ``paragraph`` (block number in reading order) or ``table``/``row``/``column``;
    pdf: ``page`` and ``line`` (plus ``table``/``row``/``column`` for recovered tables);
    txt/md: ``line``.
    """

    page: int | None = None
    paragraph: int | None = None
    table: int | None = None
    row: int | None = None
    column: int | None = None
    line: int | None = None

    def as_dict(self) -> dict[str, int | None]:
        """Return every field, ``None`` included, in a fixed order."""
        return {
            "page": self.page,
            "paragraph": self.paragraph,
            "table": self.table,
            "row": self.row,
            "column": self.column,
            "line": self.line,
        }

    def describe(self) -> str:
        """Return a short human form such as ``page 2, line 14`` or ``table 3, row 4``."""
        parts = [f"{name} {value}" for name, value in self.as_dict().items() if value is not None]
        return ", ".join(parts) or "start"


# --- what readers produce -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Line:
    """A paragraph-like unit from a reader: a paragraph, heading, list item, header or footer.

    ``heading_level`` is set when the original marks a heading (docx style, markdown ``#``);
    readers of formats without styles (txt, pdf) leave it ``None`` and may set ``emphasis``
    (bold or larger type) as a hint.
    """

    text: str
    kind: BlockKind
    location: Location
    heading_level: int | None = None
    emphasis: bool = False


@dataclass(frozen=True, slots=True)
class Cell:
    """One table cell: its text (paragraphs joined by newlines) and where it is."""

    text: str
    location: Location
    nested: tuple[Table, ...] = ()


@dataclass(frozen=True, slots=True)
class Table:
    """A table as rows of cells; a merged cell appears once, in its first row and column."""

    rows: tuple[tuple[Cell, ...], ...]
    location: Location


RawItem = Line | Table


@dataclass(frozen=True, slots=True)
class Directive:
    """An inline ``jdlint:`` directive line of a text file, and the lines it applies to."""

    line: int  # 1-based line of the directive
    body: str  # what follows ``jdlint:``, e.g. ``justify JD101 -- reason``
    target: tuple[int, int] | None  # the 1-based line range of the requirement after it

    def as_dict(self) -> dict[str, object]:
        """Return the directive as the JSON report carries it."""
        return {"line": self.line, "body": self.body,
                "target": list(self.target) if self.target else None}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Directive:
        """Rebuild a directive from :meth:`as_dict` output."""
        target = data.get("target")
        line, body = data["line"], data["body"]
        assert isinstance(line, int) and isinstance(body, str)
        span = (int(target[0]), int(target[1])) if isinstance(target, list) else None
        return cls(line, body, span)


@dataclass(frozen=True, slots=True)
class RawDocument:
    """What a reader read, in reading order, before any interpretation."""

    path: str
    format: str  # "docx" | "pdf" | "txt" | "md" | "odt" | "html"
    items: tuple[RawItem, ...]
    pages: int | None = None
    notes: tuple[str, ...] = ()  # reader remarks worth showing in ``extract`` (e.g. "read as text")
    directives: tuple[Directive, ...] = ()  # inline ``jdlint:`` lines of .txt and .md files


# --- what the structure stage produces ------------------------------------------------


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of text with the context a rule needs to judge it."""

    text: str
    kind: BlockKind
    section: tuple[str, ...]
    level: Level
    location: Location
    label: str | None = None  # the field name of a "Label: value" line, e.g. "Reports to"
    category: str | None = None  # person-specification category, e.g. "Qualifications"

    @property
    def section_path(self) -> str:
        """Return the section as people write it, e.g. ``Person specification › Skills``."""
        return " › ".join(self.section)

    @property
    def in_person_specification(self) -> bool:
        """Tell whether the block is a person-specification criterion."""
        return self.level is not Level.UNSPECIFIED or self.kind is BlockKind.CRITERION


@dataclass(frozen=True, slots=True)
class Document:
    """A job description read and structured: blocks plus the job's details."""

    path: str
    format: str
    blocks: tuple[Block, ...]
    title: str | None = None
    band: str | None = None  # "2".."9", "8a".."8d"; None for medical grades or when absent
    directorate: str | None = None
    reference: str | None = None
    pages: int | None = None
    notes: tuple[str, ...] = field(default=())
    directives: tuple[Directive, ...] = ()

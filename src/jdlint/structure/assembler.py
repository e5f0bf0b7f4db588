"""Walk a reader's items in order and turn them into blocks with section, level and label."""

from __future__ import annotations

import re

from jdlint.document import Block, BlockKind, Level, Line, Location, RawDocument, Table
from jdlint.structure import flattened, labels, levels, sections, tables
from jdlint.structure import vocabulary as vocab
from jdlint.structure.spec import Spec
from jdlint.structure.text import clean, heading_text

PERSON_SPECIFICATION = "Person specification"
_PAGE_PARTS = {BlockKind.HEADER: "Header", BlockKind.FOOTER: "Footer"}


class Assembler:
    """Turn one RawDocument into blocks; one instance per document."""

    def __init__(self, raw: RawDocument) -> None:
        lines = [item for item in raw.items if isinstance(item, Line)]
        # Job-detail labels on a line of their own, their value on the next line (NHS Jobs,
        # Trac, board JD templates): fields, not headings, however bold they are.
        self.label_lines = labels.label_lines(raw.items)
        self.stacked = labels.stacked_labels(raw.items)
        self.detached = flattened.detached_marks(raw.items)
        self.label_lines = {k: v for k, v in self.label_lines.items()
                            if k not in self.detached.levels}
        looks = [None if id(line) in self.label_lines or id(line) in self.stacked
                 or id(line) in self.detached.dropped
                 or id(line) in self.detached.levels else sections.look_of(line)
                 for line in lines]
        # Each line's look, by identity: the lines stay alive in ``raw`` while it is assembled.
        self.looks = {id(line): look for line, look in zip(lines, looks, strict=True)}
        self.ranks = sections.ranks_of_looks(looks)
        self.title_line = _lone_top_heading(lines, looks, self.ranks)
        self.outline = sections.Outline()
        self.spec = Spec()
        self.blocks: list[Block] = []
        self.pending_label: str | None = None
        self.page_parts_seen: set[tuple[BlockKind, str]] = set()

    def run(self, items: tuple[Line | Table, ...]) -> tuple[Block, ...]:
        """Return the blocks of every item, in reading order."""
        for item in items:
            if isinstance(item, Table):
                tables.read(item, self)
            else:
                self.line(item)
        return tuple(self.blocks)

    # --- state the table reader shares ---------------------------------------------

    def section(self, category: str | None = None) -> tuple[str, ...]:
        """Return the section path of a block here (in the spec: with its category)."""
        if self.spec.active or category is not None:
            sub = category or self.spec.subsection
            return (PERSON_SPECIFICATION, sub) if sub else (PERSON_SPECIFICATION,)
        return self.outline.path

    def emit(self, text: str, kind: BlockKind, location: Location, level: Level | None = None,
             label: str | None = None, category: str | None = None,
             section: tuple[str, ...] | None = None) -> None:
        """Add one block."""
        if not text:
            return
        in_spec = self.spec.active or category is not None
        self.blocks.append(Block(
            text=text, kind=kind,
            section=section if section is not None else self.section(category),
            level=level or Level.UNSPECIFIED, location=location, label=label,
            category=(category or self.spec.category) if in_spec else None,
        ))

    # --- lines ---------------------------------------------------------------------

    def line(self, line: Line, in_cell: bool = False) -> None:
        """Read one line: a heading, a level label, a field, or a block of text."""
        if line.kind in _PAGE_PARTS:
            self._page_part(line)
            return
        if id(line) in self.detached.dropped:
            return  # a mark, a method of assessment or a header cell of a flattened table
        if id(line) in self.detached.levels:
            if not self.spec.active:
                self.spec = Spec(active=True)
            level, text = self.detached.levels[id(line)], clean(line.text)
            self.emit(text, BlockKind.CRITERION, line.location, level=level)
            return
        if id(line) in self.stacked and not in_cell:  # a column of labels, then their values
            if (stacked := self.stacked[id(line)]) is not None:
                self.emit(clean(line.text), line.kind, line.location, label=stacked)
            return
        if id(line) in self.label_lines:
            self.pending_label = self.label_lines[id(line)]
            return
        if self.pending_label is not None and not in_cell:
            label, self.pending_label = self.pending_label, None
            self.emit(clean(line.text), line.kind, line.location, label=label)
            return
        if in_cell:
            look = _cell_look(line)
        elif id(line) in self.looks:
            look = self.looks[id(line)]
        else:
            look = sections.look_of(line)
        if look is not None and self._heading(line, look):
            return
        self.text_line(clean(line.text), line.kind, line.location)

    def text_line(self, text: str, kind: BlockKind, location: Location) -> None:
        """Read one line that is not a heading (also each line of a table cell)."""
        if not text:
            return
        field = labels.split_label(text)
        if field is not None:
            label, value = field
            if not value:
                self.pending_label = label
                return
            self.pending_label = None
            self.emit(clean(value), kind, location, label=label)
            return
        if self.pending_label is not None:
            label, self.pending_label = self.pending_label, None
            self.emit(text, kind, location, label=label)
            return
        category = None
        if self.spec.active:
            head, sep, rest = text.partition(":")
            named = vocab.category_of(head) if sep and rest.strip() else None
            if named:
                self.spec.set_category(named, named, None)
                category, text = named, rest.strip()
        level, text = levels.inline_marker(text)
        if level is None and self.spec.active and not _no_level(text, kind):
            level = self.spec.level
        self.emit(text, kind, location, level=level, category=category)

    def _heading(self, line: Line, look: str) -> bool:
        """Handle a line that looks like a heading; return False to read it as text after all."""
        name = heading_text(line.text)
        rank = self.ranks.get(look, len(self.ranks) + 1)
        level = levels.label_level(name)
        if level is not None:
            if not self.spec.active:
                self.spec = Spec(active=True)
            self.spec.set_level(level, rank)
            self._heading_block(name, line.location)
            return True
        if line.kind is not BlockKind.HEADING and labels.split_label(line.text) is not None:
            return False  # "Job title:" waiting for its value on the next line
        if vocab.is_person_specification(name):
            self.spec = Spec(active=True, rank=rank)
            self.outline.enter(rank, PERSON_SPECIFICATION)
            self._heading_block(name, line.location)
            return True
        if self.spec.active:
            return self._spec_heading(line, name, look, rank)
        self._plain_heading(line, name, rank)
        return True

    def _spec_heading(self, line: Line, name: str, look: str, rank: int) -> bool:
        canonical = vocab.category_of(name)
        if canonical is not None:
            self.spec.set_category(canonical, canonical, rank)
        elif self.spec.rank is not None and rank > self.spec.rank:
            bold_text = look == "emphasis" and line.kind is not BlockKind.HEADING
            if bold_text and not vocab.is_section_word(name):
                return False  # a bold criterion, not a subheading
            self.spec.set_category(name, None, rank)
        else:
            self.spec = Spec()  # a heading as high as the spec's own closes it
            self._plain_heading(line, name, rank)
            return True
        self._heading_block(name, line.location)
        return True

    def _plain_heading(self, line: Line, name: str, rank: int) -> None:
        if line is self.title_line:
            self.emit(name, BlockKind.HEADING, line.location, section=())
            return
        self.outline.enter(rank, name)
        self._heading_block(name, line.location)

    def _heading_block(self, name: str, location: Location) -> None:
        self.pending_label = None
        self.emit(name, BlockKind.HEADING, location)

    def _page_part(self, line: Line) -> None:
        text = clean(line.text)
        seen = (line.kind, text)
        if not text or seen in self.page_parts_seen:
            return  # the same header on every page is one block
        self.page_parts_seen.add(seen)
        section = (_PAGE_PARTS[line.kind],)
        parts = [part.strip() for part in _split_page_part(text)]
        fields = [labels.split_label(part) for part in parts]
        if any(field and field[1] for field in fields):
            for part, field in zip(parts, fields, strict=True):
                label, value = field if field and field[1] else (None, part)
                self.emit(value, line.kind, line.location, label=label, section=section)
        else:
            self.emit(text, line.kind, line.location, section=section)


_LEGEND = re.compile(r"\b[A-Z]\s*=\s*[A-Za-z]")


def _no_level(text: str, kind: BlockKind) -> bool:
    """Tell whether a line in the spec is not a criterion: a heading or a key to the marks."""
    head, colon, _ = text.partition(":")
    return (kind is BlockKind.HEADING or (bool(colon) and vocab.header_role(head) == "assessment")
            or len(_LEGEND.findall(text)) >= 2)


def _cell_look(line: Line) -> str | None:
    """Return "plain" for a level label or spec heading inside a cell; other lines are text."""
    name = heading_text(line.text)
    known = levels.label_level(name) or vocab.is_person_specification(name)
    return "plain" if known and len(name.split()) <= 6 else None


def _split_page_part(text: str) -> list[str]:
    return [part for part in re.split(r"\s*(?:\||\t| {3,}|\s[•·]\s)\s*", text) if part]


def _lone_top_heading(
    lines: list[Line], looks: list[str | None], ranks: dict[str, int]
) -> Line | None:
    """Return the first heading when it alone has the top rank: the document's own title."""
    headed = [(line, ranks[look]) for line, look in zip(lines, looks, strict=True) if look]
    if len(headed) < 2:
        return None
    top = min(rank for _, rank in headed)
    at_top = [line for line, rank in headed if rank == top]
    first = headed[0][0]
    if at_top == [first] and not vocab.is_person_specification(heading_text(first.text)):
        return first
    return None

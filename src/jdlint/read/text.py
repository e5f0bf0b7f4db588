"""Read a plain-text (``.txt``) job description.

Paragraphs are runs of non-blank lines; hard-wrapped prose is re-joined when the line
break is explained by the wrap width. A line starting with a bullet or number is a list
item (continuation lines join it). Capitalised short lines, numbered headings in
capitals and lines underlined with ``===``/``---`` are headings (plain text has no heading
levels, so ``heading_level`` stays ``None``); a short line ending with a colon, or a short
line standing alone before the text it introduces, is a paragraph with ``emphasis`` set
(the structure stage decides whether it is a heading). Rows of ``a | b | c`` or
tab-separated cells become tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jdlint.document import BlockKind, Line, Location, RawDocument, RawItem
from jdlint.errors import ErrorCategory, ReadError
from jdlint.read import lines as pattern
from jdlint.read.decoding import decode
from jdlint.read.directives import find_directives, is_directive
from jdlint.read.runon import restore_lines, split_long_lines

_SHORTEST_WRAP = 40  # no editor wraps prose at fewer characters: shorter lines are cells
_JOIN_SHARE = 0.8  # a line this close to the wrap width was probably wrapped by an editor


def read(data: bytes, name: str) -> RawDocument:
    """Read a plain-text file's bytes."""
    source = decode(data).split("\n")
    lines, origin = split_long_lines(source)  # a JD exported as one long line
    items = restore_lines(_Parser(lines).parse(), origin)
    if not items:
        raise ReadError(ErrorCategory.NO_TEXT, "The file has no text.")
    return RawDocument(path=name, format="txt", items=tuple(items),
                       directives=find_directives(source))


@dataclass
class _Pending:
    kind: BlockKind
    line: int
    parts: list[str] = field(default_factory=list)
    last: str = ""


class _Parser:
    def __init__(self, source: list[str]) -> None:
        # Directive lines are instructions to jdlint, not part of the job description.
        self.lines = ["" if is_directive(line) else line.rstrip() for line in source]
        self.width = _wrap_width(self.lines)
        self.items: list[RawItem] = []
        self.pending: _Pending | None = None
        self.tables = 0

    def parse(self) -> list[RawItem]:
        index = 0
        while index < len(self.lines):
            index = self._step(index)
        self._flush()
        return self.items

    def _step(self, index: int) -> int:
        line = self.lines[index]
        text = line.strip()
        number = index + 1
        following = self.lines[index + 1] if index + 1 < len(self.lines) else ""
        if not text or pattern.is_border(line):
            self._flush()
            return index + 1
        if pattern.is_rule(line):
            self._flush()  # a rule with nothing above it to underline
            return index + 1
        numbered = pattern.tab_numbered(line)
        if numbered is not None:  # "1.<tab>Criterion<tab>(E)": a list item, not a table row
            self._flush()
            self.pending = _Pending(BlockKind.LIST_ITEM, number, [numbered], line)
            return index + 1
        if pattern.pipe_cells(line) or pattern.tab_cells(line):
            self._flush()
            return self._table(index)
        if self._space_table_at(index):
            self._flush()
            return self._space_table(index)
        underline = pattern.UNDERLINE.match(following)
        if underline and pattern.split_bullet(line) is None and len(following.strip()) >= 3:
            self._flush()
            self._emit(Line(text, BlockKind.HEADING, Location(line=number)))
            return index + 2
        bullet = pattern.split_bullet(line)
        if bullet is not None and self._numbered_heading(line, bullet[1], index):
            self._flush()
            self._emit(Line(bullet[1], BlockKind.HEADING, Location(line=number)))
            return index + 1
        if bullet is not None:
            self._flush()
            self.pending = _Pending(BlockKind.LIST_ITEM, number, [bullet[1]], line)
            return index + 1
        pending = self.pending
        if pending is not None and pending.kind is BlockKind.LIST_ITEM and line[:1].isspace():
            pending.parts.append(text)  # an indented line carries on the item above
            pending.last = line
            return index + 1
        if pattern.is_all_caps_heading(text):
            self._flush()
            self._emit(Line(text, BlockKind.HEADING, Location(line=number)))
            return index + 1
        if pattern.is_colon_label(text) or self._standalone_title(index):
            self._flush()
            self._emit(Line(text, BlockKind.PARAGRAPH, Location(line=number), emphasis=True))
            return index + 1
        if self.pending is not None and self._continues(line):
            self.pending.parts.append(text)
            self.pending.last = line
            return index + 1
        self._flush()
        self.pending = _Pending(BlockKind.PARAGRAPH, number, [text], line)
        return index + 1

    def _continues(self, line: str) -> bool:
        assert self.pending is not None
        if _looks_like_label(line) or _lone_word(line) or _BAND_LINE.match(line):
            return False
        if pattern.ends_with_level(self.pending.last):
            return False
        if (self.pending.kind is BlockKind.PARAGRAPH and len(self.pending.parts) == 1
                and _capitalised(self.pending.last) and _capitalised(line)):
            return False  # a title line over an employer line ("... Team Manager" / "X NHS Trust")
        if self.pending.kind is BlockKind.LIST_ITEM and line.lstrip()[:1].islower():
            return True  # not a new bullet, so it carries on the item above
        # A capitalised line after a short, unwrapped item (a board's "- Closing" / "- <date>"
        # fields) starts the text after the list; after a wrapped item it carries it on.
        return self._was_wrapped(self.pending.last, line)

    def _was_wrapped(self, previous: str, line: str) -> bool:
        """Tell whether the break after ``previous`` came from wrapping, not from the author."""
        first_word = line.split()[0]
        would_be = len(previous.expandtabs()) + 1 + len(first_word)
        return would_be > max(_JOIN_SHARE * self.width, _SHORTEST_WRAP)

    def _standalone_title(self, index: int) -> bool:
        """Tell whether a short line between blank lines introduces what follows it."""
        before = self.lines[index - 1].strip() if index > 0 else ""
        after = self.lines[index + 1].strip() if index + 1 < len(self.lines) else ""
        text = self.lines[index].strip()
        if before or after:
            return False
        if pattern.is_title_case(text):
            return True
        following = next((line for line in self.lines[index + 1:] if line.strip()), "")
        introduces = pattern.split_bullet(following) is not None or len(following) > 2 * len(text)
        return (len(text.split()) <= 5 and text[:1].isupper() and introduces
                and not text.endswith((".", ";", ",", ":", "?", "!")))

    def _numbered_heading(self, line: str, text: str, index: int) -> bool:
        """Tell whether ``2. MAIN DUTIES`` is a numbered heading rather than a list item."""
        numbered = line.lstrip()[:1].isdigit()
        return numbered and (pattern.is_all_caps_heading(text) or self._standalone_title(index))

    def _table(self, start: int) -> int:
        self.tables += 1
        rows: list[list[str]] = []
        numbers: list[int] = []
        index = start
        while index < len(self.lines):
            line = self.lines[index]
            if pattern.is_border(line):
                index += 1
                continue
            cells = pattern.pipe_cells(line) or pattern.tab_cells(line)
            if cells is None:
                break
            index += 1
            if not pattern.is_separator_row(cells):
                rows.append(cells)
                numbers.append(index)
        if rows:
            self._emit(pattern.make_table(rows, numbers, self.tables, start + 1))
        return index

    def _space_table_at(self, index: int) -> bool:
        """Tell whether a table laid out with spaces starts here: three rows or more of two
        columns or more, set two or more spaces apart at the same places."""
        block = self._space_block(index)
        return len(block) >= 3 and len(pattern.table_columns(block)) >= 2

    def _space_block(self, start: int) -> list[str]:
        """Return the lines from ``start`` up to a blank line, if each has 2+ columns."""
        block = []
        for line in self.lines[start:]:
            if not line.strip() or not (pattern.column_starts(line) or line[:1] == " "):
                break
            block.append(line)
        return block

    def _space_table(self, start: int) -> int:
        self.tables += 1
        block = self._space_block(start)
        starts = pattern.table_columns(block)
        rows = [pattern.aligned_cells(line, starts) for line in block]
        numbers = list(range(start + 1, start + 1 + len(block)))
        self._emit(pattern.make_table(rows, numbers, self.tables, start + 1))
        return start + len(block)

    def _emit(self, item: RawItem) -> None:
        self.items.append(item)

    def _flush(self) -> None:
        if self.pending is None:
            return
        pending, self.pending = self.pending, None
        text = " ".join(pending.parts)
        self._emit(Line(text, pending.kind, Location(line=pending.line)))


def _wrap_width(lines: list[str]) -> int:
    """Return the width prose was wrapped at: long lines, ignoring table rows and outliers."""
    lengths = sorted(len(line.expandtabs()) for line in lines
                     if line.strip() and not (pattern.pipe_cells(line) or pattern.tab_cells(line)
                                              or pattern.column_starts(line.strip())))
    return lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0


# A band on a line of its own (a Trac page's line under its title) never continues a paragraph.
_BAND_LINE = re.compile(r"\s*(?:NHS\s+AfC\s*:\s*)?Band\s+\d[a-d]?\s*$", re.I)


_CAPITALISED_WORDS = 12  # a longer line of capitalised words is prose, not a name


def _capitalised(line: str) -> bool:
    """Tell whether a line is a name, as a title or an employer is written: every word of
    four letters or more capitalised, no closing punctuation ("Crisis Resolution and Home
    Treatment Team Manager"). Wrapped prose has lower-case words on almost every line."""
    text = line.strip()
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", text)
    long_words = [word for word in words if len(word) >= 4]
    return (bool(long_words) and len(words) <= _CAPITALISED_WORDS
            and all(word[0].isupper() for word in long_words)
            and not text.endswith((".", ";", ",", ":")))


def _lone_word(line: str) -> bool:
    """Tell whether a line is one capitalised word, no punctuation: a cell of a flattened
    table ("Essential"), not the end of a wrapped sentence ("together.")."""
    text = line.strip()
    return " " not in text and text[:1].isupper() and text[-1:].isalnum()


def _looks_like_label(line: str) -> bool:
    """Tell whether a line starts a ``Label: value`` field, which never continues a paragraph."""
    head, sep, tail = line.strip().partition(":")
    return bool(sep) and bool(tail.strip()) and 1 <= len(head.split()) <= 4 and head[:1].isupper()

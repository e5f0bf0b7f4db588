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

from jdlint.document import BlockKind, Line, RawDocument, RawItem
from jdlint.errors import ErrorCategory, ReadError
from jdlint.read import lines as pattern
from jdlint.read.decoding import decode
from jdlint.read.directives import find_directives, is_directive, may_hold_directives
from jdlint.read.locations import at_line
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
        if may_hold_directives(source):
            self.lines = ["" if is_directive(line) else line.rstrip() for line in source]
        else:
            self.lines = [line.rstrip() for line in source]
        # Each line's text and facts, found once: the steps below ask about a line many times.
        self.texts = [line.strip() for line in self.lines]
        self.width, self.runs = _layout(self.lines, self.texts)
        self.items: list[RawItem] = []
        self.pending: _Pending | None = None
        self.tables = 0

    def parse(self) -> list[RawItem]:
        index = 0
        texts = self.texts
        while index < len(texts):
            if texts[index]:
                index = self._step(index)
            else:  # a blank line ends the paragraph or item above
                self._flush()
                index += 1
        self._flush()
        return self.items

    def _step(self, index: int) -> int:
        line = self.lines[index]
        text = self.texts[index]
        number = index + 1
        # A border, or a rule with nothing above it to underline (both start with their glyph).
        if text[0] in _RULE_GLYPHS and (pattern.is_border(line) or pattern.is_rule(line)):
            self._flush()
            return index + 1
        numbered = pattern.tab_numbered(line) if "\t" in line else None
        if numbered is not None:  # "1.<tab>Criterion<tab>(E)": a list item, not a table row
            self._flush()
            self.pending = _Pending(BlockKind.LIST_ITEM, number, [numbered], line)
            return index + 1
        if _row_cells(line):
            self._flush()
            return self._table(index)
        if self._space_table_at(index):
            self._flush()
            return self._space_table(index)
        bullet = pattern.split_bullet(line)
        after = self.texts[index + 1] if index + 1 < len(self.texts) else ""
        if (bullet is None and len(after) >= 3 and after[0] in "=-"
                and pattern.UNDERLINE.match(self.lines[index + 1])):
            self._flush()
            self._emit(Line(text, BlockKind.HEADING, at_line(number)))
            return index + 2
        if bullet is not None and self._numbered_heading(line, bullet[1], index):
            self._flush()
            self._emit(Line(bullet[1], BlockKind.HEADING, at_line(number)))
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
            self._emit(Line(text, BlockKind.HEADING, at_line(number)))
            return index + 1
        if pattern.is_colon_label(text) or self._standalone_title(index):
            self._flush()
            self._emit(Line(text, BlockKind.PARAGRAPH, at_line(number), emphasis=True))
            return index + 1
        if pending is not None and self._continues(line):
            pending.parts.append(text)
            pending.last = line
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
        texts = self.texts
        if (index > 0 and texts[index - 1]) or (index + 1 < len(texts) and texts[index + 1]):
            return False
        text = texts[index]
        if pattern.is_title_case(text):
            return True
        following = next((self.lines[after] for after in range(index + 1, len(texts))
                          if texts[after]), "")
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
            if self.texts[index][:1] == "+" and pattern.is_border(line):
                index += 1
                continue
            cells = _row_cells(line)
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
        return self.runs[index] >= 3 and len(pattern.table_columns(self._space_block(index))) >= 2

    def _space_block(self, start: int) -> list[str]:
        """Return the lines from ``start`` up to a blank line, if each has 2+ columns."""
        return self.lines[start:start + self.runs[start]]

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
        self._emit(Line(text, pending.kind, at_line(pending.line)))


_RULE_GLYPHS = "-=_*~#+"  # what a rule or an ASCII border starts with


def _row_cells(line: str) -> list[str] | None:
    """Return ``pipe_cells(line) or tab_cells(line)``, trying each only when its separator is in
    the line (most lines have neither)."""
    cells = pattern.pipe_cells(line) if "|" in line else None
    if cells is None and "\t" in line:
        cells = pattern.tab_cells(line)
    return cells


def _layout(lines: list[str], texts: list[str]) -> tuple[int, list[int]]:
    """Return the width prose was wrapped at, and for each line how many lines from it on could
    be rows of a table laid out with spaces, in one pass over the lines.

    The wrap width is that of long lines, ignoring table rows and outliers. A row of a table
    laid out with spaces has text in two or more columns, or is indented; the run stops at the
    first line that is neither (or blank).
    """
    lengths: list[int] = []
    runs = [0] * (len(lines) + 1)
    for index in range(len(lines) - 1, -1, -1):
        text = texts[index]
        if not text:
            continue
        line = lines[index]
        if "\t" in line:  # tabs expand by where they are: the line and its text may differ
            wide, wide_text, row = (pattern.has_columns(line), pattern.has_columns(text),
                                    _row_cells(line))
        else:
            wide = wide_text = pattern.has_columns(text)
            row = pattern.pipe_cells(line) if "|" in line else None
        if line[:1] == " " or wide:
            runs[index] = runs[index + 1] + 1
        if not (row or wide_text):
            lengths.append(len(line.expandtabs()))
    lengths.sort()
    return (lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0), runs


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

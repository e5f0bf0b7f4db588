"""Read a markdown (``.md``) job description.

ATX (``#``) and setext headings keep their level; bullets and numbered lists become list
items (with their continuation lines); GitHub pipe tables become tables (separator row
dropped, header row kept as the first row); a line that is bold and nothing else
(``**Essential criteria:**``) is a paragraph with ``emphasis`` set. Inline markup is
stripped: ``**``, ``__``, ``*``, ``_``, backticks, links ``[text](url)`` become ``text``.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from jdlint.document import BlockKind, Line, RawDocument, RawItem
from jdlint.errors import ErrorCategory, ReadError
from jdlint.read import lines as pattern
from jdlint.read.decoding import decode
from jdlint.read.directives import find_directives
from jdlint.read.locations import at_line
from jdlint.read.runon import restore_lines, split_long_lines

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(?P<text>[^*_].*?)\1\s*(?P<colon>:?)\s*$")
_ITALIC_LINE = re.compile(r"^\s*([*_])(?P<text>[^*_\s].*?)\1\s*(?P<colon>:?)\s*$")
_LINK_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:\s+\S")
_TASK = re.compile(r"^\[[ xX]\]\s+")
_HARD_BREAK = re.compile(r"(  |\\|<br\s*/?>)$", re.IGNORECASE)

_ESCAPABLE = "\\`*_{}[]()#+-.!|>~"
# Each inline pattern with its replacement and what any match of it contains (one of): a line
# without that (most lines) skips the substitution.
_INLINE: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1", ("](",)),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1", ("](",)),
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1", ("][",)),
    (re.compile(r"<((?:https?://|mailto:)[^>\s]+)>"), r"\1", ("<",)),
    (re.compile(r"<!--.*?-->"), "", ("<!--",)),
    (re.compile(r"</?[A-Za-z][^>]*>"), "", ("<",)),
    (re.compile(r"`+([^`]+?)`+"), r"\1", ("`",)),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2", ("**", "__")),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1", ("*",)),
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1", ("_",)),
    (re.compile(r"~~(.+?)~~"), r"\1", ("~~",)),
)
_ESCAPE = re.compile(r"\\([" + re.escape(_ESCAPABLE) + r"])")
_PROTECTED = re.compile("[\ue000-\ue0ff]")
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
# A character some markup needs (an escape, a tag, a link, code, emphasis) or a private-use one
# (restored from an escape): a text with none of them is plain as it is.
_MARKUP = re.compile("[\\\\<\\[`*_~\ue000-\ue0ff]")
_QUOTE = re.compile(r"^ {0,3}>\s?")
_RULE_GLYPHS = "-=_*~#+"  # what a rule starts with


def read(data: bytes, name: str) -> RawDocument:
    """Read a markdown file's bytes."""
    source = decode(data).split("\n")
    lines, origin = split_long_lines(source)  # a JD exported as one long line
    items = restore_lines(_Parser(lines).parse(), origin)
    if not items:
        raise ReadError(ErrorCategory.NO_TEXT, "The file has no text.")
    return RawDocument(path=name, format="md", items=tuple(items),
                       directives=find_directives(source))


def strip_markup(text: str, line_break: str = " ") -> str:
    """Return markdown inline text as plain text (``line_break`` replaces ``<br>``)."""
    if _MARKUP.search(text) is None:  # most lines: no substitution could match
        return html.unescape(text).strip()
    protected = _ESCAPE.sub(lambda m: chr(0xE000 + ord(m.group(1))), text)
    protected = _BR.sub(line_break, protected)
    for regex, replacement, needs in _INLINE:
        for part in needs:  # checked on the text as it is now
            if part in protected:
                protected = regex.sub(replacement, protected)
                break
    restored = _PROTECTED.sub(lambda m: chr(ord(m.group(0)) - 0xE000), protected)
    return html.unescape(restored).strip()


@dataclass
class _Pending:
    kind: BlockKind
    line: int
    parts: list[str] = field(default_factory=list)
    hard_break: bool = False


class _Parser:
    def __init__(self, source: list[str]) -> None:
        self.lines = [line.rstrip("\n") for line in source]
        self.items: list[RawItem] = []
        self.pending: _Pending | None = None
        self.tables = 0

    def parse(self) -> list[RawItem]:
        index = self._front_matter()
        lines = self.lines
        while index < len(lines):
            if lines[index].strip():
                index = self._step(index)
            else:  # a blank line ends the paragraph or item above
                self._flush()
                index += 1
        self._flush()
        return self.items

    def _front_matter(self) -> int:
        if not self.lines or self.lines[0].strip() != "---":
            return 0
        for end in range(1, min(len(self.lines), 60)):
            if self.lines[end].strip() in ("---", "..."):
                for number in range(2, end + 1):
                    text = self.lines[number - 1].strip()
                    if text:
                        self._emit(Line(text, BlockKind.PARAGRAPH, at_line(number)))
                return end + 1
        return 0

    def _step(self, index: int) -> int:
        raw = self.lines[index]
        # Block quotes read as plain text. Each pattern below is tried only when the line's
        # first character (after the indent) can start it.
        line = _QUOTE.sub("", raw) if ">" in raw[:4] else raw
        text = line.strip()
        number = index + 1
        following = self.lines[index + 1] if index + 1 < len(self.lines) else ""
        first = text[:1]
        if not text or (first == "[" and _LINK_DEFINITION.match(line)):
            self._flush()
            return index + 1
        if text.startswith("<!--"):
            self._flush()
            return self._skip_comment(index)
        fence = _FENCE.match(line) if first in ("`", "~") else None
        if fence:
            self._flush()
            return self._code(index, fence.group(1))
        atx = _ATX.match(line) if first == "#" else None
        if atx:
            self._flush()
            title = strip_markup(atx.group(2) or "")
            if title:
                level = len(atx.group(1))
                self._emit(Line(title, BlockKind.HEADING, at_line(number),
                                heading_level=level))
            return index + 1
        cells = pattern.pipe_cells(line) if "|" in line else None
        if cells is not None and self._starts_table(index, cells):
            self._flush()
            return self._table(index)
        bullet = pattern.split_bullet(line)
        if first in _RULE_GLYPHS and pattern.is_rule(line):  # setext underlines were consumed
            self._flush()                                    # by the look-ahead below
            return index + 1
        below = following.lstrip()[:1]
        underline = pattern.UNDERLINE.match(following) if below in ("=", "-") else None
        if underline and bullet is None and self._may_start_heading():
            self._flush()
            level = 1 if underline.group(1).startswith("=") else 2
            self._emit(Line(strip_markup(text), BlockKind.HEADING, at_line(number),
                            heading_level=level))
            return index + 2
        if bullet is not None:
            self._flush()
            item = _TASK.sub("", bullet[1])
            self.pending = _Pending(BlockKind.LIST_ITEM, number, [item])
            self.pending.hard_break = _hard_break(raw)
            return index + 1
        emphasised = (_BOLD_LINE.match(line) or _ITALIC_LINE.match(line)) if first in "*_" else None
        if emphasised:
            self._flush()
            label = strip_markup(emphasised.group("text")) + emphasised.group("colon")
            self._emit(Line(label, BlockKind.PARAGRAPH, at_line(number), emphasis=True))
            return index + 1
        if self.pending is not None and self._continues(line):
            self.pending.parts.append(text)
            self.pending.hard_break = _hard_break(raw)
            return index + 1
        self._flush()
        self.pending = _Pending(BlockKind.PARAGRAPH, number, [text], _hard_break(raw))
        return index + 1

    def _continues(self, line: str) -> bool:
        assert self.pending is not None
        if self.pending.hard_break or pattern.ends_with_level(self.pending.parts[-1]):
            return False  # a criterion ending with its level ("… (E)") ends its line too
        if self.pending.kind is BlockKind.LIST_ITEM and line[:1].isspace():
            return True
        # Only a colon makes a label; stripping markup makes one only from an entity
        # ("&colon;") or a private-use character (never ASCII).
        if ":" not in line and "&" not in line and line.isascii():
            return True
        return not _looks_like_label(strip_markup(line))

    def _may_start_heading(self) -> bool:
        return self.pending is None or self.pending.kind is BlockKind.PARAGRAPH

    def _starts_table(self, index: int, cells: list[str]) -> bool:
        following = self.lines[index + 1] if index + 1 < len(self.lines) else ""
        next_cells = pattern.pipe_cells(following)
        if next_cells is not None and pattern.is_separator_row(next_cells):
            return True
        # Lenient: two or more rows fenced with pipes, even without a separator row.
        return self.lines[index].lstrip().startswith("|") and next_cells is not None

    def _table(self, start: int) -> int:
        self.tables += 1
        rows: list[list[str]] = []
        numbers: list[int] = []
        index = start
        while index < len(self.lines):
            cells = pattern.pipe_cells(self.lines[index])
            if cells is None:
                break
            index += 1
            if not pattern.is_separator_row(cells):
                rows.append([strip_markup(text, "\n") for text in cells])
                numbers.append(index)
        self._emit(pattern.make_table(rows, numbers, self.tables, start + 1))
        return index

    def _code(self, start: int, fence: str) -> int:
        index = start + 1
        while index < len(self.lines) and not self.lines[index].strip().startswith(fence):
            text = self.lines[index].strip()
            if text:
                self._emit(Line(text, BlockKind.PARAGRAPH, at_line(index + 1)))
            index += 1
        return index + 1

    def _skip_comment(self, start: int) -> int:
        index = start
        while index < len(self.lines) and "-->" not in self.lines[index]:
            index += 1
        return index + 1

    def _emit(self, item: RawItem) -> None:
        self.items.append(item)

    def _flush(self) -> None:
        if self.pending is None:
            return
        pending, self.pending = self.pending, None
        text = strip_markup(" ".join(part.rstrip("\\") for part in pending.parts))
        if text:
            self._emit(Line(text, pending.kind, at_line(pending.line)))


def _hard_break(raw: str) -> bool:
    """Tell whether a line ends with a hard break (two spaces, a backslash or ``<br>``)."""
    return raw.endswith(("  ", "\\")) or (raw.endswith(">") and bool(_HARD_BREAK.search(raw)))


def _looks_like_label(text: str) -> bool:
    """Tell whether a line starts a ``Label: value`` field, which never continues a paragraph."""
    head, sep, tail = text.partition(":")
    return bool(sep) and bool(tail.strip()) and 1 <= len(head.split()) <= 4 and head[:1].isupper()

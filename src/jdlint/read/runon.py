"""Split run-on lines: a text JD exported with no line breaks at all.

Some systems export a job description as one long line (every paragraph, heading and
criterion run together). Read as it is, that is one paragraph: the structure stage finds no
title, no person specification and no Essential/Desirable levels, and a requirement inside it
is lost. A line longer than any real paragraph (:data:`LONG`) is cut back into the units a JD
is made of: before a bullet or a numbered item, before a ``Field name:`` label, around a
heading in capitals, before a Markdown heading, and after each sentence. Every piece keeps the
number of the line it came from, so findings still point at the file as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from jdlint.document import Line, Location, RawItem

LONG = 1000  # characters; no paragraph of a real JD runs this long
_LABEL_WORDS = r"(?:[a-z][\w’'()/&-]*|Title|To|Reference|Criteria|Number|No|Of|Work|Date)"
_BREAKS: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    # a bullet or a numbered item: " * Lead", " • Degree", " 2. DUTIES", and " - Current"
    # after a lower-case word (after a capitalised one it is a title's dash: "Manager - Ward")
    (re.compile(r"\s+(?=(?:[*•▪◦·‣]|\d{1,2}[.)])\s+\S)"), "\n"),
    (re.compile(r"(?<!\S)(\S+)\s+(?=-\s+[A-Z])"), lambda m: m[1] + _dash_break(m[1])),
    # the employer's name before the title: "... NHS FOUNDATION TRUST MEDICINES SAFETY LEAD"
    (re.compile(r"(\b(?:TRUST|HEALTH BOARD|Trust|Health Board))\s+(?=[A-Z])"), "\\1\n\n"),
    # a Markdown heading
    (re.compile(r"\s+(?=#{1,6}\s+\S)"), "\n\n"),
    # a label of one to four words ending in a colon: "Band: 7", "Essential criteria:"
    (re.compile(r"(?<=\S)\s+(?=[A-Z][\w’'()/&-]*(?:\s+" + _LABEL_WORDS + r"){0,3}:\s)"), "\n"),
    # a heading in capitals, before and after: "... ward. MAIN PURPOSE OF THE POST The ..."
    # (each run of capitals is scanned once, from its first word: no quadratic backtracking)
    (re.compile(r"(?<=[a-z.:;)])(?<![0-9][.)])\s+(?=[A-Z]{2,}\s+[A-Z&]{2,}\b)"), "\n\n"),
    (re.compile(r"(?<![A-Z&]\s)(\b[A-Z]{2,}(?:\s+[A-Z&]{2,}\b)++)\s+(?=[A-Z][a-z])"), "\\1\n\n"),
    # the end of a sentence
    (re.compile(r"(?<=[a-z0-9)][.!?])(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bviz\.)(?<!\bincl\.)"
                r"(?<!\bapprox\.)\s+(?=[A-Z(])"), "\n\n"),
)


def _dash_break(word: str) -> str:
    """A dash after a lower-case word, punctuation or a heading in capitals opens an item;
    after a capitalised word it is part of a title ("Ward Manager - Willow Ward")."""
    opens = not word[0].isupper() or word[-1] in ".;:,)" or (word.isupper() and len(word) > 1)
    return "\n" if opens else " "


def split_long_lines(lines: list[str]) -> tuple[list[str], list[int]]:
    """Return the lines with each run-on line split, and each line's 1-based source line."""
    if max(map(len, lines), default=0) <= LONG:  # nearly every file: nothing to split
        return list(lines), list(range(1, len(lines) + 1))
    out: list[str] = []
    origin: list[int] = []
    for number, line in enumerate(lines, 1):
        pieces = split_line(line) if len(line) > LONG else [line]
        out.extend(pieces)
        origin.extend([number] * len(pieces))
    return out, origin


def split_line(line: str) -> list[str]:
    """Return one run-on line cut into headings, labels, list items and sentences."""
    for pattern, replacement in _BREAKS:
        line = pattern.sub(replacement, line)
    return line.split("\n")


def restore_lines(items: list[RawItem], origin: list[int]) -> list[RawItem]:
    """Give each item the source line its piece came from (nothing to do if none was split)."""
    if not origin or len(origin) == origin[-1]:  # every line is its own source line
        return items
    return [_restored(item, origin) for item in items]


def _restored(item: RawItem, origin: list[int]) -> RawItem:
    if isinstance(item, Line):
        return replace(item, location=_where(item.location, origin))
    rows = tuple(tuple(replace(cell, location=_where(cell.location, origin)) for cell in row)
                 for row in item.rows)
    return replace(item, rows=rows, location=_where(item.location, origin))


def _where(location: Location, origin: list[int]) -> Location:
    if location.line is None or not 0 < location.line <= len(origin):
        return location
    return replace(location, line=origin[location.line - 1])

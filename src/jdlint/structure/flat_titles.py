"""Find the title in a document's head when a copy ran the head into one line, or wrapped the
title in a pack's heading.

:mod:`jdlint.structure.titles` reads a title from a line of its own; a copy from a sharing site
or a PDF often runs the whole head into a single line ("Job title: Accountable to: ... <values>",
"<logo> JOB DESCRIPTION FOR <title> At <employer> SUMMARY ...", a public-appointments letter),
and a recruitment pack's heading puts its employer before the title and "Recruitment Pack"
after it. These finders use the labels, the employer and the genre words as separators.
"""

from __future__ import annotations

import re

from jdlint.document import Block, BlockKind
from jdlint.structure import vocabulary as vocab
from jdlint.structure.title_text import (
    clean_title,
    could_be_title,
    from_capital_runs,
    reads_as_title,
)

_HEAD_BLOCKS = 3  # a run-on head is one of the document's first lines
_LONG_TITLE = 16  # a model role description's title before "job description" may run long

# "<employer> <title> Recruitment Pack": the pack's genre words after the title.
_PACK = re.compile(r"^(.+?)\s*[-–—:|]?\s*\b(?:recruitment|candidate|applicant|information|"
                   r"application|job)\s+pack$", re.I)
# The employer before the title: a Scottish board ("NHS Lothian", "NHS Dumfries & Galloway")
# or a name ending in a trust's or board's words.
_EMPLOYER_FIRST = re.compile(
    r"^(?:NHS\s+[A-Z][\w'’]*(?:\s+(?:and|&)\s+[A-Z][\w'’]*)?"
    r"|.{2,60}?\b(?:NHS\s+(?:Foundation\s+)?Trust|Health\s+Board|Health\s+and\s+Social\s+Care"
    r"\s+Trust|Integrated\s+Care\s+Board|Hospice|Council))\s+(?=[A-Z])")
# Labels run together before their values ("job title: accountable to: responsible to: ...").
_LABEL_ROW = re.compile(r"\bjob\s+title\s*:\s*((?:[A-Za-z][A-Za-z ]{1,28}:\s*)+)"
                        r"(?P<values>.+?)(?=\s[A-Za-z][A-Za-z ]{1,24}:|$)", re.I)
_ROLE_WORD = re.compile(rf"\b{vocab.ROLE_WORDS}\b", re.I)
# An image's placeholder or a logo's alternative text left in a copied line.
_PLACEHOLDER = re.compile(r"\[(?:image|picture|logo|figure)\b[^\]]*\]|^\s*(?:\w+\s+){0,2}logo\b",
                          re.I)
_GENRE_FOR = re.compile(r"\b(?i:job\s+description\s+for\s+(?:the\s+(?:post|role)\s+of\s+)?)"
                        r"(?P<title>.+?)(?:\s+[Aa]t\s+(?=[A-Z])"
                        r"|\s+(?:SUMMARY|INTRODUCTION|BACKGROUND|OVERVIEW|JOB PURPOSE)\b|$)")
_GENRE_AFTER = re.compile(r"^(?P<title>.+?)\s+(?:job|role)\s+description\s*\W*$", re.I)
# A public-appointments letter in capitals: "APPOINTMENT OF ONE <SEAT> TO THE <BODY>".
_APPOINTED = re.compile(r"\bAPPOINTMENT OF (?:AN? |THE |ONE |TWO |THREE )?"
                        r"(?P<title>[A-Z][A-Z ,&'’()-]+?)\s+(?:TO|FOR|ON|AT) THE\b")


def title_of_pack(blocks: tuple[Block, ...]) -> str | None:
    """Return the title in a pack's "<employer> <title> Recruitment Pack" heading."""
    for block in _head(blocks):
        found = _PACK.match(block.text.strip())
        if not found or block.label:
            continue
        text = _EMPLOYER_FIRST.sub("", found.group(1).strip())
        if text != found.group(1).strip() and could_be_title(title := clean_title(text)):
            return title
    return None


def title_in_run_on_head(blocks: tuple[Block, ...]) -> str | None:
    """Return the title a head run into one line still names, by its labels or genre words."""
    for block in _head(blocks):
        text = re.sub(r"\s{2,}", " ", _PLACEHOLDER.sub(" ", block.text)).strip()
        for finder in (_from_label_row, _from_genre_line, _from_appointment):
            title = finder(text)
            if title:
                return title
    return None


def _from_label_row(text: str) -> str | None:
    """"job title: accountable to: <title> <manager> <director> hours: ...": the first value
    ends at its first role word (the values are posts, each ending in one)."""
    found = _LABEL_ROW.search(text)
    if not found or not all(vocab.label_of(label) for label in found.group(1).split(":")
                            if label.strip()):
        return None
    role = _ROLE_WORD.search(found.group("values"))
    title = clean_title(found.group("values")[:role.end()]) if role else ""
    return title if title and could_be_title(title) and reads_as_title(title) else None


def _from_genre_line(text: str) -> str | None:
    """"JOB DESCRIPTION FOR <title> At <employer>" or "<title> job description", however long."""
    found = _GENRE_FOR.search(text) or _GENRE_AFTER.match(text)
    if not found:
        return None
    title = clean_title(from_capital_runs(found.group("title")))
    return title if could_be_title(title, _LONG_TITLE) and reads_as_title(title) else None


def _from_appointment(text: str) -> str | None:
    found = _APPOINTED.search(text)
    title = clean_title(from_capital_runs(found.group("title"))) if found else ""
    return title if title and could_be_title(title) else None


def _head(blocks: tuple[Block, ...]) -> list[Block]:
    body = [b for b in blocks if b.kind not in (BlockKind.HEADER, BlockKind.FOOTER)]
    return body[:_HEAD_BLOCKS]

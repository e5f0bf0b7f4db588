"""Running headers and footers: lines in the top or bottom margin that repeat on pages.

A row is a candidate when it is among the first (last) three rows of its page and lies in
the top (bottom) tenth of the page. Its text is normalised (lower case, every number to
``#``) so that "Page 2 of 5" and "Page 3 of 5" are the same. A candidate that appears on two or
more pages, or that reads like a page number on its own ("Page 1 of 1", "3", "- 3 -"), is a
header (top) or footer (bottom); only its first occurrence is emitted. Rows that read like a
person-specification table header are never taken (a repeated table header is the table's).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from jdlint.document import BlockKind
from jdlint.read.pdf.rows import Row
from jdlint.read.pdf.tables import is_header

BAND = 0.1  # fraction of the page height that counts as margin, top and bottom
_PAGE_NUMBER = re.compile(r"(?:page\s*)?#(?:\s*(?:of|/)\s*#)?|[-–]\s*#\s*[-–]")

Margins = dict[tuple[int, int], tuple[BlockKind, bool]]  # (page, line) -> kind, first occurrence


def normalise(text: str) -> str:
    """Return the text in lower case with every number as ``#`` and spaces collapsed."""
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def find_margins(pages: Sequence[Sequence[Row]], heights: Sequence[float]) -> Margins:
    """Return the rows that are running headers or footers, marking each text's first one."""
    candidates: list[tuple[Row, BlockKind, str]] = []
    for rows, height in zip(pages, heights, strict=False):
        for row in rows[:3]:
            if row.bottom <= BAND * height and not is_header(row):
                candidates.append((row, BlockKind.HEADER, normalise(row.text)))
        for row in rows[-3:]:
            if row.top >= (1 - BAND) * height and not is_header(row):
                candidates.append((row, BlockKind.FOOTER, normalise(row.text)))
    pages_of: dict[tuple[BlockKind, str], set[int]] = {}
    for row, kind, key in candidates:
        pages_of.setdefault((kind, key), set()).add(row.page)
    margins: Margins = {}
    seen: set[tuple[BlockKind, str]] = set()
    for row, kind, key in candidates:
        if len(pages_of[(kind, key)]) >= 2 or _PAGE_NUMBER.fullmatch(key):
            margins[(row.page, row.number)] = (kind, (kind, key) not in seen)
            seen.add((kind, key))
    return margins

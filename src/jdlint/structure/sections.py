"""Decide which lines are headings, how deep each is, and the path of headings above a block.

Readers of styled formats give ``heading_level``; for the others a line is a heading by its
look: capitals, emphasis (bold), a short line ending in a colon, or a well-known heading
name. Each look gets one rank for the whole document, below the explicit levels, so that
"KEY RESPONSIBILITIES" in capitals holds the bold "Clinical" under it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from jdlint.document import BlockKind, Line
from jdlint.structure import levels
from jdlint.structure import vocabulary as vocab
from jdlint.structure.text import heading_text, words

LOOKS = ("caps", "emphasis", "colon", "plain")  # from the most to the least prominent
_MAX_WORDS = 12
# A colon after one of these introduces a list inside a sentence ("The postholder will:").
_LEAD_IN = re.compile(
    r"\b(will|to|include|includes|including|the|a|an|be|are|is|of|for|and|or|following|follows|"
    r"with|by|in|on|must|should|can|have|has|that|who|which|as|able|e\.?g|i\.?e|such as|you|we)"
    r"\s*:\s*$",
    re.I,
)
_SENTENCE_END = (".", ";", ",", "?", "!")


def look_of(line: Line) -> str | None:
    """Return how a line shows it is a heading (``h1``.. for explicit levels), or ``None``."""
    text = heading_text(line.text)
    raw = line.text.strip()
    if not text:
        return None
    if line.heading_level is not None:
        return f"h{line.heading_level}"
    if words(text) > _MAX_WORDS or line.kind in (BlockKind.HEADER, BlockKind.FOOTER):
        return None
    if raw.endswith(")") and levels.inline_marker(raw)[0] is not None:
        return None  # a short criterion marked "(D)", such as "MRCGP (D)"
    if line.kind is BlockKind.LIST_ITEM:  # "2. MAIN DUTIES" numbered like a list
        if not _known(text) or words(text) > 6:
            return None
        return "caps" if _is_caps(text) else "plain"
    if line.kind is BlockKind.HEADING:
        return "caps" if _is_caps(text) else "emphasis"
    if raw.endswith(_SENTENCE_END) or (raw.endswith(":") and _LEAD_IN.search(raw)):
        return None
    if _is_caps(text):
        return "caps"
    if line.emphasis:
        return "emphasis"
    if raw.endswith(":") and words(text) <= 8:
        return "colon"
    if _known(text) and words(text) <= 6:
        return "plain"
    return None


def ranks_of_looks(found: Iterable[str | None]) -> dict[str, int]:
    """Return the rank (1 = top) of every heading look, given each line's look (or ``None``)."""
    looks = {look for look in found if look}
    explicit = [int(look[1:]) for look in looks if look.startswith("h")]
    base = max(explicit, default=0)
    present = [look for look in LOOKS if look in looks]
    table = {f"h{level}": level for level in explicit}
    table.update({look: base + 1 + i for i, look in enumerate(present)})
    return table


def _known(text: str) -> bool:
    return vocab.is_section_word(text) or vocab.level_label_of(text) is not None


def _is_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 4 and all(ch.isupper() for ch in letters)


class Outline:
    """The headings above the current block, deepest last."""

    def __init__(self) -> None:
        self._stack: list[tuple[int, str]] = []
        self._path: tuple[str, ...] = ()  # kept with the stack: every block asks for it

    def enter(self, rank: int, name: str) -> tuple[str, ...]:
        """Open a heading of the given rank, closing those at the same rank or deeper."""
        while self._stack and self._stack[-1][0] >= rank:
            self._stack.pop()
        self._stack.append((rank, name))
        self._path = tuple(name for _, name in self._stack)
        return self._path

    @property
    def path(self) -> tuple[str, ...]:
        """Return the names of the open headings, outermost first."""
        return self._path

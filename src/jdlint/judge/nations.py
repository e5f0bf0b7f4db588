"""Which UK nation an employer is in, from the words of its document (``nations.toml``).

A finding that names no regulator ("Degree in Social Work") names the profession's regulator
in the employer's nation: NISCC for a Northern Ireland trust, SSSC for a Scottish board, SWE
in England. The nation is the one whose words (a board, a trust type, a place, a national body)
the document uses most; with none, or a tie, there is no nation and England's regulator is
named, as before.

Counting is ``findall`` of one expression a nation, but the expression is tried only where one
of its words starts (found with ``str.find`` in the lowered text): scanning the whole text with
the expression cost about 2 ms a document, a fifth of the judge stage. Where lowering could move
offsets or a character could match an ASCII letter only under the expression's own case rules
(``ſ`` for ``s``), the whole text is scanned as before, so the count is always ``findall``'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from jdlint.judge.lexicon import Lexicon, Nation


def nation_of(texts: Iterable[str], lexicon: Lexicon) -> str | None:
    """Return the nation the texts place their employer in, or ``None``."""
    if not lexicon.nations:
        return None
    text = "\n".join(texts)
    lowered = text.lower() if _lowers_in_place(text) else None
    counts = {n.id: _count(n, text, lowered) for n in lexicon.nations}
    best = max(counts.values())
    winners = [nation for nation, count in counts.items() if count == best]
    return winners[0] if best and len(winners) == 1 else None


def _count(nation: Nation, text: str, lowered: str | None) -> int:
    """Return ``len(_pattern(nation).findall(text))``, trying the expression at word starts."""
    pattern = _pattern(nation)
    words = _ascii_words(nation)
    if lowered is None or words is None:
        return len(pattern.findall(text))
    starts: set[int] = set()
    for word in words:
        at = lowered.find(word)
        while at >= 0:
            starts.add(at)
            at = lowered.find(word, at + 1)
    count, end = 0, 0
    for at in sorted(starts):
        if at >= end and (found := pattern.match(text, at)):
            count, end = count + 1, found.end()
    return count


def _lowers_in_place(text: str) -> bool:
    """Tell whether ``text.lower()`` keeps offsets and finds every case-blind match."""
    return text.isascii() or all(_plain(c) for c in set(text) if not c.isascii())


@lru_cache(maxsize=4096)
def _plain(char: str) -> bool:
    """A non-ASCII character that lowers to one character and matches no ASCII letter."""
    return len(char.lower()) == 1 and not _ASCII_LETTER.match(char)


_ASCII_LETTER = re.compile("(?i)[a-z]")


@lru_cache(maxsize=16)
def _ascii_words(nation: Nation) -> tuple[str, ...] | None:
    """Return the nation's words lowered, or ``None`` if one is not ASCII (then scan it all)."""
    if not all(word.isascii() for word in nation.words):
        return None
    return tuple(word.lower() for word in nation.words)


@lru_cache(maxsize=16)
def _pattern(nation: Nation) -> re.Pattern[str]:
    """Return one expression for a nation's words: capitalised words as written, any case else."""
    parts = [re.escape(w) if any(c.islower() for c in w[1:]) or len(w) > 6 else
             f"(?-i:{re.escape(w)})" for w in sorted(nation.words, key=len, reverse=True)]
    return re.compile(rf"(?i)(?<![\w-])(?:{'|'.join(parts)})(?![\w-])")

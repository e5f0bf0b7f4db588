"""Which UK nation an employer is in, from the words of its document (``nations.toml``).

A finding that names no regulator ("Degree in Social Work") names the profession's regulator
in the employer's nation: NISCC for a Northern Ireland trust, SSSC for a Scottish board, SWE
in England. The nation is the one whose words (a board, a trust type, a place, a national body)
the document uses most; with none, or a tie, there is no nation and England's regulator is
named, as before.
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
    counts = {n.id: len(_pattern(n).findall(text)) for n in lexicon.nations}
    best = max(counts.values())
    winners = [nation for nation, count in counts.items() if count == best]
    return winners[0] if best and len(winners) == 1 else None


@lru_cache(maxsize=16)
def _pattern(nation: Nation) -> re.Pattern[str]:
    """Return one expression for a nation's words: capitalised words as written, any case else."""
    parts = [re.escape(w) if any(c.islower() for c in w[1:]) or len(w) > 6 else
             f"(?-i:{re.escape(w)})" for w in sorted(nation.words, key=len, reverse=True)]
    return re.compile(rf"(?i)(?<![\w-])(?:{'|'.join(parts)})(?![\w-])")

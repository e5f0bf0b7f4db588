"""Skip a block unless it holds every word of some rule phrase: most blocks are never tokenized.

Words here are runs of word characters, so this is exact as long as the tokenizer does not cut
a run of word characters into a token a rule phrase holds (spaCy's English rules cut such runs
only for units after numbers, as in "5km", and a few special cases such as "cannot").
``tests/test_matching_speed.py`` matches every skipped sample in full. Acronyms written with
full stops ("N.M.C.") or spelt out in capitals ("N M C") count as the word they spell.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from jdlint.judge.matching.text import WORD

_DOTTED = re.compile(r"\b(?:[A-Za-z]\.){2,}[A-Za-z]?")
_SPELT = re.compile(r"(?<![\w.])[A-Z]\.? (?:[A-Za-z]\.? ){1,3}[A-Z](?![\w])")  # "N M C", "G P h C"
# What every match of those holds (".M." of "N.M.C.", " M C" of "N M C"), found by a search
# that starts only at a full stop or a space: the full expressions try every position, which
# cost a third of the prefilter on blocks where, almost always, they find nothing.
_DOTTED_HINT = re.compile(r"\.[A-Za-z]\.")
_SPELT_HINT = re.compile(r" [A-Za-z]\.? [A-Za-z](?!\w)")


class Prefilter:
    """The word sets of every rule phrase, each filed under its rarest word."""

    def __init__(self) -> None:
        self.requirements: dict[str, set[frozenset[str]]] = {}
        self._needed: set[frozenset[str]] = set()
        self._anchors: frozenset[str] = frozenset()

    def require(self, words: Iterable[str]) -> None:
        """Record that a block needs all of ``words`` (lower case) for one phrase to match."""
        self._needed.add(frozenset(words))

    def index(self) -> None:
        """File each word set under its rarest word, so few sets are tried per block."""
        uses = Counter(word for needed in self._needed for word in needed)
        for needed in sorted(self._needed, key=sorted):
            anchor = min(sorted(needed), key=lambda w: (uses[w], -len(w))) if needed else ""
            self.requirements.setdefault(anchor, set()).add(needed)
        self._anchors = frozenset(self.requirements)

    def may_match(self, text: str) -> bool:
        """Tell whether a rule phrase could match in ``text`` (False: surely none can)."""
        if "" in self.requirements:  # a phrase with no word at all
            return True
        words = set(WORD.findall(text.lower()))
        if "." in text and _DOTTED_HINT.search(text):  # "N.M.C." is matched as NMC
            words |= {found.replace(".", "").lower() for found in _DOTTED.findall(text)}
        if _SPELT_HINT.search(text):  # "N M C" is matched as NMC
            words |= {re.sub(r"[. ]", "", found).lower() for found in _SPELT.findall(text)}
        for anchor in words & self._anchors:
            if any(map(words.issuperset, self.requirements[anchor])):
                return True
        return False

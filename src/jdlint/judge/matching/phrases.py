"""A phrase index: token sequences under keys, found wherever they occur in a token list.

It does what jdlint used spaCy's ``PhraseMatcher`` for, without importing spaCy: every
occurrence of every phrase is found, overlapping and nested ones included, one match per key.
``tests/test_tokenizer.py`` checks it against spaCy's ``PhraseMatcher`` on the corpus.
"""

from __future__ import annotations

from collections.abc import Sequence


class PhraseIndex:
    """Phrases stored by their token texts; lookups walk each start only for known lengths."""

    def __init__(self) -> None:
        self._keys: dict[tuple[str, ...], list[str]] = {}
        self._lengths: dict[str, set[int]] = {}  # first word -> lengths of phrases starting so

    def __len__(self) -> int:
        return len(self._keys)

    def add(self, key: str, phrase: Sequence[str]) -> None:
        """Add a phrase (its token texts) under ``key``; an empty phrase is ignored."""
        words = tuple(phrase)
        if not words:
            return
        keys = self._keys.setdefault(words, [])
        if key not in keys:
            keys.append(key)
        self._lengths.setdefault(words[0], set()).add(len(words))

    def find(self, words: Sequence[str]) -> list[tuple[str, int, int]]:
        """Return (key, start, end) for every phrase occurrence in ``words`` (token texts)."""
        found = []
        total = len(words)
        for start, word in enumerate(words):
            for size in self._lengths.get(word, ()):
                if start + size > total:
                    continue
                keys = self._keys.get(tuple(words[start:start + size]))
                if keys:
                    found += [(key, start, start + size) for key in keys]
        return found

"""spaCy's tokenizer algorithm in plain Python, run on rules taken from spaCy.

Why: importing spaCy takes about 0.7 s, most of a pre-commit hook's one-second budget, while
tokenizing a job description with spaCy's English rules takes a few milliseconds. jdlint takes
the rules (prefix, suffix and infix expressions, URL match, special cases) from
``spacy.blank("en")`` once, keeps them in the cache folder
(:mod:`jdlint.judge.tokenizer_rules`), and tokenizes with this module, which follows spaCy's
published algorithm: split at whitespace
(a single space after a token is that token's trailing space; other whitespace becomes tokens),
then per chunk take special cases and cached results, strip prefixes and suffixes, split at
infixes; finally re-apply special cases that affix splitting broke apart.
``tests/test_tokenizer.py`` checks that the tokens and their offsets are identical to spaCy's
on the corpus, every rule phrase and generated text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import NamedTuple

_RUNS = re.compile(r"\s+|\S+")
_CACHE_LIMIT = 100_000


@dataclass(frozen=True, slots=True)
class TokenizerRules:
    """What spaCy's tokenizer is configured with: expressions as (pattern, flags), specials."""

    prefix: tuple[str, int] | None
    suffix: tuple[str, int] | None
    infix: tuple[str, int] | None
    token_match: tuple[str, int] | None
    url_match: tuple[str, int] | None
    specials: Mapping[str, tuple[str, ...]]  # chunk -> its tokens' texts
    faster_heuristics: bool = True


class Token(NamedTuple):
    """A token's text and its character offset in the tokenized text."""

    text: str
    idx: int


_Piece = tuple[str, bool]  # a token's text and whether one space follows it


def _compiled(expression: tuple[str, int] | None) -> re.Pattern[str] | None:
    return None if expression is None else re.compile(expression[0], expression[1])


class Tokenizer:
    """Tokenize text exactly as spaCy's tokenizer does with the same rules."""

    def __init__(self, rules: TokenizerRules) -> None:
        self.rules = rules
        self._prefix = _compiled(rules.prefix)
        self._suffix = _compiled(rules.suffix)
        self._infix = _compiled(rules.infix)
        self._token_match = _compiled(rules.token_match)
        self._url_match = _compiled(rules.url_match)
        self._specials = rules.specials
        self._cache: dict[str, list[_Piece]] = {}
        self._respecial: dict[str, list[tuple[str, ...]]] | None = None

    def __call__(self, text: str) -> list[Token]:
        """Return the tokens of ``text``, whitespace tokens included, with their offsets."""
        pieces = self._apply_special_spans(self._split(text, True))
        tokens: list[Token] = []
        append = tokens.append
        offset = 0
        for piece, space in pieces:
            append(Token(piece, offset))
            offset += len(piece) + space
        return tokens

    def _split(self, text: str, specials: bool) -> list[_Piece]:
        """Split at whitespace runs and tokenize each run (spaCy's first pass)."""
        pieces: list[_Piece] = []
        for chunk in _RUNS.findall(text):
            if chunk[0] == " " and pieces:  # the first space after a token is that token's
                pieces[-1] = (pieces[-1][0], True)
                chunk = chunk[1:]
                if not chunk:
                    continue
            pieces += self._chunk(chunk, specials)
        return pieces

    def _chunk(self, chunk: str, specials: bool) -> list[_Piece]:
        if specials:
            special = self._specials.get(chunk)
            if special is not None:
                return [(t, False) for t in special]
            cached = self._cache.get(chunk)
            if cached is not None:
                return cached
        prefixes, core, suffixes = self._split_affixes(chunk, specials)
        pieces = [(p, False) for p in (*prefixes, *self._core(core, specials), *suffixes[::-1])]
        if specials:
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            self._cache[chunk] = pieces
        return pieces

    def _prefix_length(self, text: str) -> int:
        match = self._prefix.search(text) if self._prefix else None
        return match.end() - match.start() if match else 0

    def _suffix_length(self, text: str) -> int:
        match = self._suffix.search(text) if self._suffix else None
        return match.end() - match.start() if match else 0

    def _infixes(self, text: str) -> list[re.Match[str]]:
        return list(self._infix.finditer(text)) if self._infix else []

    def _whole(self, text: str) -> bool:
        """Tell whether the token or URL expression takes ``text`` as one token."""
        return bool((self._token_match and self._token_match.match(text))
                    or (self._url_match and self._url_match.match(text)))

    def _is_special(self, text: str, specials: bool) -> bool:
        return specials and text in self._specials

    def _split_affixes(self, text: str, specials: bool) -> tuple[list[str], str, list[str]]:
        """Strip prefixes and suffixes until none is left or the rest is special."""
        prefixes: list[str] = []
        suffixes: list[str] = []
        last = 0
        while text and len(text) != last:
            if (self._token_match and self._token_match.match(text)) or self._is_special(
                    text, specials):
                break
            last = len(text)
            pre = self._prefix_length(text)
            if pre and text[pre:] and self._is_special(text[pre:], specials):
                prefixes.append(text[:pre])
                return prefixes, text[pre:], suffixes
            suf = self._suffix_length(text[pre:])
            if suf and text[:-suf] and self._is_special(text[:-suf], specials):
                suffixes.append(text[-suf:])
                return prefixes, text[:-suf], suffixes
            if pre and suf and pre + suf <= len(text):
                prefixes.append(text[:pre])
                suffixes.append(text[-suf:])
                text = text[pre:-suf]
            elif pre:
                prefixes.append(text[:pre])
                text = text[pre:]
            elif suf:
                suffixes.append(text[-suf:])
                text = text[:-suf]
        return prefixes, text, suffixes

    def _core(self, text: str, specials: bool) -> list[str]:
        """Tokenize what is left after the affixes: special, URL or split at infixes."""
        if not text:
            return []
        if specials:
            special = self._specials.get(text)
            if special is not None:
                return list(special)
        if self._whole(text):
            return [text]
        tokens = []
        start = 0
        for match in self._infixes(text):
            if match.start() == 0:
                continue
            if match.start() != start:
                tokens.append(text[start:match.start()])
            if match.start() != match.end():
                tokens.append(text[match.start():match.end()])
            start = match.end()
        if text[start:]:
            tokens.append(text[start:])
        return tokens

    def _special_spans(self) -> dict[str, list[tuple[str, ...]]]:
        """Return the specials affix splitting can break apart, as their split tokens."""
        if self._respecial is None:
            self._respecial = {}
            for chunk in sorted(self._specials):
                if (not self.rules.faster_heuristics or self._prefix_length(chunk)
                        or self._suffix_length(chunk) or " " in chunk
                        or self._infixes(chunk)):
                    split = tuple(t for t, _ in self._split(chunk, False))
                    if split:
                        self._respecial.setdefault(split[0], []).append(split)
        return self._respecial

    def _apply_special_spans(self, pieces: list[_Piece]) -> list[_Piece]:
        """Put back special cases whose tokens affix splitting separated (spaCy's last pass)."""
        spans = self._special_spans()
        texts = [text for text, _ in pieces]
        starts = [i for i, text in enumerate(texts) if text in spans]
        found = [(start, start + len(split)) for start in starts for split in spans[texts[start]]
                 if tuple(texts[start:start + len(split)]) == split]
        if not found:
            return pieces
        seen: set[int] = set()
        kept = []
        for start, end in sorted(found, key=lambda s: (s[0] - s[1], s[0])):
            if start not in seen and end - 1 not in seen:
                kept.append((start, end))
            seen.update(range(start, end))
        result: list[_Piece] = []
        position = 0
        for start, end in sorted(kept):
            result += pieces[position:start]
            span = pieces[start:end]
            text = "".join(t + " " * s for t, s in span[:-1]) + span[-1][0]
            special = self._specials.get(text)
            if special is None:
                result += span
            else:
                result += [(t, False) for t in special[:-1]] + [(special[-1], span[-1][1])]
            position = end
        return result + pieces[position:]

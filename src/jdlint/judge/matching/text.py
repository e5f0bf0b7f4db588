"""Text as matching sees it: normalised without moving offsets, tokens cleaned, sentences."""

from __future__ import annotations

import re

from jdlint.judge.tokenizer import Token

HYPHEN = re.compile(r"(?<=\w)[-‐‑–](?=\w)")
DROPPED = frozenset("()[]{}\"'‘’“”")
SENTENCE_ENDS = frozenset({".", ";", "!", "?", "•", "·", "▪", "●", "◦"})
WORD = re.compile(r"\w+")


# Controls, bidi overrides and zero-width characters: invisible, so a requirement that holds
# one ("NMC<U+202E> registration", pasted from the web or crafted) reads as if it were a space.
INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u180e\u200b-\u200f"
                       "\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]")


def normalise(text: str) -> str:
    """Return the text with word-joining hyphens and invisible characters turned to spaces
    (same length, same offsets)."""
    return INVISIBLE.sub(" ", HYPHEN.sub(" ", text))


DOTTED = re.compile(r"^(?:[A-Za-z]\.){1,5}[A-Za-z]\.?$")


def clean(tokens: list[Token]) -> tuple[list[str], list[tuple[int, int]]]:
    """Return the words without brackets, quotes and whitespace, and each word's span.

    An acronym written with full stops ("N.M.C.") is the word it spells ("NMC"), its span the
    characters as written.
    """
    kept = [t for t in tokens if t.text not in DROPPED and not t.text.isspace()]
    words = [t.text.replace(".", "") if DOTTED.match(t.text) else t.text for t in kept]
    return words, [(t.idx, t.idx + len(t.text)) for t in kept]


def sentences(tokens: list[Token], length: int) -> tuple[tuple[int, int], ...]:
    """Split at sentence punctuation, bullets and line breaks."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for token in tokens:
        if token.text in SENTENCE_ENDS or (token.text.isspace() and "\n" in token.text):
            end = token.idx + len(token.text)
            bounds.append((start, end))
            start = end
    bounds.append((start, length))
    return tuple(b for b in bounds if b[1] > b[0]) or ((0, 0),)

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

    An acronym written with full stops ("N.M.C.") or spelt out in capitals ("N M C",
    "H. C. P. C.") is the word it spells ("NMC"), its span the characters as written.
    """
    kept = [t for t in tokens if t.text not in DROPPED and not t.text.isspace()]
    words = [t.text.replace(".", "") if DOTTED.match(t.text) else t.text for t in kept]
    spans = [(t.idx, t.idx + len(t.text)) for t in kept]
    return _join_spelt(words, spans)


SPELT = re.compile(r"[A-Za-z]\.?")
SPELT_RUN = range(3, 6)  # NMC, GMC, HCPC, "G P h C": 3 to 5 letters, never "A B"


def _join_spelt(words: list[str], spans: list[tuple[int, int]]
                ) -> tuple[list[str], list[tuple[int, int]]]:
    """Join a run of single letters one space apart ("N M C", "G P h C": capitals at both
    ends, at most one small letter) into the word it spells."""
    if sum(1 for w in words if len(w) <= 2 and SPELT.fullmatch(w)) < SPELT_RUN.start:
        return words, spans  # no run of letters can be here (most blocks): nothing to join
    out_words: list[str] = []
    out_spans: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        j = i
        while (j < len(words) and SPELT.fullmatch(words[j])
               and (j == i or spans[j][0] - spans[j - 1][1] == 1)):
            j += 1
        while j > i and words[j - 1][0].islower():  # "N M C a ...": the article is no letter
            j -= 1
        letters = "".join(w.rstrip(".") for w in words[i:j])
        if j - i in SPELT_RUN and letters[0].isupper() and sum(map(str.islower, letters)) <= 1:
            out_words.append(letters)
            out_spans.append((spans[i][0], spans[j - 1][1]))
            i = j
            continue
        out_words.append(words[i])
        out_spans.append(spans[i])
        i += 1
    return out_words, out_spans


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

"""Read whether a criterion is essential or desirable from the ways JDs write it.

Three sources: a level label on its own line ("Essential criteria:"), a marker inside the
criterion's own text ("(E)", "[D]", "- Essential", "Desirable: …"), and table cells (a tick
in an Essential or Desirable column, or an E/D column).
"""

from __future__ import annotations

import re

from jdlint.document import Level
from jdlint.structure import vocabulary as vocab

_WORD = r"(?:essential|desirable)(?:\s+criteri(?:a|on))?"
_LETTER = r"(?-i:[ED])"
# The level letter, then the letters of how it is assessed: "E/I", "D/A", "E/A/I" (never "E/D").
_LETTER_HOW = r"(?-i:[ED](?:\s*/\s*[AITRP])+)"
_MARKER_START = (
    re.compile(rf"^[(\[]\s*(?P<m>{_WORD}|{_LETTER})\s*[)\]]\s*[:\-–—]?\s*(?=\S)", re.I),
    re.compile(rf"^(?P<m>{_WORD})\s*[:\-–—]\s*(?=\S)", re.I),
    re.compile(rf"^(?P<m>{_LETTER})\s*[:\-–—]\s+(?=\S)", re.I),
)
_MARKER_END = (
    re.compile(rf"\s*[(\[]\s*(?P<m>{_WORD}|{_LETTER_HOW}|{_LETTER})\s*[)\]]\s*[.;,]?$", re.I),
    re.compile(rf"(?:\s+[-–—:|]|\s*:)\s*(?P<m>{_WORD}|{_LETTER_HOW}|{_LETTER})\s*[.;,]?$", re.I),
)
# "… Essential – application form", "… – Desirable – interview": the level word, then the method.
_LEVEL_WORD = re.compile(r"\b(?:essential|desirable)\b", re.I)
_THEN_HOW = re.compile(r"\s*[-–—:,;]\s*(?P<how>\S.*?)\s*[.;,]?\s*$", re.S)
# The level and then how the criterion is assessed: "(E – A, I)", "(E) (A/I)", "[D] [Interview]".
_MARKER_WITH_HOW = re.compile(
    rf"[(\[]\s*(?P<m>{_WORD}|{_LETTER})\s*[-–—:,;]\s*(?P<how>[^()\[\]]+)[)\]][.;,]?$", re.I)
_HOW = re.compile(r"[(\[](?P<how>[^()\[\]]+)[)\]][.;,]?$")  # no leading \s*: linear search


def level_named(text: str) -> Level | None:
    """Return the level a marker word or letter names (``E``, ``Desirable``)."""
    first = text.strip().lower()[:1]
    return {"e": Level.ESSENTIAL, "d": Level.DESIRABLE}.get(first)


def label_level(text: str) -> Level | None:
    """Return the level when a whole line is a level label (``Essential criteria:``)."""
    name = vocab.level_label_of(text)
    return Level(name) if name else None


# A marker at the start begins with one of these; one at the end ends with one of these before
# trailing spaces and punctuation (the last letter of Essential, Desirable, Criteria, Criterion,
# E or D). Most lines have neither, and skip the searches, which try every position.
_START_FIRST = frozenset("([eEdD")
_END_LAST = frozenset(")]lLeEaAnNdDiIrRtTpP")
_TAIL = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + ".;,"


def inline_marker(text: str) -> tuple[Level | None, str]:
    """Return the level a criterion marks itself with, and its text without the marker."""
    level, rest = _marker(text)
    if level is None and text.rstrip(_TAIL)[-1:] in (")", "]"):
        trimmed = text.rstrip()
        with_how = _MARKER_WITH_HOW.search(trimmed)
        if with_how and _assessment(with_how.group("how")):
            rest = trimmed[: with_how.start()].strip()
            return (level_named(with_how.group("m")), rest) if rest else (None, text)
        how = _HOW.search(trimmed)
        if how and vocab.is_assessment(how.group("how")):
            level, rest = _marker(trimmed[: how.start()].rstrip())
            return (level, rest) if level else (None, text)
    if level is None:
        return _word_then_how(text)
    return level, rest


def _word_then_how(text: str) -> tuple[Level | None, str]:
    """Read "… Essential – application form": a level word, then only how it is assessed."""
    words = list(_LEVEL_WORD.finditer(text))
    if not words:
        return None, text
    last = words[-1]
    how = _THEN_HOW.match(text, last.end())
    rest = text[: last.start()].rstrip().rstrip("-–—:|").rstrip()
    if how and rest and _assessment(how.group("how")):
        return level_named(last.group(0)), rest
    return None, text


def _assessment(text: str) -> bool:
    """Tell whether text only says how a criterion is assessed ("assessed at interview")."""
    return vocab.is_assessment(_ASSESSED.sub("", text))


_ASSESSED = re.compile(
    r"^\s*(?:(?:assessed|tested|evidenced|measured)\s*)?(?:(?:at|by|via|through)\s+)?", re.I)


def _marker(text: str) -> tuple[Level | None, str]:
    regexes: tuple[re.Pattern[str], ...] = _MARKER_START if text[:1] in _START_FIRST else ()
    if text.rstrip(_TAIL)[-1:] in _END_LAST:
        regexes += _MARKER_END
    for regex in regexes:
        match = regex.search(text)
        if match:
            rest = (text[: match.start()] + " " + text[match.end():]).strip()
            if rest:
                return level_named(match.group("m")), rest
    return None, text


def is_mark(text: str) -> bool:
    """Tell whether a tick column's cell says "this applies" (✓, X, Yes, E, D, *, "✓ A/I")."""
    if _plain_mark(text):
        return True
    first, _, how = text.strip().partition(" ")  # the tick, then how it is assessed
    return bool(how) and _plain_mark(first) and vocab.is_assessment(how.strip("()[] "))


def _plain_mark(text: str) -> bool:
    return vocab.key(text) in _MARK_KEYS or text.strip() in vocab.MARKS_YES


_MARK_KEYS = frozenset(vocab.key(mark) for mark in vocab.MARKS_YES if vocab.key(mark))


def ed_level(text: str) -> Level | None:
    """Return the level an E/D column's cell holds (``E``, ``Desirable``, ``E (A/I)``)."""
    name = vocab.ED_INDEX.get(vocab.key(text))
    if name is None:  # the level, then how it is assessed: "E (A/I)", "Desirable – Interview"
        match = _LEVEL_THEN_METHOD.match(text)
        if match and vocab.is_assessment(match.group("rest").strip("()[] ")):
            name = vocab.ED_INDEX.get(vocab.key(match.group("level")))
    return Level(name) if name else None


_LEVEL_THEN_METHOD = re.compile(
    r"\s*(?P<level>essential|desirable|(?-i:[EeDd]))(?![A-Za-z])\s*[-–—:,;]?\s*(?P<rest>\S.*)",
    re.I | re.S,
)
_CROSSES = frozenset("✗✘")  # beside a tick in the other column, a cross says "no"


def tick_level(essential: str, desirable: str) -> Level | None:
    """Return the level the Essential and Desirable tick cells of one row give."""
    if is_mark(essential) and is_mark(desirable) and essential.strip() in _CROSSES:
        return None if desirable.strip() in _CROSSES else Level.DESIRABLE
    if is_mark(essential):
        return Level.ESSENTIAL
    if is_mark(desirable):
        return Level.DESIRABLE
    return None

"""Rule patterns: phrases with one ``{class}`` slot, ``[optional]`` words and ``a|an`` choices.

A pattern stands for every phrase its choices and its class's terms spell. Small patterns are
expanded into those phrases; a pattern that would stand for :data:`TEMPLATE_MIN_PHRASES` or more
is matched as a *template*: the class's terms are found once (a slot) and the words around the
slot are checked where one is found, which matches exactly the expanded phrases (adding tens of
thousands of phrases made building the matchers take seconds).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from jdlint.judge.lexicon import REGULATORS, Entry, Lexicon

PLACEHOLDER = re.compile(r"\{([a-z-]+)\}")
# A pattern whose expansion would be at least this many phrases is matched as a template.
TEMPLATE_MIN_PHRASES = 200


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a pattern: its choices as lower-case token sequences; optional or not."""

    choices: tuple[tuple[str, ...], ...]
    optional: bool


@dataclass(frozen=True, slots=True)
class Template:
    """The words before and after a class slot, and the match id per class entry."""

    before: tuple[Word, ...]
    after: tuple[Word, ...]
    ids: tuple[str, ...]  # the hit key per class entry


def split_template(pattern: str, lexicon: Lexicon) -> tuple[list[str], str, list[str]] | None:
    """Return (words before, class, words after) for a pattern worth matching as a template."""
    words = pattern.split()
    slots = [i for i, w in enumerate(words) if PLACEHOLDER.search(w)]
    if len(slots) != 1 or len(words) == 1:
        return None
    index = slots[0]
    match = PLACEHOLDER.fullmatch(words[index])
    if match is None:
        return None
    entries = class_entries(match.group(1), lexicon)
    terms = sum(len(e.terms) + len(e.abbreviations) for e in entries)
    variants = 1
    for word in words:
        variants *= len(word.strip("[]").split("|")) + (word.startswith("[") and word.endswith("]"))
    if terms * variants < TEMPLATE_MIN_PHRASES:
        return None
    return words[:index], match.group(1), words[index + 1:]


def reach(words: tuple[Word, ...], lowers: list[str], at: int, step: int) -> set[int]:
    """Return where ``words`` can end when read from token ``at`` (step -1: leftwards)."""
    positions = {at}
    for word in (reversed(words) if step < 0 else words):
        reached = set()
        for position in positions:
            if word.optional:
                reached.add(position)
            for choice in word.choices:
                size = len(choice)
                if step < 0:
                    if size <= position and tuple(lowers[position - size:position]) == choice:
                        reached.add(position - size)
                elif position + size <= len(lowers) and tuple(
                        lowers[position:position + size]) == choice:
                    reached.add(position + size)
        positions = reached
        if not positions:
            break
    return positions


def expand(pattern: str, lexicon: Lexicon) -> Iterator[tuple[str, bool, Entry | None]]:
    """Yield (phrase, exact, entry) for every phrase a pattern stands for."""
    alone = PLACEHOLDER.fullmatch(pattern.strip()) is not None
    for words in variants(pattern.split()):
        template = " ".join(words)
        match = PLACEHOLDER.search(template)
        if match is None:
            yield template, False, None
            continue
        head, tail = template[:match.start()], template[match.end():]
        for entry in class_entries(match.group(1), lexicon):
            for term in entry.terms:
                yield f"{head}{term}{tail}", False, entry
            for abbreviation in entry.abbreviations:
                yield f"{head}{abbreviation}{tail}", alone, entry


def variants(tokens: list[str]) -> Iterator[list[str]]:
    """Expand ``[optional]`` words and ``a|an`` alternatives."""
    if not tokens:
        yield []
        return
    head, rest = tokens[0], tokens[1:]
    optional = head.startswith("[") and head.endswith("]")
    choices = head.strip("[]").split("|")
    for tail in variants(rest):
        for choice in choices:
            yield [choice, *tail]
        if optional:
            yield tail


def class_entries(name: str, lexicon: Lexicon) -> tuple[Entry, ...]:
    """Return the entries a ``{name}`` slot stands for (``{regulators}``: every regulator)."""
    if name != REGULATORS:
        return lexicon.entries(name)
    return tuple(Entry(terms=r.names, abbreviations=r.abbreviations, regulators=(r.id,))
                 for r in lexicon.regulators)

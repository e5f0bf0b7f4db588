"""Rule patterns: phrases with one ``{class}`` slot, ``[optional]`` words and ``a|an`` choices.

``^`` and ``$`` anchor a pattern to the start of a block or item and the end of a clause; a
word written ``>a|b`` must follow the match without being part of it (written first, it must
precede the match: ``>^|, as a ~ {titles}`` quotes no comma). A ``~`` stands for up to
:data:`GAP` modifiers: words (and commas) that describe what follows
without ending the phrase — "an experienced Band 6 nurse", "experience as a paediatric diabetes
nurse specialist", "MSc in Advanced Nursing Practice". A modifier is any word that is not one
of the ``breaks`` in ``cues.toml`` (prepositions, conjunctions, duty verbs …: "experience as a
team leader *working with* nurses" never reaches "nurses"). This is how a rule recognises a
form in its variants instead of listing phrases.

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

PLACEHOLDER = re.compile(r"\{([a-z-]+(?::[a-z-]+)?)\}")  # {class} or {class:profession}
# A pattern whose expansion would be at least this many phrases is matched as a template.
TEMPLATE_MIN_PHRASES = 200
GAP = 4  # the most modifiers a ``~`` stands for
# Nouns after which a duty word is a modifier, not a verb: "a teaching qualification".
THINGS = frozenset({"qualification", "qualifications", "certificate", "course", "award", "skills",
                    "experience", "module", "programme", "diploma", "degree", "role", "post"})
GAP_TOKEN = "~"
START, END = "^", "$"  # anchors: the start of a block or item, the end of a clause
_BEFORE_START = frozenset({"•", "·", "▪", "●", "◦", "-", "–", "*", ":", ";", "."})
_AFTER_END = frozenset({".", ";", ":", "!", "?", ")", "("})


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a pattern: its choices as lower-case token sequences; optional or not."""

    choices: tuple[tuple[str, ...], ...]
    optional: bool
    gap: int = 0  # a ``~``: up to this many modifiers, no fixed words
    lookahead: bool = False  # ``>word``: must come next, but is not part of the match
    # The choices split for :func:`reach`: one-token words (a set lookup), longer ones, anchors.
    singles: frozenset[str] = frozenset()
    longer: tuple[tuple[str, ...], ...] = ()
    anchors: tuple[str, ...] = ()
    # A block must hold one of these tokens for the word to match (None: it needs no token).
    needs: frozenset[str] | None = None

    def __post_init__(self) -> None:
        anchors = tuple(c[0] for c in self.choices if c in ((START,), (END,)))
        object.__setattr__(self, "anchors", anchors)
        object.__setattr__(self, "singles", frozenset(
            c[0] for c in self.choices if len(c) == 1 and c[0] not in anchors))
        object.__setattr__(self, "longer", tuple(c for c in self.choices if len(c) > 1))
        if not (self.optional or self.gap or anchors):
            object.__setattr__(self, "needs", frozenset(c[0] for c in self.choices))


@dataclass(frozen=True, slots=True)
class Template:
    """The words before and after a class slot, and the match id per class entry."""

    before: tuple[Word, ...]
    after: tuple[Word, ...]
    ids: tuple[str, ...]  # the hit key per class entry
    # Per required word, the tokens one of which a block must hold for the template to match.
    needs: tuple[frozenset[str], ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "needs", tuple(
            w.needs for w in (*self.before, *self.after) if w.needs is not None))

    def may_match(self, tokens: frozenset[str] | set[str]) -> bool:
        """Tell whether the template could match in a block of these tokens (lower case)."""
        return all(not need.isdisjoint(tokens) for need in self.needs)


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
    if any(_needs_template(word) for word in words):  # gaps, anchors: not spelt out as phrases
        return words[:index], match.group(1), words[index + 1:]
    entries = class_entries(match.group(1), lexicon)
    terms = sum(len(e.terms) + len(e.abbreviations) for e in entries)
    variants = 1
    for word in words:
        variants *= len(word.strip("[]").split("|")) + (word.startswith("[") and word.endswith("]"))
    if terms * variants < TEMPLATE_MIN_PHRASES:
        return None
    return words[:index], match.group(1), words[index + 1:]


def _needs_template(word: str) -> bool:
    choices = word.removeprefix(">").strip("[]").split("|")
    return word == GAP_TOKEN or word.startswith(">") or bool({START, END} & set(choices))


def reach(words: tuple[Word, ...], lowers: list[str], at: int, step: int,
          breaks: frozenset[str] = frozenset(),
          gaps: dict[tuple[int, int, int], set[int]] | None = None) -> set[int]:
    """Return where ``words`` can end when read from token ``at`` (step -1: leftwards).

    ``gaps``, if given, keeps what each gap reached in these ``lowers`` with these ``breaks``
    (by position, step and width): templates around one slot cross the same gaps again.
    """
    positions = {at}
    for word in (reversed(words) if step < 0 else words):
        reached = set()
        for position in positions:
            if word.gap:
                if gaps is None:
                    reached |= _across_modifiers(lowers, position, step, word.gap, breaks)
                    continue
                key = (position, step, word.gap)
                crossed = gaps.get(key)
                if crossed is None:
                    crossed = gaps[key] = _across_modifiers(lowers, position, step, word.gap,
                                                            breaks)
                reached |= crossed
                continue
            if word.lookahead:  # before the slot's words it looks behind: what must precede
                if any((choice in ((START,), (END,)) and _anchored(choice[0], lowers, position))
                       or (tuple(lowers[max(position - len(choice), 0):position]) if step < 0
                           else tuple(lowers[position:position + len(choice)])) == choice
                       for choice in word.choices):
                    reached.add(position)
                continue
            if word.optional:
                reached.add(position)
            for anchor in word.anchors:
                if _anchored(anchor, lowers, position):
                    reached.add(position)
            if step < 0:
                if position and lowers[position - 1] in word.singles:
                    reached.add(position - 1)
            elif position < len(lowers) and lowers[position] in word.singles:
                reached.add(position + 1)
            for choice in word.longer:
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


def _anchored(anchor: str, lowers: list[str], position: int) -> bool:
    """Tell whether ``position`` is where a block or item starts, or where a clause ends."""
    if anchor == START:
        return position == 0 or lowers[position - 1] in _BEFORE_START
    return position == len(lowers) or lowers[position] in _AFTER_END


def _across_modifiers(lowers: list[str], at: int, step: int, most: int,
                      breaks: frozenset[str]) -> set[int]:
    """Return the positions reached from ``at`` over 0 to ``most`` modifier words."""
    reached = {at}
    position, words = at, 0
    while words < most:
        index = position if step > 0 else position - 1
        if not 0 <= index < len(lowers):
            break
        token = lowers[index]
        if token == ",":
            position += step  # a comma between modifiers ("NMC, adult field, live")
            continue
        following = lowers[index + 1] if index + 1 < len(lowers) else ""
        if not any(ch.isalnum() for ch in token) or (
                token in breaks and following not in THINGS):  # "teaching qualification"
            break
        position += step
        words += 1
        reached.add(position)
    return reached


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
    """Return the entries a ``{name}`` slot stands for (``{regulators}``: every regulator;
    ``{titles:medicine}``: only the class's entries for that profession)."""
    name, _, profession = name.partition(":")
    if profession:
        return tuple(e for e in class_entries(name, lexicon) if profession in e.professions)
    if name != REGULATORS:
        return lexicon.entries(name)
    return tuple(Entry(terms=r.names, abbreviations=r.abbreviations, regulators=(r.id,))
                 for r in lexicon.regulators)

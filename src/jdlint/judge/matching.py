"""Compile a rule set to phrase indexes and find what a block's text mentions.

Patterns expand lexicon classes into phrases (``{regulators} registration`` → "NMC registration",
"Nursing and Midwifery Council registration" …). Words match case-insensitively (``LOWER``);
abbreviations standing alone match exactly as written (``ORTH``), so "en" or "Rm" never fire.
Text is normalised first without changing its length (hyphens between words become spaces), and
brackets and quotes are dropped before matching, so "BSc (Hons) Nursing" and "NMC-registered" match
the plain forms. All positions are character offsets in the block's text. Text is tokenized by
spaCy's English tokenizer rules (:mod:`jdlint.judge.tokenizer`), without importing spaCy when
the rules are in the cache folder.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from jdlint.judge.lexicon import EXCEPTIONS, INCLUSIVE, REGULATORS, ROLE_TITLES, Entry, Lexicon
from jdlint.judge.phrases import PhraseIndex
from jdlint.judge.tokenizer import Token, Tokenizer

if TYPE_CHECKING:
    from jdlint.judge.rules import RuleSet

HYPHEN = re.compile(r"(?<=\w)[-‐‑–](?=\w)")
DROPPED = frozenset("()[]{}\"'‘’“”")
SENTENCE_ENDS = frozenset({".", ";", "!", "?", "•", "·", "▪", "●", "◦"})
PLACEHOLDER = re.compile(r"\{([a-z-]+)\}")
WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Hit:
    """A rule pattern found in a block: where, the words, and the professions they name."""

    rule: str
    start: int
    end: int
    text: str
    professions: frozenset[str]
    regulators: frozenset[str]
    even_as_duty: bool = False


@dataclass(frozen=True, slots=True)
class Mention:
    """A profession, regulator or open-class word, or a multi-profession exception."""

    kind: str  # "profession", "open" or "exception"
    start: int
    end: int
    professions: frozenset[str] = frozenset()
    regulators: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Cue:
    """A context word (see ``cues.toml``) at a place in the block."""

    kind: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class BlockMatches:
    """Everything found in one block's text, for the context judgement."""

    text: str
    hits: tuple[Hit, ...]
    mentions: tuple[Mention, ...]
    cues: tuple[Cue, ...]
    sentences: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class _Tag:
    """What a phrase match means: a rule hit, a mention or a cue."""

    kind: str  # "hit", "mention" or "cue"
    name: str  # rule code, mention kind or cue kind
    professions: frozenset[str] = frozenset()
    regulators: frozenset[str] = frozenset()
    even_as_duty: bool = False


def normalise(text: str) -> str:
    """Return the text with word-joining hyphens turned to spaces (same length, same offsets)."""
    return HYPHEN.sub(" ", text)


class CompiledRules:
    """A rule set's phrase indexes, built once and reused for every block."""

    def __init__(self, ruleset: RuleSet, tokenizer: Callable[[str], list[Token]] | None = None,
                 ) -> None:
        if tokenizer is None:
            from jdlint.judge.tokenizer_rules import load_rules

            tokenizer = Tokenizer(load_rules())
        self.tokenizer = tokenizer
        self.lower = PhraseIndex()  # lower-cased words
        self.orth = PhraseIndex()  # abbreviations, exactly as written
        self.tags: dict[str, _Tag] = {}
        # The words of every rule phrase, by one of them: a block lacking all the words of every
        # phrase cannot hold a rule hit, so it is not tokenized at all (most blocks).
        self.requirements: dict[str, set[frozenset[str]]] = {}
        self._needed: set[frozenset[str]] = set()
        self._anchors: frozenset[str] = frozenset()
        self.slots: dict[str, tuple[str, int]] = {}  # slot key -> (class, entry index)
        self.templates: dict[str, list[_Template]] = {}  # class -> templates around it
        lexicon = ruleset.lexicon
        for rule in ruleset.rules:
            for pattern in rule.patterns:
                split = _split_template(pattern, lexicon)
                if split is not None:
                    self._add_template(rule.code, *split, lexicon)
                    continue
                for phrase, exact, entry in _expand(pattern, lexicon):
                    self._add(_hit_tag(rule.code, entry), phrase, exact)
        for name, entries in lexicon.classes:
            if name in (ROLE_TITLES,):
                continue
            kind = {EXCEPTIONS: "exception", INCLUSIVE: "open"}.get(name, "profession")
            for entry in entries:
                tag = _Tag("mention", kind, frozenset(entry.professions),
                           frozenset(entry.regulators))
                for term in entry.terms:
                    self._add(tag, term, False)
                for abbreviation in entry.abbreviations:
                    self._add(tag, abbreviation, True)
        for regulator in lexicon.regulators:
            tag = _Tag("mention", "profession", lexicon.professions_of([regulator.id]),
                       frozenset([regulator.id]))
            for name in regulator.names:
                self._add(tag, name, False)
            for abbreviation in regulator.abbreviations:
                self._add(tag, abbreviation, True)
        for kind in ("requirement", "condition", "duty", "negation", "hedge", "alternative"):
            for word in getattr(lexicon.cues, kind):
                self._add(_Tag("cue", kind), word, False)
        self._index_requirements()

    def _key(self, tag: _Tag) -> str:
        key = (f"{tag.kind}|{tag.name}|{sorted(tag.professions)}|{sorted(tag.regulators)}"
               f"|{tag.even_as_duty}")
        self.tags[key] = tag
        return key

    def _add(self, tag: _Tag, phrase: str, exact: bool) -> None:
        key = self._key(tag)
        words = self._words(phrase)
        if tag.kind == "hit":
            self._require(WORD.findall(phrase.lower()))
        if exact:
            self.orth.add(key, words)
        else:
            self.lower.add(key, [w.lower() for w in words])

    def _add_template(self, code: str, before: list[str], name: str, after: list[str],
                      lexicon: Lexicon) -> None:
        """Match ``before {name} after`` as a class slot plus the words around it.

        The phrases such a pattern stands for are every choice of its optional and alternative
        words times every term of the class (tens of thousands for a few patterns): adding them
        all made building the matchers take seconds. Instead each class term is matched once
        (a slot) and the words around it are checked where a slot is found; the matches are
        exactly those of the expanded phrases (``tests/test_matching_speed.py`` checks it).
        """
        entries = _class_entries(name, lexicon)
        if name not in self.templates:
            self.templates[name] = []
            for index, entry in enumerate(entries):
                key = f"slot|{name}|{index}"
                self.slots[key] = (name, index)
                for term in (*entry.terms, *entry.abbreviations):
                    self.lower.add(key, [w.lower() for w in self._words(term)])
        ids = tuple(self._key(_hit_tag(code, entry)) for entry in entries)
        template = _Template(tuple(self._word(w) for w in before),
                             tuple(self._word(w) for w in after), ids)
        self.templates[name].append(template)
        self._template_requirements(before, after, entries)

    def _word(self, word: str) -> _Word:
        """Return a pattern word's choices as lower-case token sequences, and if it is optional."""
        optional = word.startswith("[") and word.endswith("]")
        choices = tuple(tuple(w.lower() for w in self._words(choice))
                        for choice in word.strip("[]").split("|"))
        return _Word(choices, optional)

    def _template_requirements(self, before: list[str], after: list[str],
                               entries: tuple[Entry, ...]) -> None:
        """Require what every phrase the template stands for holds: its fixed words, a term."""
        def words(variant: list[str]) -> set[str]:
            return set(WORD.findall(" ".join(variant).lower()))

        fixed = set.intersection(*(words(b) | words(a)
                                   for b in _variants(before) for a in _variants(after)))
        for entry in entries:
            for term in (*entry.terms, *entry.abbreviations):
                self._require(fixed | words([term]))

    def _require(self, words: Iterable[str]) -> None:
        """Record that a block needs all of ``words`` (lower case) for one phrase to match."""
        self._needed.add(frozenset(words))

    def _index_requirements(self) -> None:
        """File each word set under its rarest word, so few sets are tried per block."""
        uses = Counter(word for needed in self._needed for word in needed)
        for needed in sorted(self._needed, key=sorted):
            anchor = min(sorted(needed), key=lambda w: (uses[w], -len(w))) if needed else ""
            self.requirements.setdefault(anchor, set()).add(needed)
        self._anchors = frozenset(self.requirements)

    def may_match(self, text: str) -> bool:
        """Tell whether a rule phrase could match in ``text`` (False: surely none can).

        Words here are runs of word characters, so this is exact as long as the tokenizer
        does not cut a run of word characters into a token a rule phrase holds (spaCy's English
        rules cut such runs only for units after numbers, as in "5km", and a few special cases
        such as "cannot"). ``tests/test_matching_speed.py`` matches every skipped sample in full.
        """
        if "" in self.requirements:  # a phrase with no word at all
            return True
        words = set(WORD.findall(text.lower()))
        for anchor in words & self._anchors:
            for needed in self.requirements[anchor]:
                if needed <= words:
                    return True
        return False

    def _words(self, phrase: str) -> list[str]:
        """Return a phrase's words as matching sees them (tokenized, brackets dropped)."""
        return _clean(self.tokenizer(normalise(phrase)))[0]

    def find(self, text: str) -> BlockMatches:
        """Find rule hits, mentions, cues and sentences in one block's text."""
        return next(self.find_all([text]))

    def find_all(self, texts: Iterable[str]) -> Iterator[BlockMatches]:
        """Find matches in many texts, skipping those no rule phrase can match."""
        for text in texts:
            if not self.may_match(text):
                yield BlockMatches(text, (), (), (), ((0, len(text)),))
            else:
                yield self._find(text, self.tokenizer(normalise(text)))

    def _find(self, text: str, tokens: list[Token]) -> BlockMatches:
        words, spans = _clean(tokens)
        hits: list[Hit] = []
        mentions: list[Mention] = []
        cues: list[Cue] = []
        raw = itertools.chain(self._lower_matches(words), self.orth.find(words))
        for key, start, end in sorted(raw, key=lambda m: (m[1], m[2], m[0])):
            tag = self.tags[key]
            first, last = spans[start][0], spans[end - 1][1]
            if tag.kind == "hit":
                hits.append(Hit(tag.name, first, last, text[first:last], tag.professions,
                                tag.regulators, tag.even_as_duty))
            elif tag.kind == "mention":
                mentions.append(Mention(tag.name, first, last, tag.professions, tag.regulators))
            else:
                cues.append(Cue(tag.name, first, last))
        return BlockMatches(text, tuple(hits), _outermost(mentions), tuple(cues),
                            _sentences(tokens, len(text)))

    def _lower_matches(self, words: list[str]) -> list[tuple[str, int, int]]:
        """Return the case-insensitive matches, with templates completed around their slots."""
        found = []
        slots = []
        lowers = [w.lower() for w in words]
        for match in self.lower.find(lowers):
            if match[0] in self.slots:
                slots.append((self.slots[match[0]], match[1], match[2]))
            else:
                found.append(match)
        if not slots:
            return found
        seen = set(found)
        for (name, index), start, end in slots:
            for template in self.templates[name]:
                for first in _reach(template.before, lowers, start, -1):
                    for last in _reach(template.after, lowers, end, 1):
                        match = (template.ids[index], first, last)
                        if match not in seen:
                            seen.add(match)
                            found.append(match)
        return found


@dataclass(frozen=True, slots=True)
class _Word:
    """One word of a pattern: its choices as lower-case token sequences; optional or not."""

    choices: tuple[tuple[str, ...], ...]
    optional: bool


@dataclass(frozen=True, slots=True)
class _Template:
    """The words before and after a class slot, and the match id per class entry."""

    before: tuple[_Word, ...]
    after: tuple[_Word, ...]
    ids: tuple[str, ...]  # the hit key per class entry


# A pattern whose expansion would be at least this many phrases is matched as a template.
TEMPLATE_MIN_PHRASES = 200


def _split_template(pattern: str, lexicon: Lexicon,
                    ) -> tuple[list[str], str, list[str]] | None:
    """Return (words before, class, words after) for a pattern worth matching as a template."""
    words = pattern.split()
    slots = [i for i, w in enumerate(words) if PLACEHOLDER.search(w)]
    if len(slots) != 1 or len(words) == 1:
        return None
    index = slots[0]
    match = PLACEHOLDER.fullmatch(words[index])
    if match is None:
        return None
    entries = _class_entries(match.group(1), lexicon)
    terms = sum(len(e.terms) + len(e.abbreviations) for e in entries)
    variants = 1
    for word in words:
        variants *= len(word.strip("[]").split("|")) + (word.startswith("[") and word.endswith("]"))
    if terms * variants < TEMPLATE_MIN_PHRASES:
        return None
    return words[:index], match.group(1), words[index + 1:]


def _reach(words: tuple[_Word, ...], lowers: list[str], at: int, step: int) -> set[int]:
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


def _outermost(mentions: list[Mention]) -> tuple[Mention, ...]:
    """Drop mentions inside longer ones ("Midwifery" in "Nursing and Midwifery Council")."""
    words = [m for m in mentions if m.kind != "exception"]
    return tuple(m for m in mentions if m.kind == "exception" or not any(
        o.start <= m.start and m.end <= o.end and (o.end - o.start) > (m.end - m.start)
        for o in words))


def _clean(tokens: list[Token]) -> tuple[list[str], list[tuple[int, int]]]:
    """Return the words without brackets, quotes and whitespace, and each word's span."""
    kept = [t for t in tokens if t.text not in DROPPED and not t.text.isspace()]
    return [t.text for t in kept], [(t.idx, t.idx + len(t.text)) for t in kept]


def _sentences(tokens: list[Token], length: int) -> tuple[tuple[int, int], ...]:
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


def _hit_tag(code: str, entry: Entry | None) -> _Tag:
    if entry is None:
        return _Tag("hit", code)
    return _Tag("hit", code, frozenset(entry.professions), frozenset(entry.regulators),
                entry.even_as_duty)


def _expand(pattern: str, lexicon: Lexicon) -> Iterator[tuple[str, bool, Entry | None]]:
    """Yield (phrase, exact, entry) for every phrase a pattern stands for."""
    alone = PLACEHOLDER.fullmatch(pattern.strip()) is not None
    for words in _variants(pattern.split()):
        template = " ".join(words)
        match = PLACEHOLDER.search(template)
        if match is None:
            yield template, False, None
            continue
        for entry in _class_entries(match.group(1), lexicon):
            for term in entry.terms:
                yield PLACEHOLDER.sub(lambda _m, t=term: t, template), False, entry
            for abbreviation in entry.abbreviations:
                yield (PLACEHOLDER.sub(lambda _m, a=abbreviation: a, template), alone, entry)


def _variants(tokens: list[str]) -> Iterator[list[str]]:
    """Expand ``[optional]`` words and ``a|an`` alternatives."""
    if not tokens:
        yield []
        return
    head, rest = tokens[0], tokens[1:]
    optional = head.startswith("[") and head.endswith("]")
    choices = head.strip("[]").split("|")
    for tail in _variants(rest):
        for choice in choices:
            yield [choice, *tail]
        if optional:
            yield tail


def _class_entries(name: str, lexicon: Lexicon) -> tuple[Entry, ...]:
    if name != REGULATORS:
        return lexicon.entries(name)
    return tuple(Entry(terms=r.names, abbreviations=r.abbreviations, regulators=(r.id,))
                 for r in lexicon.regulators)


_COMPILED: dict[str, CompiledRules] = {}


def compile_rules(ruleset: RuleSet) -> CompiledRules:
    """Return the compiled rule set, built once per fingerprint in this process."""
    compiled = _COMPILED.get(ruleset.fingerprint)
    if compiled is None:
        compiled = _COMPILED[ruleset.fingerprint] = CompiledRules(ruleset)
    return compiled

"""A rule set compiled to phrase indexes, and what they find in one block's text.

Patterns expand lexicon classes into phrases (``{regulators} registration`` → "NMC registration",
"Nursing and Midwifery Council registration" …). Words match case-insensitively; abbreviations
standing alone match exactly as written, so "en" or "Rm" never fire. Text is normalised first
without changing its length (hyphens between words become spaces), and brackets and quotes are
dropped before matching, so "BSc (Hons) Nursing" and "NMC-registered" match the plain forms.
All positions are character offsets in the block's text.

Besides rule hits, every lexicon entry is found as a *mention* whose kind follows its class's
role (a profession term, an open class, an exception), every regulator as a profession mention,
and every cue word as a cue; the context judgement reads them.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from jdlint.errors import RuleError
from jdlint.judge.lexicon import Entry, Lexicon, Role
from jdlint.judge.matching.kinds import CueKind, MatchKind, MentionKind
from jdlint.judge.matching.patterns import (
    END,
    GAP,
    GAP_TOKEN,
    START,
    Template,
    Word,
    class_entries,
    expand,
    reach,
    split_template,
    variants,
)
from jdlint.judge.matching.phrases import PhraseIndex
from jdlint.judge.matching.prefilter import Prefilter
from jdlint.judge.matching.text import WORD, clean, normalise, sentences
from jdlint.judge.matching.values import BlockMatches, Cue, Hit, Mention
from jdlint.judge.matching.viable import Viability
from jdlint.judge.tokenizer import Token, Tokenizer

if TYPE_CHECKING:
    from jdlint.judge.rules import RuleSet

_MENTION_OF_ROLE = {Role.PROFESSION_TERMS: MentionKind.PROFESSION,
                    Role.OPEN_CLASS: MentionKind.OPEN, Role.EXCEPTIONS: MentionKind.EXCEPTION}


@dataclass(frozen=True, slots=True)
class _Tag:
    """What a phrase match means: a rule hit, a mention or a cue."""

    kind: MatchKind
    name: str  # rule code, mention kind or cue kind
    professions: frozenset[str] = frozenset()
    regulators: frozenset[str] = frozenset()
    even_as_duty: bool = False
    condition: bool = False


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
        self.prefilter = Prefilter()
        self.slots: dict[str, tuple[str, int]] = {}  # slot key -> (class, entry index)
        self.templates: dict[str, list[Template]] = {}  # class -> templates around it
        self.viability = Viability()  # the same templates, filed for the per-block test
        lexicon = ruleset.lexicon
        self.breaks = frozenset(w.lower() for w in (*lexicon.cues.breaks, *lexicon.cues.duty)
                                if " " not in w)
        self.compounds = frozenset(w.lower() for w in lexicon.cues.compounds)
        self.people = frozenset(c.name for c in lexicon.classes if c.people)
        for rule in ruleset.rules:
            for pattern, condition in itertools.chain(
                    ((p, False) for p in rule.patterns),
                    ((p, True) for p in rule.condition_patterns)):
                split = split_template(pattern, lexicon)
                if split is not None:
                    self._add_template(rule.code, *split, lexicon, condition)
                    continue
                for phrase, exact, entry in expand(pattern, lexicon):
                    self._add(_hit_tag(rule.code, entry, condition), phrase, exact)
        for term_class in lexicon.classes:
            kind = _MENTION_OF_ROLE.get(term_class.role)
            if kind is None or not term_class.mentions:
                continue  # post titles describe the post; slot-only terms fill patterns
            for entry in term_class.entries:
                tag = _Tag(MatchKind.MENTION, kind, frozenset(entry.professions),
                           frozenset(entry.regulators))
                for term in entry.terms:
                    self._add(tag, term, False)
                for abbreviation in entry.abbreviations:
                    self._add(tag, abbreviation, True)
        for regulator in lexicon.regulators:
            tag = _Tag(MatchKind.MENTION, MentionKind.PROFESSION,
                       lexicon.professions_of([regulator.id]), frozenset([regulator.id]))
            for name in regulator.names:
                self._add(tag, name, False)
            for abbreviation in regulator.abbreviations:
                self._add(tag, abbreviation, True)
        for cue in CueKind:
            for word in getattr(lexicon.cues, cue.value):
                self._add(_Tag(MatchKind.CUE, cue), word, False)
        self.prefilter.index()

    def _key(self, tag: _Tag) -> str:
        key = (f"{tag.kind}|{tag.name}|{sorted(tag.professions)}|{sorted(tag.regulators)}"
               f"|{tag.even_as_duty}|{tag.condition}")
        self.tags[key] = tag
        return key

    def _add(self, tag: _Tag, phrase: str, exact: bool) -> None:
        key = self._key(tag)
        words = self._words(phrase)
        if tag.kind is MatchKind.HIT:
            self.prefilter.require(WORD.findall(phrase.lower()))
        if exact:
            self.orth.add(key, words)
        else:
            self.lower.add(key, [w.lower() for w in words])

    def _add_template(self, code: str, before: list[str], name: str, after: list[str],
                      lexicon: Lexicon, condition: bool = False) -> None:
        """Match ``before {name} after`` as a class slot plus the words around it."""
        entries = class_entries(name, lexicon)
        if name not in self.templates:
            self.templates[name] = []
            for index, entry in enumerate(entries):
                key = f"slot|{name}|{index}"
                self.slots[key] = (name, index)
                for term in (*entry.terms, *entry.abbreviations):
                    self.lower.add(key, [w.lower() for w in self._words(term)])
        ids = tuple(self._key(_hit_tag(code, entry, condition)) for entry in entries)
        template = Template(tuple(self._word(w) for w in before),
                            tuple(self._word(w) for w in after), ids)
        self.templates[name].append(template)
        self.viability.add(name, template)
        self._template_requirements(before, after, entries)

    def _word(self, word: str) -> Word:
        """Return a pattern word's choices as lower-case token sequences, and if it is optional."""
        if word == GAP_TOKEN:
            return Word((), True, GAP)
        lookahead = word.startswith(">")
        word = word.removeprefix(">")
        optional = word.startswith("[") and word.endswith("]")
        choices = tuple((choice,) if choice in (START, END) else
                        tuple(w.lower() for w in self._words(choice))
                        for choice in word.strip("[]").split("|"))
        if not all(choices):  # "(" and quotes are dropped from text: they would match anywhere
            raise RuleError(f"pattern word {word!r} has a choice made only of brackets or quotes")
        return Word(choices, optional, lookahead=lookahead)

    def _template_requirements(self, before: list[str], after: list[str],
                               entries: tuple[Entry, ...]) -> None:
        """Require what every phrase the template stands for holds: its fixed words, a term."""
        def words(variant: list[str]) -> set[str]:
            return set(WORD.findall(" ".join(variant).lower()))

        fixed = set.intersection(*(words(b) | words(a)
                                   for b in variants(before) for a in variants(after)))
        for entry in entries:
            for term in (*entry.terms, *entry.abbreviations):
                self.prefilter.require(fixed | words([term]))

    def may_match(self, text: str) -> bool:
        """Tell whether a rule phrase could match in ``text`` (False: surely none can)."""
        return self.prefilter.may_match(text)

    def _words(self, phrase: str) -> list[str]:
        """Return a phrase's words as matching sees them (tokenized, brackets dropped)."""
        return clean(self.tokenizer(normalise(phrase)))[0]

    def find(self, text: str) -> BlockMatches:
        """Find rule hits, mentions, cues and sentences in one block's text."""
        return next(self.find_all([text]))

    def find_all(self, texts: Iterable[str]) -> Iterator[BlockMatches]:
        """Find matches in many texts, skipping those no rule phrase can match."""
        for text in texts:
            if not self.may_match(text):
                yield BlockMatches(text, (), (), (), ((0, len(text)),))
            else:
                yield self.find_in(text, self.tokenizer(normalise(text)))

    def find_in(self, text: str, tokens: list[Token]) -> BlockMatches:
        """Find matches in a text already tokenized (its normalised form's tokens)."""
        words, spans = clean(tokens)
        hits: list[Hit] = []
        mentions: list[Mention] = []
        cues: list[Cue] = []
        raw = itertools.chain(self._lower_matches(words), self.orth.find(words))
        for key, start, end in sorted(raw, key=lambda m: (m[1], m[2], m[0])):
            tag = self.tags[key]
            first, last = spans[start][0], spans[end - 1][1]
            if tag.kind is MatchKind.HIT:
                hits.append(Hit(tag.name, first, last, text[first:last], tag.professions,
                                tag.regulators, tag.even_as_duty, tag.condition))
            elif tag.kind is MatchKind.MENTION:
                mentions.append(Mention(MentionKind(tag.name), first, last, tag.professions,
                                        tag.regulators))
            else:
                cues.append(Cue(CueKind(tag.name), first, last))
        return BlockMatches(text, tuple(hits), _outermost(mentions), tuple(cues),
                            sentences(tokens, len(text)))

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
        gaps: dict[tuple[int, int, int], set[int]] = {}  # what each gap reaches in this block
        mask = self.viability.mask(set(lowers))
        viable: dict[str, list[Template]] = {}  # a class's templates whose words the block holds
        for (name, index), start, end in slots:
            if name in self.people and end < len(lowers) and lowers[end] in self.compounds:
                continue  # "nurse-led", "GP practice": the title describes a service
            templates = viable.get(name)
            if templates is None:
                templates = viable[name] = self.viability.viable(name, mask)
            for template in templates:
                firsts = reach(template.before, lowers, start, -1, self.breaks, gaps)
                lasts = reach(template.after, lowers, end, 1, self.breaks, gaps) if firsts else ()
                for first in firsts:
                    for last in lasts:
                        match = (template.ids[index], first, last)
                        if match not in seen:
                            seen.add(match)
                            found.append(match)
        return found


def _outermost(mentions: list[Mention]) -> tuple[Mention, ...]:
    """Drop mentions inside longer ones ("Midwifery" in "Nursing and Midwifery Council")."""
    words = [m for m in mentions if m.kind is not MentionKind.EXCEPTION]
    return tuple(m for m in mentions if m.kind is MentionKind.EXCEPTION or not any(
        o.start <= m.start and m.end <= o.end and (o.end - o.start) > (m.end - m.start)
        for o in words))


def _hit_tag(code: str, entry: Entry | None, condition: bool = False) -> _Tag:
    if entry is None:
        return _Tag(MatchKind.HIT, code, condition=condition)
    return _Tag(MatchKind.HIT, code, frozenset(entry.professions), frozenset(entry.regulators),
                entry.even_as_duty, condition)

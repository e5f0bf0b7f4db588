"""The lexicon: regulators, professions, term classes and context cues, as frozen values.

The lexicon is data in ``rules/lexicon/*.toml`` (and a trust's own ``lexicon/`` folders). Each
file says what its entries are with ``role`` (:class:`Role`): the ``regulators``, the
``professions``, the context ``cues``, or a *term class* whose ``[[entry]]`` tables give
``terms`` (matched case-insensitively), ``abbreviations`` (matched exactly as written) and the
``professions`` / ``regulators`` they name. A term class also has a ``class`` name, by which
rule patterns refer to it (``{qualifications}``); ``{regulators}`` expands to every regulator's
names and abbreviations. Files of the same class add to it. No behaviour depends on a file's
name: what the judgement does with an entry follows from its role. :mod:`.lexicon_files` reads
and checks the files.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, fields
from enum import StrEnum

NAME = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
REGULATORS = "regulators"  # the placeholder that stands for every regulator's names


class Role(StrEnum):
    """What the entries of a lexicon file are, and so what the judgement does with them."""

    REGULATORS = "regulators"  # [[regulator]] tables
    PROFESSIONS = "professions"  # [[profession]] tables
    NATIONS = "nations"  # [[nation]] tables: words that place an employer in a nation
    CUES = "cues"  # context words by kind
    PROFESSION_TERMS = "profession-terms"  # words naming professions: titles, qualifications…
    OPEN_CLASS = "open-class"  # wordings that admit any registered profession ("AHP")
    EXCEPTIONS = "exceptions"  # roles and qualifications open to several professions (V300)
    POST_TITLES = "post-titles"  # words in a post's own title that name its profession


@dataclass(frozen=True, slots=True)
class Regulator:
    """A statutory regulator and the family of regulators that register the same professions."""

    id: str
    name: str
    family: str
    names: tuple[str, ...]
    abbreviations: tuple[str, ...]
    mainly: tuple[str, ...] = ()  # what a bare requirement for its registration usually means
    nations: tuple[str, ...] = ()  # where it registers, when not the whole UK


@dataclass(frozen=True, slots=True)
class Nation:
    """A UK nation and the words that place an employer in it."""

    id: str
    words: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Profession:
    """A regulated profession: its id, display names and regulators."""

    id: str
    name: str
    people: str
    regulators: tuple[str, ...]
    ahp: bool = False


@dataclass(frozen=True, slots=True)
class Entry:
    """A group of terms that name the same professions (or none, for open classes)."""

    terms: tuple[str, ...]
    abbreviations: tuple[str, ...] = ()
    professions: tuple[str, ...] = ()
    regulators: tuple[str, ...] = ()
    even_as_duty: bool = False  # helping others with it still needs the profession (ASYE)


@dataclass(frozen=True, slots=True)
class TermClass:
    """A named class of entries with one role (``{name}`` in rule patterns)."""

    name: str
    role: Role
    entries: tuple[Entry, ...]
    people: bool = False  # the terms name people ("nurse"), not fields or qualifications
    # False: the terms only fill rule patterns' slots; alone in a sentence ("worked in
    # cardiology") they name a field of work, not another profession's alternative.
    mentions: bool = True


@dataclass(frozen=True, slots=True)
class Cues:
    """Context words, by what they tell about a sentence (see ``rules/lexicon/cues.toml``)."""

    requirement: tuple[str, ...] = ()
    condition: tuple[str, ...] = ()
    duty: tuple[str, ...] = ()
    negation: tuple[str, ...] = ()
    exclusion: tuple[str, ...] = ()  # just before a profession: "must not be" (keeps it out)
    hedge: tuple[str, ...] = ()
    alternative: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    requirement_sections: tuple[str, ...] = ()
    leadership_titles: tuple[str, ...] = ()
    leadership_bands: tuple[str, ...] = ()
    breaks: tuple[str, ...] = ()  # words a ``~`` modifier gap in a pattern never crosses
    compounds: tuple[str, ...] = ()  # words that make a title before them an adjective
    open_heads: tuple[str, ...] = ()  # what an alternative anyone can meet names
    open_roles: tuple[str, ...] = ()  # posts any profession can hold: a branch on its own
    addressed: tuple[str, ...] = ()  # after a profession as subject: "doctors must" (one group)
    qualifiers: tuple[str, ...] = ()  # "with", "plus": what follows qualifies the restriction
    register_fields: tuple[str, ...] = ()  # "adult", "mental health": a register's own fields


CUE_KINDS = tuple(f.name for f in fields(Cues))


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything rules and context know about professions, as immutable values."""

    regulators: tuple[Regulator, ...]
    professions: tuple[Profession, ...]
    classes: tuple[TermClass, ...]
    cues: Cues
    nations: tuple[Nation, ...] = ()

    def entries(self, name: str) -> tuple[Entry, ...]:
        """Return the entries of one term class (empty if the class does not exist)."""
        for term_class in self.classes:
            if term_class.name == name:
                return term_class.entries
        return ()

    def with_role(self, role: Role) -> tuple[TermClass, ...]:
        """Return the term classes of one role."""
        return tuple(c for c in self.classes if c.role is role)

    @property
    def class_names(self) -> tuple[str, ...]:
        """Return the names patterns may use as ``{placeholders}``."""
        return (REGULATORS, *(c.name for c in self.classes))

    def regulator(self, regulator_id: str) -> Regulator:
        """Return a regulator by id."""
        return next(r for r in self.regulators if r.id == regulator_id)

    def profession(self, profession_id: str) -> Profession:
        """Return a profession by id."""
        return next(p for p in self.professions if p.id == profession_id)

    def professions_of(self, regulator_ids: Iterable[str]) -> frozenset[str]:
        """Return the professions the given regulators register."""
        wanted = set(regulator_ids)
        return frozenset(p.id for p in self.professions if wanted & set(p.regulators))

    def regulators_of(self, profession_ids: Iterable[str]) -> frozenset[str]:
        """Return the regulators that register the given professions."""
        wanted = set(profession_ids)
        return frozenset(r for p in self.professions if p.id in wanted for r in p.regulators)

    def usual_professions(self, regulator_ids: Iterable[str]) -> frozenset[str]:
        """Return what a requirement for these regulators usually means (``mainly``), if set."""
        wanted = set(regulator_ids)
        return frozenset(p for r in self.regulators if r.id in wanted for p in r.mainly)

    def named_regulators(self, profession_ids: Iterable[str],
                         nation: str | None = None) -> frozenset[str]:
        """Return each profession's regulator in the nation (default: the first, England's)."""
        wanted = set(profession_ids)
        named = set()
        for profession in (p for p in self.professions if p.id in wanted):
            local = [r for r in profession.regulators
                     if nation is not None and nation in self.regulator(r).nations]
            named.add(local[0] if local else profession.regulators[0])
        return frozenset(named)

    def families(self, professions: Iterable[str], regulators: Iterable[str]) -> frozenset[str]:
        """Return the regulator families that the professions or regulators belong to."""
        regulator_ids = set(regulators) or set(self.regulators_of(professions))
        return frozenset(r.family for r in self.regulators if r.id in regulator_ids)

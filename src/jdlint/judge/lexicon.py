"""Load and validate the lexicon: regulators, professions, term classes and context cues.

The lexicon is data in ``rules/lexicon/*.toml`` (and a trust's own ``lexicon/`` folders). Each
file says what its entries are with ``role`` (:class:`Role`): the ``regulators``, the
``professions``, the context ``cues``, or a *term class* whose ``[[entry]]`` tables give
``terms`` (matched case-insensitively), ``abbreviations`` (matched exactly as written) and the
``professions`` / ``regulators`` they name. A term class also has a ``class`` name, by which
rule patterns refer to it (``{qualifications}``); ``{regulators}`` expands to every regulator's
names and abbreviations. Files of the same class add to it. No behaviour depends on a file's
name: what the judgement does with an entry follows from its role.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from enum import StrEnum
from pathlib import Path
from typing import Any

from jdlint.errors import RuleError

NAME = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
REGULATORS = "regulators"  # the placeholder that stands for every regulator's names


class Role(StrEnum):
    """What the entries of a lexicon file are, and so what the judgement does with them."""

    REGULATORS = "regulators"  # [[regulator]] tables
    PROFESSIONS = "professions"  # [[profession]] tables
    CUES = "cues"  # context words by kind
    PROFESSION_TERMS = "profession-terms"  # words naming professions: titles, qualifications…
    OPEN_CLASS = "open-class"  # wordings that admit any registered profession ("AHP")
    EXCEPTIONS = "exceptions"  # roles and qualifications open to several professions (V300)
    POST_TITLES = "post-titles"  # words in a post's own title that name its profession


TERM_ROLES = (Role.PROFESSION_TERMS, Role.OPEN_CLASS, Role.EXCEPTIONS, Role.POST_TITLES)


@dataclass(frozen=True, slots=True)
class Regulator:
    """A statutory regulator and the family of regulators that register the same professions."""

    id: str
    name: str
    family: str
    names: tuple[str, ...]
    abbreviations: tuple[str, ...]
    mainly: tuple[str, ...] = ()  # what a bare requirement for its registration usually means


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


@dataclass(frozen=True, slots=True)
class Cues:
    """Context words, by what they tell about a sentence (see ``rules/lexicon/cues.toml``)."""

    requirement: tuple[str, ...] = ()
    condition: tuple[str, ...] = ()
    duty: tuple[str, ...] = ()
    negation: tuple[str, ...] = ()
    hedge: tuple[str, ...] = ()
    alternative: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    requirement_sections: tuple[str, ...] = ()
    leadership_titles: tuple[str, ...] = ()
    leadership_bands: tuple[str, ...] = ()


CUE_KINDS = tuple(f.name for f in fields(Cues))


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything rules and context know about professions, as immutable values."""

    regulators: tuple[Regulator, ...]
    professions: tuple[Profession, ...]
    classes: tuple[TermClass, ...]
    cues: Cues

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

    def named_regulators(self, profession_ids: Iterable[str]) -> frozenset[str]:
        """Return the regulator in England of each profession (the first one listed)."""
        wanted = set(profession_ids)
        return frozenset(p.regulators[0] for p in self.professions if p.id in wanted)

    def families(self, professions: Iterable[str], regulators: Iterable[str]) -> frozenset[str]:
        """Return the regulator families that the professions or regulators belong to."""
        regulator_ids = set(regulators) or set(self.regulators_of(professions))
        return frozenset(r.family for r in self.regulators if r.id in regulator_ids)


def load_lexicon(files: Sequence[Path]) -> Lexicon:
    """Load lexicon files (later files add to earlier ones) and check cross-references."""
    regulators: list[Regulator] = []
    professions: list[Profession] = []
    classes: dict[str, tuple[Role, list[Entry]]] = {}
    cues: dict[str, list[str]] = {kind: [] for kind in CUE_KINDS}
    where: dict[str, Path] = {}  # the first file of each role, for messages
    origins: list[tuple[Path, Entry]] = []  # each term entry with its file, for messages
    for path in files:
        data = dict(read_toml(path))
        role = _role(path, data.pop("role", None))
        where.setdefault(role.value, path)
        if role is Role.REGULATORS:
            regulators += [_regulator(path, item) for item in _tables(path, data, "regulator")]
        elif role is Role.PROFESSIONS:
            professions += [_profession(path, item) for item in _tables(path, data, "profession")]
        elif role is Role.CUES:
            for key, value in data.items():
                if key not in cues:
                    raise RuleError(f"{path}: {key}: unknown cue kind "
                                    f"(known: {', '.join(CUE_KINDS)})")
                cues[key] += _strings(path, key, value)
        else:
            name = data.pop("class", None)
            if not isinstance(name, str) or not NAME.match(name) or name == REGULATORS:
                raise RuleError(f"{path}: class: required for role {role.value!r}, a kebab-case "
                                f"name other than {REGULATORS!r} (rule patterns use {{name}})")
            known_role, entries = classes.setdefault(name, (role, []))
            if known_role is not role:
                raise RuleError(f"{path}: role: class {name!r} is {known_role.value!r} elsewhere")
            added = [_entry(path, item) for item in _tables(path, data, "entry")]
            entries.extend(added)
            origins.extend((path, entry) for entry in added)
    lexicon = Lexicon(
        regulators=tuple(regulators),
        professions=tuple(professions),
        classes=tuple(TermClass(name, role, tuple(entries))
                      for name, (role, entries) in sorted(classes.items())),
        cues=Cues(**{kind: tuple(dict.fromkeys(words)) for kind, words in cues.items()}),
    )
    _check(lexicon, where, origins)
    return lexicon


def _role(path: Path, value: object) -> Role:
    try:
        return Role(str(value))
    except ValueError:
        raise RuleError(f"{path}: role: required, one of "
                        f"{', '.join(r.value for r in Role)} (got {value!r})") from None


def read_toml(path: Path) -> dict[str, Any]:
    """Parse one TOML file, naming the file in any error."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"{path}: not valid TOML ({exc})") from exc
    except OSError as exc:
        raise RuleError(f"{path}: cannot be read ({exc.strerror or exc})") from exc


def _tables(path: Path, data: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    unknown = set(data) - {key}
    if unknown:
        raise RuleError(f"{path}: {sorted(unknown)[0]}: unknown field (expected [[{key}]] tables)")
    items = data.get(key, [])
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise RuleError(f"{path}: {key}: must be an array of tables ([[{key}]])")
    return items


def _strings(path: Path, key: str, value: Any, *, required: bool = True) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise RuleError(f"{path}: {key}: must be a list of non-empty strings")
    if required and not value:
        raise RuleError(f"{path}: {key}: must not be empty")
    return [v.strip() for v in value]


def _string(path: Path, item: Mapping[str, Any], key: str) -> str:
    value = item.get(key)
    if not isinstance(value, str) or not value.strip():
        raise RuleError(f"{path}: {key}: required, a non-empty string")
    return value.strip()


def _only(path: Path, item: Mapping[str, Any], allowed: set[str]) -> None:
    unknown = set(item) - allowed
    if unknown:
        raise RuleError(f"{path}: {sorted(unknown)[0]}: unknown field")


def _regulator(path: Path, item: Mapping[str, Any]) -> Regulator:
    _only(path, item, {"id", "name", "family", "names", "abbreviations", "mainly"})
    return Regulator(
        id=_string(path, item, "id"),
        name=_string(path, item, "name"),
        family=_string(path, item, "family"),
        names=tuple(_strings(path, "names", item.get("names", []), required=False)),
        abbreviations=tuple(_strings(path, "abbreviations", item.get("abbreviations", []),
                                     required=False)),
        mainly=tuple(_strings(path, "mainly", item.get("mainly", []), required=False)),
    )


def _profession(path: Path, item: Mapping[str, Any]) -> Profession:
    _only(path, item, {"id", "name", "people", "regulators", "ahp"})
    ahp = item.get("ahp", False)
    if not isinstance(ahp, bool):
        raise RuleError(f"{path}: ahp: must be true or false")
    return Profession(
        id=_string(path, item, "id"),
        name=_string(path, item, "name"),
        people=_string(path, item, "people"),
        regulators=tuple(_strings(path, "regulators", item.get("regulators"))),
        ahp=ahp,
    )


def _entry(path: Path, item: Mapping[str, Any]) -> Entry:
    _only(path, item, {"terms", "abbreviations", "professions", "regulators", "even_as_duty"})
    even_as_duty = item.get("even_as_duty", False)
    if not isinstance(even_as_duty, bool):
        raise RuleError(f"{path}: even_as_duty: must be true or false")
    terms = _strings(path, "terms", item.get("terms", []), required=False)
    abbreviations = _strings(path, "abbreviations", item.get("abbreviations", []), required=False)
    if not terms and not abbreviations:
        raise RuleError(f"{path}: terms: an entry needs terms or abbreviations")
    return Entry(
        terms=tuple(terms),
        abbreviations=tuple(abbreviations),
        professions=tuple(_strings(path, "professions", item.get("professions", []),
                                   required=False)),
        regulators=tuple(_strings(path, "regulators", item.get("regulators", []), required=False)),
        even_as_duty=even_as_duty,
    )


def _check(lexicon: Lexicon, where: Mapping[str, Path],
           origins: Sequence[tuple[Path, Entry]]) -> None:
    for kind, items in (("regulator", lexicon.regulators), ("profession", lexicon.professions)):
        seen: set[str] = set()
        for item in items:
            if item.id in seen:
                raise RuleError(f"{where.get(kind + 's')}: id: {kind} {item.id!r} defined twice")
            seen.add(item.id)
    regulator_ids = {r.id for r in lexicon.regulators}
    profession_ids = {p.id for p in lexicon.professions}
    for regulator in lexicon.regulators:
        for mainly in regulator.mainly:
            if mainly not in profession_ids:
                raise RuleError(f"{where.get('regulators')}: mainly: unknown profession "
                                f"{mainly!r} for {regulator.id!r}")
    for profession in lexicon.professions:
        for registers in profession.regulators:
            if registers not in regulator_ids:
                raise RuleError(f"{where.get('professions')}: regulators: unknown regulator "
                                f"{registers!r} for {profession.id!r}")
    for path, entry in origins:
        for named in entry.professions:
            if named not in profession_ids:
                raise RuleError(f"{path}: professions: unknown profession {named!r}")
        for named in entry.regulators:
            if named not in regulator_ids:
                raise RuleError(f"{path}: regulators: unknown regulator {named!r}")

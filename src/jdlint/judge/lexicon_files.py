"""Read and check lexicon files into a :class:`~jdlint.judge.lexicon.Lexicon`.

Every error names the file and the field. Later files add to earlier ones (a trust's own
``lexicon/`` folder after the shipped one); cross-references (a profession's regulators, an
entry's professions) are checked once all files are read.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from jdlint.errors import RuleError
from jdlint.judge.lexicon import (
    CUE_KINDS,
    NAME,
    REGULATORS,
    Cues,
    Entry,
    Lexicon,
    Nation,
    Profession,
    Regulator,
    Role,
    TermClass,
)
from jdlint.read.decoding import not_utf8


def load_lexicon(files: Sequence[Path]) -> Lexicon:
    """Load lexicon files (later files add to earlier ones) and check cross-references."""
    regulators: list[Regulator] = []
    professions: list[Profession] = []
    nations: list[Nation] = []
    classes: dict[str, tuple[Role, list[Entry]]] = {}
    cues: dict[str, list[str]] = {kind: [] for kind in CUE_KINDS}
    where: dict[str, Path] = {}  # the first file of each role, for messages
    origins: list[tuple[Path, Entry]] = []  # each term entry with its file, for messages
    people_classes: set[str] = set()
    slot_only: set[str] = set()
    for path in files:
        data = dict(read_toml(path))
        role = _role(path, data.pop("role", None))
        where.setdefault(role.value, path)
        if role is Role.REGULATORS:
            regulators += [_regulator(path, item) for item in _tables(path, data, "regulator")]
        elif role is Role.NATIONS:
            nations += [_nation(path, item) for item in _tables(path, data, "nation")]
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
            people = data.pop("people", False)
            if not isinstance(people, bool):
                raise RuleError(f"{path}: people: must be true or false")
            known_role, entries = classes.setdefault(name, (role, []))
            if known_role is not role:
                raise RuleError(f"{path}: role: class {name!r} is {known_role.value!r} elsewhere")
            if people:
                people_classes.add(name)
            mentions = data.pop("mentions", True)
            if not isinstance(mentions, bool):
                raise RuleError(f"{path}: mentions: must be true or false")
            if not mentions:
                slot_only.add(name)
            added = [_entry(path, item) for item in _tables(path, data, "entry")]
            entries.extend(added)
            origins.extend((path, entry) for entry in added)
    lexicon = Lexicon(
        regulators=tuple(regulators),
        professions=tuple(professions),
        classes=tuple(TermClass(name, role, tuple(entries), name in people_classes,
                                name not in slot_only)
                      for name, (role, entries) in sorted(classes.items())),
        cues=Cues(**{kind: tuple(dict.fromkeys(words)) for kind, words in cues.items()}),
        nations=tuple(nations),
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
    except UnicodeDecodeError as exc:
        raise RuleError(not_utf8(str(path), exc)) from None
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


def _nation(path: Path, item: Mapping[str, Any]) -> Nation:
    _only(path, item, {"id", "words"})
    return Nation(id=_string(path, item, "id"), words=tuple(_strings(path, "words",
                                                                     item.get("words"))))


def _regulator(path: Path, item: Mapping[str, Any]) -> Regulator:
    _only(path, item, {"id", "name", "family", "names", "abbreviations", "mainly", "nations"})
    return Regulator(
        id=_string(path, item, "id"),
        name=_string(path, item, "name"),
        family=_string(path, item, "family"),
        names=tuple(_strings(path, "names", item.get("names", []), required=False)),
        abbreviations=tuple(_strings(path, "abbreviations", item.get("abbreviations", []),
                                     required=False)),
        mainly=tuple(_strings(path, "mainly", item.get("mainly", []), required=False)),
        nations=tuple(_strings(path, "nations", item.get("nations", []), required=False)),
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
    nation_ids = {n.id for n in lexicon.nations}
    for regulator in lexicon.regulators:
        for nation in regulator.nations:
            if nation not in nation_ids:
                raise RuleError(f"{where.get('regulators')}: nations: unknown nation {nation!r} "
                                f"for {regulator.id!r}")
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

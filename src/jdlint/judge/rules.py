"""Load and validate rule files and the lexicon into a frozen :class:`RuleSet`; no matching.

A rule is one TOML file in ``rules/`` (or in a trust's own folder): its code and kebab-case
name, default (maximum) severity, message, rationale, suggestion, the ``patterns`` it matches
(phrases with ``{class}`` placeholders from the lexicon, ``[optional]`` words and ``a|an``
alternatives), ``condition_patterns`` (the same, for frames whose own words make the sentence a
condition of appointment wherever it stands: "As a registered nurse, you will ..."), and
examples that must and must not fire. ``[[rewrites]]`` replace the matched
words (the first whose ``when`` regex is found in them, and ``before`` / ``after``, when given,
in the words either side; an empty ``text``: no safe rewrite), with
``[[examples.rewrite]]`` (``text`` → ``expected``) run as tests. No rule code is in Python.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jdlint
from jdlint.document import Level
from jdlint.errors import RuleError
from jdlint.judge.lexicon import Lexicon
from jdlint.judge.lexicon_files import load_lexicon, read_toml
from jdlint.judge.messages import MESSAGE_FIELDS
from jdlint.judge.rewrites import Rewrite, load_rewrite, rewrite_for
from jdlint.results import Severity

CODE = re.compile(r"^[A-Z]{2,}[0-9]{3,}$")
NAME = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
PLACEHOLDER = re.compile(r"\{([a-z-]+(?::[a-z-]+)?)\}")
RULE_FIELDS = {"code", "name", "severity", "message", "description", "rationale", "suggestion",
               "patterns", "condition_patterns", "yields_to", "context", "examples", "rewrites"}
EXAMPLE_FIELDS = {"text", "title", "band", "level", "section", "label", "hedged", "severity",
                  "expected"}
CONTEXT_FIELDS = {"inclusive", "role_title"}


@dataclass(frozen=True, slots=True)
class Example:
    """A requirement as written, with the post and place it sits in."""

    text: str
    title: str | None = None
    band: str | None = None
    level: Level = Level.ESSENTIAL
    section: tuple[str, ...] = ("Person specification",)
    label: str | None = None
    hedged: bool | None = None  # when set, a firing example must (not) be hedged
    severity: Severity | None = None  # when set, a firing example must have this severity
    expected: str | None = None  # a rewrite example: the text with the finding rewritten


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule: what it matches, how it explains itself, and its examples."""

    code: str
    name: str
    severity: Severity
    message: str
    description: str
    rationale: str
    suggestion: str
    patterns: tuple[str, ...]
    examples_fire: tuple[Example, ...]
    examples_pass: tuple[Example, ...]
    yields_to: tuple[str, ...] = ()  # names of rules whose finding on the same block replaces ours
    inclusive_waives: bool = True  # a cross-family alternative makes the requirement inclusive
    role_title_waives: bool = True  # a post titled for the profession makes it role-consistent
    path: str = ""
    # Frames that set a condition by themselves, outside the person specification too.
    condition_patterns: tuple[str, ...] = ()
    rewrites: tuple[Rewrite, ...] = ()
    examples_rewrite: tuple[Example, ...] = ()

    def rewrite_for(self, text: str, start: int, end: int) -> str | None:
        """Return the replacement for ``text[start:end]``, cased for where it sits, or None."""
        return rewrite_for(self.rewrites, text, start, end)


@dataclass(frozen=True, slots=True)
class RuleSet:
    """The rules and lexicon a run uses, with a fingerprint of their files."""

    rules: tuple[Rule, ...]
    lexicon: Lexicon
    fingerprint: str

    def get(self, code_or_name: str) -> Rule:
        """Return a rule by code (``JD101``) or name (``registration-single-regulator``)."""
        wanted = code_or_name.strip().lower()
        for rule in self.rules:
            if wanted in (rule.code.lower(), rule.name):
                return rule
        raise RuleError(f"unknown rule {code_or_name!r}")

    def resolve(self, codes_or_names: Sequence[str] | frozenset[str]) -> frozenset[str]:
        """Return the codes of the named rules."""
        return frozenset(self.get(item).code for item in codes_or_names)


def rules_dir() -> Path:
    """Return the shipped rules folder (inside the wheel, or the repository's ``rules/``)."""
    installed = Path(jdlint.__file__).parent / "rules"
    if installed.is_dir():
        return installed
    return Path(jdlint.__file__).resolve().parents[2] / "rules"


def load_ruleset(extra_dirs: Sequence[Path] = ()) -> RuleSet:
    """Load the shipped rules and lexicon plus a trust's own folders; raise RuleError if invalid."""
    folders = [rules_dir(), *(Path(d) for d in extra_dirs)]
    for folder in folders:
        if not folder.is_dir():
            raise RuleError(f"{folder}: not a folder of rule files")
    lexicon_files = [p for f in folders for p in sorted((f / "lexicon").glob("*.toml"))]
    rule_files = [p for f in folders for p in sorted(f.glob("*.toml"))]
    lexicon = load_lexicon(lexicon_files)
    rules = tuple(sorted((_rule(path, read_toml(path), lexicon) for path in rule_files),
                         key=lambda r: r.code))
    _check_unique(rules)
    digest = hashlib.sha256()
    for path in (*lexicon_files, *rule_files):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return RuleSet(rules=rules, lexicon=lexicon, fingerprint=digest.hexdigest())


def _check_unique(rules: Sequence[Rule]) -> None:
    seen: dict[str, Rule] = {}
    for rule in rules:
        for key in (rule.code.lower(), rule.name):
            if key in seen:
                raise RuleError(f"{rule.path}: {'code' if key == rule.code.lower() else 'name'}: "
                                f"{key!r} is already used by {seen[key].path}")
            seen[key] = rule
    names = {r.name for r in rules}
    for rule in rules:
        for other in rule.yields_to:
            if other not in names:
                raise RuleError(f"{rule.path}: yields_to: unknown rule name {other!r}")


def _rule(path: Path, data: Mapping[str, Any], lexicon: Lexicon) -> Rule:
    unknown = set(data) - RULE_FIELDS
    if unknown:
        raise RuleError(f"{path}: {sorted(unknown)[0]}: unknown field")
    text = {key: _text(path, data, key) for key in
            ("code", "name", "message", "description", "rationale", "suggestion")}
    if not CODE.match(text["code"]):
        raise RuleError(f"{path}: code: {text['code']!r} is not a code like 'JD101'")
    if not NAME.match(text["name"]):
        raise RuleError(f"{path}: name: {text['name']!r} is not a kebab-case name")
    if "\n" in text["message"]:
        raise RuleError(f"{path}: message: must be one line")
    for key in ("message", "suggestion"):
        for field in re.findall(r"\{(\w*)\}", text[key]):
            if field not in MESSAGE_FIELDS:
                raise RuleError(f"{path}: {key}: unknown placeholder {{{field}}} "
                                f"(known: {', '.join(MESSAGE_FIELDS)})")
    patterns = _list(path, data, "patterns")
    condition_patterns = _list(path, data, "condition_patterns", required=False)
    for pattern in (*patterns, *condition_patterns):
        _check_pattern(path, pattern, lexicon)
    context = data.get("context", {})
    if not isinstance(context, dict) or set(context) - CONTEXT_FIELDS:
        raise RuleError(f"{path}: context: allowed keys are {', '.join(sorted(CONTEXT_FIELDS))}")
    for key, value in context.items():
        if not isinstance(value, bool):
            raise RuleError(f"{path}: context.{key}: must be true or false")
    examples = data.get("examples", {})
    if not isinstance(examples, dict) or set(examples) - {"fire", "pass", "rewrite"}:
        raise RuleError(f"{path}: examples: expected [[examples.fire]], [[examples.pass]] and "
                        "[[examples.rewrite]]")
    return Rule(
        **text,
        severity=_severity(path, "severity", data.get("severity")),
        patterns=tuple(patterns),
        examples_fire=tuple(_example(path, "examples.fire", e) for e in examples.get("fire", [])),
        examples_pass=tuple(_example(path, "examples.pass", e) for e in examples.get("pass", [])),
        yields_to=tuple(_list(path, data, "yields_to", required=False)),
        inclusive_waives=context.get("inclusive", True),
        role_title_waives=context.get("role_title", True),
        path=str(path),
        condition_patterns=tuple(condition_patterns),
        rewrites=tuple(load_rewrite(path, item) for item in data.get("rewrites", [])),
        examples_rewrite=tuple(_example(path, "examples.rewrite", e)
                               for e in examples.get("rewrite", [])),
    )


def _text(path: Path, data: Mapping[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise RuleError(f"{path}: {key}: required, a non-empty string")
    return value.strip()


def _list(path: Path, data: Mapping[str, Any], key: str, *, required: bool = True) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise RuleError(f"{path}: {key}: must be a list of non-empty strings")
    if required and not value:
        raise RuleError(f"{path}: {key}: required, at least one")
    return [v.strip() for v in value]


def _severity(path: Path, key: str, value: Any) -> Severity:
    try:
        return Severity(value)
    except ValueError:
        raise RuleError(f"{path}: {key}: must be one of error, warning, info") from None


def _check_pattern(path: Path, pattern: str, lexicon: Lexicon) -> None:
    names = PLACEHOLDER.findall(pattern)
    if len(names) != 1:
        raise RuleError(f"{path}: patterns: {pattern!r} needs exactly one {{placeholder}} "
                        "(the lexicon class that says which professions it names)")
    for slot in names:
        name, _, profession = slot.partition(":")
        if profession and profession not in {p.id for p in lexicon.professions}:
            raise RuleError(f"{path}: patterns: {pattern!r} limits {{{name}}} to unknown "
                            f"profession {profession!r}")
        if name not in lexicon.class_names:
            raise RuleError(f"{path}: patterns: {pattern!r} names unknown lexicon class "
                            f"{{{name}}} (known: {', '.join(lexicon.class_names)})")
    for word in pattern.split():
        for choice in word.removeprefix(">").strip("[]").split("|"):
            if not choice.strip("()\"'‘’“”"):
                raise RuleError(f"{path}: patterns: {pattern!r}: {word!r} holds a choice that is "
                                "only brackets or quotes, which matching drops from the text")
    stripped = PLACEHOLDER.sub("x", pattern)
    if re.search(r"[{}]", stripped) or stripped.count("[") != stripped.count("]"):
        raise RuleError(f"{path}: patterns: {pattern!r} has unbalanced brackets")


def _example(path: Path, key: str, item: Any) -> Example:
    if not isinstance(item, dict):
        raise RuleError(f"{path}: {key}: each example must be a table")
    unknown = set(item) - EXAMPLE_FIELDS
    if unknown:
        raise RuleError(f"{path}: {key}.{sorted(unknown)[0]}: unknown field")
    text = _text(path, item, "text")
    section = item.get("section", ["Person specification"])
    if isinstance(section, str):
        section = [section]
    try:
        level = Level(item.get("level", "essential"))
    except ValueError:
        raise RuleError(f"{path}: {key}.level: must be essential, desirable or "
                        "unspecified") from None
    hedged = item.get("hedged")
    if hedged is not None and not isinstance(hedged, bool):
        raise RuleError(f"{path}: {key}.hedged: must be true or false")
    severity = item.get("severity")
    return Example(
        text=text,
        title=item.get("title"),
        band=item.get("band"),
        level=level,
        section=tuple(section),
        label=item.get("label"),
        hedged=hedged,
        severity=None if severity is None else _severity(path, f"{key}.severity", severity),
        expected=item.get("expected"),
    )

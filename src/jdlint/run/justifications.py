"""Justified exceptions: findings a trust has reviewed and accepted, with a reason.

Word and PDF files cannot carry ``noqa`` comments, so the JD repository keeps a TOML file
(``jdlint-justifications.toml`` beside the configuration by default)::

    [[justification]]
    documents = ["ward-sister/*.docx"]   # globs relative to this file's folder (string or list)
    rule = "JD101"                       # a code, a name, or "*" for every rule
    text = "current NMC registration"    # optional: part of the requirement (case, spacing ignored)
    reason = "Statutory requirement: the post holder supervises midwives."   # mandatory
    approved_by = "Workforce committee"  # optional
    approved_on = 2025-03-01             # optional TOML date
    expires = 2026-03-01                 # optional: still valid on this day, not after

``documents`` globs are anchored to the file's folder; ``**`` spans folders (``jds/**/*.pdf``).

Text and Markdown files can also carry a directive on a line of its own, the same in both
(in Markdown, wrap it in an HTML comment so it does not show when rendered)::

    jdlint: justify JD101 -- Statutory requirement for this post
    <!-- jdlint: justify JD101, JD104 -- Statutory requirement for this post -->

The separator may also be an en or em dash, as word processors turn ``--`` into one.
A directive applies to the next requirement: the first non-blank line after it (further
directives skipped) and the lines that continue that paragraph or list item.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from jdlint.errors import ConfigError
from jdlint.read.decoding import not_utf8
from jdlint.results import DocumentResult
from jdlint.run.patterns import check_pattern


@dataclass(frozen=True, slots=True)
class Justification:
    """One accepted exception: which findings it covers and why."""

    rule: str  # code, name, or "*"
    reason: str
    documents: tuple[str, ...] = ()  # file entries: globs relative to ``base``
    base: Path | None = None
    document: str | None = None  # inline directives: the DocumentResult.path they sit in
    lines: tuple[int, int] | None = None  # inline directives: the requirement's line range
    text: str | None = None
    approved_by: str | None = None
    approved_on: date | None = None
    expires: date | None = None
    source: str = ""  # the justifications file, or the document of an inline directive
    index: int = 0  # entry number in the file (1-based), or the directive's line
    error: str | None = None  # why an inline directive is unusable; such entries never apply


@dataclass(frozen=True, slots=True)
class JustificationProblem:
    """A justification that needs attention: expired, unused, or invalid."""

    kind: str  # "expired" | "unused" | "invalid"
    index: int
    source: str
    message: str
    inline: bool = False

    def __str__(self) -> str:
        where = f"line {self.index}" if self.inline else f"justification #{self.index}"
        return f"{self.source}: {where}: {self.message}"


@dataclass(frozen=True, slots=True)
class Justifications:
    """The justifications of one run, in file order."""

    entries: tuple[Justification, ...] = ()
    source: Path | None = None

    def extended(self, more: Iterable[Justification]) -> Justifications:
        """Return a copy with more entries (inline directives) appended."""
        return replace(self, entries=self.entries + tuple(more))


_KEYS = ("documents", "rule", "text", "reason", "approved_by", "approved_on", "expires")


def load_justifications(path: Path) -> Justifications:
    """Read and validate a justifications file; raise ConfigError naming file, entry and key."""
    shown = _display(path)
    try:
        with Path(path).open("rb") as stream:
            data = tomllib.load(stream)
    except FileNotFoundError as exc:
        raise ConfigError(f"{shown}: justifications file not found") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{shown}: not valid TOML: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(not_utf8(shown, exc)) from None
    except OSError as exc:
        raise ConfigError(f"{shown}: cannot be read ({exc.strerror or exc})") from exc
    unknown = sorted(set(data) - {"justification"})
    if unknown:
        raise ConfigError(f"{shown}: {unknown[0]}: unknown key (write [[justification]] entries)")
    entries = data.get("justification", [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise ConfigError(f"{shown}: justification: write each entry as a [[justification]] table")
    base = Path(path).absolute().parent
    return Justifications(
        tuple(_entry(e, number, shown, base) for number, e in enumerate(entries, 1)),
        source=Path(path))


def _entry(raw: dict[str, Any], number: int, shown: str, base: Path) -> Justification:
    where = f"{shown}: justification #{number}"
    values: dict[str, Any] = {}
    for raw_key, value in raw.items():
        key = raw_key.replace("-", "_")
        if key not in _KEYS or key in values:
            problem = "unknown key" if key not in _KEYS else "given twice"
            raise ConfigError(f"{where}: {raw_key}: {problem} (keys: {', '.join(_KEYS)})")
        values[key] = _check(key, value, f"{where}: {raw_key}")
    for key in ("documents", "rule", "reason"):
        if key not in values:
            raise ConfigError(f"{where}: {key}: missing (documents, rule and reason are required)")
    return Justification(**values, base=base, source=shown, index=number)


def _check(key: str, value: Any, where: str) -> Any:
    if key in ("approved_on", "expires"):
        return _date(value, where)
    if key == "documents":
        patterns = [value] if isinstance(value, str) else value
        if not isinstance(patterns, list) or not patterns:
            raise ConfigError(f"{where}: expected a path or glob, or a list of them")
        for pattern in patterns:
            problem = check_pattern(pattern) if isinstance(pattern, str) else "expected a string"
            if problem:
                raise ConfigError(f"{where}: {problem}")
        return tuple(p.strip() for p in patterns)
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where}: expected a non-empty string, got {value!r}")
    return value.strip()


def _date(value: Any, where: str) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise ConfigError(f"{where}: expected a date such as 2026-01-31, got {value!r}")


# --- inline directives in txt and md files ------------------------------------------------

_SEPARATOR = re.compile(r"\s+(?:--|—|–)\s*|\s*(?:--|—|–)\s+")
_RULE_REF = re.compile(r"^(?:\*|[A-Za-z][A-Za-z0-9_-]*)$")
_SYNTAX = "write: jdlint: justify JD101 -- why this post needs it"


def inline_justifications(result: DocumentResult) -> list[Justification]:
    """Read the ``jdlint: justify`` directives the reader found; unusable ones get ``error``."""
    found: list[Justification] = []
    for directive in result.directives:
        base = Justification(rule="*", reason="", document=result.path, source=result.path,
                             index=directive.line)
        verb, _, rest = directive.body.partition(" ")
        if verb.casefold() != "justify":
            found.append(replace(base, error=f"unknown directive {verb!r}; {_SYNTAX}"))
            continue
        parts = _SEPARATOR.split(rest, maxsplit=1)
        refs = [r for r in re.split(r"[\s,]+", parts[0]) if r]
        reason = parts[1].strip() if len(parts) == 2 else ""
        error = _directive_error(refs, reason, directive.target)
        if error is not None:
            found.append(replace(base, error=error))
            continue
        found.extend(replace(base, rule=ref, reason=reason, lines=directive.target)
                     for ref in refs)
    return found


def _directive_error(refs: list[str], reason: str, target: tuple[int, int] | None) -> str | None:
    """Return why a parsed directive is unusable, or ``None``."""
    if not refs:
        return f"name the rule to justify; {_SYNTAX}"
    bad = [r for r in refs if not _RULE_REF.match(r)]
    if bad:
        return f"{bad[0]!r} is not a rule code or name; {_SYNTAX}"
    if not reason:
        return f"a reason is required; {_SYNTAX}"
    if target is None:
        return "no requirement follows the directive"
    return None


def _display(path: Path) -> str:
    try:
        return Path(path).absolute().relative_to(Path.cwd()).as_posix()
    except ValueError:
        return str(path)

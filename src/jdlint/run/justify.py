"""Apply justified exceptions to results: suppress what they cover, report the rest.

A valid justification suppresses the findings it covers (its documents, rule, text and, for an
inline directive, lines) with its reason; an expired one suppresses nothing and is reported,
and so is one that matched no finding or cannot be used. The file format and the directive
syntax are in :mod:`jdlint.run.justifications`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from jdlint.judge.fingerprint import normalise
from jdlint.results import DocumentResult, Finding
from jdlint.run.justifications import (
    Justification,
    JustificationProblem,
    Justifications,
    inline_justifications,
    load_justifications,
)
from jdlint.run.patterns import anchored_matcher
from jdlint.run.settings import Settings, rule_code
from jdlint.run.spool import gather


def apply(results: Sequence[DocumentResult],
          justifications: Justifications | Iterable[Justification], *, today: date,
          resolve_rule: Callable[[str], Any], cwd: Path | None = None,
          ) -> tuple[Sequence[DocumentResult], list[JustificationProblem]]:
    """Suppress findings that valid justifications cover; report expired, unused, invalid ones."""
    entries = list(justifications.entries if isinstance(justifications, Justifications)
                   else justifications)
    cwd = cwd or Path.cwd()
    problems: dict[int, JustificationProblem] = {}
    codes: dict[int, str | None] = {}
    for i, entry in enumerate(entries):
        code = None if entry.rule == "*" else rule_code(entry.rule, resolve_rule)
        if entry.error is None and entry.rule != "*" and code is None:
            entry = replace(entry, error=f"unknown rule {entry.rule!r}")
        if entry.error is not None:
            problems[i] = _problem("invalid", entry, entry.error)
        else:
            codes[i] = code
    relevant: set[int] = set()
    used: set[int] = set()

    def suppressed(result: DocumentResult) -> DocumentResult:
        here = [i for i in codes if result.error is None and _covers(entries[i], result.path, cwd)]
        relevant.update(here)
        findings = []
        for finding in result.findings:
            for i in here:
                if finding.suppressed or not _matches(entries[i], codes[i], finding):
                    continue
                used.add(i)
                if not _expired(entries[i], today):
                    finding = replace(finding, suppressed=True, justification=entries[i].reason)
            findings.append(finding)
        return replace(result, findings=tuple(findings))

    out = gather(map(suppressed, results), results)  # a spool stays a spool
    for i in sorted(relevant):
        entry = entries[i]
        if _expired(entry, today):
            problems[i] = _problem("expired", entry, f"expired on {entry.expires} — review it")
        elif i not in used:
            problems[i] = _problem("unused", entry, f"{entry.rule} matched no finding — remove it "
                                   "or correct its documents, rule or text")
    return out, [problems[i] for i in sorted(problems)]


def _problem(kind: str, entry: Justification, message: str) -> JustificationProblem:
    return JustificationProblem(kind, entry.index, entry.source, message,
                                inline=entry.document is not None)


def _expired(entry: Justification, today: date) -> bool:
    return entry.expires is not None and entry.expires < today


def _covers(entry: Justification, path: str, cwd: Path) -> bool:
    absolute = Path(os.path.normpath(cwd / path))
    if entry.document is not None:
        return absolute == Path(os.path.normpath(cwd / entry.document))
    if entry.base is None:
        return False
    try:
        relative = absolute.relative_to(os.path.normpath(entry.base))
    except ValueError:
        try:
            relative = absolute.resolve().relative_to(entry.base.resolve())
        except ValueError:
            return False
    return anchored_matcher(entry.documents)(relative.as_posix())


def _matches(entry: Justification, code: str | None, finding: Finding) -> bool:
    if code is not None and finding.rule != code:
        return False
    if entry.text and normalise(entry.text) not in normalise(finding.text):
        return False
    if entry.lines is not None:
        line = finding.location.line
        return line is not None and entry.lines[0] <= line <= entry.lines[1]
    return True


def justify(results: Sequence[DocumentResult], settings: Settings, *, today: date,
            resolve_rule: Callable[[str], Any],
            ) -> tuple[Sequence[DocumentResult], list[JustificationProblem]]:
    """Apply the settings' justifications file and the documents' inline directives."""
    source = settings.justifications
    justifications = load_justifications(source) if source else Justifications()
    inline = [j for r in results if r.error is None for j in inline_justifications(r)]
    if not justifications.entries and not inline:
        return results, []
    return apply(results, justifications.extended(inline), today=today,
                 resolve_rule=resolve_rule)

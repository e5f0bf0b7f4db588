"""Baselines: record today's findings so that a run fails only on new ones.

``jdlint check --write-baseline FILE`` records every unjustified finding as a fingerprint of
its rule, its normalised requirement text and its document's path (relative to the baseline's
folder), so a finding survives reformatting and being moved within the document. A later run
with ``--baseline FILE`` marks findings found in it ``baselined``: reporters still show them,
but they do not fail the run. Occurrences count: if the baseline holds one "current NMC
registration" for a document and the document now has two, one of them is new.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from jdlint import __version__
from jdlint.errors import ConfigError
from jdlint.judge.fingerprint import FINGERPRINT_KEY, fingerprint
from jdlint.outputs.atomic import atomic_writer
from jdlint.results import DocumentResult
from jdlint.run.spool import gather

SCHEMA_VERSION = 1
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True, slots=True, order=True)
class BaselineEntry:
    """One known finding: its fingerprint, plus what a reviewer needs to recognise it."""

    path: str
    rule: str
    text: str
    fingerprint: str


@dataclass(frozen=True, slots=True)
class Baseline:
    """The known findings of a baseline file; paths are relative to its folder."""

    entries: tuple[BaselineEntry, ...] = ()
    source: Path | None = None


def write_baseline(results: Sequence[DocumentResult], path: Path, *,
                   cwd: Path | None = None) -> Baseline:
    """Record the unjustified findings of ``results`` in ``path`` (atomically); return them."""
    folder = Path(path).absolute().parent
    entries = sorted(
        _entry(result.path, finding.rule, finding.text, folder, cwd)
        for result in results for finding in result.findings if not finding.suppressed)
    data = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "jdlint", "version": __version__},
        "fingerprint": FINGERPRINT_KEY,
        "entries": [{"fingerprint": e.fingerprint, "rule": e.rule, "path": e.path, "text": e.text}
                    for e in entries],
    }
    with atomic_writer(Path(path)) as stream:
        json.dump(data, stream, indent=2, ensure_ascii=False)
        stream.write("\n")
    return Baseline(tuple(entries), source=Path(path))


def load_baseline(path: Path) -> Baseline:
    """Read a baseline file; raise ConfigError naming it when it is missing or malformed."""
    shown = _display(Path(path))
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"{shown}: baseline file not found") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"{shown}: not a jdlint baseline (not valid JSON: {exc})") from exc
    except OSError as exc:
        raise ConfigError(f"{shown}: cannot be read ({exc.strerror or exc})") from exc
    if not isinstance(data, dict) or "schema_version" not in data:
        raise ConfigError(f"{shown}: not a jdlint baseline (no schema_version)")
    version = data["schema_version"]
    if version != SCHEMA_VERSION:
        raise ConfigError(f"{shown}: schema_version: this jdlint reads version {SCHEMA_VERSION}, "
                          f"got {version!r}; rewrite it with --write-baseline")
    raw = data.get("entries")
    if not isinstance(raw, list):
        raise ConfigError(f"{shown}: entries: expected a list")
    # Fingerprints from another recipe are recomputed from the fields kept beside them.
    recompute = data.get("fingerprint") != FINGERPRINT_KEY
    entries = tuple(_load_entry(item, f"{shown}: entries[{n}]", recompute)
                    for n, item in enumerate(raw))
    return Baseline(entries, source=Path(path))


def _load_entry(item: Any, where: str, recompute: bool) -> BaselineEntry:
    if not isinstance(item, dict):
        raise ConfigError(f"{where}: expected an object")
    for key in ("fingerprint", "rule", "path", "text"):
        if not isinstance(item.get(key), str):
            raise ConfigError(f"{where}: {key}: expected a string, got {item.get(key)!r}")
    if recompute:
        return BaselineEntry(item["path"], item["rule"], item["text"],
                             fingerprint(item["rule"], item["text"], item["path"]))
    if not _HEX64.match(item["fingerprint"]):
        raise ConfigError(f"{where}: fingerprint: expected 64 hexadecimal digits")
    return BaselineEntry(item["path"], item["rule"], item["text"], item["fingerprint"])


def apply_baseline(results: Sequence[DocumentResult], baseline: Baseline, *,
                   cwd: Path | None = None) -> Sequence[DocumentResult]:
    """Mark findings the baseline knows as ``baselined``, each entry covering one occurrence."""
    folder = baseline.source.absolute().parent if baseline.source else (cwd or Path.cwd())
    remaining = Counter(entry.fingerprint for entry in baseline.entries)
    return gather((_marked(result, remaining, folder, cwd) for result in results), results)


def _marked(result: DocumentResult, remaining: Counter[str], folder: Path, cwd: Path | None,
            ) -> DocumentResult:
    findings = []
    for finding in result.findings:
        if not finding.suppressed:
            key = _entry(result.path, finding.rule, finding.text, folder, cwd).fingerprint
            known = remaining[key] > 0
            if known:
                remaining[key] -= 1
            if known != finding.baselined:
                finding = replace(finding, baselined=known)
        findings.append(finding)
    return replace(result, findings=tuple(findings))


def _entry(path: str, rule: str, text: str, folder: Path, cwd: Path | None) -> BaselineEntry:
    relative = _relative(path, folder, cwd or Path.cwd())
    return BaselineEntry(relative, rule, text, fingerprint(rule, text, relative))


def _relative(path: str, folder: Path, cwd: Path) -> str:
    """Return ``path`` relative to the baseline's folder (POSIX), or absolute when outside it."""
    absolute = Path(os.path.normpath(cwd / path))
    try:
        return absolute.relative_to(os.path.normpath(folder)).as_posix()
    except ValueError:
        return absolute.as_posix()


def _display(path: Path) -> str:
    try:
        return path.absolute().relative_to(Path.cwd()).as_posix()
    except ValueError:
        return str(path)


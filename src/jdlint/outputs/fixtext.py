"""Rewrite a text or Markdown JD in place of its findings' words, and diff the result.

Each finding with a rewrite (and not justified) is looked for from its own line of the file on
(exactly, then ignoring case; any white space between words, so wrapped lines match) and
replaced there, right to left so offsets stay true. Words not found are left unplaced.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from jdlint.results import Finding

_WINDOW = 4000  # how far past its first line a finding's words may sit (a wrapped paragraph)


@dataclass(frozen=True, slots=True)
class FixedText:
    """The fixed text and which findings were rewritten in it."""

    text: str
    rewritten: tuple[Finding, ...]
    unplaced: tuple[Finding, ...]


def fix_text(original: str, findings: Sequence[Finding]) -> FixedText:
    """Return ``original`` with every rewritable finding's words replaced by its rewrite."""
    line_starts = [0]
    for line in original.splitlines(keepends=True):
        line_starts.append(line_starts[-1] + len(line))
    edits: list[tuple[int, int, str]] = []
    rewritten: list[Finding] = []
    unplaced: list[Finding] = []
    for finding in findings:
        if finding.suppressed or not finding.rewrite:
            continue
        index = (finding.location.line or 1) - 1
        begin = line_starts[min(max(index, 0), len(line_starts) - 1)]
        found = _find(original, finding.match, begin, begin + _WINDOW)
        if found is None or any(s < found[1] and found[0] < e for s, e, _ in edits):
            unplaced.append(finding)
            continue
        edits.append((*found, finding.rewrite))
        rewritten.append(finding)
    text = original
    for start, end, rewrite in sorted(edits, reverse=True):
        text = text[:start] + rewrite + text[end:]
    return FixedText(text, tuple(rewritten), tuple(unplaced))


def _find(text: str, match: str, begin: int, end: int) -> tuple[int, int] | None:
    """Return where ``match`` is in ``text[begin:end]``, any white space between its words."""
    words = [re.escape(word) for word in match.split()]
    if not words:
        return None
    pattern = re.compile(r"\s+".join(words))
    found = pattern.search(text, begin, end) or re.compile(pattern.pattern, re.IGNORECASE).search(
        text, begin, end)
    return (found.start(), found.end()) if found else None


def unified_diff(original: str, fixed: str, path: str) -> str:
    """Return a unified diff with ``a/`` and ``b/`` paths, as ``patch -p1`` and ``git apply``
    take it."""
    name = path.lstrip("/")
    diff = difflib.unified_diff(original.splitlines(keepends=True),
                                fixed.splitlines(keepends=True), f"a/{name}", f"b/{name}")
    out = []
    for line in diff:
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)

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
from pathlib import Path

from jdlint.outputs.common import LINE_FORMATS
from jdlint.results import DocumentResult, Finding

_WINDOW = 4000  # how far past its first line a finding's words may sit (a wrapped paragraph)


@dataclass(frozen=True, slots=True)
class FixedText:
    """The fixed text and which findings were rewritten in it."""

    text: str
    rewritten: tuple[Finding, ...]
    unplaced: tuple[Finding, ...]


def fix_text(original: str, findings: Sequence[Finding]) -> FixedText:
    """Return ``original`` with every rewritable finding's words replaced by its rewrite."""
    placed, unplaced = place(original, findings)
    text = original
    for start, end, finding in sorted(placed, key=lambda edit: edit[0], reverse=True):
        text = text[:start] + (finding.rewrite or "") + text[end:]
    return FixedText(text, tuple(f for _, _, f in placed), unplaced)


def place(original: str, findings: Sequence[Finding], *, rewritable: bool = True
          ) -> tuple[list[tuple[int, int, Finding]], tuple[Finding, ...]]:
    """Return where in ``original`` each rewritable finding's words are (start, end, finding),
    in the findings' order, and the findings whose words were not found or overlap another's;
    ``rewritable=False`` places every finding, justified or not, overlapping or not."""
    line_starts = [0]
    for line in original.splitlines(keepends=True):
        line_starts.append(line_starts[-1] + len(line))
    placed: list[tuple[int, int, Finding]] = []
    unplaced: list[Finding] = []
    for finding in findings:
        if rewritable and (finding.suppressed or not finding.rewrite):
            continue
        index = (finding.location.line or 1) - 1
        begin = line_starts[min(max(index, 0), len(line_starts) - 1)]
        found = _find(original, finding.match, begin, begin + _WINDOW)
        if found is None or (rewritable and any(s < found[1] and found[0] < e
                                               for s, e, _ in placed)):
            unplaced.append(finding)
            continue
        placed.append((*found, finding))
    return placed, tuple(unplaced)


def text_spans(result: DocumentResult) -> dict[int, dict[str, int]]:
    """Return, by ``id()`` of each finding of a .txt or .md file that can still be read, the
    SARIF region of its words in the file (lines and columns counted from 1 in code points,
    the end column just past the last character); ``{}`` for other files."""
    if result.format not in LINE_FORMATS or not result.findings:
        return {}
    try:
        original = Path(result.path).read_bytes().decode("utf-8", "surrogateescape")
    except OSError:
        return {}  # standard input, or a file gone since it was read: line numbers only
    placed, _ = place(original, result.findings, rewritable=False)
    return {id(finding): {**_point(original, start, "start"), **_point(original, end, "end")}
            for start, end, finding in placed}


def _point(text: str, offset: int, side: str) -> dict[str, int]:
    line_start = text.rfind("\n", 0, offset) + 1
    return {f"{side}Line": text.count("\n", 0, offset) + 1,
            f"{side}Column": offset - line_start + 1}


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

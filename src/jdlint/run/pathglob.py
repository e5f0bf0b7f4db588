"""Match relative POSIX paths against glob patterns, gitignore-style or anchored.

Two dialects share one translator:

- :func:`gitignore_matcher` (``exclude``): a pattern without a slash (``*.draft.docx``,
  ``archive``) matches a file or folder name at any depth; a pattern with a slash
  (``archive/**``, ``/old/*.pdf``) is anchored to the base folder. A matching folder
  excludes everything below it. ``**`` spans any number of folders.
- :func:`anchored_matcher` (justification ``documents``): every pattern is anchored to the
  base folder, like a shell glob with ``**``; ``*.docx`` matches only files directly in it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import PurePosixPath

Matcher = Callable[[str], bool]


def check_pattern(pattern: str) -> str | None:
    """Return why a glob pattern is unusable, or ``None`` when it is fine."""
    if not pattern.strip():
        return "a pattern must not be empty"
    if pattern.startswith("!"):
        return f"negated patterns ({pattern!r}) are not supported; list only what to match"
    if "\\" in pattern:
        return f"use forward slashes in {pattern!r}"
    if pattern.count("[") != pattern.count("]"):
        return f"unbalanced brackets in {pattern!r}"
    return None


def translate(pattern: str, *, anchored: bool) -> re.Pattern[str]:
    """Compile one glob pattern to a regular expression over relative POSIX paths."""
    body = pattern.strip().strip("/") if anchored else pattern.strip().rstrip("/")
    body = body.lstrip("/")
    segments = [s for s in body.split("/") if s not in ("", ".")]
    parts: list[str] = [] if anchored else ["(?:[^/]*/)*"]
    for index, segment in enumerate(segments):
        last = index == len(segments) - 1
        if segment == "**":
            parts.append(".*" if last else "(?:[^/]*/)*")
        else:
            parts.append(_segment(segment) + ("" if last else "/"))
    return re.compile("".join(parts))


def _segment(segment: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(segment):
        char = segment[i]
        if char == "*":
            out.append("[^/]*")
        elif char == "?":
            out.append("[^/]")
        elif char == "[" and "]" in segment[i + 1:]:
            end = segment.index("]", i + 1)
            inner = segment[i + 1:end]
            negate = inner.startswith("!")
            inner = inner[1:] if negate else inner
            out.append("[" + ("^" if negate else "") + inner.replace("\\", "\\\\") + "]")
            i = end
        else:
            out.append(re.escape(char))
        i += 1
    return "".join(out)


def _is_anchored(pattern: str) -> bool:
    return "/" in pattern.strip().rstrip("/")


def gitignore_matcher(patterns: Sequence[str]) -> Matcher:
    """Return a test telling whether a relative path, or a folder above it, matches."""
    compiled = [translate(p, anchored=_is_anchored(p)) for p in patterns]

    def matches(relative: str) -> bool:
        parts = PurePosixPath(relative).parts
        prefixes = ["/".join(parts[: n + 1]) for n in range(len(parts))]
        return any(rx.fullmatch(prefix) for rx in compiled for prefix in prefixes)

    return matches


def anchored_matcher(patterns: Sequence[str]) -> Matcher:
    """Return a test telling whether a relative path matches one of the anchored globs."""
    compiled = [translate(p, anchored=True) for p in patterns]

    def matches(relative: str) -> bool:
        path = PurePosixPath(relative).as_posix()
        return any(rx.fullmatch(path) for rx in compiled)

    return matches

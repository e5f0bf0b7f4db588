"""Match relative POSIX paths against glob patterns with ``pathspec`` (gitignore semantics).

- :func:`gitignore_matcher` (``exclude``): exactly as ``.gitignore`` reads — a pattern without
  a slash (``*.draft.docx``, ``archive``) matches a name at any depth; one with a slash
  (``archive/**``, ``/old/*.pdf``) is anchored to the base folder; a matching folder excludes
  everything below it; ``!pattern`` takes a path back in.
- :func:`anchored_matcher` (justification ``documents``): every pattern is anchored to the
  base folder, like a shell glob with ``**``; ``*.docx`` matches only files directly in it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pathspec

Matcher = Callable[[str], bool]


def check_pattern(pattern: str, *, negation: bool = False) -> str | None:
    """Return why a glob pattern is unusable, or ``None`` when it is fine."""
    if not pattern.strip():
        return "a pattern must not be empty"
    if pattern.startswith("!") and not negation:
        return f"negated patterns ({pattern!r}) are not supported; list only what to match"
    if "\\" in pattern:
        return f"use forward slashes in {pattern!r}"
    if pattern.count("[") != pattern.count("]"):
        return f"unbalanced brackets in {pattern!r}"
    try:
        pathspec.GitIgnoreSpec.from_lines([pattern])
    except ValueError as exc:
        return f"{pattern!r} is not a glob pattern ({exc})"
    return None


def gitignore_matcher(patterns: Sequence[str]) -> Matcher:
    """Return a test telling whether a relative path, or a folder above it, is excluded."""
    spec = pathspec.GitIgnoreSpec.from_lines([p.strip() for p in patterns])
    return lambda relative: bool(spec.match_file(relative))


def anchored_matcher(patterns: Sequence[str]) -> Matcher:
    """Return a test telling whether a relative path matches one of the anchored globs."""
    anchored = ["/" + p.strip().lstrip("/") for p in patterns]
    spec = pathspec.GitIgnoreSpec.from_lines(anchored)
    return lambda relative: bool(spec.match_file(relative))

"""Lint one document: bytes → Document → findings → DocumentResult.

This is the unit of work a worker process, the cache, or a distributed engine runs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from jdlint.errors import ErrorCategory, ReadError
from jdlint.results import DocumentResult, Severity

DEFAULT_MAX_FILE_MB = 50


@dataclass(frozen=True, slots=True)
class LintOptions:
    """What decides a document's findings (and so belongs in any cache key)."""

    select: frozenset[str] | None = None
    ignore: frozenset[str] = frozenset()
    severities: Mapping[str, Severity] = field(default_factory=dict)
    extra_rules: tuple[Path, ...] = ()
    max_file_mb: float = DEFAULT_MAX_FILE_MB


@lru_cache(maxsize=4)
def ruleset_for(extra_rules: tuple[Path, ...]):  # type: ignore[no-untyped-def]
    """Load (once per process) the shipped rules plus a trust's own folders."""
    from jdlint.rules import load_ruleset

    return load_ruleset(extra_rules)


def lint_bytes(data: bytes, name: str, options: LintOptions | None = None) -> DocumentResult:
    """Read and lint one document from its bytes and display name; never raises ReadError."""
    from jdlint.api import error_result, read_document

    options = options or LintOptions()
    if len(data) > options.max_file_mb * 1024 * 1024:
        return error_result(name, too_large_error(len(data), options.max_file_mb))
    try:
        document = read_document(data, name)
    except ReadError as error:
        return error_result(name, error)
    return lint_document(document, options)


def lint_document(document, options: LintOptions) -> DocumentResult:  # type: ignore[no-untyped-def]
    """Run the rules over a structured document."""
    from jdlint.context import is_leadership_post
    from jdlint.engine import lint

    ruleset = ruleset_for(options.extra_rules)
    findings = lint(
        document,
        ruleset,
        select=options.select,
        ignore=options.ignore,
        severities=options.severities,
    )
    return DocumentResult(
        path=document.path,
        format=document.format,
        title=document.title,
        band=document.band,
        directorate=document.directorate,
        reference=document.reference,
        leadership=is_leadership_post(document.title, document.band, ruleset.lexicon),
        findings=findings,
    )


def too_large_error(size: int, limit_mb: float) -> ReadError:
    """Return the ``too-large`` error for a file of ``size`` bytes over ``limit_mb``."""
    return ReadError(
        ErrorCategory.TOO_LARGE,
        f"The file is {size / 1024 / 1024:.1f} MB, over the {limit_mb:g} MB limit "
        "(raise it with --max-file-size or max-file-size-mb in the configuration).",
    )

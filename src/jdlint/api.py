"""The library API: read and lint one document, from a path or from bytes.

bytes → :class:`RawDocument` (:mod:`jdlint.read`) → :class:`Document` (:mod:`jdlint.structure`)
→ findings (:mod:`jdlint.judge`) → :class:`DocumentResult`. This is the unit of work a worker
process, the cache, the benchmark and the distributed runners (Dask, Spark) call. Results are
frozen values whose ``as_dict()`` is the JSON schema of ``jdlint check``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from jdlint.document import Document
from jdlint.errors import ErrorCategory, ReadError
from jdlint.read import format_of, read
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
    from jdlint.judge.rules import load_ruleset

    return load_ruleset(extra_rules)


def lint_bytes(data: bytes, name: str, options: LintOptions | None = None) -> DocumentResult:
    """Read and lint one document from its bytes and display name; never raises ReadError."""
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
    from jdlint.judge.context import is_leadership_post
    from jdlint.judge.engine import lint

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


def read_document(data: bytes, name: str) -> Document:
    """Read and structure one document from its bytes and its name."""
    from jdlint.structure import assemble

    return assemble(read(data, name))


def read_path(path: Path) -> Document:
    """Read and structure one document from a file (never modifying it)."""
    return read_document(read_bytes(path), str(path))


def read_bytes(path: Path) -> bytes:
    """Read a file's bytes, turning OS errors into an ``unreadable`` ReadError."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ReadError(ErrorCategory.UNREADABLE, _os_error_message(exc)) from exc


def _os_error_message(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "jdlint is not allowed to read this file (check its permissions)."
    if isinstance(exc, IsADirectoryError):
        return _folder_message(exc.filename)
    if isinstance(exc, FileNotFoundError):
        return ("The file is not there: it was moved or deleted before it could be read, "
                "or it is a broken shortcut (symlink).")
    return f"The file could not be read ({exc.strerror or exc})."


def _folder_message(folder: object) -> str:
    # discover() hands over, in place, a folder it could not open, for it to be reported here.
    try:
        os.scandir(folder).close()  # type: ignore[call-overload]
    except OSError:
        return ("jdlint could not open this folder (check its permissions), so the files in it "
                "were not checked.")
    return "This is a folder, not a file."


def error_result(name: str, error: ReadError) -> DocumentResult:
    """Return the result for a file that could not be read."""
    return DocumentResult(path=name, format=format_of(name) or "unknown", error=error)

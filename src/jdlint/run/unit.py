"""The unit of work: one document's bytes → Document → findings → DocumentResult.

This is what a worker process, the cache, the benchmark and the distributed executors run for
each file, under the run's :class:`~jdlint.run.settings.Settings`. A document that cannot be
read becomes a result with an error category, never an exception.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from jdlint.document import Document
from jdlint.errors import ErrorCategory, ReadError
from jdlint.judge.catalogue import ruleset_for
from jdlint.read import format_of, read
from jdlint.results import DocumentResult
from jdlint.run.diagnostics import captured
from jdlint.run.settings import Settings


def read_document(data: bytes, name: str) -> Document:
    """Read and structure one document from its bytes and its name."""
    from jdlint.structure import assemble

    return assemble(read(data, name))


def read_path(path: Path) -> Document:
    """Read and structure one document from a file (never modifying it)."""
    return read_document(read_bytes(path), str(path))


def lint_bytes(data: bytes, name: str, settings: Settings | None = None) -> DocumentResult:
    """Read and lint one document from its bytes and display name; never raises ReadError."""
    settings = settings or Settings()
    if len(data) > settings.max_file_mb * 1024 * 1024:
        return error_result(name, too_large_error(len(data), settings.max_file_mb))
    with captured() as said:
        try:
            read: Document | ReadError = read_document(data, name)
        except ReadError as error:
            read = error
    result = (error_result(name, read) if isinstance(read, ReadError)
              else lint_document(read, settings))
    return replace(result, warnings=tuple(said)) if said else result


def lint_document(document: Document, settings: Settings | None = None) -> DocumentResult:
    """Run the rules over a structured document."""
    from jdlint.judge.engine import lint
    from jdlint.judge.post import is_leadership_post

    settings = settings or Settings()
    ruleset = ruleset_for(settings.extra_rules)
    findings = lint(document, ruleset, select=settings.select, ignore=settings.ignore,
                    severities=settings.severities)
    return DocumentResult(
        path=document.path,
        format=document.format,
        title=document.title,
        band=document.band,
        directorate=document.directorate,
        reference=document.reference,
        leadership=is_leadership_post(document.title, document.band, ruleset.lexicon),
        findings=findings,
        directives=document.directives,
    )


def error_result(name: str, error: ReadError) -> DocumentResult:
    """Return the result for a file that could not be read."""
    return DocumentResult(path=name, format=format_of(name) or "unknown", error=error)


def too_large_error(size: int, limit_mb: float) -> ReadError:
    """Return the ``too-large`` error for a file of ``size`` bytes over ``limit_mb``."""
    return ReadError(
        ErrorCategory.TOO_LARGE,
        f"The file is {size / 1024 / 1024:.1f} MB, over the {limit_mb:g} MB limit "
        "(raise it with --max-file-size or max-file-size-mb in the configuration).",
    )


def read_capped_bytes(path: Path, max_mb: float) -> bytes:
    """Read a file, refusing it as ``too-large`` from its size before reading a byte."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    if size > max_mb * 1024 * 1024:
        raise too_large_error(size, max_mb)
    return read_bytes(path)


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


def _folder_message(folder: str | bytes | os.PathLike[str] | None) -> str:
    # discover() hands over, in place, a folder it could not open, for it to be reported here.
    try:
        os.scandir(folder or ".").close()
    except OSError:
        return ("jdlint could not open this folder (check its permissions), so the files in it "
                "were not checked.")
    return "This is a folder, not a file."

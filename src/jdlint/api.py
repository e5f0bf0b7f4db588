"""The library API: read and lint one document, from a path or from bytes.

This is what the CLI, the benchmark and the distributed runners (Dask, Spark) call.
Results are frozen values whose ``as_dict()`` is the JSON schema of ``jdlint check``.
"""

from __future__ import annotations

import os
from pathlib import Path

from jdlint.document import Document
from jdlint.errors import ErrorCategory, ReadError
from jdlint.readers import format_of, read
from jdlint.results import DocumentResult


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

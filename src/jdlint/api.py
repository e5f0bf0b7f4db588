"""The library API: read and lint one document, from a path or from bytes.

This is what the CLI, the benchmark and the distributed runners (Dask, Spark) call.
Results are frozen values whose ``as_dict()`` is the JSON schema of ``jdlint check``.
"""

from __future__ import annotations

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
    return read_document(_read_bytes(path), str(path))


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except PermissionError as exc:
        raise ReadError(ErrorCategory.UNREADABLE, "jdlint is not allowed to read this file.") from exc
    except IsADirectoryError as exc:
        raise ReadError(ErrorCategory.UNREADABLE, "This is a folder, not a file.") from exc
    except FileNotFoundError as exc:
        raise ReadError(ErrorCategory.UNREADABLE, "The file disappeared before it could be read.") from exc
    except OSError as exc:
        raise ReadError(ErrorCategory.UNREADABLE, f"The file could not be read ({exc.strerror}).") from exc


def error_result(name: str, error: ReadError) -> DocumentResult:
    """Return the result for a file that could not be read."""
    return DocumentResult(path=name, format=format_of(name) or "unknown", error=error)

"""Readers: turn the bytes of one file into a :class:`~jdlint.document.RawDocument`.

Each reader module exposes ``read(data: bytes, name: str) -> RawDocument`` and raises
:class:`~jdlint.errors.ReadError` (with a category) for anything it cannot read. Readers
never touch the filesystem: they get bytes and a display name, so a distributed engine can
hand them a document it fetched itself.
"""

from __future__ import annotations

import importlib
from pathlib import PurePath

from jdlint.document import RawDocument
from jdlint.errors import ErrorCategory, ReadError

FORMATS: dict[str, str] = {
    ".docx": "docx",
    ".pdf": "pdf",
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
}

_MODULES = {
    "docx": "jdlint.readers.docx",
    "pdf": "jdlint.readers.pdf",
    "txt": "jdlint.readers.text",
    "md": "jdlint.readers.markdown",
}


def format_of(name: str) -> str | None:
    """Return the format a file name's extension promises, or ``None``."""
    return FORMATS.get(PurePath(name).suffix.lower())


def read(data: bytes, name: str) -> RawDocument:
    """Read one file's bytes with the reader its extension names."""
    fmt = format_of(name)
    if fmt is None:
        suffix = PurePath(name).suffix or "files without an extension"
        raise ReadError(
            ErrorCategory.UNSUPPORTED_FORMAT,
            f"jdlint reads .docx, .pdf, .txt and .md files, not {suffix}.",
        )
    module = importlib.import_module(_MODULES[fmt])
    raw: RawDocument = module.read(data, name)
    return raw

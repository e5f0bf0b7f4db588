"""The registry of readers: which module reads which format, and the names that promise it.

Adding a reader is one module exposing ``read(data: bytes, name: str) -> RawDocument`` plus
one :class:`Reader` line in :data:`READERS`; :func:`jdlint.read.read`, folder discovery, the
error messages and ``tests/test_readers_registry.py`` all go by this table.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath

from jdlint.document import RawDocument

ReadFunction = Callable[[bytes, str], RawDocument]


@dataclass(frozen=True, slots=True)
class Reader:
    """One reader: the format it gives, its module, and the file names that promise it."""

    format: str  # the format results carry ("docx", "pdf", "txt", "md", "odt", "html", ...)
    module: str  # exposes read(data: bytes, name: str) -> RawDocument
    extensions: tuple[str, ...]  # lower case, the usual one first
    label: str  # in plain words, for messages
    libraries: tuple[str, ...] = ()  # the Python distributions behind it, for ``jdlint doctor``
    converter: str | None = None  # an outside program it needs ("LibreOffice"), if any

    def load(self) -> ReadFunction:
        """Return the reader's ``read`` function (importing its module)."""
        read: ReadFunction = importlib.import_module(self.module).read
        return read


READERS: tuple[Reader, ...] = (
    Reader("docx", "jdlint.read.docx", (".docx",), "Word documents", ("lxml",)),
    Reader("pdf", "jdlint.read.pdf", (".pdf",), "PDF files", ("pypdfium2", "pdfminer.six")),
    Reader("txt", "jdlint.read.text", (".txt", ".text"), "plain text"),
    Reader("md", "jdlint.read.markdown", (".md", ".markdown"), "Markdown"),
    Reader("odt", "jdlint.read.odt", (".odt", ".ott", ".fodt"), "OpenDocument text", ("lxml",)),
    Reader("html", "jdlint.read.html", (".html", ".htm"), "web pages", ("lxml",)),
    Reader("doc", "jdlint.read.legacy.doc", (".doc",), "Word 97-2003 documents", ("lxml",),
           converter="LibreOffice"),
    Reader("rtf", "jdlint.read.legacy.rtf", (".rtf",), "Rich Text files", ("lxml",),
           converter="LibreOffice"),
)
_BY_FORMAT = {r.format: r for r in READERS}
_BY_EXTENSION = {extension: r for r in READERS for extension in r.extensions}


def reader(fmt: str) -> Reader:
    """Return the reader of a format (KeyError if jdlint has none)."""
    return _BY_FORMAT[fmt]


def format_of(name: str) -> str | None:
    """Return the format a file name's extension promises, or ``None``."""
    found = _BY_EXTENSION.get(PurePath(name).suffix.lower())
    return found.format if found else None


def extensions() -> frozenset[str]:
    """Return every extension a reader takes."""
    return frozenset(_BY_EXTENSION)


def described() -> str:
    """Return the usual extensions in words, e.g. ``.docx, .pdf, .txt, .md, .odt and .html``."""
    names = [r.extensions[0] for r in READERS]
    return f"{', '.join(names[:-1])} and {names[-1]}"

"""Readers: turn the bytes of one file into a :class:`~jdlint.document.RawDocument`.

Each reader module exposes ``read(data: bytes, name: str) -> RawDocument`` and raises
:class:`~jdlint.errors.ReadError` (with a category) for anything it cannot read. Readers
never touch the filesystem: they get bytes and a display name, so a distributed engine can
hand them a document it fetched itself.

:func:`read` chooses the reader by what the bytes are (:mod:`jdlint.read.sniff`), not only by the
name. A file whose content jdlint can read under the wrong name (a PDF saved as ``.docx``, a
text export called ``.pdf``, a ``.docx`` renamed ``.doc``) is read by its real type and
linted as usual, with a note saying so: HR users want the findings, and the file was read,
so it is not an error. A file whose content jdlint cannot read is a ``ReadError``:
``wrong-extension`` when its name promised a format jdlint reads, ``unsupported-format``
when it did not (both say how to convert it), ``encrypted`` for a password-protected Office
file and ``no-text`` for an image.

Word 97-2003 (.doc) and Rich Text (.rtf) files are read through LibreOffice
(:mod:`jdlint.read.legacy`) when it is installed, by content too: a ``.doc`` that is really
RTF (as Word often saves them) is read as RTF, one that is really a .docx as a .docx. Without
LibreOffice they stay ``unsupported-format`` (``wrong-extension`` under a .docx or .pdf name)
with what to install. A ``.doc`` or ``.rtf`` name over bytes that are neither (and not text)
is ``corrupt``, without starting LibreOffice. A web page saved as ``.doc`` is refused as a web
page until a reader of format ``html`` is registered, and then read by it.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import PurePath

from jdlint.document import RawDocument
from jdlint.errors import ErrorCategory, ReadError
from jdlint.read.registry import READERS, described, format_of, reader
from jdlint.read.sniff import DOC, MHT, RTF, XLSX, Kind, sniff

__all__ = ["UNSUPPORTED", "format_of", "read"]
# Formats people keep job descriptions in that jdlint does not read, with what to do.
UNSUPPORTED: dict[str, Kind] = {
    ".dot": DOC, ".mht": MHT, ".mhtml": MHT, ".xlsx": XLSX,
}
_TEXT = Kind("txt", "a plain-text file", reader="txt")
_LEGACY = ("doc", "rtf")  # read through LibreOffice, when it is installed
_BINARY = ("docx", "pdf", *_LEGACY)  # names that promise a format with a signature
_REGISTERED = frozenset(r.format for r in READERS)


def read(data: bytes, name: str) -> RawDocument:
    """Read one file's bytes with the reader for what they really are."""
    claimed = format_of(name)
    suffix = PurePath(name).suffix.lower()
    kind = sniff(data)
    # Text under a binary name (or an old-format name like .doc) is read as text.
    textual = claimed in (*_BINARY, "odt") or (
        claimed is None and suffix in (*UNSUPPORTED, ""))
    if kind is None and textual and _looks_like_text(data):
        kind = _TEXT
    if kind is None:
        fmt = _by_name(data, claimed, suffix)
    elif (kind.reader or kind.name) not in _REGISTERED:
        raise _cannot_read(kind, claimed, suffix)
    else:
        fmt = kind.reader or kind.name  # a kind sniffing knows, once a reader takes it
        if fmt in _LEGACY and not _libreoffice():
            raise _cannot_read(kind, None if claimed in _LEGACY else claimed, suffix)
    raw = reader(fmt).load()(data, name)
    if claimed == fmt:
        return raw
    return replace(raw, notes=(*raw.notes, _misnamed_note(suffix, kind, claimed)))


def _by_name(data: bytes, claimed: str | None, suffix: str) -> str:
    """Return the reader for bytes with no recognisable signature, going by the name."""
    if claimed is None:
        known = UNSUPPORTED.get(suffix)
        shown = suffix or "files without an extension"
        advice = f" {known.advice}" if known else ""
        raise ReadError(ErrorCategory.UNSUPPORTED_FORMAT,
                        f"jdlint reads {described()} files, not {shown}.{advice}")
    if not data and claimed in (*_BINARY, "odt", "html"):
        raise ReadError(ErrorCategory.CORRUPT, "The file is empty (0 bytes); it may not have "
                        "finished downloading or saving. Fetch or save it again.")
    if claimed in _LEGACY:  # LibreOffice would take anything as text: refuse it here, quickly
        raise ReadError(ErrorCategory.CORRUPT, f"The file is named {suffix} but its content is "
                        f"not {(DOC if claimed == 'doc' else RTF).label} (nor any format jdlint "
                        "knows); it is probably damaged. Open it and save it again.")
    return claimed


def _cannot_read(kind: Kind, claimed: str | None, suffix: str) -> ReadError:
    why = ("which jdlint reads only with LibreOffice, and LibreOffice was not found"
           if kind.reader in _LEGACY else "which jdlint cannot read")
    if kind.category is not ErrorCategory.UNSUPPORTED_FORMAT or claimed is None:
        return ReadError(kind.category, f"This file is {kind.label}, {why}. {kind.advice}")
    return ReadError(ErrorCategory.WRONG_EXTENSION,
                     f"This file is named {suffix} but is really {kind.label}, {why}. "
                     f"{kind.advice}")


def _misnamed_note(suffix: str, kind: Kind | None, claimed: str | None) -> str:
    label = kind.label if kind else "a file of another type"
    shown = suffix or "without an extension"
    note = f"The file is named {shown} but is really {label}; it was read as such."
    if claimed is not None and kind is not None and kind.reader is not None:
        note += f" Rename it to {reader(kind.reader).extensions[0]} so other programs open it too."
    return note


def _libreoffice() -> bool:
    from jdlint.read.legacy.soffice import available

    return available()


def _looks_like_text(data: bytes) -> bool:
    from jdlint.read.decoding import decode

    try:
        decode(data[:65536])
    except ReadError:
        return False
    except UnicodeDecodeError:
        return False
    return True

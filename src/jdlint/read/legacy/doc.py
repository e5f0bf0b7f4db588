"""The ``doc`` reader: Word 97-2003 files, through LibreOffice (:mod:`jdlint.read.legacy`)."""

from __future__ import annotations

from jdlint.document import RawDocument
from jdlint.read.legacy import read_as


def read(data: bytes, name: str) -> RawDocument:
    """Read a Word 97-2003 document's bytes; raise ReadError when it cannot be read."""
    return read_as("doc", data, name)

"""The ``rtf`` reader: Rich Text files, through LibreOffice (:mod:`jdlint.read.legacy`)."""

from __future__ import annotations

from jdlint.document import RawDocument
from jdlint.read.legacy import read_as


def read(data: bytes, name: str) -> RawDocument:
    """Read a Rich Text file's bytes; raise ReadError when it cannot be read."""
    return read_as("rtf", data, name)

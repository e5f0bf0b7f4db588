"""Read Word 97-2003 (.doc) and Rich Text (.rtf) files by having LibreOffice convert them.

Takes a file's bytes and name, gives a :class:`~jdlint.document.RawDocument` with format
``doc`` or ``rtf``: LibreOffice (``soffice --headless --convert-to docx``, :mod:`.soffice`)
turns a copy into a .docx in a scratch folder, which the Word reader reads, so structure
recovery and the rules see the same block model as for any Word document. Without
LibreOffice, :func:`jdlint.read.read` refuses the file before it gets here, saying what to
install.

Batching, not one LibreOffice per file, nor a converter kept running. Starting LibreOffice
costs about a second (1.1 s here, 1.5 s with a new profile) and converting one JD about 0.1 s,
so a folder of 500 .doc files converted one call per file spends almost all its time starting
LibreOffice. Measured on this machine (2 cores shared with other work, ``bench/convert_speed.py``,
50 corpus JDs saved as .doc, ``jdlint check -j 2``): see the README's table; one call per
worker chunk (up to 16 files, :mod:`.batch`) is several times faster than one call per
file. A converter kept running (``unoserver``) would save the remaining starts, but needs
LibreOffice's Python-UNO bindings, which are a separate package not installed with
``libreoffice-writer-nogui`` in a virtual environment, and a long-lived server per worker to
keep alive, time out and restart; with chunks of 16 the starts are already a minority of the
time, so batching is the simpler, dependency-free choice.
"""

from __future__ import annotations

from dataclasses import replace

from jdlint.document import RawDocument
from jdlint.read.legacy.batch import convert_one

FORMATS = ("doc", "rtf")


def read_as(fmt: str, data: bytes, name: str) -> RawDocument:
    """Convert a .doc or .rtf file's bytes to .docx and read them; raise ReadError."""
    from jdlint.read import docx

    raw = docx.read(convert_one(data, fmt), name)
    return replace(raw, format=fmt)

"""Read Word 97-2003 (.doc) and Rich Text (.rtf) files by having LibreOffice convert them.

Takes a file's bytes and name, gives a :class:`~jdlint.document.RawDocument` with format
``doc`` or ``rtf``: LibreOffice (``soffice --headless --convert-to docx``, :mod:`.soffice`)
turns a copy into a .docx in a scratch folder, which the Word reader reads, so structure
recovery and the rules see the same block model as for any Word document. Without
LibreOffice, :func:`jdlint.read.read` refuses the file before it gets here, saying what to
install.

Batching, not one LibreOffice per file, nor a converter kept running. Starting LibreOffice
costs 1-2 s (1.1 s on an idle core, more with a new profile or a busy machine) and converting
one JD a small fraction of that, so a folder of 500 .doc files converted one call per file
spends almost all its time starting LibreOffice. Measured on this machine (2 cores shared with
other work, load average about 4.4; ``bench/convert_speed.py``, 50 corpus JDs saved as .doc):
one call per file 69.5 s (0.7 documents/s); one call per 16 files 8.4 s; one call for all 50
4.6 s; ``jdlint check -j 2`` with one call per worker chunk (:mod:`jdlint.run.convert`, up to
64 files) 6.6 s, 7.6 documents/s, against 1.6 s for the same JDs as .docx. A converter kept
running (``unoserver``) would save the remaining starts, but it needs LibreOffice's Python-UNO
bindings (``python3-uno``: not installed here, and importable only from the system Python, not
jdlint's virtual environment) and a server per worker to keep alive, time out and restart; with
one start per chunk the starts are already a minority of the time, so batching is the simpler,
dependency-free choice.
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

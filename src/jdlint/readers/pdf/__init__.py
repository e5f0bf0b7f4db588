"""Read a PDF: positioned text from a backend, then layout recovery in pure Python.

The pipeline is ``backend → pages of positioned text runs and ruling lines
(:mod:`~jdlint.readers.pdf.geometry`) → rows, margins, tables, paragraphs →``
:class:`~jdlint.document.RawDocument`. Only :mod:`~jdlint.readers.pdf.pdfminer_backend` knows
pdfminer; another backend (pypdfium2) need only produce :class:`PageLayout` values.
"""

from __future__ import annotations

from pdfminer.pdfdocument import PDFEncryptionError

from jdlint.document import RawDocument
from jdlint.errors import ErrorCategory, ReadError
from jdlint.readers.pdf.layout import assemble
from jdlint.readers.pdf.pdfminer_backend import extract

__all__ = ["read"]


def read(data: bytes, name: str) -> RawDocument:
    """Read the bytes of a PDF file into lines and tables in reading order."""
    if b"%PDF-" not in data[:1024]:
        raise ReadError(ErrorCategory.CORRUPT, f"{name} is not a PDF file (no %PDF- header).")
    try:
        pages = extract(data)
    except PDFEncryptionError as exc:
        raise ReadError(
            ErrorCategory.ENCRYPTED,
            f"{name} is encrypted and needs a password to open; save an unprotected copy.",
        ) from exc
    except Exception as exc:
        raise ReadError(
            ErrorCategory.CORRUPT, f"{name} is damaged or not a valid PDF ({type(exc).__name__})."
        ) from exc
    if not pages:
        raise ReadError(ErrorCategory.CORRUPT, f"{name} has no pages.")
    if not any(page.lines for page in pages):
        raise ReadError(
            ErrorCategory.NO_TEXT,
            f"{name} has no text layer (a scanned image?); it needs OCR before jdlint can read it.",
        )
    try:
        return assemble(pages, name)
    except Exception as exc:
        raise ReadError(
            ErrorCategory.CORRUPT, f"{name} could not be laid out ({type(exc).__name__}: {exc})."
        ) from exc

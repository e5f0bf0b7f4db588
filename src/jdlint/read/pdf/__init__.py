"""Read a PDF: positioned text from a backend, then layout recovery in pure Python.

The pipeline is ``backend → pages of positioned text runs and ruling lines
(:mod:`~jdlint.read.pdf.geometry`) → rows, margins, tables, paragraphs →``
:class:`~jdlint.document.RawDocument`. Two backends produce the same :class:`PageLayout` values:

- ``pdfium`` (:mod:`~jdlint.read.pdf.pdfium_backend`, pypdfium2): the default, about three
  times faster (about 4 against 23 ms a page on the benchmark corpus, most of it now the Python that
  turns characters into runs);
- ``pdfminer`` (:mod:`~jdlint.read.pdf.pdfminer_backend`, pdfminer.six): the reference
  reader, used when pypdfium2 is not installed or PDFium fails on a file.

The environment variable ``JDLINT_PDF_BACKEND`` (``auto``, ``pdfium`` or ``pdfminer``) or the
``backend`` argument forces one; ``auto`` (the default) tries pdfium, then pdfminer.
"""

from __future__ import annotations

import importlib
import os
from types import ModuleType

from jdlint.document import RawDocument
from jdlint.errors import ConfigError, ErrorCategory, ReadError
from jdlint.read.pdf.geometry import PageLayout
from jdlint.read.pdf.layout import assemble

__all__ = ["BACKENDS", "BACKEND_ENV", "backend_choice", "read"]

BACKEND_ENV = "JDLINT_PDF_BACKEND"
BACKENDS = {"auto": ("pdfium", "pdfminer"), "pdfium": ("pdfium",), "pdfminer": ("pdfminer",)}
_MODULES = {"pdfium": "jdlint.read.pdf.pdfium_backend",
            "pdfminer": "jdlint.read.pdf.pdfminer_backend"}


def backend_choice(backend: str | None = None) -> str:
    """Return the backend in force: the argument, else ``$JDLINT_PDF_BACKEND``, else auto."""
    choice = (backend or os.environ.get(BACKEND_ENV) or "auto").strip().lower()
    if choice not in BACKENDS:
        raise ConfigError(f"{BACKEND_ENV} must be one of {', '.join(BACKENDS)}, not {choice!r}.")
    return choice


def read(data: bytes, name: str, *, backend: str | None = None) -> RawDocument:
    """Read the bytes of a PDF file into lines and tables in reading order."""
    if b"%PDF-" not in data[:1024]:
        raise ReadError(ErrorCategory.CORRUPT, f"{name} is not a PDF file (no %PDF- header).")
    pages = _extract(data, name, backend_choice(backend))
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
            ErrorCategory.CORRUPT, f"{name} could not be laid out: its pages are probably "
            "damaged. Save or export it from the source document again."
        ) from exc


def _extract(data: bytes, name: str, choice: str) -> list[PageLayout]:
    """Run the chosen backends in order until one reads the file."""
    failure: Exception | None = None
    for label in BACKENDS[choice]:
        module = _load(label, forced=choice != "auto")
        if module is None:
            continue
        try:
            pages: list[PageLayout] = module.extract(data)
            return pages
        except _encrypted(module) as exc:
            raise ReadError(
                ErrorCategory.ENCRYPTED,
                f"{name} is encrypted and needs a password to open; save an unprotected copy.",
            ) from exc
        except Exception as exc:  # a damaged file: try the next backend, else report the first
            failure = failure or exc
    if failure is None:
        raise ConfigError("No PDF reader is installed: install pypdfium2 or pdfminer.six.")
    raise ReadError(
        ErrorCategory.CORRUPT,
        f"{name} is damaged or not a valid PDF. Save or export it from the source document "
        "again.",
    ) from failure


def _load(label: str, *, forced: bool) -> ModuleType | None:
    try:
        return importlib.import_module(_MODULES[label])
    except ImportError as exc:
        if forced:
            raise ConfigError(
                f"{BACKEND_ENV}={label} but its library is not installed ({exc.name})."
            ) from exc
        return None


def _encrypted(module: ModuleType) -> type[Exception]:
    if module.__name__.endswith("pdfium_backend"):
        error: type[Exception] = module.EncryptedPdf
        return error
    from pdfminer.pdfdocument import PDFEncryptionError

    return PDFEncryptionError

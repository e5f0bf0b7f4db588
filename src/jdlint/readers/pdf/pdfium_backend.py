"""The pypdfium2 backend: PDF bytes to the same pages of text runs and ruling lines as pdfminer.

PDFium (C++, bundled in the pypdfium2 wheel) parses the page; this module asks it only for what
the layout logic uses: the characters as columns (:mod:`~jdlint.readers.pdf.pdfium_chars`),
turned into runs as in the pdfminer backend (:mod:`~jdlint.readers.pdf.pdfium_runs`), and the
painted paths (:mod:`~jdlint.readers.pdf.pdfium_paths`).
"""

from __future__ import annotations

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from jdlint.readers.pdf.geometry import PageLayout
from jdlint.readers.pdf.pdfium_chars import page_chars
from jdlint.readers.pdf.pdfium_paths import page_rules
from jdlint.readers.pdf.pdfium_runs import page_runs


class EncryptedPdf(Exception):
    """The PDF needs a password to open."""


def extract(data: bytes) -> list[PageLayout]:
    """Lay out every page of a PDF; PDFium's errors propagate (EncryptedPdf for a password)."""
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if exc.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            raise EncryptedPdf(str(exc)) from exc
        raise
    try:
        pages = []
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                pages.append(_page(index + 1, page))
            finally:
                page.close()
        return pages
    finally:
        pdf.close()


def _page(number: int, page: pdfium.PdfPage) -> PageLayout:
    box = pdfium_c.FS_RECTF()
    if not pdfium_c.FPDF_GetPageBoundingBox(page.raw, box):
        box.left, box.bottom = 0.0, 0.0
        box.right, box.top = page.get_width(), page.get_height()
    rules = page_rules(page.raw, box.left, box.top)
    textpage = page.get_textpage()
    try:
        chars = page_chars(textpage.raw, box.left)
    finally:
        textpage.close()
    return PageLayout(number=number, width=box.right - box.left, height=box.top - box.bottom,
                      lines=tuple(page_runs(chars, box.top, rules)), rules=tuple(rules))

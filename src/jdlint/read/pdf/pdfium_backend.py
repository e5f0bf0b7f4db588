"""The pypdfium2 backend: PDF bytes to the same pages of text runs and ruling lines as pdfminer.

PDFium (C++, bundled in the pypdfium2 wheel) parses the page; this module asks it only for what
the layout logic uses: the characters as columns (:mod:`~jdlint.read.pdf.pdfium_chars`),
turned into runs as in the pdfminer backend (:mod:`~jdlint.read.pdf.pdfium_runs`), and the
painted paths (:mod:`~jdlint.read.pdf.pdfium_paths`).
"""

from __future__ import annotations

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from jdlint.read.pdf.geometry import PageLayout
from jdlint.read.pdf.pdfium_chars import page_chars
from jdlint.read.pdf.pdfium_paths import page_rules
from jdlint.read.pdf.pdfium_runs import page_runs


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
        return [_page(index + 1, pdf.raw, index) for index in range(len(pdf))]
    finally:
        pdf.close()


def _page(number: int, document: object, index: int) -> PageLayout:
    """Lay out one page, opened and closed by PDFium's own calls.

    pypdfium2's page and text page wrappers (parent links, finalizers) cost about 0.03 ms a
    page, a twentieth of what PDFium spends loading both; both are closed here before return.
    """
    page = pdfium_c.FPDF_LoadPage(document, index)
    if not page:
        raise pdfium.PdfiumError("Failed to load page.")  # as PdfDocument.get_page says it
    try:
        box = pdfium_c.FS_RECTF()
        if not pdfium_c.FPDF_GetPageBoundingBox(page, box):
            box.left, box.bottom = 0.0, 0.0
            box.right, box.top = pdfium_c.FPDF_GetPageWidthF(page), pdfium_c.FPDF_GetPageHeightF(
                page)
        rules = page_rules(page, box.left, box.top)
        textpage = pdfium_c.FPDFText_LoadPage(page)
        if not textpage:
            raise pdfium.PdfiumError("Failed to load text page.")
        try:
            chars = page_chars(textpage, box.left)
        finally:
            pdfium_c.FPDFText_ClosePage(textpage)
    finally:
        pdfium_c.FPDF_ClosePage(page)
    return PageLayout(number=number, width=box.right - box.left, height=box.top - box.bottom,
                      lines=tuple(page_runs(chars, box.top, rules)), rules=tuple(rules))

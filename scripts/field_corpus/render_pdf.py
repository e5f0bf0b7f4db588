"""Write a page as .pdf with fpdf2: core fonts, real table cells, fixed dates."""

from __future__ import annotations

import datetime as dt

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from field_corpus.blocks import Heading, Items, Page, PageBreak, Pairs, Para, Table
from field_corpus.model import plain

FIXED = dt.datetime(2026, 1, 5, 9, 0, 0, tzinfo=dt.UTC)
_SUBST = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
          "\u2014": "-", "\u2022": "-", "\u2713": "Yes", "\t": "  "}


def latin(text: str) -> str:
    """Return text the PDF core fonts can show (typographic marks made plain)."""
    text = plain(text)
    for k, v in _SUBST.items():
        text = text.replace(k, v)
    return text.encode("latin-1", "replace").decode("latin-1")


class _Pdf(FPDF):
    def __init__(self, header: str, footer: str) -> None:
        super().__init__(format="A4")
        self.head, self.foot = latin(header), latin(footer)

    def header(self) -> None:
        if self.head:
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 5, self.head, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.ln(2)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("Helvetica", "I", 8)
        text = f"{self.foot}    " if self.foot else ""
        self.cell(0, 5, f"{text}Page {self.page_no()} of {{nb}}", align="C")


def render(page: Page, title: str) -> bytes:
    """Return the page as PDF bytes, identical on every run."""
    pdf = _Pdf(page.header, page.footer)
    pdf.set_creation_date(FIXED)
    pdf.set_title(latin(title))
    pdf.set_author("jdlint field corpus")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    width = pdf.epw
    for b in page.blocks:
        if isinstance(b, Heading):
            size = {1: 15, 2: 12.5, 3: 11}.get(b.level, 10.5)
            pdf.set_font("Helvetica", "B", size)
            pdf.ln(2)
            pdf.multi_cell(width, size * 0.5, latin(b.text), new_x=XPos.LMARGIN,
                           new_y=YPos.NEXT)
            pdf.ln(1)
        elif isinstance(b, Para):
            pdf.set_font("Helvetica", "B" if b.bold else "", 10)
            pdf.multi_cell(width, 5, latin(b.text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.5)
        elif isinstance(b, Items):
            pdf.set_font("Helvetica", "", 10)
            for item in b.items:
                mark = "" if b.marker == "none" else ("o  " if b.marker == "o" else "-  ")
                pdf.multi_cell(width, 5, mark + latin(item), new_x=XPos.LMARGIN,
                               new_y=YPos.NEXT)
            pdf.ln(1.5)
        elif isinstance(b, Pairs):
            _pairs(pdf, b)
        elif isinstance(b, Table):
            _table(pdf, b)
        elif isinstance(b, PageBreak):
            pdf.add_page()
    return bytes(pdf.output())


def _pairs(pdf: FPDF, b: Pairs) -> None:
    width = pdf.epw
    if b.style == "table":
        _table(pdf, Table(None, tuple(b.pairs), (0.3, 0.7)))
        return
    for k, v in b.pairs:
        if b.style == "lines":
            pdf.set_font("Helvetica", "B", 10)
            pdf.multi_cell(width, 5, latin(k), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(width, 5, latin(v), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif b.style == "dash":
            pdf.set_font("Helvetica", "", 10)
            for text in (k, v):
                pdf.multi_cell(width, 5, "-  " + latin(text), new_x=XPos.LMARGIN,
                               new_y=YPos.NEXT)
        else:
            pdf.set_font("Helvetica", "B", 10)
            pdf.write(5, latin(k) + ": ")
            pdf.set_font("Helvetica", "", 10)
            pdf.write(5, latin(v))
            pdf.ln(5)
    pdf.ln(2)


def _table(pdf: FPDF, t: Table) -> None:
    if t.flat:
        pdf.set_font("Helvetica", "", 10)
        for row in ((t.header or ()), *t.rows):
            for cell in row:
                if cell:
                    pdf.multi_cell(pdf.epw, 5, latin(cell), new_x=XPos.LMARGIN,
                                   new_y=YPos.NEXT)
        pdf.ln(2)
        return
    cols = len(t.rows[0])
    widths = t.widths or tuple(1 / cols for _ in range(cols))
    pdf.set_font("Helvetica", "", 9)
    with pdf.table(col_widths=tuple(round(w * 100) for w in widths), line_height=4.6,
                   first_row_as_headings=bool(t.header), text_align="LEFT",
                   borders_layout="ALL") as table:
        for row in ([t.header] if t.header else []) + list(t.rows):
            r = table.row()
            for cell in row:
                r.cell(latin(cell))
    pdf.ln(3)

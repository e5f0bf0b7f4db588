"""Write a page as .docx with python-docx, with fixed properties and zip times."""

from __future__ import annotations

import datetime as dt
import zipfile
from io import BytesIO

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from field_corpus.blocks import Heading, Items, Page, PageBreak, Pairs, Para, Table
from field_corpus.model import plain

FIXED = dt.datetime(2026, 1, 5, 9, 0, 0)


def _runs(p: Paragraph, text: str, bold: bool = False) -> None:
    for i, line in enumerate(plain(text).split("\n")):
        if i:
            p.runs[-1].add_break(WD_BREAK.LINE)
        p.add_run(line).bold = bold


def _cell(cell: _Cell, text: str, bold: bool = False) -> None:
    lines = plain(text).split("\n") or [""]
    cell.paragraphs[0].add_run(lines[0]).bold = bold
    for line in lines[1:]:
        cell.add_paragraph().add_run(line).bold = bold


def render(page: Page, title: str) -> bytes:
    """Return the page as .docx bytes, identical on every run."""
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)
    section = doc.sections[0]
    if page.header:
        section.header.paragraphs[0].text = plain(page.header)
    if page.footer:
        section.footer.paragraphs[0].text = plain(page.footer)
    for b in page.blocks:
        if isinstance(b, Heading):
            _runs(doc.add_heading(level=min(b.level, 4)), b.text)
        elif isinstance(b, Para):
            _runs(doc.add_paragraph(), b.text, b.bold)
        elif isinstance(b, Items):
            style = {"none": None, "o": "List Bullet 2"}.get(b.marker, "List Bullet")
            for item in b.items:
                _runs(doc.add_paragraph(style=style), item)
        elif isinstance(b, Pairs):
            _pairs(doc, b)
        elif isinstance(b, Table):
            _table(doc, b)
        elif isinstance(b, PageBreak):
            doc.add_page_break()
    props = doc.core_properties
    props.author, props.last_modified_by, props.title = "jdlint field corpus", "", plain(title)
    props.created = props.modified = props.last_printed = FIXED
    props.revision = 1
    out = BytesIO()
    doc.save(out)
    return _fixed_zip(out.getvalue())


def _pairs(doc: Document, b: Pairs) -> None:  # type: ignore[valid-type]
    if b.style == "table":
        table = doc.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for k, v in b.pairs:
            cells = table.add_row().cells
            _cell(cells[0], k, bold=True)
            _cell(cells[1], v)
        return
    for k, v in b.pairs:
        if b.style == "lines":
            _runs(doc.add_paragraph(), k, bold=True)
            _runs(doc.add_paragraph(), v)
        elif b.style == "dash":
            _runs(doc.add_paragraph(style="List Bullet"), k)
            _runs(doc.add_paragraph(style="List Bullet"), v)
        else:
            p = doc.add_paragraph()
            p.add_run(plain(k) + ": ").bold = True
            p.add_run(plain(v))


def _table(doc: Document, t: Table) -> None:  # type: ignore[valid-type]
    if t.flat:  # a table that copying has flattened: one paragraph per cell
        for row in ((t.header or ()), *t.rows):
            for text in row:
                if text:
                    _runs(doc.add_paragraph(), text)
        return
    cols = len(t.rows[0])
    table = doc.add_table(rows=0, cols=cols)
    table.style = "Table Grid"
    if t.header:
        for cell, text in zip(table.add_row().cells, t.header, strict=True):
            _cell(cell, text, bold=True)
    for row in t.rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            _cell(cell, text)


def _fixed_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(BytesIO(data))
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 5, 9, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()

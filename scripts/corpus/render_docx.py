"""Render an outline as a Word document, with tracked changes, merged and nested tables."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Inches, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from corpus.boilerplate import TRUSTS
from corpus.model import LABEL, Criterion, Spec
from corpus.outline import Element, build, grouped, reference

FIXED_TIME = datetime(2024, 3, 1, 9, 0, 0)
ZIP_TIME = (2024, 3, 1, 9, 0, 0)
AUTHOR = "Recruitment Team"
CHANGE_DATE = "2024-02-26T10:15:00Z"
MARK = {"essential": "E", "desirable": "D"}
WORD = {"essential": "Essential", "desirable": "Desirable"}
SEGMENT = re.compile(r"(\{\+.*?\+\}|\{-.*?-\})")


class _Writer:
    """Write marked-up text into python-docx paragraphs, numbering tracked changes."""

    def __init__(self) -> None:
        self.change_id = 0

    def text(self, par: Paragraph, marked: str, bold: bool = False) -> Paragraph:
        """Append marked-up text to a paragraph as runs."""
        for seg in SEGMENT.split(LABEL.sub(r"\3", marked)):
            if not seg:
                continue
            kind = seg[1] if seg[:2] in ("{+", "{-") else ""
            body = seg[2:-2] if kind else seg
            parts = body.split("\n")
            for i, part in enumerate(parts):
                run = par.add_run(part)
                run.bold = bold or None
                if i < len(parts) - 1:
                    run.add_break()
                if kind:
                    self._track(run._r, kind)
        return par

    def _track(self, r: object, kind: str) -> None:
        self.change_id += 1
        wrapper = OxmlElement("w:ins" if kind == "+" else "w:del")
        wrapper.set(qn("w:id"), str(self.change_id))
        wrapper.set(qn("w:author"), AUTHOR)
        wrapper.set(qn("w:date"), CHANGE_DATE)
        r.addprevious(wrapper)  # type: ignore[attr-defined]
        wrapper.append(r)
        if kind == "-":
            for t in r.iter(qn("w:t")):  # type: ignore[attr-defined]
                t.tag = qn("w:delText")


def _cell(w: _Writer, cell: _Cell, marked: str, bold: bool = False) -> None:
    w.text(cell.paragraphs[0], marked, bold)


def _table(container: DocxDocument | _Cell, rows: int, cols: int,
           inches: tuple[float, ...]) -> Table:
    table = container.add_table(rows=rows, cols=cols)
    table.style = "Table Grid"
    table.autofit = False
    for i, width in enumerate(inches):
        table.columns[i].width = Inches(width)
        for cell in table.columns[i].cells:
            cell.width = Inches(width)
    return table


def _spec_table(w: _Writer, spec: Spec, container: DocxDocument | _Cell) -> None:
    groups = grouped(spec)
    count = sum(len(g) for _, g in groups)
    if spec.layout == "ticks":
        t = _table(container, count + 1, 5, (1.25, 2.6, 0.9, 0.9, 1.0))
        for i, head in enumerate(("Category", "Criteria", "Essential", "Desirable", "Assessment")):
            _cell(w, t.cell(0, i), head, bold=True)
        row = 1
        for name, group in groups:
            first = row
            for c in group:
                _cell(w, t.cell(row, 1), c.text)
                col = 2 if c.level == "essential" else 3
                _cell(w, t.cell(row, col), MARK[c.level] if spec.tick == "ED" else spec.tick)
                _cell(w, t.cell(row, 4), c.assess)
                row += 1
            merged = t.cell(first, 0).merge(t.cell(row - 1, 0))
            _cell(w, merged, name, bold=True)
    elif spec.layout == "edcol":
        t = _table(container, count + len(groups) + 1, 3, (4.6, 0.6, 1.4))
        for i, head in enumerate(("Criteria", "E/D", "Method of assessment")):
            _cell(w, t.cell(0, i), head, bold=True)
        row = 1
        for name, group in groups:
            _cell(w, t.cell(row, 0).merge(t.cell(row, 2)), name, bold=True)
            row += 1
            for c in group:
                _cell(w, t.cell(row, 0), c.text)
                _cell(w, t.cell(row, 1), MARK[c.level])
                _cell(w, t.cell(row, 2), c.assess)
                row += 1
    elif spec.layout == "textcols":
        t = _table(container, 2 * len(groups) + 1, 2, (3.3, 3.3))
        _cell(w, t.cell(0, 0), "Essential", bold=True)
        _cell(w, t.cell(0, 1), "Desirable", bold=True)
        for g, (name, group) in enumerate(groups):
            _cell(w, t.cell(2 * g + 1, 0).merge(t.cell(2 * g + 1, 1)), name, bold=True)
            for col, level in enumerate(("essential", "desirable")):
                cell = t.cell(2 * g + 2, col)
                items = [c for c in group if c.level == level]
                for i, c in enumerate(items):
                    par = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                    w.text(par, c.text)
    else:
        raise ValueError(f"{spec.slug}: {spec.layout} is not a table layout")


def _spec_paragraphs(w: _Writer, doc: DocxDocument, spec: Spec) -> None:
    style = "List Number" if "numbering" in spec.features else "List Bullet"
    for name, group in grouped(spec):
        doc.add_heading(name, level=3)
        if spec.layout == "headings":
            for level in ("essential", "desirable"):
                items: list[Criterion] = [c for c in group if c.level == level]
                if items:
                    w.text(doc.add_paragraph(), f"{WORD[level]} criteria:", bold=True)
                    for c in items:
                        w.text(doc.add_paragraph(style=style), c.text)
        elif spec.layout == "inline":
            for c in group:
                w.text(doc.add_paragraph(style=style), f"{c.text} ({MARK[c.level]})")
        elif spec.layout == "prefix":
            for c in group:
                par = doc.add_paragraph()
                w.text(par, f"{WORD[c.level]}:", bold=True)
                w.text(par, f" {c.text}")
        else:
            raise ValueError(f"{spec.slug}: unknown layout {spec.layout}")


def _field(par: Paragraph, instr: str) -> None:
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), f" {instr} ")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    par._p.append(fld)


def _header_footer(doc: DocxDocument, spec: Spec) -> None:
    section = doc.sections[0]
    section.header.paragraphs[0].text = f"{TRUSTS[spec.trust].name}\tJob Description"
    par = section.footer.paragraphs[0]
    par.add_run(f"Ref: {reference(spec)}\tPage ")
    _field(par, "PAGE")
    par.add_run(" of ")
    _field(par, "NUMPAGES")


def _element(w: _Writer, doc: DocxDocument, spec: Spec, el: Element) -> None:
    if el.kind == "title":
        doc.add_heading(el.text, level=0 if spec.details == "heading" else 1)
    elif el.kind == "details":
        if spec.details == "table":
            t = _table(doc, len(el.rows), 2, (1.8, 4.8))
            for i, (k, v) in enumerate(el.rows):
                _cell(w, t.cell(i, 0), k, bold=True)
                _cell(w, t.cell(i, 1), v)
        else:
            for k, v in el.rows:
                par = doc.add_paragraph()
                w.text(par, f"{k}:", bold=True)
                w.text(par, f" {v}")
    elif el.kind == "heading":
        doc.add_heading(el.text, level=1)
    elif el.kind == "subheading":
        doc.add_heading(el.text, level=2)
    elif el.kind == "para":
        w.text(doc.add_paragraph(), el.text)
    elif el.kind in ("bullets", "numbered"):
        style = "List Number" if el.kind == "numbered" else "List Bullet"
        for item in el.items:
            w.text(doc.add_paragraph(style=style), item)
    elif el.kind == "break":
        doc.add_page_break()
    elif el.kind == "spec":
        if spec.layout in ("ticks", "edcol", "textcols"):
            if "nested" in spec.features:
                outer = _table(doc, 1, 1, (6.6,))
                _cell(w, outer.cell(0, 0), "PERSON SPECIFICATION", bold=True)
                _spec_table(w, spec, outer.cell(0, 0))
            else:
                _spec_table(w, spec, doc)
        else:
            _spec_paragraphs(w, doc, spec)
    else:
        raise ValueError(el.kind)


def render(spec: Spec) -> bytes:
    """Return the document as deterministic .docx bytes."""
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.0)
    w = _Writer()
    _header_footer(doc, spec)
    for el in build(spec):
        _element(w, doc, spec, el)
    props = doc.core_properties
    props.author = AUTHOR
    props.last_modified_by = AUTHOR
    props.title = spec.title
    props.subject = "Job description and person specification"
    props.keywords = ""
    props.comments = "Synthetic example for jdlint; fictional organisation."
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.last_printed = FIXED_TIME
    props.revision = 2 if w.change_id else 1
    buf = io.BytesIO()
    doc.save(buf)
    return normalise_zip(buf.getvalue())


def accept_changes(data: bytes) -> bytes:
    """Return a copy of a .docx with every tracked change accepted."""
    doc = Document(io.BytesIO(data))
    body = doc.element.body
    for d in list(body.iter(qn("w:del"))):
        d.getparent().remove(d)
    for ins in list(body.iter(qn("w:ins"))):
        for child in list(ins):
            ins.addprevious(child)
        ins.getparent().remove(ins)
    buf = io.BytesIO()
    doc.save(buf)
    return normalise_zip(buf.getvalue())


def normalise_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps so that output is byte-for-byte reproducible."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()

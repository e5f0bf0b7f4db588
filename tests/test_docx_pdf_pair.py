"""A real Word file (two-column person specification, tracked changes) and its PDF export
must give the same criteria, levels, title and band."""

from __future__ import annotations

import re
from pathlib import Path

from jdlint.api import read_path
from jdlint.document import Level

CORPORA = Path(__file__).parents[1] / "corpora"
DOCX = CORPORA / "northmoor-head-of-patient-flow-8b.docx"
PDF = CORPORA / "northmoor-head-of-patient-flow-8b-export.pdf"


def _criteria(path: Path) -> list[tuple[str, Level]]:
    document = read_path(path)
    return [(re.sub(r"\s+", " ", b.text).strip(), b.level) for b in document.blocks
            if b.level is not Level.UNSPECIFIED]


def test_the_pair_is_a_tracked_two_column_word_file_and_its_export() -> None:
    import zipfile

    xml = zipfile.ZipFile(DOCX).read("word/document.xml").decode("utf-8")
    assert "<w:ins " in xml and "<w:del " in xml
    assert PDF.read_bytes().startswith(b"%PDF")


def test_docx_and_pdf_export_give_the_same_criteria_and_levels() -> None:
    from_docx, from_pdf = _criteria(DOCX), _criteria(PDF)
    assert len(from_docx) >= 10
    assert {level for _, level in from_docx} == {Level.ESSENTIAL, Level.DESIRABLE}
    assert from_docx == from_pdf


def test_docx_and_pdf_export_give_the_same_title_and_band() -> None:
    docx, pdf = read_path(DOCX), read_path(PDF)
    assert (docx.title, docx.band) == (pdf.title, pdf.band) == ("Head of Patient Flow", "8b")


def test_tracked_deletions_are_read_from_neither() -> None:
    for path in (DOCX, PDF):
        text = " ".join(b.text for b in read_path(path).blocks)
        assert "Band 7 ward sister experience" not in text

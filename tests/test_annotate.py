"""Tests of ``jdlint annotate``: comments on the exact words, nothing else in the file changed."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from lxml import etree

from jdlint.cli import main
from jdlint.document import Line, Location, Table
from jdlint.outputs.annotate import Justified, annotate
from jdlint.outputs.annotate.locate import map_body
from jdlint.outputs.annotate.spans import paragraph_chars
from jdlint.read import read
from jdlint.results import Finding
from sample_results import RULES, finding

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W, "w15": "http://schemas.microsoft.com/office/word/2012/wordml",
      "w14": "http://schemas.microsoft.com/office/word/2010/wordml"}
_XMLNS = " ".join(f'xmlns:{p}="{u}"' for p, u in NS.items())
TRACKED = (
    '<w:p><w:r><w:t xml:space="preserve">Must hold a </w:t></w:r>'
    '<w:del w:id="91" w:author="HR" w:date="2024-01-01T00:00:00Z"><w:r>'
    "<w:delText>nursing diploma</w:delText></w:r></w:del>"
    '<w:ins w:id="92" w:author="HR" w:date="2024-01-01T00:00:00Z"><w:r><w:rPr><w:i/></w:rPr>'
    "<w:t>BSc Nursing degree</w:t></w:r></w:ins></w:p>"
)


def build(tmp_path: Path) -> bytes:
    """Save a JD with formatting, a table, a header and tracked changes."""
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Trust header: confidential"
    document.add_heading("Head of Patient Flow", 0)
    document.add_paragraph("Support staff with their NMC registration and revalidation.")
    p = document.add_paragraph("Essential: current ")
    bold = p.add_run("NMC regis")
    bold.bold = True
    p.add_run("tration with a live PIN.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Criteria"
    table.cell(0, 1).text = "E/D"
    table.cell(1, 0).text = "Degree in nursing"
    table.cell(1, 0).add_paragraph("Registered Nurse (Adult)")
    table.cell(1, 1).text = "E"
    body = document.element.body
    for el in etree.fromstring(f"<root {_XMLNS}>{TRACKED}</root>"):
        body.insert(len(body) - 1, el)
    out = tmp_path / "jd.docx"
    document.save(out)
    return out.read_bytes()


def located(data: bytes, text: str) -> Location:
    """Return the reader's location of the line or cell holding ``text``."""
    for item in read(data, "jd.docx").items:
        if isinstance(item, Line) and text in item.text:
            return item.location
        if isinstance(item, Table):
            for row in item.rows:
                for cell in row:
                    if text in cell.text:
                        return cell.location
    raise AssertionError(text)


def make(data: bytes, text: str, match: str, **changes: object) -> Finding:
    """Return a finding on ``match`` inside the block ``text``, located as the reader does."""
    base = finding(text=text, location=located(data, text))
    return replace(base, match=match, **changes)  # type: ignore[arg-type]


def anchors(data: bytes) -> dict[str, str]:
    """Return each comment id's anchored text (visible ``w:t`` between its range markers)."""
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    open_ids: set[str] = set()
    found: dict[str, str] = {}
    for el in root.iter(f"{{{W}}}commentRangeStart", f"{{{W}}}commentRangeEnd", f"{{{W}}}t"):
        ident = el.get(f"{{{W}}}id")
        if el.tag.endswith("commentRangeStart"):
            open_ids.add(ident)
            found[ident] = ""
        elif el.tag.endswith("commentRangeEnd"):
            open_ids.discard(ident)
        else:
            for i in open_ids:
                found[i] += el.text or ""
    return found


def comments(data: bytes) -> dict[str, str]:
    """Return each comment id's text."""
    document = docx.Document(io.BytesIO(data))
    return {str(c.comment_id): c.text for c in document.comments}


def test_each_comment_covers_exactly_the_matched_words(tmp_path: Path) -> None:
    data = build(tmp_path)
    findings = [
        make(data, "Essential: current NMC registration with a live PIN.", "NMC registration"),
        make(data, "Registered Nurse (Adult)", "Registered Nurse"),
        make(data, "Must hold a BSc Nursing degree", "BSc Nursing"),
    ]
    result = annotate(data, findings, rules=RULES)
    assert result.placed == tuple(findings) and not result.unplaced
    assert sorted(anchors(result.data).values()) == sorted(f.match for f in findings)
    for text in comments(result.data).values():
        assert findings[0].suggestion in text
        assert "Why it matters: Requiring NMC registration shuts out AHPs" in text
        assert "nursing (NMC)" in text


def test_the_location_decides_between_two_occurrences(tmp_path: Path) -> None:
    data = build(tmp_path)
    wanted = make(data, "Essential: current NMC registration with a live PIN.", "NMC registration")
    result = annotate(data, [wanted], rules=RULES)
    document = docx.Document(io.BytesIO(result.data))
    duty, requirement = document.paragraphs[1], document.paragraphs[2]
    assert "commentRangeStart" not in duty._p.xml
    assert "commentRangeStart" in requirement._p.xml


def test_split_runs_keep_their_formatting_and_the_text_is_unchanged(tmp_path: Path) -> None:
    data = build(tmp_path)
    wanted = make(data, "Essential: current NMC registration with a live PIN.", "NMC registration")
    result = annotate(data, [wanted], rules=RULES)
    paragraph = docx.Document(io.BytesIO(result.data)).paragraphs[2]
    assert paragraph.text == "Essential: current NMC registration with a live PIN."
    runs = [(run.text, bool(run.bold)) for run in paragraph.runs if run.text]
    assert runs == [("Essential: current ", False), ("NMC regis", True),
                    ("tration", False), (" with a live PIN.", False)]


def test_tracked_changes_headers_and_the_input_survive(tmp_path: Path) -> None:
    data = build(tmp_path)
    before = bytes(data)
    wanted = make(data, "Must hold a BSc Nursing degree", "BSc Nursing")
    result = annotate(data, [wanted], rules=RULES)
    assert data == before
    original = zipfile.ZipFile(io.BytesIO(data))
    copy = zipfile.ZipFile(io.BytesIO(result.data))
    xml = copy.read("word/document.xml").decode()
    assert xml.count("<w:ins ") == 1 and xml.count("<w:del ") == 1
    assert "<w:delText>nursing diploma</w:delText>" in xml
    headers = [n for n in original.namelist() if n.startswith("word/header")]
    assert headers and all(original.read(n) == copy.read(n) for n in headers)
    anchored = etree.fromstring(copy.read("word/document.xml")).find(".//w:ins", NS)
    assert anchored is not None and anchored.find("w:commentRangeStart", NS) is not None


def test_justified_findings_are_resolved_or_left_out(tmp_path: Path) -> None:
    data = build(tmp_path)
    justified = make(data, "Registered Nurse (Adult)", "Registered Nurse", suppressed=True,
                     justification="Clinical nurse post agreed by the panel")
    resolved = annotate(data, [justified], rules=RULES, justified=Justified.RESOLVED)
    (text,) = comments(resolved.data).values()
    assert text.startswith("[Justified] Clinical nurse post agreed by the panel")
    package = zipfile.ZipFile(io.BytesIO(resolved.data))
    extended = etree.fromstring(package.read("word/commentsExtended.xml"))
    entry = extended.find("w15:commentEx", NS)
    para_ids = etree.fromstring(package.read("word/comments.xml")).xpath(
        "//w:p/@w14:paraId", namespaces=NS)
    assert entry is not None and entry.get(f"{{{NS['w15']}}}done") == "1"
    assert entry.get(f"{{{NS['w15']}}}paraId") in para_ids
    omitted = annotate(data, [justified], rules=RULES, justified=Justified.OMIT)
    assert comments(omitted.data) == {} and omitted.omitted == (justified,)


def test_words_not_in_the_body_are_reported_not_guessed(tmp_path: Path) -> None:
    data = build(tmp_path)
    missing = replace(finding(location=Location(paragraph=3)), match="GMC licence")
    result = annotate(data, [missing], rules=RULES)
    assert result.unplaced == (missing,) and comments(result.data) == {}


def test_same_input_gives_the_same_bytes(tmp_path: Path) -> None:
    data = build(tmp_path)
    wanted = make(data, "Registered Nurse (Adult)", "Nurse")
    assert annotate(data, [wanted], rules=RULES).data == annotate(data, [wanted], rules=RULES).data


def test_the_locator_numbers_paragraphs_and_cells_as_the_reader_does(tmp_path: Path) -> None:
    data = build(tmp_path)
    document = docx.Document(io.BytesIO(data))
    body_map = map_body(document.element.body, document.styles.element)
    items: list[tuple[str, Location]] = []
    for item in read(data, "jd.docx").items:
        if isinstance(item, Line) and item.location != Location():
            items.append((item.text, item.location))
        elif isinstance(item, Table):
            items += [(c.text, c.location) for row in item.rows for c in row if c.text]
    assert len(items) >= 6
    for text, location in items:
        paragraphs = body_map.candidates(location)[0]
        joined = "\n".join("".join(ch.char for ch in paragraph_chars(p)) for p in paragraphs)
        assert joined == text


@pytest.fixture
def jd_folder(tmp_path: Path) -> Path:
    """Return a folder with one ringfencing .docx and one .txt JD."""
    folder = tmp_path / "jds"
    folder.mkdir()
    document = docx.Document()
    document.add_heading("Head of Patient Flow", 0)
    document.add_paragraph("Band: 8a")
    document.add_heading("Person specification", 1)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Criteria", "Essential"
    table.cell(1, 0).text, table.cell(1, 1).text = "Current NMC registration", "✓"
    document.save(folder / "flow.docx")
    (folder / "flow.txt").write_text("Job title: Head of Patient Flow\nBand 8a\n\nEssential:\n"
                                     "Current NMC registration\n", encoding="utf-8")
    return folder


def test_cli_writes_reviewed_copies_and_never_touches_the_original(jd_folder: Path,
                                                                   tmp_path: Path) -> None:
    original = (jd_folder / "flow.docx").read_bytes()
    out = tmp_path / "reviewed"
    result = CliRunner().invoke(main, ["annotate", str(jd_folder), "--output-dir", str(out),
                                       "--no-cache", "--date", "2025-03-05"])
    assert result.exit_code == 0, result.output
    assert (jd_folder / "flow.docx").read_bytes() == original
    assert "only .docx can be annotated" in result.output
    copy = (out / "flow.docx").read_bytes()
    assert "NMC registration" in " ".join(anchors(copy).values())
    document = docx.Document(io.BytesIO(copy))
    assert all(c.author == "jdlint" and c.timestamp is not None for c in document.comments)
    assert len(document.comments) >= 1


def test_cli_refuses_to_write_over_the_inputs(jd_folder: Path) -> None:
    result = CliRunner().invoke(main, ["annotate", str(jd_folder), "--output-dir",
                                       str(jd_folder), "--no-cache"])
    assert result.exit_code == 2 and "--suffix" in result.output
    assert sorted(p.name for p in jd_folder.iterdir()) == ["flow.docx", "flow.txt"]


def test_cli_suffix_allows_the_input_folder(jd_folder: Path) -> None:
    result = CliRunner().invoke(main, ["annotate", str(jd_folder / "flow.docx"), "--output-dir",
                                       str(jd_folder), "--suffix", "-reviewed", "--no-cache"])
    assert result.exit_code == 0, result.output
    assert (jd_folder / "flow-reviewed.docx").exists()

"""The web-page reader: saved adverts give the advert's blocks, without the site around it."""

from __future__ import annotations

import contextlib
import json
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from jdlint.cli import main
from jdlint.document import BlockKind, Cell, Line, Location, RawItem, Table
from jdlint.errors import ErrorCategory, ReadError
from jdlint.read import read
from jdlint.read.docx import TRACKED_NOTE
from jdlint.read.docx import read as read_docx
from jdlint.read.html import DEPTH_NOTE, decode
from jdlint.read.html import read as read_html

# An advert laid out as job sites lay theirs out (original wording, fictional trust). The
# site around it names a registration and a profession, so reading any of it would show.
CHROME_TOP = """<a class="skip-link" href="#main">Skip to main content</a>
<div id="cookie-banner"><p>We use cookies. Nurses and midwives: accept analytics cookies?</p>
<button>Accept</button></div>
<header class="site-header"><a href="/">Careers</a><nav><ul>
<li><a>NMC registered nurse vacancies</a></li><li><a>Doctors</a></li></ul></nav></header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li>Home</li><li>Search</li></ol></nav>
<div class="menu-drawer"><p>GMC registered doctor jobs</p></div>"""
ADVERT = """<main id="main"><h1>Clinical Lead for Frailty</h1>
<p>Fernbrook Valley NHS Foundation Trust</p>
<dl class="job-details">
 <div><dt>Band</dt><dd>Band 8a</dd></div>
 <div><dt>Salary</dt><dd>£53,755 to &pound;60,504 a year</dd></div>
 <dt>Job reference</dt><dd>FV-2291-CLF</dd>
 <dt>Working pattern</dt><dd>Full time, flexible working</dd>
</dl>
<h2>Job summary</h2>
<p>The frailty service is growing.<br>We are looking for a registered nurse to lead it.</p>
<p style="display:none">Hidden text about HCPC registration</p>
<span class="visually-hidden">(opens in a new tab)</span>
<div class="modal hidden"><p>Sign in to apply as a registered nurse</p></div>
<h2>Person Specification</h2>
<h3>Qualifications</h3>
<h4>Essential criteria</h4>
<ul><li>Current <strong>NMC registration</strong></li><li>Master's degree or equivalent
 experience</li></ul>
<h4>Desirable criteria</h4>
<ul><li>Leadership course</li></ul>
<table><thead><tr><th>Criteria</th><th>Essential</th><th>Desirable</th></tr></thead>
<tbody><tr><td colspan="3">Experience</td></tr>
<tr><td rowspan="2">Leading a multi-professional team</td><td>&#10003;</td><td></td></tr>
<tr><td></td><td><p>Audit</p><p>Service redesign</p></td></tr></tbody></table>
</main>"""
CHROME_BOTTOM = """<footer><p>Registered nurses apply here</p></footer>
<script>document.write("NMC registration required")</script>
<style>.x { content: "RGN" }</style><noscript>RMN only</noscript>"""


def advert(charset: str = "utf-8", title: str = "Clinical Lead | Fernbrook careers",
           body: str = CHROME_TOP + ADVERT + CHROME_BOTTOM) -> bytes:
    """Return the bytes of a saved advert page."""
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="{charset}">'
            f"<title>{title}</title><script>var a = 1;</script></head>"
            f"<body>{body}</body></html>").encode(charset, "xmlcharrefreplace")


def para(text: str, n: int, kind: BlockKind = BlockKind.PARAGRAPH, **extra: object) -> Line:
    return Line(text, kind, Location(paragraph=n), **extra)  # type: ignore[arg-type]


def cell(text: str, row: int, column: int) -> Cell:
    return Cell(text, Location(table=1, row=row, column=column))


def test_an_advert_gives_its_own_blocks_only() -> None:
    raw = read_html(advert(), "advert.html")
    assert raw.format == "html"
    assert raw.items == (
        para("Clinical Lead for Frailty", 1, BlockKind.HEADING, heading_level=1),
        para("Fernbrook Valley NHS Foundation Trust", 2),
        para("Band: Band 8a", 3),
        para("Salary: £53,755 to £60,504 a year", 4),
        para("Job reference: FV-2291-CLF", 5),
        para("Working pattern: Full time, flexible working", 6),
        para("Job summary", 7, BlockKind.HEADING, heading_level=2),
        para("The frailty service is growing.", 8),
        para("We are looking for a registered nurse to lead it.", 9),
        para("Person Specification", 10, BlockKind.HEADING, heading_level=2),
        para("Qualifications", 11, BlockKind.HEADING, heading_level=3),
        para("Essential criteria", 12, BlockKind.HEADING, heading_level=4),
        para("Current NMC registration", 13, BlockKind.LIST_ITEM),
        para("Master's degree or equivalent experience", 14, BlockKind.LIST_ITEM),
        para("Desirable criteria", 15, BlockKind.HEADING, heading_level=4),
        para("Leadership course", 16, BlockKind.LIST_ITEM),
        Table((
            (cell("Criteria", 1, 1), cell("Essential", 1, 2), cell("Desirable", 1, 3)),
            (cell("Experience", 2, 1),),
            (cell("Leading a multi-professional team", 3, 1), cell("✓", 3, 2), cell("", 3, 3)),
            (cell("", 4, 2), cell("Audit\nService redesign", 4, 3)),
        ), Location(table=1)),
    )


def _check(tmp_path: Path, data: bytes, name: str = "advert.html") -> dict[str, object]:
    (tmp_path / name).write_bytes(data)
    done = CliRunner().invoke(main, ["check", "--no-cache", "--jobs", "1", "--format", "json",
                                     str(tmp_path)])
    assert done.exit_code in (0, 1), done.output
    document: dict[str, object] = json.loads(done.stdout)["documents"][0]
    return document


def test_an_advert_in_a_folder_is_checked_with_its_details_and_only_its_findings(
        tmp_path: Path) -> None:
    document = _check(tmp_path, advert())
    assert document["format"] == "html" and document["error"] is None
    assert (document["title"], document["band"], document["reference"]) == (
        "Clinical Lead for Frailty", "8a", "FV-2291-CLF")
    findings = document["findings"]
    assert isinstance(findings, list) and findings
    texts = " ".join(str(f["text"]) for f in findings)
    assert "NMC registration" in texts and "registered nurse" in texts
    for chrome in ("analytics", "vacancies", "GMC", "HCPC", "apply here", "RGN", "RMN",
                   "required"):
        assert chrome not in texts


def test_the_title_element_is_the_title_when_there_is_no_h1() -> None:
    page = advert(body=ADVERT.replace("<h1>Clinical Lead for Frailty</h1>", ""),
                  title="Frailty Practitioner - Fernbrook careers")
    first = read_html(page, "advert.htm").items[0]
    assert first == Line("Frailty Practitioner", BlockKind.HEADING, Location(), heading_level=0)


@pytest.mark.parametrize("charset", ["utf-8", "windows-1252", "iso-8859-1", "utf-16"])
def test_the_declared_or_marked_encoding_decodes_the_page(charset: str) -> None:
    page = advert(charset=charset)  # Python's utf-16 codec writes a byte-order mark
    assert "£53,755" in decode(page)
    raw = read(page, "advert.html")
    assert raw.items[3] == para("Salary: £53,755 to £60,504 a year", 4)


def test_undeclared_windows_1252_falls_back_from_utf8() -> None:
    assert decode("<p>Band 7 – £40,000</p>".encode("cp1252")) == "<p>Band 7 – £40,000</p>"
    lying = '<meta charset="utf-16"><p>£40,000</p>'
    assert decode(lying.encode("utf-8")) == lying  # a UTF-16 label without a mark means UTF-8


def test_a_word_page_saved_as_doc_is_read_as_html_with_a_note() -> None:
    raw = read(advert(), "advert.doc")
    assert raw.format == "html" and raw.items[0].text == "Clinical Lead for Frailty"
    assert "really a web page" in raw.notes[-1]


def test_a_wrapper_whose_class_names_a_menu_still_gives_the_advert() -> None:
    body = ADVERT.replace("<h1>Clinical Lead for Frailty</h1>", "").replace(
        '<main id="main">', '<main><div class="content has-sidebar-menu">').replace(
        "</main>", "</div></main>")
    page = advert(body=f'<div class="page has-menu">{body}</div><div class="menu">Menu</div>')
    texts = [i.text for i in read_html(page, "advert.html").items if isinstance(i, Line)]
    assert "Current NMC registration" in texts and "Menu" not in texts


def test_layout_tables_are_read_as_the_pages_blocks() -> None:
    page = advert(body="<table><tr><td><h1>Porter</h1><p>Band 2</p></td><td><p>Apply</p>"
                       "</td></tr></table>")
    raw = read_html(page, "advert.html")
    assert [type(i).__name__ for i in raw.items] == ["Line", "Line", "Line"]
    assert raw.items[0] == para("Porter", 1, BlockKind.HEADING, heading_level=1)


@pytest.mark.parametrize(("data", "category"), [
    (b"", ErrorCategory.CORRUPT),
    (b"   \n", ErrorCategory.CORRUPT),
    (advert(body=CHROME_TOP + CHROME_BOTTOM), ErrorCategory.NO_TEXT),
    (b"<html><body><script>x()</script></body></html>", ErrorCategory.NO_TEXT),
])
def test_pages_without_an_advert_are_clear_read_errors(data: bytes,
                                                       category: ErrorCategory) -> None:
    with pytest.raises(ReadError) as caught:
        read(data, "advert.html")
    assert caught.value.category is category and caught.value.message


def test_markup_nested_past_the_parsers_limit_is_said_not_silently_dropped() -> None:
    raw = read_html(b"<p>Band 6</p>" + b"<div>" * 300 + b"lost", "deep.html")
    assert raw.items == (para("Band 6", 1),) and raw.notes == (DEPTH_NOTE,)
    with pytest.raises(ReadError) as caught:
        read_html(b"<div>" * 300 + b"lost", "deep.html")
    assert caught.value.category is ErrorCategory.CORRUPT and "nested" in caught.value.message


def test_deeply_nested_or_broken_markup_never_raises_anything_else() -> None:
    for data in (b"<div>" * 5000 + b"text", b"<table><tr><td rowspan=99999>x<td>y",
                 b"<html><body><p>caf\xe9 \xff\xfe</p>", b"\x00\x01<p>x</p>"):
        with contextlib.suppress(ReadError):
            read(data, "page.html")


# --- the corpus JDs exported as web pages by LibreOffice --------------------------------------

ROOT = Path(__file__).resolve().parents[1]
SOFFICE = Path("/usr/bin/soffice")


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[Path, Path]:
    if not SOFFICE.exists():
        pytest.skip("LibreOffice not installed")
    out = tmp_path_factory.mktemp("html")
    corpora = ROOT / "corpora"
    sources = sorted([*corpora.glob("*.docx"), *(corpora / "field").glob("*.docx")])
    subprocess.run([str(SOFFICE), f"-env:UserInstallation=file://{out}/profile", "--headless",
                    "--convert-to", "html", "--outdir", str(out), *map(str, sources)],
                   check=True, capture_output=True, timeout=300)
    return {source: out / f"{source.stem}.html" for source in sources}


def _shape(items: tuple[RawItem, ...]) -> list[object]:
    """Return what the structure stage sees of the items, without footers and line numbers."""
    def table(t: Table) -> object:
        return [[(c.text, c.location.row, c.location.column, [table(n) for n in c.nested])
                 for c in row] for row in t.rows]
    return [table(i) if isinstance(i, Table) else (i.kind, i.text, i.heading_level, i.emphasis)
            for i in items if not (isinstance(i, Line) and i.kind is BlockKind.FOOTER)]


def _tracked(source: Path) -> bool:
    # LibreOffice's HTML export writes tracked deletions as plain text: not the reader's doing.
    return TRACKED_NOTE in read_docx(source.read_bytes(), source.name).notes


def test_exported_corpus_pages_give_the_same_blocks_as_the_docx(
        exported: dict[Path, Path]) -> None:
    compared = [s for s in exported if not _tracked(s)]
    assert len(compared) >= len(exported) - 2
    for source in compared:
        page = exported[source]
        assert _shape(read_html(page.read_bytes(), page.name).items) == _shape(
            read_docx(source.read_bytes(), source.name).items), source.name


def _documents(paths: list[Path]) -> list[dict[str, object]]:
    done = CliRunner().invoke(main, ["check", "--no-cache", "--jobs", "1", "--format", "json",
                                     *map(str, paths)])
    assert done.exit_code in (0, 1), done.output
    documents: list[dict[str, object]] = json.loads(done.stdout)["documents"]
    by_stem = {Path(str(d["path"])).stem: d for d in documents}  # the output is sorted by path
    return [by_stem[p.stem] for p in paths]


def _said(document: dict[str, object]) -> list[tuple[object, ...]]:
    findings = document["findings"]
    assert isinstance(findings, list)
    return [(f["rule"], f["text"], f["match"], f["level"], f["section"], f["severity"])
            for f in findings]


def test_the_same_jd_as_a_web_page_gives_the_same_findings(exported: dict[Path, Path]) -> None:
    sources = list(exported)
    words, pages = _documents(sources), _documents([exported[s] for s in sources])
    keep = ("title", "band", "directorate", "reference", "leadership")
    expected = found = extra = 0
    for source, docx_doc, page_doc in zip(sources, words, pages, strict=True):
        assert page_doc["format"] == "html" and page_doc["error"] is None
        assert {k: page_doc[k] for k in keep} == {k: docx_doc[k] for k in keep}
        want, got = _said(docx_doc), _said(page_doc)
        if not _tracked(source):
            assert got == want, source.name
        expected += len(want)
        found += sum(1 for f in want if f in got)
        extra += sum(1 for f in got if f not in want)
    # The bar for a converted archive: 95 % of the findings, at most 5 % extra.
    assert expected and found >= 0.95 * expected and extra <= 0.05 * expected


STACKED = """<main><h1>Clinical Site Manager</h1><h2>Oakfield Community Health NHS Trust</h2>
<h2>Job summary</h2><p>We want an experienced registered nurse to run the site at night.</p>
<h2>Job details</h2><h3>Contract</h3><p>Permanent</p><h3>Reference number</h3>
<p>OCH-5521-CSM</p><h2>Person Specification</h2><h3>Qualifications</h3>
<h4>Essential criteria</h4><ul><li>Current NMC registration</li></ul>
<h4>Desirable criteria</h4><ul><li>Leadership course</li></ul></main>
<aside class="job-facts"><h3>Band</h3><p>Band 8a</p><h3>Salary</h3><p>£55,000 a year</p></aside>"""


def test_details_stacked_as_label_headings_with_values_below_are_recognised(
        tmp_path: Path) -> None:
    document = _check(tmp_path, advert(body=CHROME_TOP + STACKED + CHROME_BOTTOM))
    assert (document["title"], document["band"], document["reference"]) == (
        "Clinical Site Manager", "8a", "OCH-5521-CSM")
    findings = document["findings"]
    assert isinstance(findings, list)
    levels = {(f["text"], f["level"]) for f in findings}
    assert ("Current NMC registration", "essential") in levels
    assert any("registered nurse" in text for text, _level in levels)


def test_sarif_and_the_summary_csv_handle_web_pages(tmp_path: Path) -> None:
    import csv
    import io

    import jsonschema

    (tmp_path / "advert.htm").write_bytes(advert())
    done = CliRunner().invoke(main, ["check", "--no-cache", "--jobs", "1", "--format", "sarif",
                                     str(tmp_path)])
    log = json.loads(done.stdout)
    schema = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(
        encoding="utf-8"))
    jsonschema.validators.validator_for(schema)(schema).validate(log)
    results = log["runs"][0]["results"]
    assert results
    region = results[0]["locations"][0]["physicalLocation"]["region"]
    assert "startLine" not in region and "charOffset" in region  # a page has no editor lines
    summary = CliRunner().invoke(main, ["summary", "--no-cache", "--jobs", "1", str(tmp_path)])
    (row,) = csv.DictReader(io.StringIO(summary.stdout.lstrip("\ufeff")))
    assert (row["format"], row["band"], row["status"]) == ("html", "8a", "ringfenced")


WORD_PAGE = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252"></head>
<body lang=EN-GB><div class=WordSection1>
<p class=MsoTitle>Theatre Co-ordinator</p>
<p class=MsoNormal><b>Band:</b> 7</p>
<h1>Person specification</h1>
<p class=MsoListParagraphCxSpFirst><![if !supportLists]><span style='mso-list:Ignore'>1.<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>Current NMC
registration (E)</p>
<p class=MsoNormal><span style='mso-list:Ignore'>&#183;&nbsp;</span>Theatre experience (E)</p>
<div style='mso-element:footer' id=f1><p class=MsoFooter>Ref TC-88 &#150; Version 2</p></div>
</div></body></html>"""


def test_a_page_saved_by_word_reads_as_the_word_document_would() -> None:
    raw = read(WORD_PAGE.encode("cp1252"), "theatre.doc")
    assert raw.format == "html"
    assert raw.items == (
        para("Theatre Co-ordinator", 1, BlockKind.HEADING, heading_level=0),
        para("Band: 7", 2),
        para("Person specification", 3, BlockKind.HEADING, heading_level=1),
        para("Current NMC registration (E)", 4, BlockKind.LIST_ITEM),
        para("Theatre experience (E)", 5, BlockKind.LIST_ITEM),
        Line("Ref TC-88 – Version 2", BlockKind.FOOTER, Location()),
    )


def test_an_office_export_reads_br_as_a_space_and_ignores_a_stale_title() -> None:
    body = "<p>Oakfield Trust<br/>Oakfield House</p><p>Band 6</p>"
    page = ('<html><head><meta name="generator" content="LibreOffice 7.4 (Linux)"/>'
            f"<title>Old template title</title></head><body>{body}</body></html>").encode()
    assert read_html(page, "jd.html").items == (para("Oakfield Trust Oakfield House", 1),
                                                para("Band 6", 2))
    site = page.replace(b"LibreOffice 7.4 (Linux)", b"Careers CMS")
    assert [i.text for i in read_html(site, "jd.html").items if isinstance(i, Line)] == [
        "Old template title", "Oakfield Trust", "Oakfield House", "Band 6"]


def test_a_page_wrapped_in_one_form_keeps_its_advert_and_a_caption_labels_its_table() -> None:
    table = ("<table><caption>Person specification</caption><tr><th>Criteria</th>"
             "<th>Essential</th></tr><tr><td>NMC registration</td><td>Yes</td></tr></table>")
    page = advert(body=f'<form id="aspnetForm" method="post"><div class="content">{ADVERT}'
                       f'{table}</div><form class="search"><p>Search jobs</p></form></form>')
    items = read_html(page, "advert.html").items
    texts = [i.text for i in items if isinstance(i, Line)]
    assert texts[0] == "Clinical Lead for Frailty" and "Search jobs" not in texts
    assert items[-2] == para("Person specification", 17, emphasis=True)
    assert isinstance(items[-1], Table) and items[-1].rows[1][0].text == "NMC registration"

"""The OpenDocument reader: the Word reader's block model from .odt and flat .fodt files."""

from __future__ import annotations

import io
import json
import subprocess
import zipfile
from pathlib import Path

import pytest

from jdlint.document import BlockKind, Cell, Line, Location, RawItem, Table
from jdlint.errors import ErrorCategory, ReadError
from jdlint.read import read
from jdlint.read.docx import read as read_docx
from jdlint.read.odt import read as read_odt

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "corpora"
SOFFICE = Path("/usr/bin/soffice")
NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
)
COMMON = """<office:styles>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph"
    style:default-outline-level="2"/>
  <style:style style:name="Title" style:family="paragraph"/>
  <style:style style:name="Strong" style:family="paragraph">
    <style:text-properties fo:font-weight="bold"/></style:style>
</office:styles>"""
AUTOMATIC = """<office:automatic-styles>
  <style:style style:name="T1" style:family="text">
    <style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="T2" style:family="text"><style:text-properties text:display="none"/>
  </style:style>
  <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Heading_20_2"/>
</office:automatic-styles>"""
BODY = """<text:tracked-changes><text:changed-region text:id="c1"><text:deletion>
  <text:p>Registered nurse only</text:p></text:deletion></text:changed-region>
  </text:tracked-changes>
<text:p text:style-name="Title">Senior Discharge Coordinator</text:p>
<text:p><text:span text:style-name="T1">Band</text:span></text:p>
<text:p>Band<text:s text:c="3"/>7<text:span text:style-name="T2"> hidden words</text:span></text:p>
<text:h text:outline-level="1">Main duties<text:note><text:note-body><text:p>a footnote</text:p>
  </text:note-body></text:note></text:h>
<text:section text:name="S1"><text:list><text:list-item>
  <text:p>Plan safe discharges<text:tab/>daily.</text:p></text:list-item>
  <text:list-item><text:list><text:list-item>
  <text:p>Chair the board round</text:p></text:list-item></text:list></text:list-item></text:list>
<text:p>• Audit delayed discharges<text:change-start text:change-id="c1"/><text:change-end
  text:change-id="c1"/></text:p></text:section>
<text:p text:style-name="P1">Person specification<office:annotation><text:p>a comment</text:p>
  </office:annotation></text:p>
<text:p/>
<text:p>See the box<draw:frame><draw:text-box><text:p>Boxed note</text:p></draw:text-box>
  </draw:frame></text:p>
<table:table><table:table-column table:number-columns-repeated="3"/>
 <table:table-header-rows><table:table-row>
  <table:table-cell><text:p>Criteria</text:p></table:table-cell>
  <table:table-cell><text:p>Essential</text:p></table:table-cell>
  <table:table-cell><text:p>Desirable</text:p></table:table-cell>
 </table:table-row></table:table-header-rows>
 <table:table-row>
  <table:table-cell table:number-columns-spanned="3"><text:p>Qualifications</text:p>
  </table:table-cell><table:covered-table-cell/><table:covered-table-cell/>
 </table:table-row>
 <table:table-row>
  <table:table-cell table:number-rows-spanned="2"><text:p>Registered health professional</text:p>
   <text:list><text:list-item><text:p>with a degree</text:p></text:list-item></text:list>
  </table:table-cell>
  <table:table-cell><text:p>✓</text:p></table:table-cell>
  <table:table-cell><table:table><table:table-row><table:table-cell><text:p>inner</text:p>
   </table:table-cell></table:table-row></table:table></table:table-cell>
 </table:table-row>
 <table:table-row>
  <table:covered-table-cell/><table:table-cell><text:p>Yes</text:p></table:table-cell>
  <table:table-cell><text:p>X</text:p></table:table-cell>
 </table:table-row>
</table:table>"""
MASTERS = """<office:master-styles><style:master-page style:name="Standard">
  <style:header><text:p>Riverside Trust<text:tab/>Job description</text:p></style:header>
  <style:header-left style:display="false"><text:p>never shown</text:p></style:header-left>
  <style:footer><table:table><table:table-row><table:table-cell><text:p>Ref: RT-77</text:p>
  </table:table-cell></table:table-row></table:table></style:footer></style:master-page>
  <style:master-page style:name="Other"><style:header><text:p>Riverside Trust<text:tab/>Job
  description</text:p></style:header></style:master-page></office:master-styles>"""


def content_xml(body: str = BODY) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}>{AUTOMATIC}'
            f"<office:body><office:text>{body}</office:text></office:body>"
            "</office:document-content>")


def styles_xml() -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NS}>{COMMON}'
            f"{MASTERS}</office:document-styles>")


def odt(content: str | None = None, *, mimetype: str = "text", manifest: str = "",
        styles: bool = True) -> bytes:
    """Return the bytes of a small .odt (the test JD unless ``content`` is given)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"),
                         f"application/vnd.oasis.opendocument.{mimetype}")
        archive.writestr("META-INF/manifest.xml", f"<manifest>{manifest}</manifest>")
        archive.writestr("content.xml", content if content is not None else content_xml())
        if styles:
            archive.writestr("styles.xml", styles_xml())
    return buffer.getvalue()


def para(text: str, n: int, kind: BlockKind = BlockKind.PARAGRAPH, **extra: object) -> Line:
    return Line(text, kind, Location(paragraph=n), **extra)  # type: ignore[arg-type]


def cell(text: str, table: int, row: int, column: int, *nested: Table) -> Cell:
    return Cell(text, Location(table=table, row=row, column=column), nested)


EXPECTED: tuple[RawItem, ...] = (
    Line("Riverside Trust Job description", BlockKind.HEADER, Location()),
    para("Senior Discharge Coordinator", 1, BlockKind.HEADING, heading_level=0),
    para("Band", 2, emphasis=True),
    para("Band 7", 3),
    para("Main duties", 4, BlockKind.HEADING, heading_level=1),
    para("Plan safe discharges daily.", 5, BlockKind.LIST_ITEM),
    para("Chair the board round", 6, BlockKind.LIST_ITEM),
    para("Audit delayed discharges", 7, BlockKind.LIST_ITEM),
    para("Person specification", 8, BlockKind.HEADING, heading_level=2),
    para("See the box", 10),
    para("Boxed note", 10),
    Table((
        (cell("Criteria", 1, 1, 1), cell("Essential", 1, 1, 2), cell("Desirable", 1, 1, 3)),
        (cell("Qualifications", 1, 2, 1),),
        (cell("Registered health professional\nwith a degree", 1, 3, 1), cell("✓", 1, 3, 2),
         cell("", 1, 3, 3, Table(((cell("inner", 2, 1, 1),),), Location(table=2)))),
        (cell("Yes", 1, 4, 2), cell("X", 1, 4, 3)),
    ), Location(table=1)),
    Line("Ref: RT-77", BlockKind.FOOTER, Location()),
)


def test_an_odt_gives_the_word_readers_blocks() -> None:
    raw = read_odt(odt(), "jd.odt")
    assert raw.format == "odt"
    assert raw.items == EXPECTED


def test_a_covered_cells_text_joins_the_cell_that_covers_it() -> None:
    body = BODY.replace("<table:covered-table-cell/><table:table-cell><text:p>Yes",
                        "<table:covered-table-cell><text:p>more</text:p></table:covered-table-"
                        "cell><table:table-cell><text:p>Yes")
    raw = read_odt(odt(content_xml(body)), "jd.odt")
    table = next(item for item in raw.items if isinstance(item, Table))
    assert table.rows[2][0].text == "Registered health professional\nwith a degree\nmore"
    assert [c.location.column for c in table.rows[3]] == [2, 3]


def test_a_flat_fodt_reads_as_the_zipped_odt() -> None:
    flat = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} '
            'office:mimetype="application/vnd.oasis.opendocument.text">'
            f"{COMMON}{AUTOMATIC}{MASTERS}<office:body><office:text>{BODY}</office:text>"
            "</office:body></office:document>").encode()
    raw = read(flat, "jd.fodt")
    assert raw.format == "odt" and raw.items == EXPECTED and not raw.notes


def test_an_odt_named_docx_is_read_with_a_note() -> None:
    raw = read(odt(), "jd.docx")
    assert raw.format == "odt" and raw.items == EXPECTED
    assert "Rename it to .odt" in raw.notes[-1]


@pytest.mark.parametrize(("build", "category", "words"), [
    (lambda: odt(manifest="<manifest:encryption-data/>"), ErrorCategory.ENCRYPTED,
     "password"),
    (lambda: odt()[:200], ErrorCategory.CORRUPT, "damaged"),
    (lambda: odt(content_xml()[:-40]), ErrorCategory.CORRUPT, "XML is damaged"),
    (lambda: odt(mimetype="spreadsheet"), ErrorCategory.UNSUPPORTED_FORMAT, "spreadsheet"),
    (lambda: odt(content_xml("<text:p/><text:p>  </text:p>")), ErrorCategory.NO_TEXT,
     "no text"),
    (lambda: odt('<!DOCTYPE x [<!ENTITY a "b">]>' + content_xml()), ErrorCategory.CORRUPT,
     "DOCTYPE"),
    (lambda: b"", ErrorCategory.CORRUPT, "empty"),
])
def test_bad_odt_files_are_clear_read_errors(build: object, category: object,
                                             words: str) -> None:
    assert callable(build)
    data = build()
    with pytest.raises(ReadError) as caught:
        read(data, "jd.odt")
    assert caught.value.category is category and words in caught.value.message


def test_an_odt_without_styles_xml_still_reads() -> None:
    raw = read_odt(odt(styles=False), "jd.odt")
    texts = [item.text for item in raw.items if isinstance(item, Line)]
    assert "Main duties" in texts and "Ref: RT-77" not in texts


# --- the same JD converted by LibreOffice ---------------------------------------------------

@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[Path, Path]:
    if not SOFFICE.exists():
        pytest.skip("LibreOffice not installed")
    out = tmp_path_factory.mktemp("odt")
    corpora = ROOT / "corpora"
    sources = sorted([*corpora.glob("*.docx"), *(corpora / "field").glob("*.docx")])
    subprocess.run([str(SOFFICE), f"-env:UserInstallation=file://{out}/profile", "--headless",
                    "--convert-to", "odt", "--outdir", str(out), *map(str, sources)],
                   check=True, capture_output=True, timeout=300)
    return {source: out / f"{source.stem}.odt" for source in sources}


def _body(items: tuple[RawItem, ...]) -> list[RawItem]:
    # Footers hold page-number fields: Word's saved value and LibreOffice's differ.
    return [i for i in items if not (isinstance(i, Line) and i.kind is BlockKind.FOOTER)]


def test_converted_corpus_odt_gives_the_same_blocks_as_the_docx(
        converted: dict[Path, Path]) -> None:
    for source, target in converted.items():
        assert _body(read_odt(target.read_bytes(), target.name).items) == _body(
            read_docx(source.read_bytes(), source.name).items), source.name


def _check(paths: list[Path]) -> list[dict[str, object]]:
    from click.testing import CliRunner

    from jdlint.cli import main

    done = CliRunner().invoke(main, ["check", "--no-cache", "--jobs", "1", "--format", "json",
                                     *map(str, paths)])
    assert done.exit_code in (0, 1), done.output
    report = json.loads(done.stdout)
    by_stem = {Path(str(d["path"])).stem: d for d in report["documents"]}  # output is by path
    return [by_stem[p.stem] for p in paths]


def test_the_same_jd_in_odt_and_docx_gives_the_same_findings(
        converted: dict[Path, Path]) -> None:
    sources = list(converted)
    words, opened = _check(sources), _check([converted[s] for s in sources])
    keep = ("title", "band", "directorate", "reference", "leadership", "status")
    assert any(d["findings"] for d in words)
    for docx_doc, odt_doc in zip(words, opened, strict=True):
        assert odt_doc["format"] == "odt" and odt_doc["error"] is None
        assert {k: odt_doc[k] for k in keep} == {k: docx_doc[k] for k in keep}
        assert odt_doc["findings"] == docx_doc["findings"], docx_doc["path"]


def test_symbol_font_ticks_read_as_ticks_and_hidden_styles_as_nothing() -> None:
    styles = AUTOMATIC.replace("</office:automatic-styles>", """
  <style:style style:name="T3" style:family="text">
    <style:text-properties style:font-name="Wingdings"/></style:style>
</office:automatic-styles>""")
    body = ('<text:p>Essential <text:span text:style-name="T3">\uf0fc</text:span>'
            '<text:span text:style-name="T2">secret</text:span> met</text:p>')
    content = content_xml(body).replace(AUTOMATIC, styles)
    (line,) = read_odt(odt(content, styles=False), "jd.odt").items
    assert line == para("Essential ✓ met", 1)


def test_text_saved_under_an_odt_name_is_read_as_text_with_a_note() -> None:
    raw = read(b"Job title: Porter\n\nEssential: good humour\n", "porter.odt")
    assert raw.format == "txt" and "really a plain-text file" in raw.notes[-1]


def test_extract_shows_an_odt_and_a_web_page_as_structured_documents(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from jdlint.cli import main
    from test_reader_html import advert

    (tmp_path / "jd.odt").write_bytes(odt())
    (tmp_path / "advert.html").write_bytes(advert())
    done = CliRunner().invoke(main, ["extract", "--format", "json", str(tmp_path)])
    assert done.exit_code == 0, done.output
    found = {d["format"]: d for d in json.loads(done.stdout)["documents"]}
    details = {fmt: (d["title"], d["band"], d["reference"]) for fmt, d in found.items()}
    assert details == {"odt": ("Senior Discharge Coordinator", "7", "RT-77"),
                       "html": ("Clinical Lead for Frailty", "8a", "FV-2291-CLF")}
    criteria = [b for b in found["odt"]["blocks"] if b["kind"] == "criterion"]
    assert [(b["text"], b["level"]) for b in criteria] == [
        ("Registered health professional with a degree", "essential")]
    assert {b["kind"] for b in found["odt"]["blocks"]} >= {"header", "footer", "list_item"}

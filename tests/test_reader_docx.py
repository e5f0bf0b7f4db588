"""Tests of the .docx reader: every feature on a document built here, then hostile files."""

from __future__ import annotations

import io
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from lxml import etree

import jdlint.read
from jdlint.document import BlockKind, Cell, Line, Location, RawDocument, Table
from jdlint.errors import ErrorCategory, ReadError
from jdlint.read import docx as reader
from jdlint.read.docx import package as docx_package

NAMESPACES = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "v": "urn:schemas-microsoft-com:vml",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}
_XMLNS = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in NAMESPACES.items())


def build(
    tmp_path: Path, xml: str = "", setup: Callable[[docx.document.Document], None] | None = None
) -> bytes:
    """Save a python-docx document (set up by ``setup``) with raw body XML appended."""
    document = docx.Document()
    if setup is not None:
        setup(document)
    body = document.element.body
    for el in etree.fromstring(f"<root {_XMLNS}>{xml}</root>"):
        body.insert(len(body) - 1, el)  # before the final w:sectPr
    path = tmp_path / "built.docx"
    document.save(path)
    return path.read_bytes()


def run(text: str, props: str = "") -> str:
    """Return a ``w:r`` holding ``text``."""
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def para(*runs: str, props: str = "") -> str:
    """Return a ``w:p`` of runs (plain strings become runs)."""
    inner = "".join(r if r.startswith("<") else run(r) for r in runs)
    return f"<w:p><w:pPr>{props}</w:pPr>{inner}</w:p>"


def lines(doc: RawDocument, kind: BlockKind | None = None) -> list[Line]:
    """Return the document's Lines, of one kind if given."""
    return [i for i in doc.items if isinstance(i, Line) and (kind is None or i.kind is kind)]


def tables(doc: RawDocument) -> list[Table]:
    """Return the document's top-level Tables."""
    return [i for i in doc.items if isinstance(i, Table)]


def texts(row: tuple[Cell, ...]) -> list[str]:
    """Return the texts of a row's cells."""
    return [cell.text for cell in row]


def refuse(data: bytes, category: ErrorCategory) -> ReadError:
    """Read ``data`` expecting a ReadError of ``category``; return it."""
    with pytest.raises(ReadError) as caught:
        reader.read(data, "hostile.docx")
    assert caught.value.category is category, caught.value.message
    return caught.value


# --- reading -----------------------------------------------------------------------------


def test_paragraphs_and_tables_interleave_in_document_order(tmp_path: Path) -> None:
    def setup(d: docx.document.Document) -> None:
        d.add_paragraph("Job purpose")
        d.add_table(rows=1, cols=2).rows[0].cells[0].text = "Band"
        d.add_paragraph("Main duties")
        d.add_table(rows=1, cols=1).rows[0].cells[0].text = "Essential"

    doc = reader.read(build(tmp_path, setup=setup), "jd.docx")
    shape = [(type(i).__name__, i.text if isinstance(i, Line) else i.location.table)
             for i in doc.items]
    assert shape == [("Line", "Job purpose"), ("Table", 1), ("Line", "Main duties"), ("Table", 2)]
    assert doc.format == "docx" and doc.path == "jd.docx"
    assert [line.location for line in lines(doc)] == [Location(paragraph=1), Location(paragraph=2)]


def test_the_readers_package_dispatches_docx_here(tmp_path: Path) -> None:
    data = build(tmp_path, para("Head of Patient Flow"))
    assert lines(jdlint.read.read(data, "a.DOCX"))[0].text == "Head of Patient Flow"


def test_heading_styles_give_levels_and_title_is_level_zero(tmp_path: Path) -> None:
    def setup(d: docx.document.Document) -> None:
        d.add_heading("Matron", 0)
        d.add_heading("Job purpose", 1)
        d.add_heading("Clinical", 2)
        custom = d.styles.add_style("JD Section", WD_STYLE_TYPE.PARAGRAPH)
        custom.base_style = d.styles["Heading 3"]
        d.add_paragraph("Education", style="JD Section")
        d.add_paragraph("Not a heading")

    xml = para("Outline four", props='<w:outlineLvl w:val="3"/>')
    xml += para("Body outline", props='<w:pStyle w:val="Heading1"/><w:outlineLvl w:val="9"/>')
    doc = reader.read(build(tmp_path, xml, setup), "jd.docx")
    found = [(line.text, line.kind, line.heading_level) for line in lines(doc)]
    assert found == [
        ("Matron", BlockKind.HEADING, 0),
        ("Job purpose", BlockKind.HEADING, 1),
        ("Clinical", BlockKind.HEADING, 2),
        ("Education", BlockKind.HEADING, 3),
        ("Not a heading", BlockKind.PARAGRAPH, None),
        ("Outline four", BlockKind.HEADING, 4),
        ("Body outline", BlockKind.PARAGRAPH, None),
    ]


def test_short_bold_paragraphs_are_emphasised_and_others_are_not(tmp_path: Path) -> None:
    def setup(d: docx.document.Document) -> None:
        d.add_paragraph().add_run("Essential criteria").bold = True
        d.add_paragraph().add_run("word " * 13).bold = True
        mixed = d.add_paragraph()
        mixed.add_run("Reports to: ").bold = True
        mixed.add_run("Director of Operations")
        strong = d.add_paragraph()
        strong.add_run("Desirable").style = d.styles["Strong"]

    doc = reader.read(build(tmp_path, setup=setup), "jd.docx")
    assert [(line.kind, line.emphasis) for line in lines(doc)] == [
        (BlockKind.PARAGRAPH, True),
        (BlockKind.PARAGRAPH, False),
        (BlockKind.PARAGRAPH, False),
        (BlockKind.PARAGRAPH, True),
    ]


def test_list_items_by_numbering_style_or_typed_bullet(tmp_path: Path) -> None:
    def setup(d: docx.document.Document) -> None:
        d.add_paragraph("Styled bullet", style="List Bullet")
        d.add_paragraph("Styled number", style="List Number")

    numbered = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
    switched_off = '<w:pStyle w:val="ListBullet"/><w:numPr><w:numId w:val="0"/></w:numPr>'
    xml = (
        para("Direct numbering", props=numbered)
        + para("\u2022 Typed bullet")
        + para("-\tTyped dash")
        + para("o Typed o")
        + para("\uf0b7\tPrivate-use bullet")
        + para("1. Typed number")
        + para("Numbering switched off", props=switched_off)
        + para("-5 degrees")
    )
    doc = reader.read(build(tmp_path, xml, setup), "jd.docx")
    assert [(line.text, line.kind) for line in lines(doc)] == [
        ("Styled bullet", BlockKind.LIST_ITEM),
        ("Styled number", BlockKind.LIST_ITEM),
        ("Direct numbering", BlockKind.LIST_ITEM),
        ("Typed bullet", BlockKind.LIST_ITEM),
        ("Typed dash", BlockKind.LIST_ITEM),
        ("Typed o", BlockKind.LIST_ITEM),
        ("Private-use bullet", BlockKind.LIST_ITEM),
        ("1. Typed number", BlockKind.PARAGRAPH),
        ("Numbering switched off", BlockKind.PARAGRAPH),
        ("-5 degrees", BlockKind.PARAGRAPH),
    ]


def test_tracked_changes_read_as_accepted(tmp_path: Path) -> None:
    xml = para(
        run("Current "),
        '<w:del w:id="1" w:author="HR"><w:r><w:delText>NMC </w:delText></w:r></w:del>',
        f'<w:ins w:id="2" w:author="HR">{run("professional ")}</w:ins>',
        run("registration"),
        f'<w:moveFrom w:id="3" w:author="HR">{run(" (essential)")}</w:moveFrom>',
    ) + para(f'<w:moveTo w:id="4" w:author="HR">{run("Essential")}</w:moveTo>')
    doc = reader.read(build(tmp_path, xml), "jd.docx")
    assert [line.text for line in lines(doc)] == ["Current professional registration", "Essential"]
    assert reader.TRACKED_NOTE in doc.notes


def test_no_tracked_changes_no_note(tmp_path: Path) -> None:
    assert reader.read(build(tmp_path, para("Plain")), "jd.docx").notes == ()


def test_soft_breaks_tabs_and_page_breaks_do_not_split(tmp_path: Path) -> None:
    xml = para(
        '<w:r><w:t>Band</w:t><w:tab/><w:t>8a</w:t><w:br/><w:t>Reports to</w:t><w:cr/>'
        '<w:t>COO</w:t><w:br w:type="page"/><w:t>end</w:t></w:r>'
    )
    doc = reader.read(build(tmp_path, xml), "jd.docx")
    assert [line.text for line in lines(doc)] == ["Band 8a Reports to COO end"]


def test_field_codes_hidden_text_and_symbols(tmp_path: Path) -> None:
    xml = para(
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText> HYPERLINK "http://x" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        run("the NHS Constitution"),
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        run(" secret", "<w:vanish/>"),
        '<w:r><w:t xml:space="preserve"> </w:t><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>',
        run(" \u00fc", '<w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/>'),
    )
    doc = reader.read(build(tmp_path, xml), "jd.docx")
    assert [line.text for line in lines(doc)] == ["the NHS Constitution ✓ ✓"]


def test_horizontal_merge_is_one_cell(tmp_path: Path) -> None:
    def setup(d: docx.document.Document) -> None:
        table = d.add_table(rows=2, cols=3)
        table.cell(0, 0).merge(table.cell(0, 1)).text = "Criteria"
        table.cell(0, 2).text = "E/D"
        for c, text in enumerate(["Degree", "or equivalent", "E"]):
            table.cell(1, c).text = text

    (table,) = tables(reader.read(build(tmp_path, setup=setup), "jd.docx"))
    assert [texts(row) for row in table.rows] == [
        ["Criteria", "E/D"],
        ["Degree", "or equivalent", "E"],
    ]
    assert [cell.location for cell in table.rows[0]] == [
        Location(table=1, row=1, column=1),
        Location(table=1, row=1, column=3),
    ]


def test_vertical_merge_reads_the_cell_once(tmp_path: Path) -> None:
    def setup(d: docx.document.Document) -> None:
        table = d.add_table(rows=3, cols=2)
        table.cell(0, 0).merge(table.cell(2, 0)).text = "Qualifications"
        for r, text in enumerate(["NMC registration", "Degree", "MSc"]):
            table.cell(r, 1).text = text

    (table,) = tables(reader.read(build(tmp_path, setup=setup), "jd.docx"))
    assert [texts(row) for row in table.rows] == [
        ["Qualifications", "NMC registration"],
        ["Degree"],
        ["MSc"],
    ]
    assert table.rows[2][0].location == Location(table=1, row=3, column=2)


def test_cell_text_keeps_one_line_per_paragraph(tmp_path: Path) -> None:
    def setup(d: docx.document.Document) -> None:
        cell = d.add_table(rows=1, cols=1).cell(0, 0)
        cell.text = "Experience:"
        cell.add_paragraph("\u2022 of budgets", style="List Bullet")
        cell.add_paragraph("")
        cell.add_paragraph("of teams", style="List Bullet")

    (table,) = tables(reader.read(build(tmp_path, setup=setup), "jd.docx"))
    assert table.rows[0][0].text == "Experience:\nof budgets\nof teams"


def test_nested_tables_sit_in_their_cell_and_are_numbered_in_order(tmp_path: Path) -> None:
    def setup(d: docx.document.Document) -> None:
        outer = d.add_table(rows=1, cols=2)
        outer.cell(0, 0).text = "Skills"
        inner = outer.cell(0, 1).add_table(rows=1, cols=2)
        inner.cell(0, 0).text = "Negotiation"
        inner.cell(0, 1).text = "E"
        d.add_table(rows=1, cols=1).cell(0, 0).text = "After"

    first, second = tables(reader.read(build(tmp_path, setup=setup), "jd.docx"))
    holder = first.rows[0][1]
    (nested,) = holder.nested
    assert holder.text == ""
    assert nested.location == Location(table=2)
    assert [texts(row) for row in nested.rows] == [["Negotiation", "E"]]
    assert nested.rows[0][1].location == Location(table=2, row=1, column=2)
    assert second.location == Location(table=3)


def test_headers_first_footers_last_each_text_once(tmp_path: Path) -> None:
    def setup(d: docx.document.Document) -> None:
        section = d.sections[0]
        section.header.paragraphs[0].text = "Northshire NHS Trust"
        section.different_first_page_header_footer = True
        section.first_page_header.paragraphs[0].text = "Job description"
        section.footer.paragraphs[0].text = "Version 2"
        d.add_paragraph("Body text")
        later = d.add_section()
        later.header.is_linked_to_previous = False
        later.header.paragraphs[0].text = "Northshire NHS Trust"
        later.header.add_table(rows=1, cols=1, width=section.page_width).cell(0, 0).text = "Ref 123"

    doc = reader.read(build(tmp_path, setup=setup), "jd.docx")
    found = [(line.kind, line.text) for line in lines(doc)]
    assert found == [
        (BlockKind.HEADER, "Northshire NHS Trust"),
        (BlockKind.HEADER, "Job description"),
        (BlockKind.HEADER, "Ref 123"),
        (BlockKind.PARAGRAPH, "Body text"),
        (BlockKind.FOOTER, "Version 2"),
    ]


def _textbox(choice: str, fallback: str) -> str:
    box = "<w:txbxContent>{}</w:txbxContent>"
    return (
        "<w:r><mc:AlternateContent>"
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp>'
        f"<wps:txbx>{box.format(para(choice))}</wps:txbx>"
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox>{box.format(para(fallback))}</v:textbox>"
        "</v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )


def test_text_box_is_read_once_after_its_anchor(tmp_path: Path) -> None:
    xml = para("Before") + para(run("Anchor"), _textbox("Box text", "Box text")) + para("After")
    xml += para(_textbox("Choice wins", "Fallback loses"))
    doc = reader.read(build(tmp_path, xml), "jd.docx")
    assert [(line.text, line.location.paragraph) for line in lines(doc)] == [
        ("Before", 1),
        ("Anchor", 2),
        ("Box text", 2),
        ("After", 3),
        ("Choice wins", 4),
    ]


def test_content_controls_are_read_and_placeholders_skipped(tmp_path: Path) -> None:
    block = f"<w:sdt><w:sdtPr/><w:sdtContent>{para('Inside a control')}</w:sdtContent></w:sdt>"
    inline = para(
        run("Band: "), f"<w:sdt><w:sdtPr/><w:sdtContent>{run('7')}</w:sdtContent></w:sdt>"
    )
    unfilled = para(
        run("Base: "),
        "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr>"
        f"<w:sdtContent>{run('Click or tap here to enter text.')}</w:sdtContent></w:sdt>",
    )
    doc = reader.read(build(tmp_path, block + inline + unfilled + para("Last")), "jd.docx")
    assert [(line.text, line.location.paragraph) for line in lines(doc)] == [
        ("Inside a control", 1),
        ("Band: 7", 2),
        ("Base:", 3),
        ("Last", 4),
    ]


def test_paragraph_numbers_match_python_docx_paragraphs(tmp_path: Path) -> None:
    def setup(d: docx.document.Document) -> None:
        d.add_paragraph("First")
        d.add_paragraph("")
        d.add_table(rows=1, cols=1).cell(0, 0).text = "In a table"
        d.add_paragraph("Third")
        d.add_heading("Fourth", 1)

    data = build(tmp_path, setup=setup)
    paragraphs = docx.Document(io.BytesIO(data)).paragraphs
    found = lines(reader.read(data, "jd.docx"))
    assert [line.location.paragraph for line in found] == [1, 3, 4]
    for line in found:
        assert paragraphs[line.location.paragraph - 1].text == line.text


def test_document_without_text_is_refused(tmp_path: Path) -> None:
    def setup(d: docx.document.Document) -> None:
        d.sections[0].header.paragraphs[0].text = "Only a header"
        d.add_paragraph("   ")
        d.add_table(rows=2, cols=2)

    refuse(build(tmp_path, setup=setup), ErrorCategory.NO_TEXT)


def test_a_table_alone_is_text(tmp_path: Path) -> None:
    def setup(d: docx.document.Document) -> None:
        d.add_table(rows=1, cols=1).cell(0, 0).text = "Criteria"

    assert len(tables(reader.read(build(tmp_path, setup=setup), "jd.docx"))) == 1


# --- hostile input -----------------------------------------------------------------------


def rezip(
    data: bytes, replace: dict[str, bytes] | None = None, add: dict[str, bytes] | None = None
) -> bytes:
    """Copy a zip, replacing or adding members."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info.filename, (replace or {}).get(info.filename, src.read(info)))
        for name, content in (add or {}).items():
            dst.writestr(name, content)
    return out.getvalue()


@pytest.fixture(scope="module")
def plain_docx(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """Return a small valid .docx."""
    return build(tmp_path_factory.mktemp("plain"), para("Clinical Site Manager"))


@pytest.fixture(scope="module")
def zip_bomb(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """Return a few-MB zip whose document.xml inflates to 1 GiB of zeros."""
    path = tmp_path_factory.mktemp("bomb") / "bomb.docx"
    chunk = bytes(4 * 1024 * 1024)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        with archive.open("word/document.xml", "w") as member:
            for _ in range(256):
                member.write(chunk)
    return path.read_bytes()


def test_zip_bomb_refused_quickly_without_inflating(
    zip_bomb: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_inflating(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the reader opened a zip member")

    monkeypatch.setattr(zipfile.ZipFile, "open", no_inflating)
    start = time.perf_counter()
    error = refuse(zip_bomb, ErrorCategory.TOO_LARGE)
    assert time.perf_counter() - start < 1.0
    assert "MB" in error.message


@pytest.mark.parametrize("cap", ["MAX_TOTAL_BYTES", "MAX_MEMBER_BYTES"])
def test_size_caps_are_module_constants(
    plain_docx: bytes, monkeypatch: pytest.MonkeyPatch, cap: str
) -> None:
    reader.read(plain_docx, "ok.docx")
    monkeypatch.setattr(docx_package, cap, 20_000)  # python-docx's styles.xml alone is larger
    refuse(plain_docx, ErrorCategory.TOO_LARGE)


def test_too_many_members_refused(plain_docx: bytes) -> None:
    extra = {f"word/media/f{i}.bin": b"" for i in range(docx_package.MAX_MEMBERS)}
    refuse(rezip(plain_docx, add=extra), ErrorCategory.TOO_LARGE)


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"""


def test_billion_laughs_refused(plain_docx: bytes) -> None:
    start = time.perf_counter()
    error = refuse(rezip(plain_docx, {"word/document.xml": BILLION_LAUGHS}), ErrorCategory.CORRUPT)
    assert time.perf_counter() - start < 1.0
    assert "DOCTYPE" in error.message


def test_billion_laughs_in_utf16_refused(plain_docx: bytes) -> None:
    declared = BILLION_LAUGHS.replace(b'version="1.0"', b'version="1.0" encoding="UTF-16"', 1)
    refuse(rezip(plain_docx, {"word/document.xml": declared.decode().encode("utf-16")}),
           ErrorCategory.CORRUPT)


def test_external_entity_in_styles_refused(plain_docx: bytes) -> None:
    xxe = b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><w:styles>&e;</w:styles>'
    refuse(rezip(plain_docx, {"word/styles.xml": xxe}), ErrorCategory.CORRUPT)


@pytest.mark.parametrize(
    "name", ["../../evil.xml", "/etc/evil.xml", "word\\..\\..\\evil.xml", "C:/x.xml"]
)
def test_path_tricks_refused(plain_docx: bytes, name: str) -> None:
    refuse(rezip(plain_docx, add={name: b"x"}), ErrorCategory.CORRUPT)


@pytest.mark.parametrize(
    "data",
    [b"", b"Just some text, renamed to .docx", b"PK\x03\x04 truncated", b"<html>Saved as web page"],
)
def test_not_a_zip_refused(data: bytes) -> None:
    refuse(data, ErrorCategory.CORRUPT)


def test_truncated_docx_refused(plain_docx: bytes) -> None:
    refuse(plain_docx[: len(plain_docx) // 2], ErrorCategory.CORRUPT)


def test_damaged_xml_refused(plain_docx: bytes) -> None:
    refuse(rezip(plain_docx, {"word/document.xml": b"<w:document><w:body>"}), ErrorCategory.CORRUPT)


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)


def test_encrypted_ooxml_refused() -> None:
    data = OLE + "EncryptionInfo".encode("utf-16-le") + "EncryptedPackage".encode("utf-16-le")
    assert "password" in refuse(data, ErrorCategory.ENCRYPTED).message


def test_legacy_doc_refused_with_advice() -> None:
    data = OLE + "WordDocument".encode("utf-16-le") + bytes(100)
    assert "Save it as .docx from Word" in refuse(data, ErrorCategory.UNSUPPORTED_FORMAT).message


def test_encrypted_zip_member_refused(plain_docx: bytes) -> None:
    data = bytearray(plain_docx)
    central = data.index(b"PK\x01\x02")  # first central-directory entry; flags at offset 8
    data[central + 8] |= 0x1
    refuse(bytes(data), ErrorCategory.ENCRYPTED)


@pytest.mark.parametrize(
    ("members", "category", "words"),
    [
        ({"xl/workbook.xml": b"<workbook/>"}, ErrorCategory.WRONG_EXTENSION, "Excel"),
        ({"ppt/presentation.xml": b"<p/>"}, ErrorCategory.WRONG_EXTENSION, "PowerPoint"),
        ({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"},
         ErrorCategory.WRONG_EXTENSION, "OpenDocument"),
        ({"readme.txt": b"hello"}, ErrorCategory.CORRUPT, "not a Word document"),
    ],
)
def test_zip_that_is_not_a_word_document(
    members: dict[str, bytes], category: ErrorCategory, words: str
) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    assert words in refuse(out.getvalue(), category).message


def test_pdf_named_docx_is_a_wrong_extension() -> None:
    refuse(b"%PDF-1.7\n...", ErrorCategory.WRONG_EXTENSION)


def test_unexpected_failure_ends_as_corrupt_with_cause(
    plain_docx: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*_args: object, **_kwargs: object) -> None:
        raise KeyError("surprise")

    monkeypatch.setattr(reader.Walker, "body", boom)
    error = refuse(plain_docx, ErrorCategory.CORRUPT)
    assert isinstance(error.__cause__, KeyError)


def test_cached_stylesheets_read_exactly_like_freshly_parsed_ones() -> None:
    """The style cache detaches styles on a stylesheet's second sighting; reads must not change."""
    from pathlib import Path

    from jdlint.read.docx import read, stylecache

    corpora = Path(__file__).parents[1] / "corpora"
    files = sorted(corpora.glob("*.docx"))
    assert files
    for path in files:
        data = path.read_bytes()
        stylecache._kept.clear()
        stylecache._seen.clear()
        fresh = read(data, path.name)  # parsed, digest remembered
        detached = read(data, path.name)  # parsed again, detached and kept
        cached = read(data, path.name)  # served from the cache
        assert len(stylecache._kept) == 1, path.name
        assert fresh == detached == cached, path.name

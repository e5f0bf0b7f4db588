"""Generate a set of hostile and broken input files, as HR folders and JD repositories hold them.

:func:`build` writes every case into a folder and returns what each file is expected to give:
the error categories allowed (usually exactly one) or, for a file jdlint should read, the
format it is read as. Everything is made at test time from code; only a few PDFs are written
byte by byte, since no library writes broken files on purpose.
"""

from __future__ import annotations

import codecs
import io
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pdfgen

# A short job description with one requirement every rule set must flag.
JD_LINES = (
    "Head of Patient Flow",
    "Band 8a",
    "Job purpose",
    "The post holder leads the patient flow team across the hospital site.",
    "Person specification",
    "Essential criteria:",
    "Current NMC registration.",
    "Experience of leading a team through change.",
)
JD_TEXT = "\n\n".join(JD_LINES) + "\n"
SMART_JD = JD_TEXT.replace("leads the", "leads the “patient flow” – and ") + "Salary £50,000.\n"

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
STYLES_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/styles" Target="styles.xml"/></Relationships>'
)
BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 or "")) * 10}">' for i in range(1, 10))
    + f']><w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>'
    "</w:body></w:document>"
)
XXE = (
    '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">'
    '<!ENTITY net SYSTEM "http://192.0.2.1:9/jd.dtd">]>'
    f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&x;&net;</w:t></w:r></w:p>'
    "</w:body></w:document>"
)


@dataclass(frozen=True)
class Case:
    """One generated file and what jdlint must make of it."""

    name: str
    errors: frozenset[str]  # allowed error categories
    read_as: str | None = None  # if set, it may (or, with no errors allowed, must) be read as this
    why: str = ""


def paragraphs_xml(lines: tuple[str, ...] | list[str], *, page_break_every: int = 0) -> str:
    """Return a document.xml body of plain paragraphs (a page break every N if asked)."""
    body = []
    for index, line in enumerate(lines, 1):
        text = line.replace("&", "&amp;").replace("<", "&lt;")
        run = f"<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r>"
        if page_break_every and index % page_break_every == 0:
            run += '<w:r><w:br w:type="page"/></w:r>'
        body.append(f"<w:p>{run}</w:p>")
    return (f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>'
            + "".join(body) + "</w:body></w:document>")


def docx(document: str | bytes | None = None, *, extra: dict[str, bytes] | None = None) -> bytes:
    """Return a minimal .docx whose main part is ``document`` (default: the JD)."""
    main = paragraphs_xml(JD_LINES) if document is None else document
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("word/document.xml", main)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return out.getvalue()


def zip_bomb(megabytes: int = 150) -> bytes:
    """Return a .docx whose document.xml really inflates to ``megabytes`` of zeros."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = b"\x00" * (1 << 20)
    stream = b"".join(compressor.compress(block) for _ in range(megabytes)) + compressor.flush()
    size = megabytes << 20
    crc = 0
    for _ in range(megabytes):
        crc = zlib.crc32(block, crc)
    return _zip_with_raw_member(b"word/document.xml", stream, crc, size)


def lying_sizes() -> bytes:
    """Return a .docx whose directory says document.xml is 1 kB; it inflates to 50 MB."""
    xml = paragraphs_xml(JD_LINES).encode()
    padded = xml[:-len(b"</w:body></w:document>")] + b" " * (50 << 20)
    stream = zlib.compress(padded, 9)[2:-4]
    return _zip_with_raw_member(b"word/document.xml", stream, zlib.crc32(padded), 1000)


def _zip_with_raw_member(name: bytes, stream: bytes, crc: int, size: int) -> bytes:
    head = docx(paragraphs_xml(["x"]))  # content types and rels, then our own main part
    with zipfile.ZipFile(io.BytesIO(head)) as source:
        parts = {n: source.read(n) for n in source.namelist() if n != "word/document.xml"}
    out = io.BytesIO()
    central = []
    for part_name, data in [*((n.encode(), d) for n, d in parts.items()), (name, None)]:
        offset = out.tell()
        if data is None:
            body, method, part_crc, part_size = stream, 8, crc, size
        else:
            body, method, part_crc, part_size = data, 0, zlib.crc32(data), len(data)
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0, part_crc,
                              len(body), part_size, len(part_name), 0) + part_name + body)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0,
                                   part_crc, len(body), part_size, len(part_name), 0, 0, 0, 0,
                                   0, offset) + part_name)
    start = out.tell()
    out.write(b"".join(central))
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central),
                          out.tell() - start, start, 0))
    return out.getvalue()


def many_members(count: int = 10_001) -> bytes:
    """Return a .docx with more zip members than any real one has."""
    return docx(extra={f"word/media/m{i}.bin": b"" for i in range(count)})


def nested_tables(depth: int) -> str:
    """Return a document.xml with tables nested ``depth`` deep."""
    inner = "<w:p><w:r><w:t>deep</w:t></w:r></w:p>"
    for _ in range(depth):
        inner = f"<w:tbl><w:tr><w:tc>{inner}</w:tc></w:tr></w:tbl><w:p/>"
    return f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body>{inner}</w:body></w:document>'


def ole(*streams: str) -> bytes:
    """Return the start of an OLE compound file naming ``streams`` (what sniffing looks at)."""
    names = b"".join(s.encode("utf-16-le") + b"\x00\x00" for s in streams)
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + names + b"\x00" * 1024


def odt() -> bytes:
    """Return an OpenDocument text file (mimetype first, stored, as the standard says)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>", zipfile.ZIP_DEFLATED)
    return out.getvalue()


def odt_with(content: str, *, mimetype: str = "text", manifest: str = "") -> bytes:
    """Return an OpenDocument package holding ``content`` as its content.xml."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", f"application/vnd.oasis.opendocument.{mimetype}")
        archive.writestr("META-INF/manifest.xml", f"<manifest>{manifest}</manifest>")
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return out.getvalue()


ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
ODT_JD = (f"<office:document-content {ODT_NS}><office:body><office:text>"
          + "".join(f"<text:p>{line}</text:p>" for line in JD_TEXT.splitlines())
          + "</office:text></office:body></office:document-content>")
HTML_JD = ("<!DOCTYPE html><html><body><main>"
           + "".join(f"<p>{line}</p>" for line in JD_TEXT.splitlines()) + "</main></body></html>")


def xlsx() -> bytes:
    """Return a zip that looks like an Excel workbook."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    return out.getvalue()


def raw_pdf(objects: list[bytes], *, trailer: bytes = b"", xref: bool = True) -> bytes:
    """Return a PDF from object bodies numbered 1..n, with a correct xref unless told not to."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    start = out.tell()
    if xref:
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
        out.write(b"".join(b"%010d 00000 n \n" % o for o in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, trailer, start))
    return out.getvalue()


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def _page_objects(content: bytes, filters: bytes = b"") -> list[bytes]:
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d %s>>\nstream\n" % (len(content), filters) + content + b"\nendstream",
        _FONT,
    ]


def pages_loop() -> bytes:
    """Return a PDF whose page tree lists itself as its own kid."""
    return raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                    b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
                    b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>"])


def prev_loop() -> bytes:
    """Return a PDF whose xref ``/Prev`` points back at itself, and no usable objects."""
    good = raw_pdf(_page_objects(b"BT /F1 12 Tf 72 720 Td (Hello) Tj ET"))
    start = int(good.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    return good.replace(b"/Root 1 0 R ", b"/Root 1 0 R /Prev %d " % start)


def garbage_stream() -> bytes:
    """Return a PDF whose only content stream claims Flate but holds random bytes."""
    junk = bytes((i * 7919 + 13) % 256 for i in range(4000))
    return raw_pdf(_page_objects(junk, b"/Filter /FlateDecode "))


def flate_bomb(megabytes: int = 60) -> bytes:
    """Return a PDF whose content stream inflates to ``megabytes`` of text-drawing operators."""
    ops = b"BT /F1 1 Tf 1 1 Td (x) Tj ET\n" * ((megabytes << 20) // 30)
    return raw_pdf(_page_objects(zlib.compress(ops, 9), b"/Filter /FlateDecode "))


def no_xref_garbage() -> bytes:
    """Return a PDF header followed by nothing that parses."""
    return b"%PDF-1.7\n" + bytes((i * 31 + 7) % 256 for i in range(20000))


def jd_pdf() -> bytes:
    """Return the JD as a PDF with a text layer."""
    pdf = pdfgen.Pdf()
    pdf.start()
    for line in JD_LINES:
        pdf.para(line)
    return bytes(pdf.output())


def big_docx(pages: int = 300) -> bytes:
    """Return a valid .docx of about ``pages`` pages (40 paragraphs each, page breaks)."""
    filler = ("The post holder will work with colleagues across the organisation to improve "
              "the flow of patients through the hospital, day and night.")
    lines = [*JD_LINES, *(f"{n}. {filler}" for n in range(pages * 40))]
    return docx(paragraphs_xml(lines, page_break_every=40))


def _text_cases() -> dict[str, tuple[bytes, Case]]:
    jd = JD_TEXT
    return {
        "text/utf8.txt": (jd.encode("utf-8"), Case("", frozenset(), "txt")),
        "text/utf8 bom.txt": (codecs.BOM_UTF8 + jd.encode(), Case("", frozenset(), "txt")),
        "text/utf16.txt": (jd.encode("utf-16"), Case("", frozenset(), "txt")),
        "text/utf16le no bom.txt": (jd.encode("utf-16-le"), Case("", frozenset(), "txt")),
        "text/windows-1252 smart quotes.txt": (SMART_JD.encode("cp1252"),
                                               Case("", frozenset(), "txt")),
        "text/binary junk.txt": (bytes(range(256)) * 40, Case("", frozenset({"encoding"}))),
        "text/binary junk.md": (b"\x00\x01\x02\xff" * 500, Case("", frozenset({"encoding"}))),
        "text/bad utf16 after bom.txt": (codecs.BOM_UTF16_LE + b"a\x00\x00\xd8",
                                         Case("", frozenset({"encoding"}))),
        "text/empty.txt": (b"", Case("", frozenset({"no-text"}))),
    }


def cases() -> dict[str, tuple[Callable[[], bytes], Case]]:
    """Return every case: file name -> (bytes maker, expectation)."""
    one = frozenset
    made: dict[str, tuple[Callable[[], bytes], Case]] = {
        "docx/zip bomb.docx": (zip_bomb, Case("", one({"too-large"}))),
        "docx/lying sizes.docx": (lying_sizes, Case("", one({"corrupt"}))),
        "docx/10001 members.docx": (many_members, Case("", one({"too-large"}))),
        "docx/path traversal.docx": (lambda: docx(extra={"../../evil.txt": b"x"}),
                                     Case("", one({"corrupt"}))),
        "docx/billion laughs.docx": (lambda: docx(BILLION_LAUGHS), Case("", one({"corrupt"}))),
        "docx/billion laughs utf16.docx": (
            lambda: docx(BILLION_LAUGHS.replace('version="1.0"', 'version="1.0" encoding='
                                                '"UTF-16"').encode("utf-16")),
            Case("", one({"corrupt"}))),
        "docx/xxe.docx": (lambda: docx(XXE), Case("", one({"corrupt"}))),
        "docx/xxe in styles.docx": (lambda: docx(extra={"word/styles.xml": XXE.encode(),
                                                        "word/_rels/document.xml.rels":
                                                        STYLES_RELS.encode()}),
                                    Case("", one({"corrupt"}))),
        "docx/nested 400 deep.docx": (lambda: docx(nested_tables(400)),
                                      Case("", one({"corrupt"}))),
        "docx/half downloaded.docx": (lambda: docx()[: len(docx()) // 2],
                                      Case("", one({"corrupt"}))),
        "docx/empty.docx": (lambda: b"", Case("", one({"corrupt"}))),
        "docx/password.docx": (lambda: ole("EncryptedInfo", "EncryptedPackage"),
                               Case("", one({"encrypted"}))),
        # A fake .doc: refused without LibreOffice, found damaged by it when installed.
        "docx/really a doc.docx": (lambda: ole("WordDocument"),
                                   Case("", one({"wrong-extension", "corrupt"}))),
        "docx/really a spreadsheet.docx": (xlsx, Case("", one({"wrong-extension"}))),
        "docx/really a pdf.docx": (jd_pdf, Case("", frozenset(), "pdf")),
        "docx/really text.docx": (lambda: JD_TEXT.encode(), Case("", frozenset(), "txt")),
        "docx/big 300 pages.docx": (big_docx, Case("", frozenset(), "docx")),
        "legacy/old word.doc": (lambda: ole("WordDocument"),
                                Case("", one({"unsupported-format", "corrupt"}))),
        "legacy/rich text.rtf": (lambda: b"{\\rtf1\\ansi Head of Patient Flow}",
                                 Case("", one({"unsupported-format"}), "rtf")),  # LibreOffice?
        "legacy/open document.odt": (odt, Case("", one({"corrupt"}))),  # content.xml unbound
        "legacy/docx renamed.doc": (docx, Case("", frozenset(), "docx")),
        "legacy/web page saved as.doc": (lambda: HTML_JD.encode(), Case("", frozenset(), "html")),
        "odt/jd.odt": (lambda: odt_with(ODT_JD), Case("", frozenset(), "odt")),
        "odt/password.odt": (lambda: odt_with(ODT_JD, manifest="<manifest:encryption-data/>"),
                             Case("", one({"encrypted"}))),
        "odt/really a spreadsheet.odt": (lambda: odt_with(ODT_JD, mimetype="spreadsheet"),
                                         Case("", one({"unsupported-format"}))),
        "odt/billion laughs.odt": (lambda: odt_with(BILLION_LAUGHS), Case("", one({"corrupt"}))),
        "odt/half downloaded.odt": (lambda: odt_with(ODT_JD)[:150], Case("", one({"corrupt"}))),
        "web/advert.html": (lambda: HTML_JD.encode(), Case("", frozenset(), "html")),
        "web/only a cookie banner.htm": (
            lambda: b'<html><body><div id="cookie-banner"><p>We use cookies</p></div></body>'
                    b"</html>", Case("", one({"no-text"}))),
        "web/deeply nested.html": (lambda: b"<div>" * 20_000 + JD_TEXT.encode(),
                                   Case("", one({"corrupt"}), "html")),
        "pdf/jd.pdf": (jd_pdf, Case("", frozenset(), "pdf")),
        "pdf/password.pdf": (pdfgen.encrypted, Case("", one({"encrypted"}))),
        "pdf/scanned.pdf": (pdfgen.blank, Case("", one({"no-text"}))),
        "pdf/half downloaded.pdf": (lambda: pdfgen.document()[:2000],
                                    Case("", one({"corrupt", "no-text"}))),
        "pdf/pages loop.pdf": (pages_loop, Case("", one({"corrupt", "no-text"}))),
        "pdf/prev loop.pdf": (prev_loop, Case("", one({"corrupt"}), "pdf")),
        "pdf/garbage stream.pdf": (garbage_stream, Case("", one({"corrupt", "no-text"}))),
        "pdf/no xref garbage.pdf": (no_xref_garbage, Case("", one({"corrupt"}))),
        "pdf/flate bomb.pdf": (flate_bomb, Case("", one({"timeout", "too-large"}), "pdf")),
        "pdf/really a docx.pdf": (docx, Case("", frozenset(), "docx")),
        "pdf/image.pdf": (lambda: b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, Case("", one({"no-text"}))),
        "names/Head of Flow – Band 8a (final) é.txt": (lambda: JD_TEXT.encode(),
                                                       Case("", frozenset(), "txt")),
        "names/really a pdf.txt": (jd_pdf, Case("", frozenset(), "pdf")),
    }
    for name, (data, case) in _text_cases().items():
        made[name] = ((lambda d=data: d), case)
    return made


def build(folder: Path, only: set[str] | None = None) -> dict[str, Case]:
    """Write the cases (all, or ``only`` those names) under ``folder``; return name -> Case."""
    written: dict[str, Case] = {}
    for name, (make, case) in cases().items():
        if only is not None and name not in only:
            continue
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(make())
        written[name] = Case(name, case.errors, case.read_as, case.why)
    return written

"""Tell what a file really is from its first bytes, whatever its name says.

HR folders hold files renamed to the wrong extension: a PDF saved as ``.docx``, an old
Word ``.doc`` renamed ``.docx``, a text export called ``.pdf``. :func:`sniff` looks only at
signatures (and, for zip files, at the names the archive holds), never parses anything, and
returns ``None`` when the bytes carry no signature it knows (plain text, or damage).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jdlint.errors import ErrorCategory
from jdlint.read.legacy.soffice import INSTALL

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
_IMAGES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"BM", "BMP"),
)
_FLAT_ODF = re.compile(rb"<office:document[\s>]")  # not office:document-content
_SAVE_AS_DOCX = "Open it in Word and save it as a Word Document (.docx) (File › Save As)."
# .doc and .rtf files are read through LibreOffice; this is said when it is not installed.
_INSTALL_LIBREOFFICE = f"{INSTALL}; or {_SAVE_AS_DOCX[0].lower()}{_SAVE_AS_DOCX[1:]}"


@dataclass(frozen=True, slots=True)
class Kind:
    """What a file's bytes are: a format jdlint reads (``reader``) or one it cannot."""

    name: str  # "pdf", "docx", "doc", "rtf", "odt", "html", "image", ...
    label: str  # plain English, e.g. "an old Word 97-2003 document (.doc)"
    reader: str | None = None  # the reader format for formats jdlint reads
    category: ErrorCategory = ErrorCategory.UNSUPPORTED_FORMAT  # for formats it cannot read
    advice: str = ""  # what the user can do about a format jdlint cannot read


PDF = Kind("pdf", "a PDF file", reader="pdf")
DOCX = Kind("docx", "a Word document (.docx)", reader="docx")
ZIP = Kind("zip", "a zip archive", reader="docx")  # damaged .docx files land here too
DOC = Kind("doc", "an old Word 97-2003 document (.doc)", reader="doc",
           advice=_INSTALL_LIBREOFFICE)
ENCRYPTED_OFFICE = Kind(
    "encrypted-office", "a password-protected Office document",
    category=ErrorCategory.ENCRYPTED,
    advice="Remove the password in Word (File › Info › Protect Document) and save it again.",
)
OLE = Kind("ole", "an older Microsoft Office file (not a Word document)",
           advice="If it is a job description, open it and save it as a Word Document (.docx).")
RTF = Kind("rtf", "a Rich Text (.rtf) file", reader="rtf", advice=_INSTALL_LIBREOFFICE)
ODT = Kind("odt", "an OpenDocument file (.odt)", reader="odt")
FLAT_ODT = Kind("fodt", "a flat OpenDocument text (.fodt)", reader="odt")
XLSX = Kind("xlsx", "an Excel workbook (.xlsx)",
            advice="jdlint reads job descriptions in Word, PDF, OpenDocument, web-page or text "
                   "files, not spreadsheets.")
PPTX = Kind("pptx", "a PowerPoint presentation (.pptx)",
            advice="jdlint reads job descriptions in Word, PDF, OpenDocument, web-page or text "
                   "files, not slides.")
HTML = Kind("html", "a web page (HTML)", reader="html")
MHT = Kind("mht", "a single-file web archive (.mht)",
           advice="Open it in a web browser and save it as a web page (.html), or as a PDF.")
WORD_XML = Kind("word-xml", "a Word 2003 XML document", advice=_SAVE_AS_DOCX)


def image(what: str) -> Kind:
    """Return the kind of an image file: it has no text, so it needs OCR."""
    return Kind("image", f"a {what} image", category=ErrorCategory.NO_TEXT,
                advice="It is a picture of a page with no text in it: run it through OCR (text "
                       "recognition) and save the result as .docx or .pdf.")


def sniff(data: bytes) -> Kind | None:
    """Return what the bytes are by their signature, or ``None`` if nothing is recognised."""
    head = data[:1024]
    if b"%PDF-" in head:  # readers tolerate junk before the header, as Acrobat does
        return PDF
    if data.startswith(_ZIP):
        return _zip_kind(data)
    if data.startswith(_OLE):
        if "EncryptedPackage".encode("utf-16-le") in data:
            return ENCRYPTED_OFFICE
        if "WordDocument".encode("utf-16-le") in data:
            return DOC
        return OLE
    for magic, what in _IMAGES:
        if data.startswith(magic):
            return image(what)
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(b"{\\rtf"):
        return RTF
    if start.startswith(b"mime-version:") and b"text/html" in head.lower():
        return MHT
    if start.startswith((b"<!doctype html", b"<html")) or (
        start.startswith((b"<?xml", b"<!--")) and b"<html" in start
    ):
        return HTML
    if start.startswith(b"<?xml") and b"<w:wordDocument" in head:
        return WORD_XML
    if start.startswith((b"<?xml", b"<office:document")) and _FLAT_ODF.search(head):
        return FLAT_ODT
    return None


def _zip_kind(data: bytes) -> Kind:
    # ODF puts an uncompressed "mimetype" member first (offset 30 is its local file name).
    if data[30:38] == b"mimetype" and b"opendocument" in data[38:120]:
        return ODT
    if b"META-INF/manifest.xml" in data and b"content.xml" in data and b"word/" not in data:
        return ODT  # an ODF package whose mimetype member is not first
    # Member names appear in clear in each local header and in the central directory.
    if b"word/document.xml" in data or b"word/_rels" in data:
        return DOCX
    if b"xl/workbook.xml" in data:
        return XLSX
    if b"ppt/presentation.xml" in data:
        return PPTX
    return ZIP

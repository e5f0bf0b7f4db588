"""Extract a document's text crudely, the way the field-corpus tests read it."""

from __future__ import annotations

import html
import re
import unicodedata
import zipfile
from io import BytesIO

_PARTS = re.compile(r"word/(document|header\d*|footer\d*)\.xml")


def docx_text(data: bytes, br: str = " ") -> str:
    """Return the text of a .docx body, headers and footers: w:t runs joined per paragraph,
    a soft line break read as ``br``."""
    archive = zipfile.ZipFile(BytesIO(data))
    texts = []
    for name in sorted(n for n in archive.namelist() if _PARTS.fullmatch(n)):
        xml = archive.read(name).decode("utf-8").replace("<w:br/>", f"<w:t>{br}</w:t>")
        xml = xml.replace("<w:tab/>", "<w:t>\t</w:t>")
        for p in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
            texts.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)))
    return html.unescape("\n".join(texts))


def pdf_text(data: bytes) -> str:
    """Return the text pdfminer extracts from a PDF."""
    from pdfminer.high_level import extract_text

    return extract_text(BytesIO(data))


def raw_text(data: bytes, suffix: str) -> str:
    """Return a document's text as extracted, line breaks kept, Unicode normalised."""
    if suffix == ".docx":
        text = docx_text(data, br="\n")
    elif suffix == ".pdf":
        text = pdf_text(data)
    else:
        text = data.decode("utf-8")
    return unicodedata.normalize("NFKC", text)


def text_of(data: bytes, suffix: str) -> str:
    """Return a document's text with Unicode normalised and whitespace collapsed."""
    return " ".join(raw_text(data, suffix).replace("\n", " ").split())

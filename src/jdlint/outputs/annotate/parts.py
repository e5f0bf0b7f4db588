"""Package-level touches python-docx does not offer: resolved comments and reproducible zips.

Resolved ("done") comments live outside comments.xml, in the Word 2012 part
``commentsExtended.xml``: one ``w15:commentEx`` per comment, keyed by the ``w14:paraId`` of
the comment's last paragraph, with ``w15:done="1"``. Word and LibreOffice show such comments
as resolved; readers that ignore the part show them as ordinary comments, which is why their
text also starts with "[Justified]".
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from datetime import date

from docx.document import Document
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from lxml import etree
from lxml.etree import _Element

from jdlint.read.docx.names import W_NS

W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
W15_NS = "http://schemas.microsoft.com/office/word/2012/wordml"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
RT_COMMENTS_EXTENDED = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"
CT_COMMENTS_EXTENDED = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"
)
PARA_ID = f"{{{W14_NS}}}paraId"
_FIRST_PARA_ID = 0x4A000001  # paraIds are 31-bit; start well away from Word's own
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)


def mark_resolved(document: Document, comment_paragraphs: Iterable[_Element]) -> None:
    """Mark comments resolved, given the last ``w:p`` of each comment."""
    paragraphs = list(comment_paragraphs)
    if not paragraphs:
        return
    used = _used_para_ids(document)
    next_id = _FIRST_PARA_ID
    entries: list[_Element] = []
    for p in paragraphs:
        para_id = p.get(PARA_ID)
        if para_id is None:
            while f"{next_id:08X}" in used:
                next_id += 1
            para_id = f"{next_id:08X}"
            used.add(para_id)
            p.set(PARA_ID, para_id)
        entry = etree.Element(f"{{{W15_NS}}}commentEx", nsmap={"w15": W15_NS})
        entry.set(f"{{{W15_NS}}}paraId", para_id)
        entry.set(f"{{{W15_NS}}}done", "1")
        entries.append(entry)
    _append_comment_ex(document, entries)


def _used_para_ids(document: Document) -> set[str]:
    used: set[str] = set()
    for part in document.part.package.iter_parts():
        element = getattr(part, "element", None)
        if element is None:
            continue
        used.update(el.get(PARA_ID, "").upper() for el in element.iter() if el.get(PARA_ID))
    return used


def _append_comment_ex(document: Document, entries: list[_Element]) -> None:
    existing = next((rel.target_part for rel in document.part.rels.values()
                     if rel.reltype == RT_COMMENTS_EXTENDED and not rel.is_external), None)
    if existing is None:
        root = etree.Element(f"{{{W15_NS}}}commentsEx",
                             nsmap={"w15": W15_NS, "mc": MC_NS, "w": W_NS})
        root.set(f"{{{MC_NS}}}Ignorable", "w15")
        root.extend(entries)
        part = Part(PackURI("/word/commentsExtended.xml"), CT_COMMENTS_EXTENDED,
                    _serialise(root), document.part.package)
        document.part.relate_to(part, RT_COMMENTS_EXTENDED)
        return
    element = getattr(existing, "element", None)
    if element is not None:  # a build of python-docx that parses the part itself
        element.extend(entries)
        return
    root = etree.fromstring(existing.blob, etree.XMLParser(resolve_entities=False, no_network=True))
    root.extend(entries)
    existing._blob = _serialise(root)  # python-docx keeps unknown parts as bytes only


def _serialise(root: _Element) -> bytes:
    data: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return data


def comment_date(comment_paragraph: _Element, when: date | None) -> None:
    """Set a comment's date to ``when`` (midnight UTC), or remove it for a reproducible file."""
    comment = comment_paragraph.getparent()
    if comment is None:
        return
    attribute = f"{{{W_NS}}}date"
    if when is None:
        comment.attrib.pop(attribute, None)
    else:
        comment.set(attribute, f"{when.isoformat()}T00:00:00Z")


def reproducible_zip(data: bytes) -> bytes:
    """Return the same zip with fixed timestamps, so the same input gives the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_FIXED_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            target.writestr(fixed, source.read(info))
    return out.getvalue()

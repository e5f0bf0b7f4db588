"""Accept or reject jdlint's tracked changes in a Word file, as a reviewer would in Word.

Used by the ``fix`` tests and ``scripts/fix_residue.py``: accepting drops jdlint's ``w:del``
and unwraps its ``w:ins``; rejecting does the opposite; other authors' revisions are untouched.
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from jdlint.read.docx.names import DEL, INS, T, w

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
P = w("p")


def document_xml(data: bytes) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return etree.fromstring(z.read("word/document.xml"))


def _with_xml(data: bytes, root: etree._Element) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            body = etree.tostring(root) if info.filename == "word/document.xml" \
                else source.read(info)
            target.writestr(info, body)
    return out.getvalue()


def jdlint_revisions(root: etree._Element, tag: str) -> list[etree._Element]:
    """Return the revisions of one kind that jdlint made."""
    return [el for el in root.iter(tag) if el.get(w("author")) == "jdlint"]


def _unwrap(el: etree._Element) -> None:
    parent = el.getparent()
    index = parent.index(el)
    for child in list(el):
        parent.insert(index, child)
        index += 1
    parent.remove(el)


def accept_all(data: bytes) -> bytes:
    """Accept jdlint's changes: drop its w:del, unwrap its w:ins."""
    root = document_xml(data)
    for el in jdlint_revisions(root, DEL):
        el.getparent().remove(el)
    for el in jdlint_revisions(root, INS):
        _unwrap(el)
    return _with_xml(data, root)


def reject_all(data: bytes) -> bytes:
    """Reject jdlint's changes: drop its w:ins, unwrap its w:del (delText back to t)."""
    root = document_xml(data)
    for el in jdlint_revisions(root, INS):
        el.getparent().remove(el)
    for el in jdlint_revisions(root, DEL):
        for text in el.iter(w("delText")):
            text.tag = T
        _unwrap(el)
    return _with_xml(data, root)


def paragraph_texts(data: bytes) -> list[str]:
    root = document_xml(data)
    return ["".join(t.text or "" for t in p.iter(T)) for p in root.iter(P)]


def comments_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = etree.fromstring(z.read("word/comments.xml"))
    return " ".join("".join(t.text or "" for t in c.iter(T)) for c in root.iter(w("comment")))

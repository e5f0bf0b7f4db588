"""Namespaces and qualified tag names of WordprocessingML that the docx reader walks."""

from __future__ import annotations

from lxml.etree import _Element

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_STRICT_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


def w(local: str) -> str:
    """Return the Clark name (``{namespace}local``) of a WordprocessingML element or attribute."""
    return f"{{{W_NS}}}{local}"


W_VAL = w("val")
R_ID = f"{{{R_NS}}}id"
MC_ALTERNATE = f"{{{MC_NS}}}AlternateContent"
MC_CHOICE = f"{{{MC_NS}}}Choice"
MC_FALLBACK = f"{{{MC_NS}}}Fallback"
REL = f"{{{PKG_REL_NS}}}Relationship"

P, R, T, TBL, TR, TC = w("p"), w("r"), w("t"), w("tbl"), w("tr"), w("tc")
SDT, SDT_CONTENT, SDT_PR = w("sdt"), w("sdtContent"), w("sdtPr")
CUSTOM_XML, TXBX_CONTENT = w("customXml"), w("txbxContent")
PPR, RPR, TCPR, TRPR = w("pPr"), w("rPr"), w("tcPr"), w("trPr")
INS, DEL, MOVE_FROM, MOVE_TO = w("ins"), w("del"), w("moveFrom"), w("moveTo")
SECT_PR = w("sectPr")

# Wrappers a block, row or cell may sit inside without changing what it is.
TRANSPARENT = frozenset({SDT_CONTENT, CUSTOM_XML})


_SCAN = 8  # children scanned one by one before asking lxml to search


def first_child(el: _Element, tag: str) -> _Element | None:
    """Return the first child with this Clark-name tag, or ``None``: ``el.find(tag)``, faster."""
    if len(el) > _SCAN:
        for found in el.iterchildren(tag):
            return found
        return None
    for found in el:
        if found.tag == tag:
            return found
    return None


def on(el: _Element | None) -> bool | None:
    """Return an on/off property (``<w:b/>``, ``<w:b w:val="0"/>``) as a bool or ``None``."""
    if el is None:
        return None
    val = el.get(W_VAL)
    return val is None or val.lower() not in {"0", "false", "off", "none"}


def choose(alternate: _Element) -> _Element | None:
    """Return the branch of an ``mc:AlternateContent`` to read: the first Choice, else Fallback."""
    for tag in (MC_CHOICE, MC_FALLBACK):
        branch = alternate.find(tag)
        if branch is not None:
            return branch
    return None

"""Turn an isolated span of runs into a Word tracked change: ``w:del`` then ``w:ins``.

The runs that hold a finding's words (already cut to the match by :func:`.spans.isolate`) are
wrapped in a ``w:del`` whose text moves from ``w:t`` to ``w:delText``; a ``w:ins`` after it holds
one run with the rewrite and a copy of the first original run's ``w:rPr``, so the inserted words
look like the words they replace. Both are authored "jdlint" and dated as comments are.
"""

from __future__ import annotations

import copy
from datetime import date

from lxml import etree
from lxml.etree import _Element

from jdlint.read.docx.names import DEL, INS, RPR, R, T, w

_DEL_TEXT, _INSTR, _DEL_INSTR = w("delText"), w("instrText"), w("delInstrText")
_ID, _AUTHOR, _DATE = w("id"), w("author"), w("date")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


class RevisionIds:
    """Hands out ``w:id`` values no existing annotation in the document uses."""

    def __init__(self, root: _Element) -> None:
        used = [int(v) for v in (el.get(_ID) for el in root.iter()) if v and v.isdigit()]
        self._next = max(used, default=0) + 1000

    def take(self) -> str:
        """Return a fresh id."""
        self._next += 1
        return str(self._next)


def run_range(first: _Element, last: _Element) -> list[_Element] | None:
    """Return the sibling runs from ``first`` to ``last``; None when they do not share a parent."""
    if first.getparent() is not last.getparent():
        return None
    runs: list[_Element] = []
    el: _Element | None = first
    while el is not None:
        if isinstance(el.tag, str) and el.tag != R and el.tag.endswith(("}ins", "}del", "}r")):
            return None  # someone else's revision inside the words: leave it to a comment
        runs.append(el)
        if el is last:
            return [r for r in runs if r.tag == R] or None
        el = el.getnext()
    return None


def track_change(runs: list[_Element], rewrite: str, author: str, when: date | None,
                 ids: RevisionIds) -> tuple[_Element, _Element]:
    """Wrap ``runs`` in a ``w:del`` and insert the rewrite after it; return (del, ins)."""
    first = runs[0]
    deletion = _revision(DEL, author, when, ids)
    first.addprevious(deletion)
    between = runs[0]
    moving: list[_Element] = []
    while between is not None:
        moving.append(between)
        if between is runs[-1]:
            break
        between = between.getnext()
    for el in moving:
        deletion.append(el)  # lxml moves the element
        for child in el.iter(T, _INSTR):
            child.tag = _DEL_TEXT if child.tag == T else _DEL_INSTR
    insertion = _revision(INS, author, when, ids)
    run = etree.SubElement(insertion, R)
    properties = first.find(RPR)
    if properties is not None:
        run.append(copy.deepcopy(properties))
    text = etree.SubElement(run, T)
    text.text = rewrite
    text.set(_XML_SPACE, "preserve")
    deletion.addnext(insertion)
    return deletion, insertion


def _revision(tag: str, author: str, when: date | None, ids: RevisionIds) -> _Element:
    el = etree.Element(tag)
    el.set(_ID, ids.take())
    el.set(_AUTHOR, author)
    if when is not None:
        el.set(_DATE, f"{when.isoformat()}T00:00:00Z")
    return el

"""Find a finding's words in a ``w:p`` and cut its runs so whole runs cover exactly those words.

A paragraph's text is rebuilt the way the docx reader reads it (tracked changes accepted,
hidden text and field codes dropped, white space collapsed, a typed bullet stripped), with
every character remembering the run element and the run child it came from. The matched
characters are then isolated by splitting the first and last run at the match boundaries;
each half keeps a copy of the run's properties, so formatting is unchanged.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass

from lxml.etree import _Element

from jdlint.read.docx.names import (
    DEL,
    MC_ALTERNATE,
    MOVE_FROM,
    PPR,
    RPR,
    SDT,
    SDT_CONTENT,
    SDT_PR,
    R,
    T,
    choose,
    on,
    w,
)
from jdlint.read.docx.runs import clean, placeholder, symbol

_SKIP = frozenset({PPR, RPR, SDT_PR, DEL, MOVE_FROM, w("sdtEndPr")})
_SPACE = frozenset(w(n) for n in ("tab", "ptab", "br", "cr"))
_RFONTS, _ASCII, _HANSI = w("rFonts"), w("ascii"), w("hAnsi")
_VANISH, _SYM, _NOBREAKHYPHEN = w("vanish"), w("sym"), w("noBreakHyphen")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


@dataclass(frozen=True, slots=True)
class Char:
    """One visible character: the run it is in, the run child, and its offset in that child."""

    char: str
    run: _Element
    child: _Element
    offset: int


@dataclass(frozen=True, slots=True)
class Span:
    """The first and last character of a match in one paragraph."""

    first: Char
    last: Char


def paragraph_chars(p: _Element) -> list[Char]:
    """Return the paragraph's visible characters as the reader reads them, with their origin."""
    raw: list[Char] = []
    _walk(p, raw)
    collapsed: list[Char] = []
    for ch in raw:
        if ch.char.isspace():
            if not collapsed or collapsed[-1].char == " ":
                continue
            ch = Char(" ", ch.run, ch.child, ch.offset)
        collapsed.append(ch)
    while collapsed and collapsed[-1].char == " ":
        collapsed.pop()
    text = "".join(ch.char for ch in collapsed)
    stripped, _ = clean(text)
    return collapsed[len(text) - len(stripped):]


def _walk(el: _Element, out: list[Char]) -> None:
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == R:
            _run(child, out)
        elif tag == MC_ALTERNATE:
            branch = choose(child)
            if branch is not None:
                _walk(branch, out)
        elif tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None and not placeholder(child):
                _walk(content, out)
        else:
            _walk(child, out)


def _run(run: _Element, out: list[Char]) -> None:
    rpr = run.find(RPR)
    if rpr is not None and on(rpr.find(_VANISH)):
        return
    fonts = rpr.find(_RFONTS) if rpr is not None else None
    font = (fonts.get(_ASCII) or fonts.get(_HANSI) or "") if fonts is not None else ""
    for child in run:
        tag = child.tag
        if tag == T:
            for offset, ch in enumerate(child.text or ""):
                shown = (symbol(font, ord(ch)) or ch) if font else ch
                out.extend(Char(c, run, child, offset) for c in shown)
        elif tag in _SPACE:
            out.append(Char(" ", run, child, 0))
        elif tag == _NOBREAKHYPHEN:
            out.append(Char("-", run, child, 0))
        elif tag == _SYM:
            try:
                shown = symbol(child.get(w("font"), ""), int(child.get(w("char"), ""), 16))
            except ValueError:
                continue
            out.extend(Char(c, run, child, 0) for c in shown)


def find_span(chars: list[Char], match: str, context: str) -> Span | None:
    """Return where ``match`` is, preferably inside ``context``; ``None`` when absent."""
    text = "".join(ch.char for ch in chars)
    match, context = " ".join(match.split()), " ".join(context.split())
    if not match:
        return None
    start = _search(text, match, _search(text, context, 0))
    if start is None:
        start = _search(text, match, 0)
    if start is None:
        return None
    return Span(chars[start], chars[start + len(match) - 1])


def _search(text: str, needle: str, start: int | None) -> int | None:
    if start is None or not needle:
        return None
    index = text.find(needle, start)
    if index >= 0:
        return index
    found = re.compile(re.escape(needle), re.IGNORECASE).search(text, start)
    return found.start() if found else None


def isolate(span: Span) -> tuple[_Element, _Element]:
    """Split runs at the span's edges; return the first and last run covering exactly the span."""
    _split(span.last.run, span.last.child, span.last.offset + 1)  # the left half keeps the end
    right = _split(span.first.run, span.first.child, span.first.offset)
    start_run = right if right is not None else span.first.run
    end_run = start_run if span.first.run is span.last.run else span.last.run
    return start_run, end_run


def _content(run: _Element) -> list[_Element]:
    return [child for child in run if child.tag != RPR]


def _split(run: _Element, child: _Element, offset: int) -> _Element | None:
    """Cut ``run`` before character ``offset`` of ``child``; return the new right half, if any."""
    content = _content(run)
    index = content.index(child)
    length = len(child.text or "") if child.tag == T else 1
    if offset >= length:
        index, offset = index + 1, 0
    if index >= len(content) or (index == 0 and offset == 0):
        return None  # the cut falls on the run's own edge
    right = copy.deepcopy(run)
    right_content = _content(right)
    for el in content[index + (1 if offset else 0):]:
        run.remove(el)
    for el in right_content[:index]:
        right.remove(el)
    if offset:
        text = child.text or ""
        child.text = text[:offset]
        right_content[index].text = text[offset:]
        for t in (child, right_content[index]):
            t.set(_XML_SPACE, "preserve")
    run.addnext(right)
    return right

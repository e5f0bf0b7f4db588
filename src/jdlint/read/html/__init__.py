"""Read a saved web page (.html, .htm) into Lines and Tables in reading order.

Adverts are read where committees meet them: pages saved from NHS Jobs, Trac or a trust's
careers site. Why lxml.html and a hand-written walk rather than an HTML-to-text converter
(html2text, BeautifulSoup's ``get_text``): the reader must give the Word reader's block
model (headings with levels, list items, emphasis hints, tables with merged cells once) so
structure recovery and rules cannot tell an advert from a Word JD; must leave out the site
around the advert (:mod:`.chrome`); and must turn NHS Jobs' definition lists into job-detail
fields (:mod:`.blocks`). lxml is already a dependency (the Word reader parses with it), its
HTML parser is libxml2's forgiving one, and it never touches the network here.

* Encoding: a byte-order mark, else the ``<meta charset>`` / ``http-equiv`` (or XML)
  declaration in the first 4 KB, else UTF-8, else Windows-1252; Latin-1 and ASCII
  declarations are read as Windows-1252 and a UTF-16 one without a mark as UTF-8, as
  browsers do. Undecodable bytes become U+FFFD.
* Title: the page's first ``h1`` is a heading like any other (the structure stage takes
  the first heading as the title candidate). The ``<title>``, cut at the first " | ", " - "
  or " – " (what follows is the site's name), is the other candidate: a paragraph among the
  first five blocks with exactly its text becomes a ``HEADING`` with ``heading_level`` 0 (a
  Word "Title" paragraph exported by LibreOffice or Word comes out so, and the Word reader
  gives it level 0); else, on a page with no ``h1``, the title is put first as such a
  heading. On a page with an ``h1``, or one an office suite exported (its ``<meta
  name="generator">`` says LibreOffice or Word: the ``<title>`` is then the file's metadata,
  often stale), a ``<title>`` found nowhere in the body is left out.
* A page an office suite exported reads ``<br>`` as the Word reader reads a soft line
  break (a space), so it gives the same blocks as the document it was saved from.
* No text left once the site furniture is removed is ``ReadError(NO_TEXT)``. The parser keeps
  its depth limit (256 levels): what lies deeper is not read, with a note saying so, or
  ``ReadError(CORRUPT)`` when nothing else is left.
"""

from __future__ import annotations

import codecs
import re

from lxml import etree
from lxml.html import HtmlElement, HTMLParser, document_fromstring

from jdlint.document import BlockKind, Line, Location, RawDocument, RawItem
from jdlint.errors import ErrorCategory, ReadError
from jdlint.read.docx.runs import clean
from jdlint.read.failures import failures
from jdlint.read.html.blocks import Walker

_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)"""
                       rb"""|<\?xml[^>]*encoding\s*=\s*["']([a-z0-9_:.-]+)""", re.I)
# Labels browsers read otherwise (the HTML standard): a UTF-16 label without a byte-order mark
# cannot be true of markup the label itself was read from, so it means UTF-8.
_AS_BROWSERS_DO = {"latin-1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252",
                   "utf-16": "utf-8", "utf-16-le": "utf-8", "utf-16-be": "utf-8"}
_PROLOG = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_SITE_NAME = re.compile(r"\s+[|\-–—]\s+")
_OFFICE = re.compile(r"libreoffice|openoffice|microsoft word", re.I)
_TITLE_WITHIN = 5
DEPTH_NOTE = ("The page is nested more than 256 levels of elements deep; what lies deeper was "
              "not read.")  # the body's copy of the page title is among its first blocks


def read(data: bytes, name: str) -> RawDocument:
    """Read a web page's bytes; raise ReadError, never anything else, when it cannot be read."""
    with failures("The web page", "Open it in a browser and save it again (Save Page As ›"
                  " Web Page, HTML only)."):
        return _read(data, name)


def decode(data: bytes) -> str:
    """Return the page's text: by byte-order mark, declared charset, UTF-8, Windows-1252."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, "replace")
    match = _DECLARED.search(data[:4096])
    if match:
        label = (match.group(1) or match.group(2)).decode("ascii").lower()
        try:
            encoding = codecs.lookup(label).name
        except LookupError:
            encoding = "utf-8"
        return data.decode(_AS_BROWSERS_DO.get(encoding, encoding), "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def _read(data: bytes, name: str) -> RawDocument:
    if not data.strip():
        raise ReadError(ErrorCategory.CORRUPT, "The file is empty.")
    text = _PROLOG.sub("", decode(data)).replace("\x00", "")
    parser = HTMLParser(remove_comments=True, remove_pis=True, no_network=True,
                        huge_tree=False, default_doctype=False)
    try:
        root: HtmlElement = document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise ReadError(ErrorCategory.NO_TEXT, "The web page has no content.") from exc
    body = root.find("body")
    office = _exported(root)
    walker = Walker(breaks=not office)
    items = walker.walk(body if body is not None else root)
    cut = any("excessive depth" in entry.message.lower() for entry in parser.error_log)
    if cut and not items:
        raise ReadError(ErrorCategory.CORRUPT, "The web page is nested too deeply to read "
                        "(more than 256 levels of elements).")
    if not items:
        raise ReadError(ErrorCategory.NO_TEXT,
                        "The web page has no text once its scripts, menus and banners are "
                        "left out.")
    _place_title(items, _title(root), office or (body is not None and next(
        body.iterdescendants("h1"), None) is not None))
    headers = walker.margins.get(BlockKind.HEADER, [])
    footers = walker.margins.get(BlockKind.FOOTER, [])
    notes = (DEPTH_NOTE,) if cut else ()
    return RawDocument(path=name, format="html", items=(*headers, *items, *footers), notes=notes)


def _exported(root: HtmlElement) -> bool:
    """Tell whether an office suite wrote the page (its ``<title>`` is document metadata)."""
    for meta in root.iter("meta"):
        if (meta.get("name") or "").lower() == "generator":
            return bool(_OFFICE.search(meta.get("content") or ""))
    return False


def _place_title(items: list[RawItem], title: str, has_h1: bool) -> None:
    """Mark the body's copy of the page title as the title, or put the title first."""
    if not title:
        return
    for index, item in enumerate(items[:_TITLE_WITHIN]):
        if isinstance(item, Line) and item.kind is BlockKind.PARAGRAPH and item.text == title:
            items[index] = Line(title, BlockKind.HEADING, item.location, heading_level=0)
            return
    if not has_h1:
        items.insert(0, Line(title, BlockKind.HEADING, Location(), heading_level=0))


def _title(root: HtmlElement) -> str:
    """Return the ``<title>`` without the site's name after it ("Ward Manager | NHS Jobs")."""
    found = root.find("head/title")
    if found is None:
        found = next(root.iter("title"), None)
    text, _bulleted = clean(found.text_content() if found is not None else "")
    return _SITE_NAME.split(text, maxsplit=1)[0].strip()

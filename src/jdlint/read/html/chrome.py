"""Tell which parts of a saved web page are the site's furniture rather than the advert.

A page saved from NHS Jobs, Trac or a trust's careers site carries the site around the
advert: scripts and styles, navigation, the cookie banner, breadcrumbs, "skip to content"
links, search forms, the site header and footer, and text hidden from the reader. None of
it is the job's, and some of it ("Accept analytics cookies", menus naming every profession's
vacancies) would distort the title, the band or the findings, so it is left out:

* elements that never show text (``script``, ``style``, ``noscript``, ``template``, ``svg``,
  ``iframe``, ``object``), deleted text (``del``, read as accepted) and form controls
  (``button``, ``select``, ``input``, ``textarea``); forms and dialogs (search, sign-in,
  "apply"), unless one holds the advert as below (ASP.NET sites wrap the whole page in a
  ``<form>``);
* ``nav``, and ``header`` / ``footer`` that are the page's own (not inside ``article``,
  ``main`` or ``section``, where they belong to the advert);
* landmarks ``role="navigation" | "banner" | "contentinfo" | "search"`` and elements whose
  ``id``, ``class`` or ``aria-label`` has a word saying cookie, consent, banner, nav, menu,
  breadcrumb or skip (a word of its own: ``nhsuk-cookie-banner`` yes, ``canvas`` no). Cookie,
  consent, breadcrumb and skip-link elements always go; one whose words are only banner, nav
  or menu is kept when it holds the page's ``h1`` or more than half its text, since a "hero
  banner" often carries the job title (so does a page header holding it) and a wrapper
  classed ``has-sidebar-menu`` the whole advert; ``body``, ``main`` and ``article`` are never
  furniture, whatever their classes say;
* hidden elements: ``hidden``, ``aria-hidden="true"``, an inline ``display: none`` or
  ``visibility: hidden``, a class that is exactly ``hidden``, ``is-hidden``, ``hide``,
  ``d-none`` or ``invisible`` (``hidden-xs``, shown on larger screens, is kept), and the
  ``visually-hidden`` / ``sr-only`` helper classes (text for screen readers such as "opens in
  a new tab").
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

NEVER_TEXT = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "button", "select", "input", "textarea", "option", "datalist", "nav",
    "head", "meta", "link", "base", "img", "picture", "video", "audio", "map",
    "del",  # deleted text, read as accepted (as the Word reader reads tracked changes)
})
_PAGE_MARGINS = frozenset({"header", "footer"})
# Forms and dialogs are furniture (search, sign-in, "apply now"), but ASP.NET sites wrap the
# whole page in one <form>: kept when it holds the advert.
_FURNITURE = frozenset({"form", "dialog"})
_OWNERS = frozenset({"article", "main", "section"})
_CONTENT = frozenset({"html", "body", "main", "article"})  # never furniture, whatever the class
_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "menu", "menubar",
                    "dialog", "alertdialog"})
# Words that name furniture and nothing else, and words that may also name a wrapper.
_ALWAYS = frozenset({"cookie", "cookies", "consent", "gdpr", "breadcrumb", "breadcrumbs",
                     "skip", "skiplink", "skiplinks", "visually", "sronly"})
_UNLESS_CONTENT = frozenset({"banner", "nav", "navbar", "navigation", "menu", "menus",
                             "megamenu"})
_HIDDEN_CLASSES = frozenset({"hidden", "is-hidden", "d-none", "hide", "invisible"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_WORD = re.compile(r"[a-z]+")
_MOST = 0.5  # furniture is a small part of a page; an element with more is the content


def _words(el: HtmlElement) -> set[str]:
    joined = " ".join(el.get(a, "") for a in ("id", "class", "aria-label")).lower()
    return set(_WORD.findall(joined.replace("sr-only", "sronly")))


def hidden(el: HtmlElement) -> bool:
    """Tell whether the page hides an element from its reader."""
    return (el.get("hidden") is not None or el.get("aria-hidden", "").lower() == "true"
            or bool(_HIDDEN_STYLE.search(el.get("style", "")))
            or el.get("type", "").lower() == "hidden"
            or not _HIDDEN_CLASSES.isdisjoint((el.get("class") or "").lower().split()))


def skipped(el: HtmlElement) -> bool:
    """Tell whether an element is site furniture, hidden, or never text: left out whole."""
    tag = el.tag if isinstance(el.tag, str) else ""
    if not tag or tag in NEVER_TEXT or hidden(el):
        return True
    if tag in _FURNITURE:
        return not _holds_advert(el)
    if tag in _PAGE_MARGINS and not any(a.tag in _OWNERS for a in el.iterancestors()):
        return not _holds_advert(el)
    if tag in _CONTENT:
        return False
    words = _words(el)
    if not words.isdisjoint(_ALWAYS):
        return True
    if el.get("role", "").lower() in _ROLES or not words.isdisjoint(_UNLESS_CONTENT):
        return not _holds_advert(el)
    return False


def _holds_advert(el: HtmlElement) -> bool:
    """Tell whether an element that looks like furniture holds the advert after all: the
    page's ``h1``, or most of its text (a wrapper classed ``has-sidebar-menu``)."""
    if el.tag == "h1" or next(el.iterdescendants("h1"), None) is not None:
        return True
    body = el.getroottree().getroot().find("body")
    whole = len(body.text_content()) if body is not None else 0
    return whole > 0 and len(el.text_content()) > _MOST * whole

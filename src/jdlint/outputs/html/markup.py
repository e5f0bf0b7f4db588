"""Small HTML helpers: escaping every piece of document text, and marking a match within it."""

from __future__ import annotations

import html
import re

# Characters that are not allowed in HTML text (controls other than tab, newline, CR).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def e(text: object) -> str:
    """Return text escaped for HTML content and quoted attributes (both quote kinds)."""
    return html.escape(_CONTROL.sub("", str(text)), quote=True)


def highlight(text: str, match: str) -> str:
    """Return ``text`` escaped, with the first occurrence of ``match`` wrapped in ``<mark>``."""
    needle = " ".join(match.split())
    haystack = " ".join(text.split())
    if not needle:
        return e(haystack)
    found = re.search(re.escape(needle), haystack, re.IGNORECASE)
    if found is None:
        return e(haystack)
    start, end = found.span()
    return f"{e(haystack[:start])}<mark>{e(haystack[start:end])}</mark>{e(haystack[end:])}"

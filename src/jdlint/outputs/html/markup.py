"""Small HTML helpers: escaping document text, marking a match, naming professions, percentages."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

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


def profession_namer(pairs: tuple[tuple[str, str], ...]) -> Callable[[str], str]:
    """Return a function naming a profession id as people write it (``nursing`` → ``nurses``).

    An id the lexicon does not name (a trust's own, or a test's) is spelled out in words,
    hyphens as spaces, so a slug never reaches a committee.
    """
    names = dict(pairs)

    def name(profession: str) -> str:
        return names.get(profession) or " ".join(profession.replace("-", " ").split())

    return name


def percent(part: int, whole: int) -> str:
    """Return ``part`` of ``whole`` as a whole percentage, never a misleading "0%" or "100%"."""
    if not whole:
        return "—"
    share = 100 * part / whole
    if 0 < share < 0.5:
        return "under 1%"
    if 99.5 <= share < 100:
        return "over 99%"
    return f"{share:.0f}%"

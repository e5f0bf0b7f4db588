"""Make document text and file names safe to show on a terminal or in a CI log.

A job description (or its file name) is text from outside: it may carry ESC and BEL (escape
sequences a terminal or a CI log interprets), C1 controls (U+009B is a one-byte CSI), and
Unicode bidirectional overrides or invisible format characters that make a line display as
something other than what the file says (the "Trojan Source" trick). The text and ``github``
outputs pass everything they print through :func:`visible`, which shows each such character
as a visible escape (``<U+202E>``); JSON, SARIF and CSV keep the text exact and escape it as
their formats require. Written here rather than taken from a library: the rule is one line of
``unicodedata`` (categories Cc, Cf, Zl, Zp), and the libraries that sanitise terminal output
either drop characters (hiding that the file holds them) or leave bidi controls alone.
"""

from __future__ import annotations

import unicodedata

_KEEP = frozenset("\t\n")  # layout the text output relies on; callers fold it as they need
# Characters displayed as nothing that the categories below do not cover.
_BLANK = frozenset("\u115f\u1160\u3164\uffa0")


def visible(text: str) -> str:
    """Return ``text`` with every control, bidi and invisible format character escaped.

    Tabs and line feeds are kept (the caller folds them); a carriage return is a line feed
    before one, else escaped (alone it would let the line overwrite itself).
    """
    if text.isascii() and text.isprintable():
        return text
    text = text.replace("\r\n", "\n")
    return "".join(char if char in _KEEP or not _hidden(char) else f"<U+{ord(char):04X}>"
                   for char in text)


def _hidden(char: str) -> bool:
    return char in _BLANK or unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp")

"""Tidy the text readers hand over: whitespace, invisible characters, leading bullets.

Readers may leave a bullet glyph or a list number at the start of a line (docx numbering
rendered as text, a pdf's "•"); this is the one place they are removed.
"""

from __future__ import annotations

import re
from functools import lru_cache

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BULLET = re.compile(
    r"""^(?:
        [•◦▪▫■□●○‣⁃∙·►▸▶➢➤→✓✔\uf0b7\uf0a7\uf076\uf0d8\uf0fc]\s*   # glyphs, Symbol-font bullets
      | [*+\-–—](?=\s)\s*                          # ASCII bullets need a space after them
      | o\s+(?=\S)                                 # Word's plain-text second-level bullet
      | \(?\d{1,2}(?:\.\d{1,2})*[.)]\s+            # 1.  1)  (1)  2.1.
      | \(?[a-zA-Z]\)\s+ | [a-z]\.\s+              # a)  (b)  a.
      | \(?(?:i{1,3}|iv|vi{0,3}|ix|x)[.)]\s+       # i.  (iv)
    )+""",
    re.VERBOSE,
)
_HEADING_NUMBER = re.compile(r"^(?:section\s+)?\d{1,2}(?:\.\d{1,2})*\.?\s+(?=[A-Za-z])", re.I)


def tidy(text: str) -> str:
    """Return text with invisible characters removed and runs of spaces made one space."""
    lines = [_SPACES.sub(" ", _INVISIBLE.sub("", line)).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def strip_bullet(text: str) -> str:
    """Return one line without its leading bullet glyphs or list numbering."""
    return _BULLET.sub("", text.strip(), count=1).strip()


@lru_cache(maxsize=16384)
def clean(text: str) -> str:
    """Return one line tidied, without bullet, as a block's text."""
    return strip_bullet(" ".join(tidy(text).split("\n")))


@lru_cache(maxsize=16384)
def heading_text(text: str) -> str:
    """Return a heading as a section name: no bullet, number or trailing colon."""
    text = _HEADING_NUMBER.sub("", clean(text))
    return text.rstrip(" :.-–—").strip()


def split_items(text: str) -> list[str]:
    """Split a cell holding several criteria (one per line or bullet) into one text each."""
    items: list[str] = []
    for line in tidy(text).split("\n"):
        parts = re.split(r"\s+[•▪●■◦]\s+", line)  # bullets run together on one line
        for part in parts:
            item = strip_bullet(part)
            if not item:
                continue
            starts_lower = item[:1].islower() and not _BULLET.match(part.strip())
            if items and starts_lower and not items[-1].endswith((".", ";", ":")):
                items[-1] = f"{items[-1]} {item}"  # a wrapped line carries on the one above
            else:
                items.append(item)
    return items


def words(text: str) -> int:
    """Return the number of words in text."""
    return len(text.split())

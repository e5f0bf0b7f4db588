"""``markdown.strip_markup`` skips an inline substitution only when no match was possible.

Each case is compared with running every substitution, on lines where one substitution makes
the text another one needs, or where the needed characters are escaped.
"""

from __future__ import annotations

import html
import re

import pytest

from jdlint.read import markdown

LINES = [
    "Plain text with nothing to strip", "**Bold** and *italic* and _under_ and __strong__",
    "A [link](http://x) and ![image](y.png) and [ref][1]", "<https://nhs.uk> <b>tag</b> <!-- c -->",
    "`code` and ~~struck~~", r"Escaped \*not italic\* and \[not a link\](x)", "a<br>b",
    "*[x](y)*", "[**a**](b)", "_`x`_", "\ue001 private use", "&amp; entity", "**", "__init__",
    "* list-like * stars", "Tom's ~~old~ text~~", "[a]", "<!-- only a comment -->",
]


def _every_substitution(text: str, line_break: str = " ") -> str:
    protected = markdown._ESCAPE.sub(lambda m: chr(0xE000 + ord(m.group(1))), text)
    protected = markdown._BR.sub(line_break, protected)
    for regex, replacement, _ in markdown._INLINE:
        protected = regex.sub(replacement, protected)
    restored = re.sub("[\ue000-\ue0ff]", lambda m: chr(ord(m.group(0)) - 0xE000), protected)
    return html.unescape(restored).strip()


@pytest.mark.parametrize("text", LINES)
def test_strip_markup_matches_every_substitution(text: str) -> None:
    assert markdown.strip_markup(text) == _every_substitution(text)

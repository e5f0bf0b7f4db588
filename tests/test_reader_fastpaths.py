"""The text readers' quick checks give the answers of the slower code they stand in for.

Each shortcut (a substring test before a regex, a byte count for ASCII, a cached Location) is
compared with what the readers computed before it, on generated text built from the
characters each one is about.
"""

from __future__ import annotations

import html
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from jdlint.document import Location
from jdlint.read import decoding, directives, lines, locations, markdown

_SPACES = " \t\xa0\u2003\u3000\x1c\r\x0b\x85"
_MARKUP = "\\<>[]()!`*_~&#;:/-" + "\ue03a\ue02a"


def _text(alphabet: str, size: int = 30) -> st.SearchStrategy[str]:
    return st.text(st.sampled_from(alphabet), max_size=size)


@settings(max_examples=500, deadline=None)
@given(_text(_SPACES + "ab|é"))
def test_has_columns_is_column_starts(text: str) -> None:
    assert lines.has_columns(text) == bool(lines.column_starts(text))


@settings(max_examples=300, deadline=None)
@given(_text("ABCDabcd ,.;:ⓐⅧ1-", 20))
def test_all_caps_heading_rejects_only_lower_case(text: str) -> None:
    letters = [ch for ch in text if ch.isalpha()]
    expected = (len(letters) >= 4 and all(ch.isupper() for ch in letters) and len(text) <= 80
                and len(text.split()) <= 10 and not text.rstrip().endswith((".", ";", ",")))
    assert lines.is_all_caps_heading(text) == expected


@settings(max_examples=500, deadline=None)
@given(_text(_MARKUP + "ab br", 24))
def test_strip_markup_is_every_substitution(text: str) -> None:
    protected = markdown._ESCAPE.sub(lambda m: chr(0xE000 + ord(m.group(1))), text)
    protected = markdown._BR.sub(" ", protected)
    for regex, replacement, _ in markdown._INLINE:
        protected = regex.sub(replacement, protected)
    restored = re.sub("[\ue000-\ue0ff]", lambda m: chr(ord(m.group(0)) - 0xE000), protected)
    assert markdown.strip_markup(text) == html.unescape(restored).strip()


@settings(max_examples=300, deadline=None)
@given(_text("a\r\n\f\v\u2028\u2029\x85"))
def test_normalise_newlines_is_the_regex(text: str) -> None:
    crlf = text.replace("\r\n", "\n").replace("\r", "\n")
    expected = re.sub("[\f\v\u2028\u2029\x85]", "\n", crlf)
    assert decoding.normalise_newlines(text) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from([*map(chr, range(0, 33)), "\x7f", "a", "é"]), max_size=40))
def test_control_count_is_the_regex(text: str) -> None:
    assert decoding._controls(text) == len(decoding._CONTROL.findall(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(_text("jdlintJDLINTıİ :<!-- x", 16), max_size=5))
def test_may_hold_directives_misses_none(source: list[str]) -> None:
    if any(directives.is_directive(line) for line in source):
        assert directives.may_hold_directives(source)


def test_cached_locations_equal_new_ones() -> None:
    assert locations.at_line(7) == Location(line=7)
    assert locations.at_paragraph(3) == Location(paragraph=3)
    assert locations.in_table(2, 1, 4, 9) == Location(table=2, row=1, column=4, line=9)
    assert locations.in_table(2) == Location(table=2)

"""Mutated .docx, .pdf, .odt, web-page and text bytes: each ends as a Document or a ReadError."""

from __future__ import annotations

from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hostile
import pdfgen
import test_reader_html
import test_reader_odt
from jdlint.api import read_document
from jdlint.document import Document
from jdlint.errors import ErrorCategory, ReadError

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@cache
def seeds() -> dict[str, bytes]:
    """Return one valid file of each format to mutate."""
    return {"jd.docx": hostile.docx(), "jd.pdf": hostile.jd_pdf(),
            "jd.txt": hostile.JD_TEXT.encode("utf-8"), "table.pdf": pdfgen.tick_table(),
            "jd.odt": test_reader_odt.odt(), "jd.html": test_reader_html.advert()}


@st.composite
def mutated(draw: st.DrawFn, seed: str) -> bytes:
    """Draw a seed file with bytes flipped, cut, spliced or repeated."""
    data = bytearray(seeds()[seed])
    for _ in range(draw(st.integers(1, 6))):
        action = draw(st.sampled_from(["flip", "cut", "insert", "repeat", "zero"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if action == "flip" and data:
            data[at] ^= draw(st.integers(1, 255))
        elif action == "cut":
            del data[at:at + draw(st.integers(1, 512))]
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        elif action == "repeat":
            data[at:at] = data[at:at + draw(st.integers(1, 256))] * draw(st.integers(2, 8))
        else:
            data[at:at + draw(st.integers(1, 64))] = b"\x00" * 8
    return bytes(data)


def outcome(data: bytes, name: str) -> Document | ReadError:
    """Read the bytes; a ReadError is an answer, anything else raised fails the test."""
    try:
        return read_document(data, name)
    except ReadError as error:
        assert isinstance(error.category, ErrorCategory) and error.message
        return error


@SETTINGS
@given(data=mutated("jd.docx"))
def test_mutated_docx(data: bytes) -> None:
    outcome(data, "jd.docx")


@SETTINGS
@given(data=mutated("jd.pdf"))
def test_mutated_pdf(data: bytes) -> None:
    outcome(data, "jd.pdf")


@SETTINGS
@given(data=mutated("table.pdf"))
def test_mutated_pdf_table(data: bytes) -> None:
    outcome(data, "table.pdf")


@SETTINGS
@given(data=mutated("jd.odt"))
def test_mutated_odt(data: bytes) -> None:
    outcome(data, "jd.odt")


@SETTINGS
@given(data=mutated("jd.html"))
def test_mutated_html(data: bytes) -> None:
    outcome(data, "jd.html")


@SETTINGS
@given(data=mutated("jd.txt"))
def test_mutated_text(data: bytes) -> None:
    outcome(data, "jd.txt")


@SETTINGS
@given(data=st.binary(max_size=4096), name=st.sampled_from(
    ["a.docx", "a.pdf", "a.txt", "a.md", "a.doc", "a.odt", "a.html", "a.fodt", "a", "a.xlsx"]))
def test_any_bytes_under_any_name(data: bytes, name: str) -> None:
    outcome(data, name)


@SETTINGS
@given(data=st.sampled_from(sorted(seeds())), name=st.sampled_from(
    ["x.docx", "x.pdf", "x.txt", "x.md", "x.doc", "x.rtf", "x.odt", "x.html"]))
def test_valid_files_under_every_name_are_read(data: str, name: str) -> None:
    assert isinstance(outcome(seeds()[data], name), Document)  # by content, whatever the name

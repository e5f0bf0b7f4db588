"""Tests for the plain-text and markdown readers and their shared decoding."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jdlint.document import BlockKind, Line, Table
from jdlint.errors import ErrorCategory, ReadError
from jdlint.read import decoding, markdown, text

# --- decoding ----------------------------------------------------------------------------

SAMPLE = "Job title: Ward Manager – “Band 7” £40,000\nReports to: Matron\n"


@pytest.mark.parametrize(
    "data",
    [
        SAMPLE.encode("utf-8"),
        codecs.BOM_UTF8 + SAMPLE.encode("utf-8"),
        codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"),
        SAMPLE.encode("utf-16-le"),  # no BOM: found by its NULs
        SAMPLE.encode("utf-16-be"),
        SAMPLE.encode("cp1252"),  # Notepad on Windows: smart quotes and £ are single bytes
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "cp1252"],
)
def test_decode_finds_the_encoding(data: bytes) -> None:
    assert decoding.decode(data) == SAMPLE


def test_decode_normalises_newlines() -> None:
    assert decoding.decode(b"a\r\nb\rc\x0cd") == "a\nb\nc\nd"


@pytest.mark.parametrize("data", [b"\x00\x01\x02\x03binary\x00\xff" * 20,
                                  bytes(range(0, 32)) * 10])
def test_binary_junk_is_an_encoding_error(data: bytes) -> None:
    with pytest.raises(ReadError) as caught:
        decoding.decode(data)
    assert caught.value.category is ErrorCategory.ENCODING


@pytest.mark.parametrize("data", [b"PK\x03\x04rest", b"%PDF-1.7\n..."])
def test_other_formats_with_a_text_extension(data: bytes) -> None:
    with pytest.raises(ReadError) as caught:
        text.read(data, "jd.txt")
    assert caught.value.category is ErrorCategory.WRONG_EXTENSION


def test_bad_utf16_after_bom_is_an_encoding_error() -> None:
    with pytest.raises(ReadError) as caught:
        decoding.decode(codecs.BOM_UTF16_LE + b"a\x00\x00\xd8")  # a lone surrogate
    assert caught.value.category is ErrorCategory.ENCODING


@pytest.mark.parametrize("data", [b"", b"  \n\n \t\n"])
def test_empty_file_has_no_text(data: bytes) -> None:
    with pytest.raises(ReadError) as caught:
        text.read(data, "empty.txt")
    assert caught.value.category is ErrorCategory.NO_TEXT


# --- plain text --------------------------------------------------------------------------


def _txt(source: str) -> list[Line | Table]:
    return list(text.read(source.encode(), "jd.txt").items)


def _lines(items: list[Line | Table]) -> list[tuple[str, BlockKind, int | None]]:
    return [(i.text, i.kind, i.location.line) for i in items if isinstance(i, Line)]


def test_txt_paragraphs_are_unwrapped_only_where_the_editor_wrapped() -> None:
    source = (
        "The post holder will lead the patient flow team across the hospital and\n"
        "work closely with site managers.\n"
        "\n"
        "Job title: Ward Manager\n"
        "Band: 7\n"
        "Short line one\n"
        "Short line two\n"
        "\n"
        "A table row | " + "much longer than the prose lines around it " * 4 + "\n"
    )
    assert _lines(_txt(source)) == [
        ("The post holder will lead the patient flow team across the hospital and "
         "work closely with site managers.", BlockKind.PARAGRAPH, 1),
        ("Job title: Ward Manager", BlockKind.PARAGRAPH, 4),
        ("Band: 7", BlockKind.PARAGRAPH, 5),
        ("Short line one", BlockKind.PARAGRAPH, 6),
        ("Short line two", BlockKind.PARAGRAPH, 7),
    ]


def test_txt_bullets_and_continuations() -> None:
    source = (
        "• Lead the team\n"
        "  across both sites\n"
        "- Manage budgets\n"
        "* Third\n"
        "▪ Fourth\n"
        "o Fifth\n"
        "1. Sixth\n"
        "a) Seventh\n"
        "which continues here\n"
    )
    assert _lines(_txt(source)) == [
        ("Lead the team across both sites", BlockKind.LIST_ITEM, 1),
        ("Manage budgets", BlockKind.LIST_ITEM, 3),
        ("Third", BlockKind.LIST_ITEM, 4),
        ("Fourth", BlockKind.LIST_ITEM, 5),
        ("Fifth", BlockKind.LIST_ITEM, 6),
        ("Sixth", BlockKind.LIST_ITEM, 7),
        ("Seventh which continues here", BlockKind.LIST_ITEM, 8),
    ]


def test_txt_headings() -> None:
    items = _txt(
        "KEY RESPONSIBILITIES\n"
        "\n"
        "Job Purpose\n"
        "===========\n"
        "\n"
        "Clinical\n"
        "--------\n"
        "Essential criteria:\n"
        "- NMC registration\n"
        "\n"
        "Main Duties\n"
        "\n"
        "The postholder will lead the team.\n"
    )
    lines = [i for i in items if isinstance(i, Line)]
    found = [(line.text, line.kind, line.heading_level, line.emphasis) for line in lines]
    assert found == [
        ("KEY RESPONSIBILITIES", BlockKind.HEADING, None, False),
        ("Job Purpose", BlockKind.HEADING, None, False),  # plain text has no heading levels
        ("Clinical", BlockKind.HEADING, None, False),
        ("Essential criteria:", BlockKind.PARAGRAPH, None, True),
        ("NMC registration", BlockKind.LIST_ITEM, None, False),
        ("Main Duties", BlockKind.PARAGRAPH, None, True),
        ("The postholder will lead the team.", BlockKind.PARAGRAPH, None, False),
    ]


def test_txt_numbered_and_standalone_headings() -> None:
    items = _txt(
        "2. MAIN DUTIES AND RESPONSIBILITIES\n"
        "\n"
        "Medication safety\n"
        "\n"
        "- Review all medication incidents.\n"
        "\n"
        "3. Lead the weekly safety huddle.\n"
    )
    found = [(i.text, i.kind, i.emphasis) for i in items if isinstance(i, Line)]
    assert found == [
        ("MAIN DUTIES AND RESPONSIBILITIES", BlockKind.HEADING, False),
        ("Medication safety", BlockKind.PARAGRAPH, True),
        ("Review all medication incidents.", BlockKind.LIST_ITEM, False),
        ("Lead the weekly safety huddle.", BlockKind.LIST_ITEM, False),
    ]


def test_txt_pipe_table() -> None:
    items = _txt(
        "Intro\n"
        "Criteria | Essential | Desirable\n"
        "---------|-----------|----------\n"
        "NMC registration | ✓ |\n"
        "Masters | | ✓\n"
    )
    table = next(i for i in items if isinstance(i, Table))
    assert [[c.text for c in row] for row in table.rows] == [
        ["Criteria", "Essential", "Desirable"],
        ["NMC registration", "✓", ""],
        ["Masters", "", "✓"],
    ]
    cell = table.rows[2][0]
    assert (cell.location.table, cell.location.row, cell.location.column, cell.location.line) == (
        1, 3, 1, 5)


def test_txt_tab_table() -> None:
    items = _txt("Criteria\tE/D\tAssessment\nDegree\tE\tA\nMasters\tD\tA\n")
    table = next(i for i in items if isinstance(i, Table))
    assert [[c.text for c in row] for row in table.rows][2] == ["Masters", "D", "A"]


# --- markdown ----------------------------------------------------------------------------


def _md(source: str) -> list[Line | Table]:
    return list(markdown.read(source.encode(), "jd.md").items)


def test_md_headings_lists_and_markup() -> None:
    items = _md(
        "# Ward Manager\n"
        "\n"
        "Job purpose\n"
        "-----------\n"
        "\n"
        "To lead the [ward](https://example.org) team with *care* and `skill`,\n"
        "every day.\n"
        "\n"
        "## Duties ##\n"
        "\n"
        "- Lead **safely**\n"
        "  and well\n"
        "2. Numbered\n"
        "\n"
        "**Essential criteria:**\n"
        "\n"
        "**Job title:** Ward Manager\n"
        "**Band:** 7\n"
    )
    found = [(i.text, i.kind, i.heading_level, i.emphasis, i.location.line)
             for i in items if isinstance(i, Line)]
    assert found == [
        ("Ward Manager", BlockKind.HEADING, 1, False, 1),
        ("Job purpose", BlockKind.HEADING, 2, False, 3),
        ("To lead the ward team with care and skill, every day.", BlockKind.PARAGRAPH, None,
         False, 6),
        ("Duties", BlockKind.HEADING, 2, False, 9),
        ("Lead safely and well", BlockKind.LIST_ITEM, None, False, 11),
        ("Numbered", BlockKind.LIST_ITEM, None, False, 13),
        ("Essential criteria:", BlockKind.PARAGRAPH, None, True, 15),
        ("Job title: Ward Manager", BlockKind.PARAGRAPH, None, False, 17),
        ("Band: 7", BlockKind.PARAGRAPH, None, False, 18),
    ]


def test_md_table_drops_separator_and_keeps_header() -> None:
    items = _md(
        "| Criteria | Essential | Desirable |\n"
        "|:---|:-:|---:|\n"
        "| **NMC** registration | ✓ | |\n"
        "| Degree<br>Masters | | ✓ |\n"
    )
    (table,) = items
    assert isinstance(table, Table)
    assert [[c.text for c in row] for row in table.rows] == [
        ["Criteria", "Essential", "Desirable"],
        ["NMC registration", "✓", ""],
        ["Degree\nMasters", "", "✓"],
    ]
    assert table.rows[1][0].location.line == 3


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("**bold** and __strong__", "bold and strong"),
        ("snake_case_name stays", "snake_case_name stays"),
        ("an *emphasised* word", "an emphasised word"),
        ("see [the guide](http://x.org/a_b) now", "see the guide now"),
        (r"a literal \*star\*", "a literal *star*"),
        ("5 * 3 * 2", "5 * 3 * 2"),
        ("AT&amp;T", "AT&T"),
    ],
)
def test_md_strip_markup(source: str, plain: str) -> None:
    assert markdown.strip_markup(source) == plain


@settings(max_examples=80, deadline=None)
@given(st.binary(max_size=300), st.sampled_from(["jd.txt", "jd.md"]))
def test_any_bytes_read_or_raise_a_read_error(data: bytes, name: str) -> None:
    reader = text if name.endswith(".txt") else markdown
    try:
        raw = reader.read(data, name)
    except ReadError:
        return
    assert raw.items and all(isinstance(item, Line | Table) for item in raw.items)


def test_justify_directive_lines_are_not_document_text() -> None:
    """A directive's reason may name a regulator; the line must not become a criterion."""
    from jdlint.read.text import read

    data = (b"Essential criteria:\n"
            b"jdlint: justify JD101 -- statutory role, NMC registration required by law\n"
            b"- Current NMC registration\n")
    texts = [item.text for item in read(data, "jd.txt").items]
    assert not any("justify" in text for text in texts)
    assert "Current NMC registration" in texts


SPACE_TABLE = """PERSON SPECIFICATION

Area            Criteria                                              E/D  How assessed
Qualifications  Degree in a health subject                            E    Application
                Leadership course                                     D    Application
Experience      Experience of leading a service through change        E    Interview
"""


def test_txt_tables_laid_out_with_spaces_are_tables() -> None:
    items = _txt(SPACE_TABLE)
    tables = [item for item in items if isinstance(item, Table)]
    assert len(tables) == 1
    rows = [[cell.text for cell in row] for row in tables[0].rows]
    assert rows[0] == ["Area", "Criteria", "E/D", "How assessed"]
    assert rows[2] == ["", "Leadership course", "D", "Application"]


def test_txt_a_wide_table_does_not_stop_prose_from_unwrapping() -> None:
    prose = ("The lead heads the team of practitioners and therapists across the two\n"
             "hospital sites, and chairs the weekly service meeting.\n\n")
    items = _txt(prose + SPACE_TABLE)
    assert _lines(items)[0][0].endswith("chairs the weekly service meeting.")


def test_txt_a_line_that_ends_with_its_level_ends_the_criterion() -> None:
    # Short criteria one per line with the level after them: the line under a marked
    # criterion starts the next one, however close the line came to the wrap width.
    source = (
        "Experience:\n"
        "Running a seven-day capacity hub on two hospital sites - E\n"
        "Leading winter planning for the urgent care division (D)\n"
        "Chairing the daily system call – Desirable\n"
        "Auditing discharge summaries against the standard (E) (A/I)\n"
        "Writing board papers\n"
    )
    assert [text for text, _, _ in _lines(_txt(source))] == [
        "Experience:",
        "Running a seven-day capacity hub on two hospital sites - E",
        "Leading winter planning for the urgent care division (D)",
        "Chairing the daily system call – Desirable",
        "Auditing discharge summaries against the standard (E) (A/I)",
        "Writing board papers",
    ]


def test_md_a_line_that_ends_with_its_level_ends_the_criterion() -> None:
    source = (
        "### Skills\n"
        "\n"
        "Chairing a multi-agency bed meeting (E)\n"
        "Using the electronic patient record - Desirable\n"
        "Coaching junior managers\n"
    )
    assert [item.text for item in _md(source) if isinstance(item, Line)] == [
        "Skills",
        "Chairing a multi-agency bed meeting (E)",
        "Using the electronic patient record - Desirable",
        "Coaching junior managers",
    ]

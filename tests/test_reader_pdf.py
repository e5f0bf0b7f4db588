"""Tests for the PDF reader on fixtures drawn by tests/pdfgen.py."""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import given
from hypothesis import strategies as st

import pdfgen
from jdlint import read as readers
from jdlint.document import BlockKind, Line, Location, RawDocument, Table
from jdlint.errors import ErrorCategory, ReadError
from jdlint.read.pdf import read
from jdlint.read.pdf.geometry import PageLayout, TextLine
from jdlint.read.pdf.layout import assemble
from jdlint.read.pdf.paragraphs import mend, split_bullet


@cache
def doc(fixture: str, **options: bool) -> RawDocument:
    """Read a fixture once per test session."""
    return read(getattr(pdfgen, fixture)(**options), f"{fixture}.pdf")


def lines(raw: RawDocument, kind: BlockKind | None = None) -> list[Line]:
    """Return the Line items, optionally of one kind."""
    return [i for i in raw.items if isinstance(i, Line) and (kind is None or i.kind is kind)]


def tables(raw: RawDocument) -> list[Table]:
    """Return the Table items."""
    return [i for i in raw.items if isinstance(i, Table)]


def texts(table: Table) -> list[list[str]]:
    """Return a table's cell texts row by row."""
    return [[cell.text for cell in row] for row in table.rows]


def line_with(raw: RawDocument, start: str) -> Line:
    """Return the one Line whose text starts with ``start``."""
    found = [line for line in lines(raw) if line.text.startswith(start)]
    assert len(found) == 1, [line.text for line in lines(raw)]
    return found[0]


# --- the document: margins, headings, paragraphs, lists, labels ------------------------


def test_document_is_pdf_with_pages_and_dispatches_by_extension() -> None:
    raw = readers.read(pdfgen.document(), "jd.PDF")
    assert (raw.format, raw.pages, raw.path) == ("pdf", 3, "jd.PDF")
    assert raw.items == doc("document").items


def test_running_header_and_footer_are_emitted_once() -> None:
    raw = doc("document")
    headers, footers = lines(raw, BlockKind.HEADER), lines(raw, BlockKind.FOOTER)
    assert [h.text for h in headers] == ["Job description - Head of Patient Flow - Ref 123-456"]
    assert [f.text for f in footers] == ["Page 1 of 3"]
    assert headers[0].location == Location(page=1, line=1)
    assert footers[0].location.page == 1
    assert not [line for line in lines(raw) if "Page 2" in line.text or "Page 3" in line.text]


def test_page_number_alone_on_a_single_page_is_a_footer() -> None:
    raw = doc("one_page")
    assert [(line.kind, line.text) for line in lines(raw)] == [
        (BlockKind.PARAGRAPH, "Only one page of text here."),
        (BlockKind.FOOTER, "Page 1 of 1"),
    ]


def test_headings_get_levels_by_relative_size() -> None:
    raw = doc("document")
    headings = [(h.text, h.heading_level) for h in lines(raw, BlockKind.HEADING)]
    assert headings == [
        ("Job Description", 1),  # 18 pt
        ("Job purpose", 2),  # 14 pt
        ("Key responsibilities", 3),  # 12 pt
        ("Working relationships", 3),
        ("Values", 3),
    ]
    assert all(h.emphasis for h in lines(raw, BlockKind.HEADING))


def test_long_bold_sentence_is_an_emphasised_paragraph() -> None:
    line = line_with(doc("document"), "This bold sentence")
    assert line.kind is BlockKind.PARAGRAPH and line.emphasis and line.heading_level is None
    assert line.text.endswith("rather than a heading, so it stays a paragraph.")


def test_wrapped_paragraph_is_one_line_located_at_its_first_line() -> None:
    raw = doc("document")
    line = line_with(raw, "The post holder will lead")
    assert line.text == (
        "The post holder will lead the patient flow team across the hospital site, working "
        "closely with clinical and operational colleagues to ensure that patients are cared "
        "for in the right place at the right time. They will manage the site team."
    )
    # rows above it on page 1: header, title, Job title, Band, Reports to (2 rows), Job purpose
    assert line.location == Location(page=1, line=8)
    assert line_with(raw, "A second paragraph").location == Location(page=1, line=11)


def test_hyphenated_wraps_are_mended_and_real_hyphens_kept() -> None:
    line = line_with(doc("document"), "The post holder works")
    assert line.text == (
        "The post holder works in a multidisciplinary team and keeps a self-motivated "
        "approach to post-registration learning for a Band 8a-level role."
    )


def test_bullets_become_list_items_without_glyph() -> None:
    items = [line.text for line in lines(doc("document"), BlockKind.LIST_ITEM)]
    assert items == [
        "Lead the daily bed meetings and escalate capacity risks to the on-call manager in "
        "line with the trust escalation policy and procedures.",
        "Manage the site team.",
        "Report weekly on delayed discharges.",
        "Chair the discharge group.",
        "Audit the flow dashboard.",
    ]


def test_label_and_value_on_one_baseline_read_as_label_colon_value() -> None:
    raw = doc("document")
    assert line_with(raw, "Job title").text == "Job title: Head of Patient Flow"
    assert line_with(raw, "Band").text == "Band: 8a"
    assert line_with(raw, "Reports to").text == (
        "Reports to: Deputy Chief Operating Officer for the Urgent and Emergency Care Division "
        "and Associate Director of Operations"
    )


def test_items_follow_reading_order_across_pages() -> None:
    raw = doc("document")
    keys = [(i.location.page, i.location.line) for i in raw.items]
    assert keys == sorted(keys)  # type: ignore[type-var]
    assert line_with(raw, "Work alongside").location.page == 2


# --- person-specification tables ----------------------------------------------------------


def test_tick_columns_land_in_their_columns() -> None:
    raw = doc("tick_table")
    (table,) = tables(raw)
    tick = pdfgen.TICK
    assert texts(table) == [
        ["Criteria", "Essential", "Desirable"],
        ["Qualifications"],  # a row spanning every column is one cell
        ["Current NMC registration", tick, ""],
        ["Evidence of continuing professional development in leadership and service "
         "improvement at master's level or equivalent experience", tick, ""],
        ["Prince2 qualification", "", tick],
        ["Experience"],
        ["Experience of managing patient flow", "Yes", ""],
        ["Experience of budget management", "", "X"],
    ]
    assert table.location == Location(page=1, table=1, line=2)
    assert table.rows[4][2].location == Location(page=1, table=1, row=5, column=3)
    assert line_with(raw, "Person specification").kind is BlockKind.HEADING
    assert line_with(raw, "Signed by").kind is BlockKind.PARAGRAPH


def test_table_without_ruling_lines_is_recovered_from_header_positions() -> None:
    raw = doc("tick_table", rules=False)
    (table,) = tables(raw)
    tick = pdfgen.TICK
    assert [row[0].text for row in table.rows] == [
        "Criteria", "Qualifications", "Current NMC registration",
        "Evidence of continuing professional development in leadership and service "
        "improvement at master's level or equivalent experience",
        "Prince2 qualification", "Experience", "Experience of managing patient flow",
        "Experience of budget management",
    ]
    assert [[c.text for c in row[1:]] for row in table.rows[2:5]] == [
        [tick, ""], [tick, ""], ["", tick]
    ]
    assert line_with(raw, "Signed by").kind is BlockKind.PARAGRAPH


def test_single_ed_column_and_method_of_assessment() -> None:
    (table,) = tables(doc("ed_table"))
    assert texts(table) == [
        ["Attribute", "E/D", "How assessed"],
        ["Degree in a health or management subject", "E", "Application"],
        ["Evidence of working across organisational boundaries with partners in health and "
         "social care", "D", "Application / Interview"],
    ]


def test_criteria_text_columns_hold_several_criteria_per_cell() -> None:
    (table,) = tables(doc("text_columns"))
    assert texts(table) == [
        ["", "Essential", "Desirable"],
        ["Qualifications",
         "Registered healthcare professional with a current registration\nDegree",
         "Master's degree in a relevant subject"],
        ["Experience",
         "Leading a team at a senior level in an acute trust setting\nManaging budgets", ""],
        ["Skills",
         "Ability to make sound decisions under pressure using incomplete information\n"
         "Excellent written and verbal communication skills\n"
         "Registered with the Nursing & Midwifery Council without conditions", ""],
    ]


def test_category_cell_spanning_rows_appears_once() -> None:
    (table,) = tables(doc("merged_category"))
    assert [[(c.location.column, c.text) for c in row] for row in table.rows] == [
        [(1, "Category"), (2, "Criteria"), (3, "E/D")],
        [(1, "Experience"), (2, "Managing a site team"), (3, "E")],
        [(2, "Leading improvement projects"), (3, "D")],
        [(1, "Skills"), (2, "Negotiating with partners"), (3, "E")],
    ]


@pytest.mark.parametrize("repeat_header", [True, False])
def test_table_over_two_pages_is_one_table(repeat_header: bool) -> None:
    raw = doc("long_table", repeat_header=repeat_header)
    (table,) = tables(raw)
    assert texts(table)[0] == ["Criteria", "Essential", "Desirable"]
    body = table.rows[1:]
    assert [row[0].text for row in body] == [
        f"Criterion number {n} about service improvement" for n in range(1, 31)
    ]
    assert [row[0].location.row for row in table.rows] == list(range(1, 32))
    assert {row[0].location.page for row in body} == {1, 2}
    for number, row in enumerate(body, start=1):
        marked = 1 if number % 2 else 2
        assert [cell.text for cell in row[1:]] == [
            pdfgen.TICK if column == marked else "" for column in (1, 2)
        ]
    assert line_with(raw, "Closing paragraph").location.page == 2
    assert len(lines(raw, BlockKind.FOOTER)) == 1


# --- errors ---------------------------------------------------------------------------------


def test_password_protected_pdf_is_encrypted() -> None:
    with pytest.raises(ReadError) as info:
        read(pdfgen.encrypted(), "locked.pdf")
    assert info.value.category is ErrorCategory.ENCRYPTED
    assert "locked.pdf" in info.value.message


def test_owner_password_only_pdf_is_read() -> None:
    assert [line.text for line in lines(read(pdfgen.owner_locked(), "x.pdf"))] == [
        "Readable text behind an owner password."
    ]


def test_pdf_without_text_needs_ocr() -> None:
    with pytest.raises(ReadError) as info:
        read(pdfgen.blank(), "scan.pdf")
    assert info.value.category is ErrorCategory.NO_TEXT
    assert "OCR" in info.value.message


@pytest.mark.parametrize(
    "data",
    [
        b"PK\x03\x04 a zip file, not a PDF",
        b"",
        b"%PDF-1.4\n" + b"garbage " * 50,
    ],
)
def test_not_a_pdf_is_corrupt(data: bytes) -> None:
    with pytest.raises(ReadError) as info:
        read(data, "bad.pdf")
    assert info.value.category is ErrorCategory.CORRUPT


def test_truncated_pdf_is_corrupt_with_the_cause_chained() -> None:
    data = pdfgen.one_page()
    with pytest.raises(ReadError) as info:
        read(data[: len(data) // 2], "cut.pdf")
    assert info.value.category is ErrorCategory.CORRUPT
    assert info.value.__cause__ is not None


def test_unexpected_failure_in_layout_is_corrupt(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(pages: object, name: str) -> RawDocument:
        raise ValueError("boom")

    monkeypatch.setattr("jdlint.read.pdf.assemble", explode)
    with pytest.raises(ReadError) as info:
        read(pdfgen.one_page(), "x.pdf")
    assert info.value.category is ErrorCategory.CORRUPT
    assert isinstance(info.value.__cause__, ValueError)


# --- the pure layout logic, without pdfminer --------------------------------------------------


def run(text: str, x0: float, top: float, *, size: float = 10, bold: bool = False) -> TextLine:
    """Return a run of text about 5 pt per character wide."""
    return TextLine(text, x0, x0 + 5 * len(text), top, top + size, size, bold)


def test_layout_logic_works_on_any_backend_output() -> None:
    page = PageLayout(
        number=1,
        width=595,
        height=842,
        lines=(
            run("Person specification", 50, 80, size=14, bold=True),
            run("Criteria", 50, 110, bold=True),
            run("Essential", 350, 110, bold=True),
            run("Desirable", 450, 110, bold=True),
            run("Ability to plan", 50, 130),
            run("X", 370, 130),
            run("Driving licence", 50, 150),
            run("X", 470, 150),
        ),
        rules=(),
    )
    raw = assemble([page], "synthetic.pdf")
    assert isinstance(raw.items[0], Line) and raw.items[0].heading_level == 1
    assert isinstance(raw.items[1], Table)
    assert texts(raw.items[1]) == [
        ["Criteria", "Essential", "Desirable"],
        ["Ability to plan", "X", ""],
        ["Driving licence", "", "X"],
    ]


@pytest.mark.parametrize(
    ("before", "after", "words", "joined"),
    [
        ("a multi-", "disciplinary team", frozenset(), "a multidisciplinary team"),
        ("a self-", "motivated person", frozenset(), "a self-motivated person"),
        ("an evidence-", "based approach", frozenset(), "an evidence-based approach"),
        ("a Band 8a-", "level post", frozenset(), "a Band 8a-level post"),
        ("the NHS-", "England view", frozenset(), "the NHS-England view"),
        ("to co-", "ordinate care", frozenset({"coordinate"}), "to coordinate care"),
        ("to orga-", "nise care", frozenset({"orga-nise"}), "to orga-nise care"),
        ("lead the team -", "and more", frozenset(), "lead the team - and more"),
        ("plain", "text", frozenset(), "plain text"),
    ],
)
def test_mend(before: str, after: str, words: frozenset[str], joined: str) -> None:
    assert mend(before, after, words) == joined


@given(st.text(alphabet="abcdefgh- ", min_size=1), st.text(alphabet="abcdefgh ", min_size=1))
def test_mend_only_ever_drops_one_hyphen(before: str, after: str) -> None:
    before, after = before.strip(), after.strip()
    if not before or not after:
        return
    joined = mend(before, after, frozenset())
    assert joined.replace(" ", "").replace("-", "") == (before + after).replace(" ", "").replace(
        "-", ""
    )
    assert joined.count("-") in (before.count("-"), before.count("-") - 1)


@pytest.mark.parametrize(
    ("text", "bullet", "rest"),
    [
        ("• Lead the team", "•", "Lead the team"),
        ("▪ Lead", "▪", "Lead"),
        ("- Lead", "-", "Lead"),
        ("– Lead", "–", "Lead"),
        ("* Lead", "*", "Lead"),
        ("o Lead", "o", "Lead"),
        ("\uf0b7 Lead", "\uf0b7", "Lead"),
        ("1. Lead", "1.", "Lead"),
        ("a) Lead", "a)", "Lead"),
        ("(ii) Lead", "(ii)", "Lead"),
        ("Lead the team", None, "Lead the team"),
        ("on-call rota", None, "on-call rota"),
        ("8a post", None, "8a post"),
    ],
)
def test_split_bullet(text: str, bullet: str | None, rest: str) -> None:
    assert split_bullet(text) == (bullet, rest)


def test_a_row_that_ends_with_its_level_ends_the_criterion() -> None:
    raw = doc("marked_lines")
    assert [line.text for line in lines(raw, BlockKind.PARAGRAPH)] == [
        "Leading the operational response to surges in demand across the hospital - E",
        "Negotiating discharge dates with partners in community health services (D)",
        "Presenting capacity forecasts to the executive team – Desirable",
        "Registered with a professional body",
    ]

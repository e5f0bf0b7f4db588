"""Tests for the structure stage: sections, levels, job-detail labels, title and band."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jdlint.document import (
    Block,
    BlockKind,
    Cell,
    Document,
    Level,
    Line,
    Location,
    RawDocument,
    Table,
)
from jdlint.structure import assemble, vocabulary

P, H, LI = BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.LIST_ITEM
E, D, U = Level.ESSENTIAL, Level.DESIRABLE, Level.UNSPECIFIED
PS = "Person specification"


def line(text: str, kind: BlockKind = P, level: int | None = None, bold: bool = False,
         n: int = 0) -> Line:
    return Line(text, kind, Location(paragraph=n or None), heading_level=level, emphasis=bold)


def table(rows: list[list[str]], number: int = 1) -> Table:
    return Table(
        tuple(tuple(Cell(text, Location(table=number, row=r, column=c)) for c, text in
                    enumerate(row, start=1)) for r, row in enumerate(rows, start=1)),
        Location(table=number),
    )


def structure(*items: Line | Table) -> Document:
    return assemble(RawDocument(path="jd.docx", format="docx", items=tuple(items)))


def criteria(document: Document) -> list[tuple[str, Level, tuple[str, ...]]]:
    """Return the blocks that are not headings, as (text, level, section)."""
    return [(b.text, b.level, b.section) for b in document.blocks
            if b.kind not in (H, BlockKind.HEADER, BlockKind.FOOTER) and b.label is None]


def by_text(document: Document, text: str) -> Block:
    return next(b for b in document.blocks if b.text == text)


# --- person specification layouts --------------------------------------------------------


def test_tick_columns_with_categories_and_assessment() -> None:
    doc = structure(
        line("Person Specification", H, 1),
        table([
            ["Category", "Criteria", "Essential", "Desirable", "How assessed"],
            ["Qualifications", "Current NMC registration", "✓", "", "A"],
            ["", "Masters degree", "", "✔", "A/I"],
            ["Experience", "Bed management experience", "Yes", "", "I"],
            ["", "Project management", "", "X", "I"],
            ["Skills", "Good communication", "E", "", "I"],
        ]),
    )
    assert criteria(doc) == [
        ("Current NMC registration", E, (PS, "Qualifications")),
        ("Masters degree", D, (PS, "Qualifications")),
        ("Bed management experience", E, (PS, "Experience")),
        ("Project management", D, (PS, "Experience")),
        ("Good communication", E, (PS, "Skills")),
    ]
    block = by_text(doc, "Masters degree")
    assert block.kind is BlockKind.CRITERION and block.category == "Qualifications"
    assert (block.location.table, block.location.row, block.location.column) == (1, 3, 2)


def test_tick_columns_with_category_rows_and_no_heading() -> None:
    doc = structure(table([
        ["Criteria", "Essential", "Desirable", "Method of assessment"],
        ["Education and training", "", "", ""],
        ["Degree in a health subject\nLeadership qualification", "●", "", "Application"],
        ["Knowledge", "", "", ""],
        ["Knowledge of NHS finance", "", "*", "Interview"],
    ]))
    assert criteria(doc) == [
        ("Degree in a health subject", E, (PS, "Qualifications")),
        ("Leadership qualification", E, (PS, "Qualifications")),
        ("Knowledge of NHS finance", D, (PS, "Knowledge")),
    ]


def test_header_words_broken_inside_narrow_columns_still_name_the_columns() -> None:
    # A narrow PDF column breaks a long header word mid-word ("Essenti" / "al"); the reader
    # joins the pieces with a space, and the column is still the Essential column.
    doc = structure(
        line("Person Specification", H, 1),
        table([
            ["Area", "Criteria", "Essenti al", "Desira ble", "Assess ed"],
            ["Qualifications", "Postgraduate diploma in leadership", "X", "", "A"],
            ["Experience", "Chairing system escalation calls", "", "X", "A/I"],
        ]),
    )
    assert criteria(doc) == [
        ("Postgraduate diploma in leadership", E, (PS, "Qualifications")),
        ("Chairing system escalation calls", D, (PS, "Experience")),
    ]


def test_one_ed_column_and_assessment_letters_are_not_levels() -> None:
    doc = structure(
        line("PERSON SPECIFICATION"),
        table([
            ["Attribute", "Criteria", "E/D", "A/I/T/R"],
            ["Qualifications", "NMC registration", "E", "A"],
            ["", "Teaching qualification", "D", "A, I"],
            ["Experience", "Managing a ward\nManaging a budget", "E\nD", "I"],
            ["Other", "Flexible working", "E/D", "I"],
        ]),
    )
    assert criteria(doc) == [
        ("NMC registration", E, (PS, "Qualifications")),
        ("Teaching qualification", D, (PS, "Qualifications")),
        ("Managing a ward", E, (PS, "Experience")),
        ("Managing a budget", D, (PS, "Experience")),
        ("Flexible working", U, (PS, "Other")),
    ]


@pytest.mark.parametrize("essential, desirable", [
    ("E (A/I)", "D - I"),
    ("Essential – Application", "Desirable – Interview"),
    ("E: application form", "D: interview, references"),
])
def test_a_level_cell_that_also_says_how_it_is_assessed(essential: str, desirable: str) -> None:
    # One cell carries both the level and the method ("E (A/I)"): the level still counts,
    # and the row is a criterion, not a new header.
    doc = structure(
        line("Person Specification", H, 1),
        table([
            ["Criteria", "Essential/Desirable"],
            ["Chairing the daily capacity call", essential],
            ["Certificate in emergency planning", desirable],
        ]),
    )
    assert criteria(doc) == [
        ("Chairing the daily capacity call", E, (PS,)),
        ("Certificate in emergency planning", D, (PS,)),
    ]


def test_a_header_glossing_both_letters_names_one_level_column() -> None:
    doc = structure(
        line("Person Specification", H, 1),
        table([
            ["Criteria", "Essential (E) / Desirable (D)"],
            ["Experience of a winter surge plan", "E"],
            ["Lean practitioner training", "D"],
        ]),
    )
    assert criteria(doc) == [
        ("Experience of a winter surge plan", E, (PS,)),
        ("Lean practitioner training", D, (PS,)),
    ]


def test_a_tick_with_the_method_of_assessment_beside_it_is_still_a_tick() -> None:
    doc = structure(
        line("Person Specification", H, 1),
        table([
            ["Criteria", "Essential", "Desirable"],
            ["Managing a seven-day rota", "✓ A/I", ""],
            ["Data analysis course", "", "X (I)"],
        ]),
    )
    assert criteria(doc) == [
        ("Managing a seven-day rota", E, (PS,)),
        ("Data analysis course", D, (PS,)),
    ]


@pytest.mark.parametrize("header", ["E/D*", "Essential / Desirable *", "E/D†"])
def test_a_footnote_mark_on_the_level_header_still_names_the_column(header: str) -> None:
    doc = structure(
        line("Person Specification", H, 1),
        table([
            ["Criteria", header],
            ["Running a discharge lounge", "E"],
            ["Improvement coach training", "D"],
        ]),
    )
    assert criteria(doc) == [
        ("Running a discharge lounge", E, (PS,)),
        ("Improvement coach training", D, (PS,)),
    ]


def test_a_cross_in_the_other_tick_column_means_no() -> None:
    # Forms that tick one column put a cross in the other: "✓ | ✗" is essential, "✗ | ✓" desirable.
    doc = structure(
        line("Person Specification", H, 1),
        table([
            ["Criteria", "Essential", "Desirable"],
            ["Leading a site team out of hours", "✓", "✗"],
            ["Coaching qualification", "✗", "✓"],
        ]),
    )
    assert criteria(doc) == [
        ("Leading a site team out of hours", E, (PS,)),
        ("Coaching qualification", D, (PS,)),
    ]


def test_essential_and_desirable_columns_hold_the_criteria() -> None:
    doc = structure(
        line("Person specification", H, 1),
        table([
            ["", "Essential", "Desirable"],
            ["Qualifications", "• Registered nurse\n• Degree",
             "• Masters\n• Teaching qualification"],
            ["Skills & abilities", "IT skills", ""],
        ]),
    )
    assert criteria(doc) == [
        ("Registered nurse", E, (PS, "Qualifications")),
        ("Degree", E, (PS, "Qualifications")),
        ("Masters", D, (PS, "Qualifications")),
        ("Teaching qualification", D, (PS, "Qualifications")),
        ("IT skills", E, (PS, "Skills")),
    ]
    assert all(b.kind is BlockKind.CRITERION for b in doc.blocks if b.kind is not H)
    masters = by_text(doc, "Masters")
    assert (masters.location.row, masters.location.column) == (2, 3)


def test_merged_cells_keep_their_columns() -> None:
    """A vertically merged category cell is given once; later rows start at column 2."""
    rows = [
        [("Category", 1), ("Criteria", 2), ("Essential", 3), ("Desirable", 4), ("Assessment", 5)],
        [("Qualifications", 1), ("MBBS", 2), ("Yes", 3), ("", 4), ("A", 5)],
        [("Full GMC registration", 2), ("", 3), ("Yes", 4), ("A", 5)],
    ]
    merged = Table(tuple(tuple(Cell(text, Location(table=1, row=r, column=c)) for text, c in row)
                         for r, row in enumerate(rows, start=1)), Location(table=1))
    doc = structure(merged)
    assert criteria(doc) == [("MBBS", E, (PS, "Qualifications")),
                             ("Full GMC registration", D, (PS, "Qualifications"))]
    assert by_text(doc, "Full GMC registration").location.column == 2


def test_a_title_row_merged_across_the_table_is_a_category() -> None:
    doc = structure(table([
        ["Essential", "Desirable"],
        ["Skills and aptitudes"],
        ["Organisational skills", ""],
        ["Values we look for"],
        ["Calm under pressure", "Coaching"],
    ]))
    assert criteria(doc) == [
        ("Organisational skills", E, (PS, "Skills")),
        ("Calm under pressure", E, (PS, "Values we look for")),
        ("Coaching", D, (PS, "Values we look for")),
    ]


def test_a_header_row_per_category() -> None:
    doc = structure(
        table([
            ["Qualifications", "Essential", "Desirable"],
            ["NMC registration", "✓", ""],
            ["Experience", "Essential", "Desirable"],
            ["Ward leadership", "", "✓"],
        ]),
    )
    assert criteria(doc) == [
        ("NMC registration", E, (PS, "Qualifications")),
        ("Ward leadership", D, (PS, "Experience")),
    ]


def test_rows_named_essential_and_desirable() -> None:
    doc = structure(table([
        ["", "Qualifications", "Experience"],
        ["Essential", "Degree", "Team leadership\nBudget management"],
        ["Desirable", "Masters", ""],
    ]))
    assert criteria(doc) == [
        ("Degree", E, (PS, "Qualifications")),
        ("Team leadership", E, (PS, "Experience")),
        ("Budget management", E, (PS, "Experience")),
        ("Masters", D, (PS, "Qualifications")),
    ]


def test_level_labels_followed_by_bullets_carry_until_the_next_heading() -> None:
    doc = structure(
        line("Key responsibilities", H, 1),
        line("Hold current NMC registration at all times", LI),
        line("Person specification", H, 1),
        line("Qualifications", H, 2),
        line("Essential criteria:", bold=True),
        line("• Current NMC registration", LI),
        line("Degree", LI),
        line("Desirable criteria:"),
        line("Masters", LI),
        line("Experience", H, 2),
        line("Leading a team", LI),
        line("Equality and diversity", H, 1),
        line("Treat everyone fairly", P),
    )
    assert criteria(doc) == [
        ("Hold current NMC registration at all times", U, ("Key responsibilities",)),
        ("Current NMC registration", E, (PS, "Qualifications")),
        ("Degree", E, (PS, "Qualifications")),
        ("Masters", D, (PS, "Qualifications")),
        ("Leading a team", U, (PS, "Experience")),
        ("Treat everyone fairly", U, ("Equality and diversity",)),
    ]


def test_level_headings_above_categories_hold_across_them() -> None:
    doc = structure(
        line("PERSON SPECIFICATION"),
        line("ESSENTIAL CRITERIA"),
        line("Qualifications", bold=True),
        line("Degree", LI),
        line("Experience", bold=True),
        line("Ward management", LI),
        line("DESIRABLE CRITERIA"),
        line("Qualifications", bold=True),
        line("Masters", LI),
    )
    assert [(text, level) for text, level, _ in criteria(doc)] == [
        ("Degree", E), ("Ward management", E), ("Masters", D)]


@pytest.mark.parametrize(
    ("written", "text", "level"),
    [
        ("Chairs the bed meeting (E) (A/I)", "Chairs the bed meeting", E),
        ("Coaching award [D] [Interview]", "Coaching award", D),
        ("Chairs the bed meeting (E – A, I)", "Chairs the bed meeting", E),
        ("Coaching award (Desirable, interview)", "Coaching award", D),
        ("Chairs the bed meeting: Essential", "Chairs the bed meeting", E),
        ("Coaching award (D)(R)", "Coaching award", D),
        ("Works with partners (E/D) (I)", "Works with partners (E/D) (I)", U),
    ],
)
def test_inline_markers_followed_by_how_assessed(written: str, text: str, level: Level) -> None:
    # The level then the method of assessment at the end of a criterion: the level still counts.
    doc = structure(line("Person spec", H, 1), line(written, LI))
    assert criteria(doc) == [(text, level, (PS,))]


@pytest.mark.parametrize(
    ("written", "text", "level"),
    [
        ("NMC registration (E)", "NMC registration", E),
        ("Masters degree (D)", "Masters degree", D),
        ("[E] Degree", "Degree", E),
        ("Degree [D]", "Degree", D),
        ("Budget experience - E", "Budget experience", E),
        ("Budget experience – Desirable", "Budget experience", D),
        ("Essential: Degree in nursing", "Degree in nursing", E),
        ("Desirable: Masters", "Masters", D),
        ("Leadership course (Desirable)", "Leadership course", D),
        ("Works across sites (E/D)", "Works across sites (E/D)", U),
    ],
)
def test_inline_markers(written: str, text: str, level: Level) -> None:
    doc = structure(line("Person spec", H, 1), line(written, LI))
    assert criteria(doc) == [(text, level, (PS,))]


def test_a_key_to_the_assessment_letters_is_not_a_criterion() -> None:
    doc = structure(
        line("Person specification", H, 1),
        line("Essential criteria:"),
        line("Degree", LI),
        line("Method of assessment: A = application form, I = interview"),
        line("Key: E = essential, D = desirable"),
        line("Best Interests Assessor qualification", LI),
    )
    assert [level for _, level, _ in criteria(doc)] == [E, U, U, E]


def test_criteria_outside_the_person_specification_are_unspecified() -> None:
    doc = structure(
        line("Main duties", H, 1),
        line("Support nurses through NMC revalidation", LI),
        table([["Duty", "Frequency"], ["Audit", "Monthly"]]),
    )
    assert {level for _, level, _ in criteria(doc)} == {U}
    assert all(b.kind is not BlockKind.CRITERION for b in doc.blocks)


def test_selection_criteria_heading_opens_the_person_specification() -> None:
    doc = structure(line("Selection criteria", bold=True), line("Qualifications:", bold=True),
                    line("Degree (E)", LI))
    assert criteria(doc) == [("Degree", E, (PS, "Qualifications"))]
    assert by_text(doc, "Degree").category == "Qualifications"


# --- sections and headings ---------------------------------------------------------------


def test_sections_from_explicit_and_inferred_headings() -> None:
    doc = structure(
        line("Ward Manager", H, 1),
        line("Job purpose", H, 2),
        line("To lead the ward."),
        line("KEY RESPONSIBILITIES"),
        line("Clinical", bold=True),
        line("• Lead the team", LI),
        line("The postholder will:"),
        line("Manage budgets", LI),
    )
    assert criteria(doc) == [
        ("To lead the ward.", U, ("Job purpose",)),
        ("Lead the team", U, ("Job purpose", "KEY RESPONSIBILITIES", "Clinical")),
        ("The postholder will:", U, ("Job purpose", "KEY RESPONSIBILITIES", "Clinical")),
        ("Manage budgets", U, ("Job purpose", "KEY RESPONSIBILITIES", "Clinical")),
    ]
    assert by_text(doc, "Ward Manager").section == ()  # the document's own title


@pytest.mark.parametrize("written", ["• Lead the team", "\uf0b7 Lead the team", "1. Lead the team",
                                     "- Lead the team", "a) Lead the team", "o Lead the team",
                                     "(ii) Lead the team", "▪  Lead the team"])
def test_leading_bullets_are_stripped(written: str) -> None:
    doc = structure(line(written, LI))
    assert [b.text for b in doc.blocks] == ["Lead the team"]


def test_numbers_that_are_not_bullets_stay() -> None:
    doc = structure(line("3.5 years of experience", LI), line("2 years in post", LI))
    assert [b.text for b in doc.blocks] == ["3.5 years of experience", "2 years in post"]


def test_headers_and_footers_are_never_criteria() -> None:
    doc = structure(
        line("Person specification", H, 1),
        Line("Ward Manager JD", BlockKind.HEADER, Location(page=1)),
        line("NMC registration (E)", LI),
        Line("Ref: JD-0042 | Version 2", BlockKind.FOOTER, Location(page=1)),
        Line("Ward Manager JD", BlockKind.HEADER, Location(page=2)),
    )
    headers = [b for b in doc.blocks if b.kind in (BlockKind.HEADER, BlockKind.FOOTER)]
    assert [(b.text, b.section, b.level, b.label) for b in headers] == [
        ("Ward Manager JD", ("Header",), U, None),
        ("JD-0042", ("Footer",), U, "Reference"),
        ("Version 2", ("Footer",), U, None),
    ]
    assert doc.reference == "JD-0042"


# --- job details -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "label", "value"),
    [
        ("Job title: Ward Manager", "Job title", "Ward Manager"),
        ("Post title: Ward Manager", "Job title", "Ward Manager"),
        ("Reports to: Matron", "Reports to", "Matron"),
        ("Responsible to: Matron", "Reports to", "Matron"),
        ("Accountable to: Director of Nursing", "Accountable to", "Director of Nursing"),
        ("Professionally accountable to: Chief Nurse", "Accountable to", "Chief Nurse"),
        ("Responsible for: Ward staff", "Responsible for", "Ward staff"),
        ("Band: 7", "Band", "7"),
        ("Directorate: Medicine", "Directorate", "Medicine"),
        ("Division: Surgery", "Division", "Surgery"),
        ("Care group: Women's health", "Care group", "Women's health"),
        ("Reference: JD123", "Reference", "JD123"),
        ("Job reference: JD123", "Reference", "JD123"),
        ("Base: St Elsewhere", "Base", "St Elsewhere"),
        ("Hours: 37.5 per week", "Hours", "37.5 per week"),
        ("Grade: Consultant", "Grade", "Consultant"),
        ("Pay band: 6", "Band", "6"),
        ("Designation: Bed Manager", "Job title", "Bed Manager"),  # a form's name for the post
    ],
)
def test_job_detail_lines(written: str, label: str, value: str) -> None:
    (block,) = structure(line(written)).blocks
    assert (block.label, block.text) == (label, value)


def test_job_detail_table_rows_and_label_then_value_lines() -> None:
    doc = structure(
        table([["Job Title", "Head of Patient Flow"], ["Reports to:", "Deputy COO"],
               ["Band", "8a"], ["Directorate", "Operations", "Base", "Main site"]]),
        line("Job reference:", bold=True),
        line("OPS-77"),
    )
    found = [(b.label, b.text, b.kind) for b in doc.blocks]
    assert found == [
        ("Job title", "Head of Patient Flow", BlockKind.TABLE_CELL),
        ("Reports to", "Deputy COO", BlockKind.TABLE_CELL),
        ("Band", "8a", BlockKind.TABLE_CELL),
        ("Directorate", "Operations", BlockKind.TABLE_CELL),
        ("Base", "Main site", BlockKind.TABLE_CELL),
        ("Reference", "OPS-77", P),
    ]
    assert (doc.title, doc.band, doc.directorate, doc.reference) == (
        "Head of Patient Flow", "8a", "Operations", "OPS-77")


def test_directorate_falls_back_to_division_and_care_group() -> None:
    assert structure(line("Care group: Surgery")).directorate == "Surgery"
    both = structure(line("Division: Medicine"), line("Care group: Surgery"))
    assert both.directorate == "Medicine"


@pytest.mark.parametrize(
    ("items", "title"),
    [
        ([line("Job title: Clinical Site Manager")], "Clinical Site Manager"),
        ([line("NHS Somewhere Foundation Trust", H, 1), line("Job Description", H, 1),
          line("Head of Patient Safety", H, 2), line("Job purpose", H, 2)],
         "Head of Patient Safety"),
        ([line("Job Description – Ward Manager (Band 7)", H, 1), line("Duties", H, 2)],
         "Ward Manager"),
        ([line("JOB DESCRIPTION: MATRON"), line("Job purpose", bold=True)], "Matron"),
        ([line("HEAD OF NURSING (ICU) AND A&E", H)], "Head of Nursing (ICU) and A&E"),
        ([line("Job description", H, 1), line("Job purpose", H, 2), line("Clinical", H, 2)], None),
        # a long title broken over two heading lines (a PDF's wrap), a band line below
        ([line("Lead Nurse for Stroke and", H, 1), line("Neurorehabilitation Services", H, 1),
          line("Band 7"), line("Job purpose", H, 2)],
         "Lead Nurse for Stroke and Neurorehabilitation Services"),
    ],
)
def test_title(items: list[Line], title: str | None) -> None:
    assert structure(*items).title == title


def test_band_in_the_post_field_of_a_person_specification() -> None:
    """A person specification that opens with its heading still names the band with its post."""
    doc = structure(line("PERSON SPECIFICATION", H, 1), line("Post: Audit Facilitator (Band 5)"),
                    line("Qualifications", H, 2), line("A degree - Essential"))
    assert (doc.title, doc.band) == ("Audit Facilitator", "5")


@pytest.mark.parametrize(
    ("written", "band"),
    [
        ("Band: 8A", "8a"),
        ("Band: 7", "7"),
        ("Pay band: 8B", "8b"),
        ("Grade: Band 6", "6"),
        ("Band: AfC Band 7", "7"),
        ("Band: Band 8 A", "8a"),
        ("Band: 8c", "8c"),
        ("Grade: Consultant", None),
        ("Grade: Specialty Doctor", None),
        ("Grade: ST3", None),
    ],
)
def test_band_from_labelled_fields(written: str, band: str | None) -> None:
    assert structure(line(written), line("Supervise Band 5 staff", LI)).band == band


@pytest.mark.parametrize(
    "items",
    [
        [line("Ward Manager Band 8a", H, 1)],
        [line("Ward Manager", H, 1), line("AfC Band 7")],
        [line("Ward Manager", H, 1), line("Agenda for Change Band 7")],
        [Line("Ward Manager – Band 7", BlockKind.HEADER, Location(page=1))],
    ],
)
def test_band_from_the_job_details_area(items: list[Line]) -> None:
    assert structure(*items).band in ("7", "8a")


@pytest.mark.parametrize(
    "items",
    [
        [line("Ward Manager", H, 1), line("Main duties", H, 2),
         line("Supervise Band 5 staff", LI)],
        [line("Person specification", H, 1), line("Band 6 staff nurse experience (E)", LI)],
        [line("Responsible for: Band 5 and 6 nurses")],
        [line("Ward Manager", H, 1),
         line("The post holder will manage a team of Band 5 and Band 6 nurses on the ward.")],
        [line("Grade: Consultant"), line("AfC Band 7")],
    ],
)
def test_bands_in_duties_and_medical_grades_are_ignored(items: list[Line]) -> None:
    assert structure(*items).band is None


# --- the vocabulary is data: it must stay consistent ---------------------------------------


@pytest.mark.parametrize("table_name", ["LABELS", "CATEGORIES", "LEVEL_LABELS", "ED_VALUES"])
def test_vocabulary_aliases_are_unambiguous(table_name: str) -> None:
    mapping: dict[str, tuple[str, ...]] = getattr(vocabulary, table_name)
    owners: dict[str, str] = {}
    for name, aliases in mapping.items():
        for alias in (name, *aliases):
            k = vocabulary.key(alias)
            assert owners.setdefault(k, name) == name, f"{alias!r} in {name} and {owners[k]}"


# --- any reader's output is structured without error ---------------------------------------

_texts = st.text(alphabet=st.sampled_from(list("abcE D:-•✓()|\n1.Qualifications")), max_size=40)
_lines = st.builds(line, _texts, st.sampled_from([P, H, LI, BlockKind.HEADER]),
                   st.one_of(st.none(), st.integers(1, 4)), st.booleans())
_tables = st.lists(st.lists(_texts, min_size=1, max_size=4), min_size=1, max_size=5).map(table)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(_lines, _tables), max_size=12))
def test_any_raw_document_is_structured(items: list[Line | Table]) -> None:
    doc = structure(*items)
    assert all(block.text for block in doc.blocks)
    assert all(b.level is U for b in doc.blocks if b.kind in (BlockKind.HEADER, BlockKind.FOOTER))
    assert doc.band is None or doc.band in {*"123456789", "8a", "8b", "8c", "8d"}

"""Person-specification headers and level markers the layout probe left (issue 15)."""

from __future__ import annotations

import pytest

import pdfgen
from jdlint.document import BlockKind, Cell, Document, Level, Line, Location, RawDocument, Table
from jdlint.read.pdf import read as read_pdf
from jdlint.structure import assemble

H, LI = BlockKind.HEADING, BlockKind.LIST_ITEM
E, D, U = Level.ESSENTIAL, Level.DESIRABLE, Level.UNSPECIFIED
PS = "Person specification"


def table(rows: list[list[str]]) -> Table:
    return Table(
        tuple(tuple(Cell(text, Location(table=1, row=r, column=c)) for c, text in
                    enumerate(row, start=1)) for r, row in enumerate(rows, start=1)),
        Location(table=1),
    )


def structure(*items: Line | Table) -> Document:
    return assemble(RawDocument(path="jd.docx", format="docx", items=tuple(items)))


def heading(text: str = "Person specification") -> Line:
    return Line(text, H, Location(), heading_level=1)


def levels_of(doc: Document) -> list[tuple[str, Level]]:
    return [(b.text, b.level) for b in doc.blocks if b.kind is BlockKind.CRITERION]


@pytest.mark.parametrize(
    ("essential", "desirable"),
    [("Required", "Preferred"), ("Ess", "Des"), ("Ess.", "Des.")],
)
def test_short_and_other_words_for_the_tick_columns(essential: str, desirable: str) -> None:
    doc = structure(heading(), table([
        ["Criterion", essential, desirable],
        ["Leads the flow team", "✓", ""],
        ["Lean training", "", "✓"],
    ]))
    assert levels_of(doc) == [("Leads the flow team", E), ("Lean training", D)]


@pytest.mark.parametrize(
    ("header", "ess", "des"),
    [("Ess / Des", "Ess", "Des"), ("Required / Preferred", "Required", "Preferred")],
)
def test_one_level_column_in_short_words(header: str, ess: str, des: str) -> None:
    doc = structure(heading(), table([
        ["Criterion", header, "Assessed"],
        ["Leads the flow team", ess, "A"],
        ["Lean training", des, "I"],
    ]))
    assert levels_of(doc) == [("Leads the flow team", E), ("Lean training", D)]


def test_minimum_and_additional_criteria_columns_hold_the_criteria() -> None:
    # NHS specifications use "Minimum" for what the post cannot do without, "Additional" for
    # what would strengthen an application.
    doc = structure(heading(), table([
        ["Area", "Minimum criteria", "Additional criteria", "How assessed"],
        ["Experience", "Leads the flow team", "Lean training", "A/I"],
    ]))
    assert levels_of(doc) == [("Leads the flow team", E), ("Lean training", D)]


def test_minimum_and_additional_criteria_as_labels() -> None:
    doc = structure(heading(), Line("Minimum criteria", H, Location(), heading_level=2),
                    Line("Leads the flow team", LI, Location()),
                    Line("Additional criteria", H, Location(), heading_level=2),
                    Line("Lean training", LI, Location()))
    got = [(b.text, b.level) for b in doc.blocks if b.kind is LI]
    assert got == [("Leads the flow team", E), ("Lean training", D)]


def test_essential_desirable_and_method_columns_without_a_category_column() -> None:
    doc = structure(heading(), table([
        ["Essential Criteria", "Desirable Criteria", "Method of Assessment"],
        ["Leads the flow team", "Lean training", "Interview"],
    ]))
    assert levels_of(doc) == [("Leads the flow team", E), ("Lean training", D)]


def test_a_title_row_above_the_header_row() -> None:
    doc = structure(Line("Band 8a", BlockKind.PARAGRAPH, Location()), table([
        ["Person Specification"],
        ["Criteria", "Ess", "Des"],
        ["Leads the flow team", "✓", ""],
        ["Lean training", "", "✓"],
    ]))
    assert levels_of(doc) == [("Leads the flow team", E), ("Lean training", D)]


def test_criteria_header_over_essential_and_desirable_sub_headers() -> None:
    doc = structure(heading(), table([
        ["Attribute", "Criteria", "", "Method"],
        ["", "Essential", "Desirable", ""],
        ["Experience", "Leads the flow team", "Lean training", "I"],
    ]))
    assert levels_of(doc) == [("Leads the flow team", E), ("Lean training", D)]
    assert not [b for b in doc.blocks if b.text in ("Attribute", "Criteria", "Method")]


@pytest.mark.parametrize("number", ["No.", "No", "Ref", "#", ""])
def test_a_numbering_column_is_not_criteria(number: str) -> None:
    doc = structure(heading(), table([
        [number, "Criteria", "E/D", "Assessment"],
        ["1", "Leads the flow team", "E", "A"],
        ["2.", "Lean training", "D", "I"],
    ]))
    assert levels_of(doc) == [("Leads the flow team", E), ("Lean training", D)]


@pytest.mark.parametrize(("essential", "desirable"), [("Ess", "Des"), ("Required", "Preferred")])
def test_pdf_table_with_short_level_headers_under_a_title_row(essential: str,
                                                              desirable: str) -> None:
    pdf = pdfgen.Pdf()
    pdf.start()
    pdf.heading("Site Operations Manager", size=16)
    pdf.table((110, 30, 30), ("Person Specification",), (
        ("Criteria", essential, desirable),
        ("Leads the flow team", pdfgen.TICK, ""),
        ("Lean training", "", pdfgen.TICK),
    ))
    doc = assemble(read_pdf(bytes(pdf.output()), "spec.pdf"))
    assert levels_of(doc) == [("Leads the flow team", E), ("Lean training", D)]

"""Level markers that also say how the criterion is assessed ("– E/I", "(Essential, assessed at
interview)"), which the layout probe left (issue 15)."""

from __future__ import annotations

import pytest

from jdlint.document import BlockKind, Document, Level, Line, Location, RawDocument
from jdlint.read.text import read as read_text
from jdlint.structure import assemble

H, LI = BlockKind.HEADING, BlockKind.LIST_ITEM
E, D, U = Level.ESSENTIAL, Level.DESIRABLE, Level.UNSPECIFIED
PS = "Person specification"


def structure(*items: Line) -> Document:
    return assemble(RawDocument(path="jd.docx", format="docx", items=tuple(items)))


def heading(text: str = "Person specification") -> Line:
    return Line(text, H, Location(), heading_level=1)


@pytest.mark.parametrize(
    ("written", "text", "level"),
    [
        ("Chairs the huddle – E/I", "Chairs the huddle", E),
        ("Chairs the huddle - E/A/I", "Chairs the huddle", E),
        ("Prince2 foundation – D/A", "Prince2 foundation", D),
        ("Chairs the huddle (E/I)", "Chairs the huddle", E),
        ("Prince2 foundation (D/A)", "Prince2 foundation", D),
        ("Chairs the huddle (Essential, assessed at interview)", "Chairs the huddle", E),
        ("Prince2 foundation (Desirable – assessed by application form)", "Prince2 foundation",
         D),
        ("Chairs the huddle. Essential – application form", "Chairs the huddle.", E),
        ("Prince2 foundation – Desirable – interview", "Prince2 foundation", D),
        ("Works across both sites (E/D)", "Works across both sites (E/D)", U),
    ],
)
def test_level_markers_with_how_assessed(written: str, text: str, level: Level) -> None:
    doc = structure(heading(), Line(written, LI, Location()))
    got = [(b.text, b.level) for b in doc.blocks if b.kind is LI]
    assert got == [(text, level)]


def test_lines_ending_with_a_level_and_method_are_separate_criteria() -> None:
    raw = read_text(
        "Person Specification\n\n"
        "Leads the flow team – E/I\n"
        "Lean training – D/A\n"
        "Runs the discharge hub (Essential, assessed at interview)\n"
        "Coaching award (Desirable, assessed at application)\n".encode(), "spec.txt")
    doc = assemble(raw)
    got = [(b.text, b.level) for b in doc.blocks if b.section == (PS,) and b.kind is not H]
    assert got == [("Leads the flow team", E), ("Lean training", D),
                   ("Runs the discharge hub", E), ("Coaching award", D)]

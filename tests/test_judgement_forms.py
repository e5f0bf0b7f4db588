"""Judgement of forms the field study found: nations, flattened tables, one-word lines."""

from __future__ import annotations

from jdlint.api import Settings, lint_bytes
from jdlint.judge.catalogue import ruleset_for
from jdlint.judge.nations import nation_of

LEXICON = ruleset_for(()).lexicon


def findings(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    result = lint_bytes(text.encode(), "jd.txt", Settings())
    return [(f.match, str(f.level), f.regulators) for f in result.findings]


def test_the_employer_s_nation_names_the_regulator() -> None:
    jd = ("Riverford Health and Social Care Trust\n\nJob title: Community Services Manager\n"
          "Band: 8a\n\nPerson specification\n\nEssential criteria:\n\n- Degree in Social Work\n")
    assert [r for _, _, r in findings(jd)] == [("NISCC",)]
    assert [r for _, _, r in findings(jd.replace("Health and Social Care Trust",
                                                 "NHS Foundation Trust"))] == [("SWE",)]


def test_a_regulator_named_as_an_alternative_does_not_place_the_employer() -> None:
    assert nation_of(["Marlow NHS Foundation Trust", "registered with the GPhC or the PSNI"],
                     LEXICON) == "england"
    assert nation_of(["A trust in Scotland and in Wales"], LEXICON) is None  # a tie


FLATTENED = """Job title: Wound Care Lead

PERSON SPECIFICATION

Criteria
Essential/Desirable
Stage assessed
RGN with a wound care module
Essential
Application form
Experience of audit
Desirable
Interview
"""


def test_marks_on_the_line_after_a_criterion_give_its_level() -> None:
    assert findings(FLATTENED) == [("RGN", "essential", ("NMC",))]


def test_a_flattened_table_in_word_gives_the_same_levels() -> None:
    from jdlint.document import BlockKind, Level, Line, Location, RawDocument
    from jdlint.structure import assemble

    items = tuple(Line(text, BlockKind.PARAGRAPH, Location(paragraph=n))
                  for n, text in enumerate(FLATTENED.splitlines(), 1) if text)
    doc = assemble(RawDocument("jd.docx", "docx", items))
    levels = {b.text: b.level for b in doc.blocks}
    assert levels["RGN with a wound care module"] is Level.ESSENTIAL
    assert levels["Experience of audit"] is Level.DESIRABLE
    assert "Essential" not in levels and "Interview" not in levels


def test_a_pdf_line_that_runs_on_is_read_with_the_next() -> None:
    from jdlint.document import BlockKind, Line, Location, RawDocument
    from jdlint.structure import assemble

    lines = ["Job summary", "The successful candidate will be", "an experienced registered nurse",
             "with acute care experience.", "Our wards are busy."]
    items = tuple(Line(t, BlockKind.HEADING if n == 1 else BlockKind.PARAGRAPH,
                       Location(page=1, line=n), heading_level=2 if n == 1 else None)
                  for n, t in enumerate(lines, 1))
    doc = assemble(RawDocument("jd.pdf", "pdf", items))
    texts = [b.text for b in doc.blocks]
    assert texts[1] == ("The successful candidate will be an experienced registered nurse with "
                        "acute care experience.")
    assert texts[2] == "Our wards are busy."
    word = assemble(RawDocument("jd.docx", "docx", items))
    assert len(word.blocks) == len(lines)  # a Word paragraph is the author's own


def test_a_finding_quotes_its_same_family_alternatives_as_written() -> None:
    """Fresh-advert check: "a qualified RMN or Learning Disability Nurse" is one restriction; the
    finding quotes both branches, and its rewrite replaces both."""
    jd = ("Job title: Liaison Coordinator\n\nJob summary\n\nThe successful candidate will be a "
          "qualified RMN or Learning Disability Nurse with community experience.\n")
    result = lint_bytes(jd.encode(), "jd.txt", Settings())
    assert [f.match for f in result.findings] == ["RMN or Learning Disability Nurse"]
    assert "Learning Disability Nurse" not in (result.findings[0].rewrite or "")
    wider = jd.replace("Learning Disability Nurse", "occupational therapist")
    assert lint_bytes(wider.encode(), "jd.txt", Settings()).findings == ()


# Fourth fresh check (docs/field-study.md, 2026-12-04): a pack recruiting to several posts at
# once names them in the plural; the post's own registration stays role-consistent. Words of
# our own.

def test_a_post_named_in_the_plural_keeps_its_own_profession() -> None:
    spec = "\n\nPerson specification\n\nEssential criteria:\n\n- {0}\n"
    nurses = "Job title: Theatre Staff Nurses (two posts)" + spec.format("Current NMC registration")
    doctors = "Job title: Consultant Physicians in Elderly Care" + spec.format(
        "Full GMC registration and entry on the Specialist Register")
    managers = "Job title: Ward Managers" + spec.format("Current NMC registration")
    assert findings(nurses) == []
    assert findings(doctors) == []
    assert [regulators for _, _, regulators in findings(managers)] == [("NMC",)]

"""The context judgement: what is, and what is not, a single-profession condition (domain.md §5)."""

from __future__ import annotations

import pytest

from jdlint.document import Block, BlockKind, Level, Location
from jdlint.judge.context import Reason, judge
from jdlint.judge.matching import compile_rules
from jdlint.judge.post import is_leadership_post, post_for, title_professions
from jdlint.judge.rules import load_ruleset

RULESET = load_ruleset()
LEXICON = RULESET.lexicon
PERSON_SPEC = ("Person specification", "Qualifications")
DUTIES = ("Key responsibilities",)


def reasons(text: str, *, title: str | None = None, level: Level = Level.ESSENTIAL,
            section: tuple[str, ...] = PERSON_SPEC, label: str | None = None,
            kind: BlockKind | None = None) -> set[Reason]:
    """Return the verdicts on every rule hit in one block."""
    kind = kind or (BlockKind.CRITERION if level is not Level.UNSPECIFIED else BlockKind.PARAGRAPH)
    block = Block(text, kind, section, level, Location(line=1), label=label)
    matches = compile_rules(RULESET).find(text)
    assert matches.hits, f"no rule matched {text!r}: the test would prove nothing"
    post = post_for(title, None, LEXICON)
    return {judge(hit, matches, block, post, LEXICON).reason for hit in matches.hits}


@pytest.mark.parametrize("text", [
    "Current NMC or HCPC registration",
    "Registration with the NMC, HCPC or GMC",
    "Current registration, e.g. NMC registration or HCPC",
    "Registered healthcare professional (e.g. NMC, HCPC registered)",
    "Registered nurse, AHP or other registered clinician",
    "Registered Nurse / Allied Health Professional",
    "Nursing degree or a clinical qualification",
])
def test_inclusive_lists_and_open_classes(text: str) -> None:
    assert reasons(text) == {Reason.INCLUSIVE}


@pytest.mark.parametrize("text", [
    "RGN or RMN",
    "Registered nurse or midwife",
    "HCPC registered physiotherapist or occupational therapist",
    "Current NMC registration and experience of working with social workers",
    "NMC registered practitioner on Part 1 or Part 3 of the register",
])
def test_one_family_is_a_restriction(text: str) -> None:
    assert Reason.RESTRICTION in reasons(text)


@pytest.mark.parametrize("text", [
    "NMC registration is not required",
    "Registered Nurse (not essential for this role)",
    "There is no requirement for NMC registration",
])
def test_negated_or_waived(text: str) -> None:
    assert reasons(text) == {Reason.NEGATED}


@pytest.mark.parametrize("text", [
    "Line manage registered nurses",
    "Ensure compliance with NMC registration standards",
    "Support nurses through NMC revalidation",
    "Work alongside registered physiotherapists",
    "Liaise with the Royal College of Nursing membership team",
])
def test_duties_are_not_conditions(text: str) -> None:
    assert reasons(text, level=Level.UNSPECIFIED, section=DUTIES) <= {Reason.DUTY}


def test_the_nearest_cue_wins() -> None:
    assert reasons("Experience of managing a team as a Registered Nurse") == {Reason.RESTRICTION}
    assert reasons("Experience as a team leader supervising registered nurses") == {Reason.DUTY}


@pytest.mark.parametrize("label", ["Reports to", "Accountable to", "Responsible for", "Job title"])
def test_job_detail_labels_are_never_conditions(label: str) -> None:
    assert reasons("Registered Nurse", label=label, level=Level.UNSPECIFIED,
                   section=("Job details",)) == {Reason.NOT_A_CONDITION}


def test_headings_are_never_conditions() -> None:
    assert reasons("Registered Nurse", kind=BlockKind.HEADING) == {Reason.NOT_A_CONDITION}


def test_outside_the_person_specification_a_condition_needs_a_cue() -> None:
    def outside(text: str) -> set[Reason]:
        return reasons(text, level=Level.UNSPECIFIED, section=("Job purpose",))

    assert outside("The ward is staffed by registered nurses.") == {Reason.NOT_A_CONDITION}
    assert outside("The postholder will be a Registered Nurse.") == {Reason.RESTRICTION}
    assert outside("Applicants must hold current NMC registration.") == {Reason.RESTRICTION}
    assert reasons("Registered Nurse", level=Level.UNSPECIFIED,
                   section=("Person specification",)) == {Reason.RESTRICTION}


@pytest.mark.parametrize(("title", "text"), [
    ("Staff Nurse", "Current NMC registration"),
    ("Charge Nurse", "Registered Nurse"),
    ("Ward Sister", "Current NMC registration"),
    ("Matron", "Current NMC registration"),
    ("Clinical Nurse Specialist", "RGN"),
    ("Head of Nursing", "Current NMC registration"),
    ("Midwife", "Current NMC registration"),
    ("Physiotherapist", "HCPC registered"),
    ("Pharmacist", "GPhC registration"),
    ("Consultant Physician", "Full GMC registration with a licence to practise"),
])
def test_role_consistent_titles(title: str, text: str) -> None:
    assert reasons(text, title=title) == {Reason.ROLE_CONSISTENT}


@pytest.mark.parametrize("title", [
    "Ward Manager", "Clinical Site Manager", "Head of Patient Safety", "Team Leader",
])
def test_titles_that_name_no_profession(title: str) -> None:
    assert title_professions(title, LEXICON) == frozenset()
    assert reasons("Current NMC registration", title=title) == {Reason.RESTRICTION}


def test_a_title_covering_several_professions_is_not_consistent_with_one() -> None:
    assert reasons("HCPC registered physiotherapist", title="Therapies Manager") == {
        Reason.RESTRICTION}
    assert title_professions("Dental Nurse", LEXICON) == {"dentistry"}


@pytest.mark.parametrize("text", [
    "Independent nurse prescriber (V300)",
    "V300 / nurse prescriber",
    "Approved Mental Health Professional (registered social worker)",
])
def test_multi_profession_qualifications(text: str) -> None:
    assert reasons(text) == {Reason.MULTI_PROFESSION}


def test_hedged_forms_are_kept_and_marked() -> None:
    block = Block("Nursing degree or equivalent", BlockKind.CRITERION, PERSON_SPEC,
                  Level.ESSENTIAL, Location(line=1))
    matches = compile_rules(RULESET).find(block.text)
    judgements = [judge(h, matches, block, post_for(None, None, LEXICON), LEXICON)
                  for h in matches.hits]
    assert judgements and all(j.is_finding and j.hedged for j in judgements)


@pytest.mark.parametrize(("title", "band", "expected"), [
    ("Clinical Site Manager", "7", True),
    ("Head of Patient Flow", None, True),
    ("Lead Nurse", "7", True),
    ("Deputy Ward Sister", "6", True),
    ("Director of Nursing", None, True),
    ("Matron", None, True),
    ("Staff Nurse", "5", False),
    ("Team Leader", "7", False),
    ("Clinical Nurse Specialist", "8a", True),
    ("Specialist Physiotherapist", "8B", True),
    ("Consultant Physician", None, False),
    (None, None, False),
])
def test_leadership_posts(title: str | None, band: str | None, expected: bool) -> None:
    assert is_leadership_post(title, band, LEXICON) is expected

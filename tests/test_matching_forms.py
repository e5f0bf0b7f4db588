"""Recognition by form: modifier gaps, anchors, dotted acronyms, compound titles (issue 15)."""

from __future__ import annotations

import pytest

from jdlint.judge.catalogue import ruleset_for
from jdlint.judge.matching import compile_rules

RULES = compile_rules(ruleset_for(()))


def hits(text: str) -> set[str]:
    """Return the rule codes whose patterns match somewhere in ``text``."""
    return {hit.rule for hit in RULES.find(text).hits}


@pytest.mark.parametrize("text", [
    "an experienced Band 6 nurse",  # a gap of three modifiers
    "looking for a senior, experienced nurse",  # a comma between modifiers
    "Experience as a paediatric diabetes nurse specialist",
])
def test_a_gap_takes_modifiers(text: str) -> None:
    assert hits(text) & {"JD102", "JD104"}


@pytest.mark.parametrize("text", [
    "looking for a team leader working with nurses",  # a duty verb ends the gap
    "experience as a manager of nurses",  # a preposition ends it
    "experience as a very very senior band six nurse",  # more than four modifiers
])
def test_a_gap_stops_at_what_is_not_a_modifier(text: str) -> None:
    assert not {h.text for h in RULES.find(text).hits} & {text}
    assert all("as a" not in h.text.lower() and "looking" not in h.text.lower()
               for h in RULES.find(text).hits if h.rule in ("JD102", "JD104"))


def test_a_title_at_the_start_of_a_criterion_is_the_person_sought() -> None:
    assert "JD102" in hits("Physiotherapist with MSK experience")
    assert "JD102" in hits("• Senior nurse")
    assert "JD102" not in hits("Support the physiotherapist with MSK audits")


def test_a_title_that_describes_a_service_is_not_one() -> None:
    assert "JD102" not in hits("Nurse-led clinics")
    assert "JD104" not in hits("Experience as a physio-led service manager")


@pytest.mark.parametrize("text", ["Current N.M.C. registration", "N.M.C registered"])
def test_acronyms_written_with_full_stops(text: str) -> None:
    assert "JD101" in hits(text)
    assert RULES.may_match(text)


@pytest.mark.parametrize("text", [
    "Current NMC\u202e registration",  # a right-to-left override between the words
    "Current NMC\u200b registration",  # a zero-width space pasted from a web page
    "Current\u2066 NMC\u2069 registration",  # an isolate round the regulator
    "Current NMC\x0b registration",  # a vertical tab from an old export
])
def test_invisible_characters_do_not_hide_a_requirement(text: str) -> None:
    found = [h for h in RULES.find(text).hits if h.rule == "JD101"]
    assert found and "NMC" in text[found[0].start:found[0].end]

"""The nation count tries its expression at word starts only: the count must be findall's."""

from __future__ import annotations

import pytest

from jdlint.judge.catalogue import ruleset_for
from jdlint.judge.nations import _count, _lowers_in_place, _pattern, nation_of

LEXICON = ruleset_for(()).lexicon

TEXTS = [
    "Riverford Health and Social Care Trust, Belfast, Northern Ireland",
    "NHS Scotland and NHSScotland; a PVG check with Disclosure Scotland (pvg in lower case)",
    "Welsh language skills are desirable; Welsh-medium schools; GIG Cymru / NHS Wales",
    "England, NHS England, a foundation trust in an integrated care board",
    "NEW ENGLAND and SCOTLAND in capitals; pvg is not PVG; Walesby and Scotlands are not",
    "Scotland-wide posts and Anti-Welsh slurs are not counted; Scottish\u2013Welsh border",
    "The \u017fcottish long s, the Kelvin sign \u212a and a dotted \u0130 in Wales",
    "Health and Social Care Trust Health and Social Care Trustee HSC Trust HSCNI",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_count_is_findall_s(text: str) -> None:
    lowered = text.lower() if _lowers_in_place(text) else None
    for nation in LEXICON.nations:
        assert _count(nation, text, lowered) == len(_pattern(nation).findall(text)), nation.id


def test_a_character_that_folds_onto_a_letter_scans_the_whole_text() -> None:
    assert _lowers_in_place("A dash \u2013 and a quote \u2019 and \u00e9")
    assert not _lowers_in_place("the long s: \u017fcotland")  # (?i)s matches it
    assert not _lowers_in_place("a dotted capital \u0130")  # lowers to two characters


def test_the_winner_is_the_nation_named_most() -> None:
    assert nation_of(["NHS Wales", "Cymru", "a post in England"], LEXICON) == "wales"
    # the long s matches "s" case-blind, as the expression has it: two for Scotland
    assert nation_of(["\u017fcotland and Scotland", "Wales"], LEXICON) == "scotland"

"""The same restriction said many ways, and lawful mentions said many ways (issue 15).

Written for this test from the forms of docs/field-study.md §3–4 and domain.md §4–5, in words
of our own: each requirement must be found as a criterion of a leadership post's person
specification (FIRE_SPEC) or as a sentence of its job summary (FIRE_PROSE); each lawful
mention must be found in neither place (PASS). A miss or false positive found elsewhere
becomes a line here before it is fixed.
"""

from __future__ import annotations

import pytest

from jdlint.api import Settings, lint_bytes

HEAD = "Job title: Clinical Site Manager\nBand: 8a\n\n"


def flagged(text: str, *, in_spec: bool) -> list[str]:
    body = (f"Person specification\n\nEssential criteria:\n\n- {text}\n" if in_spec
            else f"Job summary\n\n{text}\n")
    result = lint_bytes((HEAD + body).encode(), "jd.txt", Settings())
    return [f.match for f in result.findings]


FIRE_SPEC = [
    'Registered with the Nursing and Midwifery Council',
    'NMC Registered Nurse (Adult)',
    'Hold a live registration with the NMC',
    'Currently registered on the NMC register',
    'Registration on Part 1 of the NMC register',
    'Active NMC PIN',
    'Current nursing registration',
    'A first-level nurse on the NMC register',
    'Must hold full registration with the GMC',
    'GMC registered with a licence to practise',
    'Registered as a social worker with Social Work England',
    'HCPC registration as a physiotherapist',
    'Registered with the Health and Care Professions Council as an occupational therapist',
    'A qualified and experienced nurse',
    'Applicants must be registered nurses',
    'Applicants should be experienced nurses',
    'Nurses with experience of acute care',
    'Senior nurse (Band 7 or above)',
    'Be a qualified pharmacist',
    'Qualified as a paramedic',
    'RMN or RNLD',
    'Significant experience working as a senior nurse',
    'Proven experience as a Band 7 nurse',
    "At least two years' post-qualification experience as a social worker",
    'Experience in a nursing leadership role',
    'Nursing leadership experience',
    'Clinical nursing background',
    'Background in mental health nursing',
    'Experience at senior nurse level',
    'Five years as a qualified nurse',
    'Degree-level nursing qualification',
    'BSc Hons in Nursing Studies',
    'Postgraduate certificate in district nursing',
    "Master's in Physiotherapy",
    'Diploma in Social Work',
    'NMC approved mentorship qualification',
    'MRCPsych or equivalent',
    'Completion of core medical training',
    'Membership of the Royal College of Nursing',
    'Extensive nurse leadership experience',
]

FIRE_PROSE = [
    "We're looking for a band 6 nurse to lead the ward.",
    'We are keen to hear from experienced nurses who want to lead.',
    'This role would suit an experienced physiotherapist.',
    'If you are a registered nurse with leadership experience, apply now.',
    'Successful applicants will be Band 6 nurses with acute experience.',
    'The post holder is a senior nurse who leads the site.',
    'The post is open to registered nurses.',
    'You must be a qualified social worker.',
    'The role is for a registered midwife with birth centre experience.',
]

PASS = [
    'Working closely with the ward nurses',
    'Reporting to the Lead Nurse for the division',
    'Experience of managing nurses and therapists',
    'Knowledge of the NMC Code',
    'Deputise for the Chief Nurse',
    'Liaise with GPs and community teams',
    'Provide cover for the matron on leave',
    'The team includes nurses, physiotherapists and occupational therapists',
    'Registered nurses or allied health professionals',
    'A registered health professional (e.g. nurse, physiotherapist)',
    'Not restricted to nurses',
    'Experience of audit in a nurse-led clinic',
    'Applicants from nursing, therapy or pharmacy backgrounds',
    'Registration with any UK health or care regulator',
    'Current professional registration (NMC, HCPC or GMC)',
]


@pytest.mark.parametrize("text", FIRE_SPEC)
def test_a_criterion_that_restricts_is_found(text: str) -> None:
    assert flagged(text, in_spec=True)


@pytest.mark.parametrize("text", FIRE_PROSE)
def test_a_summary_sentence_that_restricts_is_found(text: str) -> None:
    assert flagged(text, in_spec=False)


@pytest.mark.parametrize("text", PASS)
@pytest.mark.parametrize("in_spec", [True, False])
def test_a_lawful_mention_is_not(text: str, in_spec: bool) -> None:
    assert flagged(text, in_spec=in_spec) == []

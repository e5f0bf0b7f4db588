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
    'NMC Part 3 registration (health visiting)',
    'Registered on Part 3 of the NMC register',
    'Specialist Practitioner Qualification in District Nursing',
    'SPQ (District Nursing) recorded with the NMC',
    'Community specialist practitioner (district nursing)',
    'Recordable teaching qualification (NMC)',
    'NMC teacher status',
    'Registered nurse teacher',
    'Experience as a matron or senior sister',
    'Band 7 ward sister experience',
    'Sister/Charge Nurse experience',
    'Modern matron experience',
    'Substantial experience of working in nursing',
    'Experience within mental health nursing',
    'Currently in a senior nursing post',
    'Registration: NMC',
    'Professional registration – NMC',
    'UK nursing registration',
    'Live registration with the Nursing & Midwifery Council',
    'SCPHN (health visiting)',
    'Registered general nurse with three years post-registration experience',
    'Qualified social worker registered with the SSSC',
    'Post-qualifying experience as a social worker',
    'A physiotherapy degree',
    'Chartered physiotherapist',
    'Registered dietitian',
    'Member of the College of Paramedics',
    'Doctorate in clinical psychology',
    'MBChB or equivalent',
    'Full registration with a licence to practise (GMC)',
    'Experience of working as a staff nurse in acute settings',
    'Nursing degree (or equivalent)',
    'Evidence of NMC revalidation',
    'PIN number (NMC)',
    'Current registered nurse (RN)',
    'RN Adult',
    'Registered Mental Health Nurse (RMN)',
    'Registered Learning Disability Nurse',
    "Registered Children's Nurse",
    'Experienced Band 6 physiotherapist',
    'Experience of leading as a senior physiotherapist',
    'Paramedic registered with the HCPC',
    'GPhC-registered pharmacist',
    'Registered pharmacist (GPhC)',
    'Experience in community pharmacy as a pharmacist',
    'Clinical psychologist registered with the HCPC',
    'A background in physiotherapy',
    'Physiotherapist by background',
    'From a nursing background',
    'Social work qualification (DipSW, CQSW or degree)',
    'ASYE completed',
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
    # Registration said through the register's keeper, a registrant or a PIN "with" the
    # regulator (form probe, 2026-12-04).
    'A current registrant with the GMC',
    'Valid PIN from the Nursing & Midwifery Council',
    'Listed on the register kept by the GPhC',
    # Experience "at a <title> level" (form probe, 2026-12-04).
    'Experience at a charge nurse level or above',
    # A register named by its profession's title (form probe, 2026-12-04).
    'Holds pharmacist registration',
    # A diploma written short ('PG Dip', 'Dip HE') (form probe, 2026-12-04).
    'Pg Dip Mental Health Nursing',
    # Chartership said as a status given by the body (form probe, 2026-12-04).
    'Chartered by the BPS',
    # A group as a label whose value names no profession binds every applicant.
    'Registered midwives: essential',
    'Midwives: current NMC PIN',
    # A pharmacy degree by its level (probes, 2026-12-04); 'community pharmacy' stays a setting.
    'BSc (Hons) in Pharmacy',
    # A regulator's initials spelt out with spaces (form probe, 2026-12-04).
    'Full registration with the G M C',
    'H. C. P. C. registered',
    'Registration with the G P h C',
    # Second probe (2026-12-04): a regulator's number, a title 'by training', health visiting.
    'A GMC reference number',
    'A dietitian by training',
    'Substantial health visiting experience',
    # ... but ensuring one's own registration is the candidate's own condition.
    'Must ensure own HCPC registration stays current',
    # ... and so is being accountable for keeping it ('accountable for' others is a duty).
    'Accountable for maintaining own NMC registration',
    # ... but not a branch that is the same profession's post, or a bare word.
    'Must be a registered nurse or a nurse consultant',
    'Experience as a matron or a nurse manager',
    'Must be a registered nurse or an advanced nurse practitioner',
    'The post holder should be a consultant or GP',
    # An either-or after 'with' / 'plus' / 'from' qualifies the restriction; it offers no
    # alternative to it (open-forms probe, 2026-12-04).
    'Nursing degree plus project or programme management training',
    'RGN with experience in acute or community settings',
    'Registered nurse with a background in surgical or outpatient services',
    # "Without" reaches only the profession just after it.
    'Experience of working without supervision as a registered nurse',
    # A title opening a criterion before "from" (open-forms check, 2026-12-04).
    'A nurse from a clinical or operational background',
    'Paramedic from an urgent care service',
    # A field of the register after a comma is the register's own, not an alternative
    # (second open-forms probe, 2026-12-04).
    'First level nurse, child or learning disability field',
    "NMC registered nurse, in the adult or children's field",
    # Experience-and-qualification probe (exp-forms, 2026-12-04): a modifier before a career
    # grade, a caseload only one profession holds, a doctor's consultant post by specialty,
    # nursing's mentorship and course standards.
    'Experience at senior charge nurse level',
    'Experience at Band 6 deputy sister grade',
    'Has been a community nursing caseload holder',
    'Caseload holder within district nursing for two years',
    'Experience as a consultant in respiratory medicine',
    # ... and the second probe's: a verb before the grade, a caseload in one profession's
    # practice, a specialty with its own modifiers.
    'Experience gained at staff nurse grade on an acute ward',
    'A current caseload within school nursing',
    'Experience as a consultant in old age psychiatry',
    'Experience as a consultant in paediatric surgery',
    'Doctorate (DCounsPsych) in a practitioner psychology field',
    'Completed SLAiP preparation for mentors',
    'ENB 998 certificate',
    # A prescribing qualification named as one profession's, whatever its annotation code
    # (forms15, issue 15): the nurse's route to V300 is still the nurse's.
    'Nurse independent prescriber (V300)',
    'Independent nurse prescribing qualification (V300 annotation)',
    'V300 nurse independent and supplementary prescriber',
    # A consultant post in a medical specialty is a doctor's post (forms15).
    'Experience in a consultant post in an acute specialty',
    'Three years in a substantive consultant post in respiratory medicine',
    'Experience at a consultant-level post in a medical specialty',
    'Experience as a consultant in a surgical specialty',
    # Leadership through a post only nurses hold (forms15).
    'Senior nursing leadership at matron level',
    'Proven leadership at modern matron level',
    'Leadership experience gained at ward sister level',
    # A criterion that manages one's own caseload in one profession's practice (lawful-jds
    # probe miss; forms15): the verb is the candidate's ability, not a duty to others.
    'Manages a caseload within district nursing practice',
    'Carries a caseload within health visiting practice',
    'Experience of managing a caseload within district nursing practice',
    # ... and a branch that is the same profession's practice does not open it.
    'Manages a caseload within district nursing or health visiting practice',
    'Experience in nursing or midwifery practice',
]

FIRE_PROSE = [
    # a medical specialty after the restriction is where the work was, not another profession
    'You must be on the NMC register and have worked in cardiology.',
    'Live NMC registration is required, with a background in anaesthetics.',
    'A leading hospital seeks an experienced nurse director.',
    'Applications are invited from experienced nurses for this post.',
    'Ideally you will be a registered nurse.',
    "You'll be an experienced paramedic.",
    'This is an exciting opportunity for a nurse leader.',
    'The post requires a registered nurse.',
    'Only registered nurses may apply.',
    'The postholder must hold a current NMC PIN.',
    'We need an experienced midwife to join our birth centre team.',
    'Candidates must be registered with Social Work England.',
    'To apply you must be an NMC registered nurse.',
    "We're looking for a band 6 nurse to lead the ward.",
    'We are keen to hear from experienced nurses who want to lead.',
    'This role would suit an experienced physiotherapist.',
    'If you are a registered nurse with leadership experience, apply now.',
    'Successful applicants will be Band 6 nurses with acute experience.',
    'The post holder is a senior nurse who leads the site.',
    'The post is open to registered nurses.',
    'You must be a qualified social worker.',
    'The role is for a registered midwife with birth centre experience.',
    # Who the post suits, said as a fit (form probe, 2026-12-04).
    'The role is ideal for an experienced senior nurse.',
    'This vacancy is well suited to a qualified paramedic.',
    'This secondment is perfect for a band 6 nurse wanting to grow.',
    'It would suit a charge nurse keen on operations.',
    # The postholder named as one profession in the role's own voice, with no condition cue:
    # "As a <title>, you ...", "Being a <title>, ...", "join us as a <title>" (summary probe,
    # 2026-12-04).
    'As a registered nurse, you will take charge of the site at night.',
    'As an experienced RMN you will head the crisis service.',
    "As a senior paediatric nurse you will shape our children's services.",
    'As a registered midwife you will run the maternity governance meeting.',
    'As a consultant anaesthetist you will chair the theatres board.',
    'As a pharmacist, you will steer the antimicrobial programme.',
    'As a counselling psychologist you will develop the staff wellbeing hub.',
    'As a qualified social worker you will guide safeguarding practice.',
    'As an experienced paramedic, the postholder will oversee the dispatch hub.',
    'As a senior physiotherapist you will redesign the stroke pathway.',
    'As a doctor with an interest in frailty you will shape the pathway.',
    'As a Band 6 nurse you will drive change on the wards.',
    'As an experienced charge nurse or sister, you will run the unit.',
    'In this post, as a registered nurse, you will coordinate the site.',
    'Being a registered nurse, you will give clinical advice on calls.',
    'Being an experienced midwife, you will reshape the antenatal offer.',
    'You will join us as an experienced RGN.',
    'You will be joining the team as a Band 7 nurse.',
    # ... and before the field of its register (second summary probe, 2026-12-04).
    "As a Registered Nurse (Children's), you will lead the paediatric flow team.",
    'As an RN (mental health) you will shape the crisis pathway.',
    # "In your role as a <title>" names the postholder too (open-forms probe, 2026-12-04).
    'In your role as a registered nurse, you will run the evening bed meeting.',
    'In this post as an experienced RMN you will steer the crisis team.',
    # ... and an example after the title qualifies it (open-forms probe, 2026-12-04).
    'You will be an experienced nurse, for instance from a surgical or medical setting.',
    # "only" inside the cue that opens a post to its applicants narrows it to them (whole-advert
    # probe, 2026-12-05).
    'The vacancy is open only to paramedics on the HCPC register.',
    'This secondment is only open to GPhC-registered pharmacists.',
    'Expressions of interest are invited only from midwives on the NMC register.',
    # "An opportunity has arisen for a <title>": the post offered is one profession's, said
    # with words between the cue and "for" and a place or an alternative post after the title
    # (sixth fresh check, 2026-12-06).
    'A rare opportunity has arisen for a senior charge nurse to lead our day surgery unit.',
    'A vacancy has arisen for an experienced ward sister within the endoscopy suite.',
    'An opening has arisen for a charge nurse/team leader within the assessment unit.',
    'A secondment opportunity has arisen for a Band 7 physiotherapist within the falls service.',
    # A slash joins two names of one post ("<nurse title>/<manager title>"), it offers no
    # second kind of candidate the way "a nurse or a senior manager" does.
    'A post has arisen for a Ward Sister/Department Manager within the day unit.',
    'We are recruiting a Charge Nurse/Unit Manager for the frailty ward.',
    # "Sister" with a grade word before it is a nursing post as "ward sister" is.
    'An opportunity has arisen for a senior sister to lead the endoscopy unit.',
    'We are looking for a theatre sister to join the day surgery team.',
]

PASS = [
    'People who have ever been on the NMC register are excluded from consideration',
    'You do not have to be a nurse to apply',
    'Registered nurses and allied health professionals are encouraged to apply',
    'NMC registration would be an advantage but is not essential',
    'Applicants do not need to be nurses',
    'This post is not limited to nurses',
    'Work with the Chief Nurse on safe staffing',
    'Nurse staffing levels and skill mix',
    'Manage the nurse bank and agency spend',
    'Deliver the nursing and midwifery strategy',
    'Chair the nursing and AHP forum',
    'Reports to: Deputy Director of Nursing',
    'Lead a team of nurses, therapists and support workers',
    'Experience of nursing or therapy leadership',
    'Registered health or social care professional',
    'Registration with a relevant professional body (e.g. NMC, HCPC, SWE)',
    'Clinical registration (any profession)',
    'AMHP warrant',
    'Non-medical prescribing (V300)',
    'Advanced clinical practitioner (any profession)',
    'Experience of supporting nurses through revalidation',
    'Knowledge of NMC and HCPC standards',
    'Awareness of the Nursing and Midwifery Council code',
    'A GP practice manager background',
    'Nursing, midwifery or AHP registration',
    'Current registration with the HCPC or NMC',
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
    # A branch naming a post any profession can hold opens the either-or (domain.md §4–6:
    # consultants, advanced practitioners and managers come from every profession).
    'The post holder will be a consultant or a senior physiotherapist',
    'Must be an experienced nurse or a consultant',
    'A registered nurse or an advanced clinical practitioner',
    'Experience as a charge nurse or as an advanced practitioner',
    'Must be a nurse or a senior manager',
    'Must be a registered nurse or a unit manager with budget experience',
    # "sister" alone is a related body, not a nurse
    'Experience of joint working with a sister trust or partner organisation',
    'We are looking for a manager to link the unit with our sister hospital.',
    'The service is seeking a sister trust to host the joint clinic.',
    'Experience as a matron or operational manager',
    'A qualified social worker or an experienced mental health clinician',
    'The course is ideal for nurses and physiotherapists new to leadership',
    # Checking others' registration is a duty (form probe, 2026-12-04).
    'Experience of verifying NMC registration for new starters',
    'Checks paramedic registration for agency staff',
    'Knowledge of health visiting and school nursing services',
    'You will be part of a team of nurses and therapists',
    'As a team you will support nurses in post',
    # Guards against reading a bare 'you will' as a condition (tried and dropped, 2026-12-04).
    'You will ensure registered nurses are deployed safely',
    'You will have the chance to take the NMC-recordable teaching course',
    # What the post holder ensures of others is a duty (second probe, 2026-12-04).
    'Ensures that the site has enough registered nurses overnight',
    'Ensuring safe deployment of paramedics across the county',
    'Experience of community pharmacy services',
    # One registration per profession, each addressed to its own (form probe, 2026-12-04).
    'Doctors: full GMC registration; pharmacists: GPhC registration',
    'Social workers: registration with Social Work England; nurses: NMC PIN',
    # Being accountable for other professionals is a duty (summary probe, 2026-12-04).
    'As a senior manager you will be accountable for the registered nurses on each ward',
    # "As a ..." naming the postholder by no profession, or by several (summary probe,
    # 2026-12-04): the frame is the role's voice only when a single profession follows it.
    'As the service manager, you will line manage registered nurses',
    'As a nurse or a physiotherapist you will bring clinical insight to the team',
    'As a registered clinician (nurse, paramedic or physiotherapist), you will lead the unit',
    'As a registered health professional you will oversee patient flow',
    'As a Trust we employ nurses, midwives and therapists',
    'Being part of a team of nurses, you will manage the bed state',
    'You will join a team of registered nurses and site managers',
    'As a manager, you will deploy paramedics across the county',
    # A head noun ends the frame's modifiers: the title after the comma is other people.
    'As a manager, nurses, therapists and porters will report to you',
    'As a team leader, midwives and support workers will look to you',
    # "Without" keeps out the profession it stands before (open-forms probe, 2026-12-04).
    'Candidates without a nursing qualification are encouraged to apply',
    'Applicants without NMC registration are welcome',
    # ... and a field any profession can work in still opens it.
    'Experience in nursing or in the operational management field',
    'Experience in nursing or mental health services',
    # A post any profession holds after the qualifier is a branch of its own: a person cannot
    # qualify "with site experience" (open-forms check, 2026-12-04).
    'A registered nurse with site experience or a senior operational manager',
    'RGN with a management qualification or an experienced service manager',
    # Healthcare scientists and therapists are professions of another family (second
    # open-forms probe, 2026-12-04).
    'Registered nurse or healthcare scientist',
    'Registered nurse or therapist',
    # "Does not require" waives (second open-forms probe, 2026-12-04).
    'The role does not require NMC registration',
    'Applicants do not require a nursing qualification',
    # Experience-and-qualification probe (exp-forms, 2026-12-04): the same forms, open.
    'Experience as a consultant in public health',
    'Experience at senior manager level',
    'Experience of holding a caseload in a community team',
    'Experience as a caseload holder in nursing or therapy services',
    'Experience as a nurse consultant or consultant in public health',
    # A regulator offered beside any other health regulator opens the registration.
    'Registration with the NMC or another UK healthcare regulator',
    'HCPC registration, or registration with any other health regulator',
    'Experience of holding a caseload in nursing, physiotherapy or social work',
    # Allocating caseloads is a manager's work, whichever teams hold them.
    'Experience of dividing caseloads within health visiting and therapy teams',
    # ... and the same cues, negated or inclusive, stay open.
    'The vacancy is not restricted to nurses with NMC registration.',
    'The post is open only to registered clinicians: NMC, HCPC or GMC.',
    # The lawful neighbours of the forms15 forms: an open prescribing qualification, other
    # professions' consultant posts, nobody's consultant, leadership at a level any post has.
    'Independent prescribing qualification',
    'Independent prescriber (V300) from any regulated profession',
    'Experience in a consultant AHP post in an acute specialty',
    'Experience as a management consultant in a health setting',
    'Experience in a consultant post in public health',
    'Senior leadership at matron or head of service level',
    'Experience of leading matrons across a division',
    'Senior leadership at divisional level',
    'Manages a caseload within nursing, physiotherapy or occupational therapy practice',
    'Manages a caseload of patients across the locality',
    'Manages caseloads within district nursing teams',
    # A branch that names a kind of practice and no profession opens the criterion (forms15).
    'Manages a caseload within community nursing or therapy practice',
    'Experience in nursing or in general practice',
    # Others' caseloads: the criterion's subject supports or supervises the staff who hold them
    # (false positive of the forms15 caseload cues, 2026-12-06).
    'Supports staff who manage a caseload within district nursing practice',
    'Supervises nurses who carry a caseload within health visiting practice',
    'Experience of supporting practitioners who manage a caseload within district nursing',
    # An opportunity said to arise for others, or for a post open to several professions (sixth
    # fresh check, 2026-12-06).
    'An opportunity has arisen for the team to train with nurses across the division.',
    'An opportunity has arisen for a nurse, paramedic or physiotherapist to lead the unit.',
    'A vacancy has arisen for a team leader to manage the nurses within the unit.',
    'Cover for a nurse in charge when required.',
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


# Whose posts the requirement names (exp-forms probe, 2026-12-04): a specialty after
# "consultant in" is medicine's only where no profession stands before "consultant".
REGULATORS = [
    ('Experience as a consultant in geriatric medicine', ['GMC']),
    ('Experience as a nurse consultant in emergency medicine', ['NMC']),
    ('Experience as a nurse consultant in paediatrics', ['NMC']),
    ('SLAiP-prepared mentor', ['NMC']),
    # Other professions' consultant posts in a medical specialty stay theirs (forms15).
    ('Experience in a nurse consultant post in emergency medicine', ['NMC']),
    ('Experience as a consultant physiotherapist in respiratory medicine', ['HCPC']),
    ('Experience in a consultant post in an acute specialty', ['GMC']),
    ('Nurse independent prescriber (V300)', ['NMC']),
]


@pytest.mark.parametrize(("text", "regulators"), REGULATORS)
def test_a_finding_names_the_profession_s_regulator(text: str, regulators: list[str]) -> None:
    result = lint_bytes((HEAD + f"Person specification\n\nEssential criteria:\n\n- {text}\n")
                        .encode(), "jd.txt", Settings())
    assert [list(f.regulators) for f in result.findings] == [regulators]


# A bare profession title as a line of a plain-text advert's "Key requirements" list, with or
# without its bullet glyphs (whole-advert probe miss; forms15): the list is the requirements.
KEY_LIST = ("Job title: Patient Flow Lead\nBand: 7\n\nJob summary\n\nWe run the site team across "
            "two hospitals.\n\n{head}\n{line}\nExperience of bed management\n")
KEY_FIRE = ['Registered General Nurse', 'Registered Mental Health Nurse (RMN)', 'RGN',
            'Qualified paramedic', '- Registered General Nurse']
KEY_PASS = ['Registered nurse, paramedic or physiotherapist',
            'Experience of supervising registered nurses',
            'NMC registration is not required']


@pytest.mark.parametrize("head", ["Key requirements", "Key requirements:", "KEY REQUIREMENTS"])
@pytest.mark.parametrize("line", KEY_FIRE)
def test_a_bare_title_in_a_key_requirements_list_is_found(head: str, line: str) -> None:
    text = KEY_LIST.format(head=head, line=line)
    assert lint_bytes(text.encode(), "advert.txt", Settings()).findings


@pytest.mark.parametrize("head", ["Key requirements", "Key requirements:"])
@pytest.mark.parametrize("line", KEY_PASS)
def test_a_lawful_line_in_a_key_requirements_list_is_not(head: str, line: str) -> None:
    text = KEY_LIST.format(head=head, line=line)
    assert not lint_bytes(text.encode(), "advert.txt", Settings()).findings


def test_the_post_s_own_title_in_its_key_requirements_list_is_not() -> None:
    text = KEY_LIST.format(head="Key requirements", line="Registered General Nurse").replace(
        "Patient Flow Lead", "Ward Sister")
    assert not lint_bytes(text.encode(), "advert.txt", Settings()).findings


# ... and the same line under the post's duties is what the postholder does (forms15).
@pytest.mark.parametrize("section", ["Main duties of the job", "Key responsibilities"])
@pytest.mark.parametrize("line", ["Manages a caseload within district nursing practice",
                                  "Carries a caseload within health visiting practice"])
def test_a_caseload_duty_is_not_a_condition(section: str, line: str) -> None:
    text = f"{HEAD}{section}\n\n- {line}\n- Reports to the locality lead\n"
    assert not lint_bytes(text.encode(), "jd.txt", Settings()).findings


# A post title that names nursing by its abbreviation only (seventh fresh check, F7-11): the
# post's own nurse requirement is role-consistent there, as under the title written out; the
# same sentence under a title that names no profession is still a restriction.
OWN_ABBREVIATED = ("Job title: {title}\nBand: 7\n\nJob summary\n\n"
                   "The successful applicant will be an experienced respiratory nurse who "
                   "leads the clinic.\n")


@pytest.mark.parametrize("title", ["Day Unit Manager/ CNS", "Lead CNS - Respiratory",
                                   "ANP (Frailty)", "Respiratory Unit Lead / ANP."])
def test_a_nursing_abbreviation_in_the_title_makes_the_post_a_nurse_s(title: str) -> None:
    text = OWN_ABBREVIATED.format(title=title)
    assert not lint_bytes(text.encode(), "jd.txt", Settings()).findings


@pytest.mark.parametrize("title", ["Day Unit Manager", "Respiratory Unit Lead"])
def test_the_same_sentence_under_another_title_is_found(title: str) -> None:
    text = OWN_ABBREVIATED.format(title=title)
    assert lint_bytes(text.encode(), "jd.txt", Settings()).findings

"""Pairs 17-24: medical and midwifery posts, paramedics, Band 4 roles, posts written well
(negations, open alternatives), infection prevention and tissue viability."""

from __future__ import annotations

from field_corpus.model import Doc
from field_corpus.specs.employers import (
    CALDER,
    CORRINGTON,
    GLENMORVEN,
    HEATHMOOR,
    LAGAN,
    LARKHILL,
    SALTMARSH,
    SPERRIN,
    STRATHCARRAN,
)
from field_corpus.specs.helpers import (
    board_details,
    crit,
    doc,
    jd_details,
    ni_details,
    nj_details,
    scot_details,
    trac_details,
)

DOCS: list[Doc] = []
add = DOCS.append

# 17 --------------------------------------------------------------------------------------
s = "saltmarsh-consultant-physician-respiratory"
add(doc(s, "pdf", "person-spec", "tuning", SALTMARSH, "Consultant Physician in Respiratory "
        "Medicine", None, directorate="Medicine",
        details=[("Grade", "Consultant"), ("Programmed activities", "10")],
        details_style="colon",
        summary=["[[N:context:team-list|The post works with respiratory nurse specialists, "
                 "physiologists and physiotherapists]] in the lung health service."],
        duties=[],
        criteria=crit("nhs", [
            ("E", "Q", "[[N:role-consistent:role-consistent|Entry on the GMC Specialist "
                       "Register in respiratory medicine, or eligible within six months]]"),
            ("E", "Q", "[[N:role-consistent:role-consistent|MRCP (UK)]]"),
            ("D", "Q", "Higher degree (MD or PhD)"),
            ("E", "X", "Experience of running a specialist respiratory clinic"),
            ("E", "K", "Knowledge of the national lung cancer pathway"),
        ], s),
        spec_style="inline"))

s = "strathcarran-specialty-doctor-psychiatry"
add(doc(s, "md", "scot-pack", "check", STRATHCARRAN, "Specialty Doctor in General Adult "
        "Psychiatry", None, directorate="Mental Health",
        details=scot_details("STC/MH/0154", "Specialty Doctor in General Adult Psychiatry",
                             None, "Strathcarran Infirmary", grade_text="Specialty Doctor"),
        summary=[
            "The specialty doctor works with the community mental health team and the acute "
            "admission ward, sharing the out-of-hours rota with the other doctors in the "
            "service.",
        ],
        duties=[
            "Assess and treat patients referred to the community team",
            "[[N:context:team-list|Work with community psychiatric nurses, psychologists and "
            "mental health officers]]",
            "Take part in the on-call rota for the inpatient unit",
        ],
        criteria=crit("scot", [
            ("E", "Q", "[[N:role-consistent:role-consistent|Full registration with the GMC and "
                       "a current licence to practise]]"),
            ("D", "Q", "[[N:role-consistent:role-consistent|MRCPsych]]"),
            ("D", "Q", "[[N:role-consistent:role-consistent|Approval under section 22 of the "
                       "Mental Health (Care and Treatment) (Scotland) Act 2003]]"),
            ("E", "X", "Four years' experience in psychiatry after full registration"),
        ], s),
        spec_style="textcols"))

# 18 --------------------------------------------------------------------------------------
s = "corrington-maternity-governance-lead-8b"
add(doc(s, "docx", "nhsjobs", "tuning", CORRINGTON, "Maternity Governance Lead", "8b",
        directorate="Women and Children",
        details=nj_details("8b", "CUH-8B-0702", "Corrington Women's Unit",
                           band_text="AfC Band 8b"),
        summary=[
            "Corrington's maternity service delivers 6,200 births a year. [[F:midwife:"
            "frame-seeking|We are looking for an experienced midwife to join]] the maternity "
            "leadership team as Maternity Governance Lead.",
            "You will lead incident review, the perinatal mortality review process and the "
            "service's maternity safety programme.",
        ],
        duties=[
            "Lead the weekly maternity incident review meeting",
            "Report maternity safety measures to the trust board",
            "[[N:duty:duty|Support midwives through revalidation]] and reflective practice",
            "[[N:context:team-list|Work with obstetricians, neonatologists and neonatal "
            "nurses]] on the perinatal review",
        ],
        criteria=crit("nhs", [
            ("E", "Q", "[[F:midwife:title-registered|Registered Midwife]] on the NMC register"),
            ("E", "Q", "Master's degree or equivalent experience"),
            ("D", "X", "[[F:midwife:title-other|Experience as a labour ward coordinator]]"),
            ("E", "X", "Experience of leading incident investigations"),
            ("E", "K", "Knowledge of the national maternity safety standards"),
        ], s),
        spec_style="stacked"))

s = "calder-birth-centre-manager-7"
add(doc(s, "txt", "trac", "check", CALDER, "Birth Centre Manager", "7",
        directorate="Women's Services",
        details=trac_details("7", "CRF-7-0955", CALDER, "Calder Reach", "Maternity"),
        summary=[
            "Our freestanding birth centre supports about 700 births a year. [[F:midwife:"
            "frame-seeking|We would love to hear from midwives who]] want to lead a service "
            "built around women's choices.",
        ],
        duties=[
            "Manage the birth centre team and its roster",
            "Keep the centre's guidelines and audit programme current",
            "[[N:duty:duty|Support the community midwives who staff the centre]]",
            "Work with the consultant unit on transfers",
        ],
        criteria=crit("trac", [
            ("E", "Q", "[[F:midwife:reg-spelled|Current registration as a midwife with the "
                       "Nursing and Midwifery Council]]"),
            ("E", "X", "[[F:midwife:frame-experience-as|Experience as a Band 6 midwife]] in a "
                       "midwife-led setting"),
            ("E", "X", "Experience of managing a team"),
            ("D", "K", "Knowledge of continuity of carer models"),
        ], s),
        spec_style="headed", features=("hard-wrap", "band-next-line")))

# 19 --------------------------------------------------------------------------------------
s = "larkhill-community-midwife-6"
add(doc(s, "txt", "nhsjobs", "check", LARKHILL, "Community Midwife", "6",
        directorate="Women's and Children's Services",
        details=nj_details("6", "LVF-6-0420", "Larkhill community midwifery hub"),
        summary=[
            "Join our community midwifery team covering two market towns. You will provide "
            "antenatal and postnatal care, support home births and run clinics in children's "
            "centres.",
        ],
        duties=[
            "Provide antenatal and postnatal care to a caseload of women",
            "Attend home births as part of the on-call rota",
            "Refer women to obstetricians and specialist services when needed",
        ],
        criteria=crit("nhs", [
            ("E", "Q", "[[N:role-consistent:role-consistent|Registered midwife with current NMC "
                       "registration]]"),
            ("E", "X", "Experience of midwifery care in the community or a birth centre"),
            ("D", "S", "Car driver with access to a vehicle for work"),
        ], s),
        spec_style="inline", features=("hard-wrap",)))

s = "saltmarsh-staff-nurse-acute-medicine-5"
add(doc(s, "md", "jobboard", "tuning", SALTMARSH, "Staff Nurse - Acute Medicine", "5",
        directorate="Medicine",
        details=board_details("5", "Saltmarsh", "Nurse (adult)"),
        summary=[
            "Our acute medical unit admits up to 60 patients a day. As a staff nurse you will "
            "assess and care for patients in their first 72 hours, with a preceptorship for "
            "newly qualified nurses.",
        ],
        duties=[
            "Assess, plan and deliver care for a group of patients",
            "Give medicines safely and keep accurate records",
            "[[N:duty:duty|Supervise healthcare support workers and nursing students]]",
        ],
        criteria=crit("nhs", [
            ("E", "Q", "[[N:role-consistent:role-consistent|RN (Adult) on the NMC register]]"),
            ("E", "X", "Experience of acute care, in practice placements or employment"),
            ("D", "Q", "Intermediate life support"),
        ], s),
        spec_style="stacked"))

# 20 --------------------------------------------------------------------------------------
s = "heathmoor-urgent-care-practitioner-lead-7"
add(doc(s, "md", "trac", "check", HEATHMOOR, "Urgent Care Practitioner Lead", "7",
        directorate="Integrated Urgent Care",
        details=trac_details("7", "HAS-7-0085", HEATHMOOR, "Heathmoor", "Urgent Care"),
        summary=[
            "[[F:para:frame-question|Is your next step as a paramedic a leadership one?]] We "
            "are looking for a lead for our urgent care practitioners, who see and treat "
            "patients at home and in the clinical hub.",
        ],
        duties=[
            "Lead and supervise a team of urgent care practitioners",
            "Review clinical decisions and audit see-and-treat outcomes",
            "Work shifts on the road and in the hub",
        ],
        criteria=crit("trac", [
            ("E", "Q", "[[F:para:title-other|HCPC registered paramedic]]"),
            ("E", "Q", "[[F:para:qual-ahp|Specialist Paramedic qualification in urgent and "
                       "emergency care]]"),
            ("D", "Q", "[[N:multi-profession:multi-profession-qual|Independent prescribing "
                       "qualification (any profession)]]"),
            ("E", "X", "Experience of assessing patients with undifferentiated illness"),
        ], s),
        spec_style="headed", features=("band-next-line",)))

s = "heathmoor-clinical-hub-team-leader-7"
add(doc(s, "docx", "nhsjobs", "tuning", HEATHMOOR, "Clinical Hub Team Leader", "7",
        directorate="Emergency Operations",
        details=nj_details("7", "HAS-7-0091", "Heathmoor Emergency Operations Centre"),
        summary=[
            "[[F:para:frame-question|Are you an experienced paramedic ready to lead a clinical "
            "team?]] Our clinical hub assesses 999 calls by telephone and sends the right "
            "response.",
        ],
        duties=[
            "Lead a shift of clinical navigators and hub clinicians",
            "[[N:context:team-list|Support nurses, paramedics and mental health practitioners "
            "in the hub]]",
            "Monitor pending calls and manage clinical risk",
        ],
        criteria=crit("nhs", [
            ("E", "Q", "[[F:para:reg-acronym|Paramedic with current HCPC registration]]"),
            ("D", "Q", "[[F:para:body-membership|Membership of the College of Paramedics]]"),
            ("E", "X", "Experience of remote clinical assessment"),
        ], s),
        spec_style="stacked"))

# 21 --------------------------------------------------------------------------------------
s = "calder-assistant-practitioner-frailty-4"
add(doc(s, "docx", "trac", "check", CALDER, "Assistant Practitioner - Frailty Unit", "4",
        directorate="Medicine", title_line="Band 4 Assistant Practitioner - Frailty Unit",
        details=trac_details("4", "CRF-4-0233", CALDER, "Calder Reach", "Frailty",
                             grade_text="Band 4"),
        summary=[
            "The assistant practitioner works in the frailty assessment unit, carrying out "
            "assessments and care delegated by the registered team.",
        ],
        duties=[
            "Carry out frailty screening and comprehensive assessment tasks",
            "[[N:duty:duty|Work under the delegation of registered nurses and therapists]]",
            "Support patients and carers to plan going home",
        ],
        criteria=crit("trac", [
            ("E", "Q", "[[F:nurse:reg-part-code|Registered on the nursing associates part of the "
                       "NMC register]]"),
            ("E", "Q", "Level 3 qualification in health and social care"),
            ("E", "X", "Experience of caring for older people"),
        ], s),
        spec_style="headed", features=("leading-band", "no-band-line")))

s = "lagan-therapy-technician-4"
add(doc(s, "pdf", "ni-hsc", "tuning", LAGAN, "Therapy Technician", "4",
        directorate="Allied Health Professions", title_line="Band 4 Therapy Technician",
        details=ni_details("4", "Allied Health Professions", "Lagan Moss Hospital",
                           "Therapy Team Lead", "Head of Allied Health Professions"),
        summary=[
            "The therapy technician supports inpatient rehabilitation on the older people's "
            "wards. [[N:negated:negation|Professional registration is not required for this "
            "post]].",
        ],
        duties=[
            "Carry out rehabilitation programmes set by the therapists",
            "[[N:duty:duty|Work under the direction of physiotherapists and occupational "
            "therapists]]",
            "Order and maintain equipment",
        ],
        criteria=crit("ni", [
            ("E", "Q", "NVQ level 3 in health and social care, or equivalent experience"),
            ("E", "X", "One year's experience of supporting rehabilitation"),
            ("E", "S", "Able to move and handle patients and equipment safely"),
        ], s),
        spec_style="ni-sections", features=("leading-band",)))

# 22 --------------------------------------------------------------------------------------
s = "corrington-head-of-patient-experience-8b"
add(doc(s, "txt", "nhsjobs", "tuning", CORRINGTON, "Head of Patient Experience", "8b",
        directorate="Nursing and Quality",
        details=nj_details("8b", "CUH-8B-0736", "Corrington General Hospital"),
        summary=[
            "The Head of Patient Experience leads the trust's complaints, PALS and patient "
            "engagement teams and makes sure what patients tell us changes how we work. "
            "[[N:negated:negation|A clinical registration is welcome but is not essential "
            "for this role]].",
        ],
        duties=[
            "Lead the complaints, PALS and engagement teams",
            "Report themes from patient feedback to the quality committee",
            "[[N:context:reporting-line|Report to the Chief Nurse]] and deputise for the "
            "Deputy Chief Nurse at the experience group",
        ],
        criteria=crit("nhs", [
            ("E", "Q", "Degree or equivalent experience"),
            ("E", "X", "[[N:inclusive:open-alternative|Experience in nursing, therapy or "
                       "service management]] at a senior level"),
            ("E", "X", "Experience of handling complex complaints"),
        ], s),
        spec_style="stacked", features=("hard-wrap",)))

s = "sperrin-quality-improvement-lead-8a"
add(doc(s, "docx", "ni-hsc", "check", SPERRIN, "Quality Improvement Lead", "8a",
        directorate="Medical Directorate",
        details=ni_details("8a", "Medical Directorate", "Sperrin Vale Area Hospital",
                           "Head of Quality Improvement", "Medical Director"),
        summary=[
            "The lead coaches teams through improvement projects and runs the trust's QI "
            "training. [[N:negated:negation|Professional registration is not a requirement of "
            "this post]].",
        ],
        duties=["Coach clinical and non-clinical teams", "Run QI training at three levels",
                "Report progress to the quality committee"],
        criteria=crit("ni", [
            ("E", "Q", "[[N:inclusive:open-alternative|Degree in nursing, a life science or a "
                       "related subject]]"),
            ("D", "Q", "[[N:inclusive:open-class|A health or care professional "
                       "registration]]"),
            ("E", "X", "Two years' experience of leading improvement projects"),
        ], s),
        spec_style="ni-sections"))

# 23 --------------------------------------------------------------------------------------
s = "saltmarsh-senior-site-manager-8a"
add(doc(s, "md", "trust-jd", "tuning", SALTMARSH, "Senior Site Manager", "8a",
        directorate="Operations",
        details=jd_details("8a", "Operations", "Head of Site Operations",
                           "Chief Operating Officer", "Saltmarsh Royal Infirmary"),
        summary=["The Senior Site Manager leads the hospital site team and holds operational "
                 "command of the hospital out of hours."],
        duties=[
            "Lead the site team's rota and development",
            "[[N:duty:duty|Line manage the site nurse practitioners and site therapists]]",
            "Take command of incidents until the on-call director arrives",
        ],
        criteria=crit("nhs", [
            ("E", "Q", "[[N:inclusive:open-class|Current registration with a UK statutory health "
                       "or care regulator (for example NMC, HCPC or GMC)]]"),
            ("E", "X", "Experience of leading a clinical team at a senior level"),
            ("E", "X", "Experience of bed management in an acute hospital"),
        ], s),
        spec_style="textcols"))

s = "strathcarran-patient-flow-coordinator-6"
add(doc(s, "pdf", "scot-pack", "check", STRATHCARRAN, "Patient Flow Coordinator", "6",
        directorate="Acute Services",
        details=scot_details("STC/AC/0311", "Patient Flow Coordinator", "6",
                             "Strathcarran Infirmary"),
        summary=["The coordinator supports the flow of patients through the infirmary and its "
                 "links with the community hospitals."],
        duties=[
            "Track bed availability and expected discharges",
            "[[N:duty:duty|Support the senior charge nurses with discharge planning]]",
            "Arrange transfers to community hospitals",
        ],
        criteria=crit("scot", [
            ("E", "Q", "[[N:inclusive:open-class|Registered clinician: nurse, allied health "
                       "professional or paramedic]]"),
            ("E", "X", "Experience of acute hospital care"),
            ("E", "K", "Knowledge of delayed discharge reporting"),
        ], s),
        spec_style="ticks", tick="X"))

# 24 --------------------------------------------------------------------------------------
s = "larkhill-infection-prevention-lead-8a"
add(doc(s, "pdf", "jobboard", "check", LARKHILL, "Infection Prevention Lead", "8a",
        directorate="Nursing and Quality",
        details=board_details("8a", "Larkhill", "Nursing", grade_text="Senior"),
        summary=[
            "We are looking for an infection prevention lead with "
            "[[F:nurse:frame-profession-experience|substantial experience at senior nurse "
            "level]] to lead our infection prevention team across both hospitals.",
        ],
        duties=[
            "Lead the infection prevention team and its annual programme",
            "Manage outbreaks and report to the infection control committee",
            "[[N:context:team-list|Work with the microbiologists, the antimicrobial pharmacist "
            "and the estates team]]",
        ],
        criteria=crit("nhs", [
            ("E", "Q", "[[F:nurse:reg-acronym|Current NMC registration]] (adult or child field)"),
            ("E", "Q", "[[H:nurse:qual-specialist-nursing|ENB 329 or equivalent]] infection "
                       "control course"),
            ("E", "X", "Experience of managing outbreaks"),
        ], s),
        spec_style="stacked"))

s = "glenmorven-tissue-viability-lead-7"
add(doc(s, "txt", "scot-pack", "tuning", GLENMORVEN, "Tissue Viability Lead", "7",
        directorate="Nursing",
        details=scot_details("GMV/NU/0487", "Tissue Viability Lead", "7",
                             "Glenmorven Royal Hospital"),
        summary=[
            "The lead runs the board's tissue viability service. The post needs "
            "[[F:nurse:frame-profession-experience|extensive post-registration nursing "
            "experience in wound care]].",
        ],
        duties=[
            "Provide specialist advice on complex wounds",
            "Lead pressure ulcer prevention across the board",
            "Train staff in wound assessment",
        ],
        criteria=crit("scot", [
            ("E", "Q", "[[F:nurse:title-registered|RGN with a post-registration tissue viability "
                       "module]]"),
            ("E", "Q", "[[H:nurse:qual-specialist-nursing|Specialist wound care nursing diploma "
                       "or equivalent]]"),
            ("E", "X", "[[F:nurse:frame-experience-as|Experience as a clinical nurse "
                       "specialist]]"),
        ], s),
        spec_style="flat", features=("hard-wrap", "flat-table")))

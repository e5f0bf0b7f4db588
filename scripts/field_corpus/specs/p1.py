"""Pairs 1-8: site and flow management, discharge, safeguarding, matrons, ward and community
leadership, health visiting."""

from __future__ import annotations

from field_corpus.model import Doc
from field_corpus.specs.employers import (
    CALDER,
    CORRINGTON,
    FENMOOR,
    GLANNAU,
    GLENMORVEN,
    LARKHILL,
    MYNYDD,
    SALTMARSH,
)
from field_corpus.specs.helpers import (
    board_details,
    crit,
    doc,
    jd_details,
    nj_details,
    scot_details,
    trac_details,
    wales_details,
)

DOCS: list[Doc] = []
add = DOCS.append

# 1 ---------------------------------------------------------------------------------------
s = "larkhill-clinical-site-manager-8a"
add(doc(s, "txt", "nhsjobs", "tuning", LARKHILL, "Clinical Site Manager", "8a",
        directorate="Operations and Patient Flow",
        details=nj_details("8a", "LVF-8A-0142", "Larkhill Vale General Hospital"),
        summary=[
            "Larkhill Vale General Hospital needs a Clinical Site Manager to run the hospital "
            "through evenings, nights and weekends. [[F:nurse:frame-seeking|We are looking for "
            "an experienced senior nurse to join]] our site team: someone calm under pressure, "
            "visible on the wards and confident to make the final call on beds and staffing.",
            "You will hold the site bleep, chair the evening bed meeting and be the senior "
            "manager on duty until the morning handover.",
        ],
        duties=[
            "Agree the flow plan for each shift with the emergency department and the divisions",
            "Deploy the site practitioners and the patient flow team where the risk is highest",
            "[[N:duty:duty|Support the ward sisters and charge nurses]] when staffing falls short",
            "Escalate to the on-call director in line with the escalation framework",
            "Record decisions, incidents and lessons in the site log",
        ],
        extra=[("Accountability", [
            "The post is [[N:context:reporting-line|professionally accountable to the Director "
            "of Nursing]] and is line managed by the Head of Patient Flow."])],
        criteria=crit("nhs", [
            ("E", "Q", "[[F:nurse:reg-on-register|Registered nurse whose name is on the NMC "
                       "register]]"),
            ("D", "Q", "Master's degree in a health or management subject"),
            ("E", "X", "[[F:nurse:frame-band-level|Experience at Band 7 or above as a nurse in "
                       "an acute setting]]"),
            ("E", "X", "Experience of running a hospital site or a large department out of hours"),
            ("E", "K", "Knowledge of the urgent and emergency care standards"),
            ("E", "S", "Makes safe decisions quickly when information is incomplete"),
        ], s),
        spec_style="stacked", features=("hard-wrap", "band-next-line")))

s = "corrington-site-operations-lead-8a"
add(doc(s, "docx", "trac", "check", CORRINGTON, "Site Operations Lead", "8a",
        directorate="Unscheduled Care",
        details=trac_details("8a", "CUH-2026-0419", CORRINGTON, "Corrington", "Site Operations"),
        summary=[
            "Corrington General Hospital is recruiting a Site Operations Lead to its evening "
            "and night rota. [[F:nurse:frame-seeking|We want to hear from senior nurses with "
            "acute hospital experience]] who enjoy taking charge when the day teams have gone.",
            "The lead coordinates admissions, discharges and transfers, makes staffing "
            "decisions across the hospital and is the first point of contact for every ward.",
        ],
        duties=[
            "Hold the site overview overnight and keep the capacity dashboard up to date",
            "Chair the 20:00 and 03:00 safety huddles",
            "[[N:duty:duty|Provide senior support to nurses in charge]] on wards under pressure",
            "Manage transfers to other hospitals and repatriations",
            "Lead the response to major incidents until the on-call team arrives",
        ],
        extra=[("Who you will work with", [
            "You will take [[N:context:reporting-line|professional advice from the Deputy Chief "
            "Nurse]] and report operationally to the Associate Director of Operations."])],
        criteria=crit("trac", [
            ("E", "Q", "[[F:nurse:reg-pin|Live NMC PIN (adult or mental health field)]]"),
            ("E", "Q", "Leadership or management qualification, or working towards one"),
            ("E", "X", "Significant experience of coordinating flow across several specialties"),
            ("D", "X", "[[F:nurse:title-nursing-role|Time in post as a ward sister or charge "
                       "nurse]]"),
            ("E", "K", "Understanding of safe staffing tools and escalation levels"),
            ("E", "S", "Clear, assertive communicator at every level of the organisation"),
        ], s),
        spec_style="headed", features=("band-next-line",)))

# 2 ---------------------------------------------------------------------------------------
s = "saltmarsh-head-of-patient-flow-8b"
add(doc(s, "docx", "trust-jd", "check", SALTMARSH, "Head of Patient Flow", "8b",
        directorate="Operations",
        details=jd_details("8b", "Operations", "Deputy Chief Operating Officer",
                           "Chief Operating Officer", "Saltmarsh Royal Infirmary"),
        summary=[
            "The Head of Patient Flow leads the hospital's flow, bed management and discharge "
            "functions and is accountable for the site team, the transfer of care hub and the "
            "discharge lounge.",
        ],
        duties=[
            "Set the standards for daily board rounds and the bed meeting, and audit them",
            "[[N:duty:duty|Line manage the site nurse practitioners and bed managers]]",
            "Lead the winter and surge plan with the divisions and system partners",
            "Report flow performance to the executive team each week",
            "[[N:context:team-list|Work alongside physiotherapists, occupational therapists and "
            "social workers]] in the transfer of care hub",
        ],
        criteria=crit("nhs", [
            ("E", "Q", "[[F:nurse:reg-spelled|Current registration with the Nursing and "
                       "Midwifery Council]]"),
            ("D", "Q", "[[H:nurse:qual-nursing|Nursing degree or equivalent]]"),
            ("E", "X", "[[F:nurse:frame-profession-experience|Significant post-registration "
                       "nursing experience]] in acute care"),
            ("E", "X", "Experience of leading a multi-site operational service"),
            ("E", "K", "Knowledge of discharge-to-assess pathways"),
            ("E", "S", "Able to build agreement between divisions with competing priorities"),
        ], s),
        spec_style="ticks", tick="✓", features=("title-header-only",)))

s = "glenmorven-capacity-and-flow-manager-8a"
add(doc(s, "md", "scot-pack", "tuning", GLENMORVEN, "Capacity and Flow Manager", "8a",
        directorate="Acute Services",
        details=scot_details("GMV/ACU/0213", "Capacity and Flow Manager", "8a",
                             "Glenmorven Royal Hospital"),
        summary=[
            "The post holder manages capacity and patient flow across Glenmorven Royal Hospital "
            "and its two community hospitals, leading the hospital flow team and the discharge "
            "hub.",
            "They provide the link between the acute site, the partnerships' care at home "
            "services and the Scottish Ambulance Service.",
        ],
        duties=[
            "Lead the daily capacity huddle and agree actions with each directorate",
            "Monitor delays and report them to the board's unscheduled care group",
            "[[N:duty:duty|Manage the team of flow coordinators and senior charge nurses on "
            "secondment]]",
            "Develop planned date of discharge across all inpatient wards",
        ],
        criteria=crit("scot", [
            ("E", "Q", "[[F:nurse:reg-level|First level registered nurse]] with a current "
                       "practising registration"),
            ("D", "Q", "[[F:nurse:body-membership|Membership of the Royal College of "
                       "Nursing]]"),
            ("E", "X", "[[F:nurse:frame-experience-as|Experience as a senior charge nurse]] in "
                       "an acute ward"),
            ("E", "X", "Experience of managing a team across more than one site"),
            ("E", "K", "Knowledge of the Scottish Government's unscheduled care priorities"),
        ], s),
        spec_style="textcols"))

# 3 ---------------------------------------------------------------------------------------
s = "calder-discharge-lead-7"
add(doc(s, "pdf", "nhsjobs", "check", CALDER, "Discharge Lead", "7",
        directorate="Integrated Care",
        details=nj_details("7", "CRF-7-0871", "Calder Reach Hospital", pattern="Full time, "
                           "flexible working"),
        summary=[
            "Calder Reach's transfer of care team is looking for a Discharge Lead to head its "
            "ward-facing discharge service. The team brings together nurses, therapists, social "
            "workers and discharge coordinators, and we welcome applications from any of these "
            "backgrounds.",
            "[[N:inclusive:per-profession-pairing|Physiotherapy and occupational therapy "
            "applicants must hold HCPC registration and nursing applicants NMC "
            "registration]]; the post itself is open to all three.",
        ],
        duties=[
            "Lead complex discharge planning on the medical and surgical wards",
            "Run the discharge-to-assess pathway with community and council colleagues",
            "Supervise the discharge coordinators and support their development",
            "Report delays and their causes to the weekly system meeting",
        ],
        criteria=crit("nhs", [
            ("E", "Q", "[[N:inclusive:inclusive-regulators|Registered with the NMC or the "
                       "HCPC]]"),
            ("E", "X", "[[N:inclusive:open-alternative|Experience in nursing or in a therapy-led "
                       "discharge service]]"),
            ("E", "X", "Experience of planning complex discharges with several agencies"),
            ("E", "K", "Knowledge of the Care Act and continuing healthcare assessments"),
            ("D", "Q", "Post-graduate study in leadership or integrated care"),
        ], s),
        spec_style="stacked"))

s = "glannau-integrated-discharge-team-leader-7"
add(doc(s, "txt", "wales-jd", "tuning", GLANNAU, "Integrated Discharge Team Leader", "7",
        directorate="Unscheduled Care",
        details=wales_details("7", "Unscheduled Care", "Ysbyty Glannau Tawel",
                              "Head of Unscheduled Care", "Integrated Discharge Manager",
                              "Head of Therapies or Head of Nursing, by profession"),
        summary=[
            "The team leader runs the integrated discharge team at Ysbyty Glannau Tawel, a "
            "service staffed by health board and local authority colleagues together.",
            "[[N:inclusive:per-profession-pairing|Social workers must be registered with "
            "Social Care Wales, nurses with the NMC and therapists with the HCPC]]; any of "
            "these registrations meets the requirement of the post.",
        ],
        duties=[
            "Allocate and oversee complex discharges across the hospital",
            "Chair the daily discharge huddle with ward staff and the local authority",
            "Supervise team members and arrange profession-specific supervision for each",
            "Monitor length of stay and delayed transfers of care",
        ],
        criteria=crit("wales", [
            ("E", "Q", "[[N:inclusive:inclusive-regulators|Current registration with NMC, HCPC "
                       "or Social Care Wales]]"),
            ("E", "X", "[[N:inclusive:open-alternative|Experience in nursing, therapy or social "
                       "work]] in a hospital or community setting"),
            ("E", "X", "Experience of leading a small team"),
            ("D", "K", "Knowledge of the Social Services and Well-being (Wales) Act 2014"),
            ("D", "S", "Able to speak Welsh, or willing to learn"),
        ], s),
        spec_style="edcol", features=("hard-wrap",)))

# 4 ---------------------------------------------------------------------------------------
s = "fenmoor-safeguarding-adults-lead-8a"
add(doc(s, "md", "nhsjobs", "check", FENMOOR, "Safeguarding Adults Lead", "8a",
        directorate="Quality and Safety",
        details=nj_details("8a", "FCH-8A-0033", "Fenmoor Health Campus"),
        summary=[
            "Fenmoor is looking for a Safeguarding Adults Lead to lead its adult safeguarding "
            "team and advise staff across community services. [[F:nurse:frame-successful-"
            "candidate|The successful candidate will be a registered nurse]] with a strong "
            "safeguarding background and experience of multi-agency work.",
            "You will be the trust's lead for the Mental Capacity Act and will represent the "
            "trust at the safeguarding adults board.",
        ],
        duties=[
            "Give expert advice and supervision to staff raising safeguarding concerns",
            "Lead the trust's contribution to safeguarding adult reviews",
            "[[N:duty:duty|Provide safeguarding supervision to district nurses and community "
            "matrons]]",
            "Develop and deliver level 3 safeguarding training",
            "[[N:context:team-list|Work closely with the Named Doctor and the local authority's "
            "social work teams]]",
        ],
        criteria=crit("nhs", [
            ("E", "Q", "[[F:nurse:reg-level|Level 1 Registered Nurse]] (adult, mental health or "
                       "learning disability field)"),
            ("D", "Q", "[[F:nurse:qual-community-nursing|Specialist Community Public Health "
                       "Nursing qualification]]"),
            ("E", "Q", "Level 4 safeguarding training or a post-graduate safeguarding module"),
            ("E", "X", "Experience of leading safeguarding enquiries under section 42"),
            ("E", "K", "Detailed knowledge of the Mental Capacity Act and Liberty Protection "
                       "Safeguards"),
        ], s),
        spec_style="stacked"))

s = "mynydd-head-of-safeguarding-children-8b"
add(doc(s, "pdf", "wales-jd", "tuning", MYNYDD, "Head of Safeguarding Children", "8b",
        directorate="Nursing and Quality",
        details=wales_details("8b", "Nursing and Quality", "Ysbyty Mynydd Llwyd",
                              "Deputy Director of Nursing", "Deputy Director of Nursing",
                              "Director of Nursing"),
        summary=[
            "The Head of Safeguarding Children leads the board's safeguarding children service "
            "and advises the executive team on its statutory duties under the Wales "
            "Safeguarding Procedures.",
            "[[N:context:reporting-line|The post is professionally responsible to the Director "
            "of Nursing]]; the Designated Doctor for child protection works alongside it.",
        ],
        duties=[
            "Lead the safeguarding children team and its advice line",
            "Represent the board at the regional safeguarding children board",
            "[[N:duty:duty|Oversee safeguarding supervision for health visitors and school "
            "nurses]]",
            "Lead child practice reviews for the board",
        ],
        criteria=crit("wales", [
            ("E", "Q", "[[F:nurse-midwife:within-family|NMC registered nurse or midwife]]"),
            ("E", "Q", "[[F:nurse:reg-part-code|Entry on Part 3 of the NMC register as a "
                       "SCPHN]]"),
            ("D", "Q", "[[F:nurse:qual-nurse-prescriber|V150 community practitioner prescriber "
                       "qualification]]"),
            ("E", "X", "Experience of leading a safeguarding service at a senior level"),
            ("E", "K", "Knowledge of the Wales Safeguarding Procedures"),
        ], s),
        spec_style="edcol"))

# 5 ---------------------------------------------------------------------------------------
s = "larkhill-matron-medicine-8a"
add(doc(s, "docx", "trac", "check", LARKHILL, "Matron - Medicine", "8a",
        directorate="Medicine",
        details=trac_details("8a", "LVF-8A-0188", LARKHILL, "Larkhill", "Medicine"),
        summary=[
            "We are recruiting a Matron for our acute medical wards. You will lead five ward "
            "teams, be a visible presence on the wards and work with the divisional team on "
            "quality, staffing and patient experience.",
        ],
        duties=[
            "Lead and support the ward managers of five medical wards",
            "Monitor the quality of care and act on what patients and families tell us",
            "Manage the nursing budget for the wards with the finance business partner",
            "Take part in the matrons' out-of-hours rota",
        ],
        criteria=crit("trac", [
            ("E", "Q", "[[N:role-consistent:role-consistent|Current NMC registration as an "
                       "adult nurse]]"),
            ("E", "Q", "Degree in a health-related subject"),
            ("D", "Q", "[[N:multi-profession:multi-profession-qual|V300 non-medical prescribing "
                       "qualification]]"),
            ("E", "X", "[[N:role-consistent:role-consistent|Experience as a ward manager or "
                       "ward sister]] in acute medicine"),
            ("E", "K", "Knowledge of safe staffing and acuity tools"),
        ], s),
        spec_style="headed"))

s = "saltmarsh-lead-nurse-surgery-8a"
add(doc(s, "pdf", "person-spec", "tuning", SALTMARSH, "Lead Nurse - Surgery", "8a",
        directorate="Surgery",
        details=[("Band", "8a"), ("Division", "Surgery")], details_style="table",
        summary=["Accountable to: [[N:context:reporting-line|Deputy Chief Nurse]]"],
        duties=[],
        criteria=crit("nhs", [
            ("E", "Q", "[[N:role-consistent:role-consistent|Registered nurse with a live NMC "
                       "registration]]"),
            ("D", "Q", "[[N:multi-profession:multi-profession-qual|Independent prescribing "
                       "(V300 or equivalent annotation)]]"),
            ("E", "X", "Experience of leading surgical ward teams"),
            ("E", "K", "Knowledge of enhanced recovery pathways"),
        ], s),
        spec_style="keyed"))

# 6 ---------------------------------------------------------------------------------------
s = "corrington-ward-manager-respiratory-7"
add(doc(s, "txt", "jobboard", "tuning", CORRINGTON, "Ward Manager - Respiratory", "7",
        directorate="Medicine",
        details=board_details("7", "Corrington", "Nurse (adult)"),
        summary=[
            "Ward 14 is a 28-bed respiratory ward with a four-bed non-invasive ventilation "
            "unit. [[F:nurse:title-band|We are looking for an experienced Band 6 nurse]] who "
            "is ready to take on the running of the ward, its budget and its team of forty.",
            "You will be supported by the matron for respiratory medicine and will join our "
            "ward leaders' development programme.",
        ],
        duties=[
            "Manage the ward team, the roster and the ward budget",
            "Keep the ward safe: monitor incidents, falls and pressure ulcers and act on them",
            "Work with the respiratory consultants and the physiotherapy team on each patient's "
            "plan",
            "Lead the ward's preparation for quality visits",
        ],
        criteria=crit("nhs", [
            ("E", "Q", "[[F:nurse:title-registered|RN (Adult)]] with current registration"),
            ("D", "Q", "Post-registration qualification in respiratory care"),
            ("E", "X", "Experience of managing a shift on a busy acute ward"),
            ("E", "X", "Experience of managing staff performance"),
            ("E", "K", "Knowledge of non-invasive ventilation"),
        ], s),
        spec_style="stacked", features=("hard-wrap",)))

s = "calder-ward-manager-rehabilitation-7"
add(doc(s, "docx", "trust-jd", "check", CALDER, "Ward Manager - Rehabilitation", "7",
        directorate="Community and Intermediate Care",
        details=jd_details("7", "Community and Intermediate Care", "Intermediate Care Manager",
                           "Associate Director of Community Services", "Calder Reach Hospital",
                           band_text="AfC Band 7"),
        summary=[
            "Beech Ward is a 24-bed therapy-led rehabilitation ward. The ward manager leads "
            "the whole ward team and makes sure every patient has a rehabilitation plan and a "
            "date to go home.",
        ],
        duties=[
            "Lead the ward team of nurses, therapists and rehabilitation assistants",
            "[[N:context:team-list|Plan care with the physiotherapists, occupational therapists "
            "and dietitian]] at the daily board round",
            "Manage the roster, the budget and recruitment",
            "Investigate incidents and complaints and share learning",
        ],
        criteria=crit("nhs", [
            ("E", "Q", "[[F:nurse:title-registered|Registered General Nurse (RGN)]]"),
            ("D", "Q", "[[F:nurse:qual-nurse-teaching|Practice assessor qualification recorded "
                       "with the NMC]]"),
            ("E", "X", "[[F:nurse:frame-band-level|Experience at Band 6 as a staff nurse in "
                       "rehabilitation]]"),
            ("E", "X", "Experience of leading a multidisciplinary team"),
            ("E", "K", "Knowledge of goal-based rehabilitation"),
        ], s),
        spec_style="edcol"))

# 7 ---------------------------------------------------------------------------------------
s = "fenmoor-community-team-leader-7"
add(doc(s, "pdf", "trust-jd", "tuning", FENMOOR, "Community Team Leader", "7",
        directorate="Adult Community Services",
        details=jd_details("7", "Adult Community Services", "Locality Manager",
                           "Head of Adult Community Services", "Fenmoor Health Campus"),
        summary=[
            "The Community Team Leader leads a neighbourhood team caring for housebound adults "
            "across two GP practice populations, managing the caseload, the team and the "
            "links with primary care.",
        ],
        duties=[
            "Allocate the team's caseload safely each day",
            "Carry a small complex caseload",
            "Lead the team's multidisciplinary meeting with the GP practices",
            "Manage the team's performance, supervision and appraisals",
        ],
        criteria=crit("nhs", [
            ("E", "Q", "[[F:nurse:qual-community-nursing|District nursing SPQ]]", "Specialist "
                       "qualification"),
            ("E", "Q", "[[F:nurse:reg-acronym|NMC, adult field, live registration]]",
             "Professional registration"),
            ("D", "Q", "[[F:nurse:qual-nurse-prescriber|V100 or V150 prescriber]]",
             "Prescribing"),
            ("E", "X", "Experience of leading a community team", "Leadership"),
            ("E", "K", "Knowledge of long-term condition management", "Clinical knowledge"),
        ], s),
        spec_style="cellsplit", features=("split-cell",)))

s = "calder-neighbourhood-team-lead-7"
add(doc(s, "md", "nhsjobs", "check", CALDER, "Neighbourhood Team Lead", "7",
        directorate="Community Services",
        details=nj_details("7", "CRF-7-0930", "Riverside Health Centre, Calder Reach"),
        summary=[
            "Our Riverside neighbourhood team cares for about 400 housebound patients. We need "
            "a team lead who can organise a busy caseload, develop the team and work as one "
            "with the practices and the council.",
        ],
        duties=[
            "Lead daily huddles and allocate visits by need and skill",
            "Manage the team budget and the electronic roster",
            "Build links with care homes, hospices and the practices",
            "Audit the quality of records and care plans",
        ],
        criteria=crit("nhs", [
            ("E", "Q", "[[F:nurse:qual-community-nursing|Specialist Practitioner qualification "
                       "in district nursing]]"),
            ("D", "Q", "[[F:nurse:qual-community-nursing|Queen's Nurse title]]"),
            ("E", "X", "[[F:nurse:frame-experience-as|Experience as a district nurse]] holding a "
                       "caseload"),
            ("D", "Q", "[[F:nurse:qual-nurse-prescriber|Community practitioner nurse prescriber "
                       "(V150)]]"),
            ("E", "X", "Experience of managing a team's workload"),
            ("E", "K", "Knowledge of end of life care in the community"),
        ], s),
        spec_style="stacked"))

# 8 ---------------------------------------------------------------------------------------
s = "glenmorven-health-visitor-7"
add(doc(s, "md", "scot-pack", "tuning", GLENMORVEN, "Health Visitor", "7",
        directorate="Children and Families",
        details=scot_details("GMV/CF/0441", "Health Visitor", "7", "Harbour Health Centre"),
        summary=[
            "The health visitor delivers the universal health visiting pathway to a caseload "
            "of families with pre-school children and leads on the named person role.",
        ],
        duties=[
            "Carry out the pathway's home visits and child health reviews",
            "Assess family needs and plan support with partner agencies",
            "Supervise the community nursery nurses in the team",
            "Take part in child protection case conferences",
        ],
        criteria=crit("scot", [
            ("E", "Q", "[[N:role-consistent:role-consistent|Registered on Part 3 of the NMC "
                       "register as a Specialist Community Public Health Nurse (Health "
                       "Visiting)]]"),
            ("D", "Q", "[[N:role-consistent:role-consistent|V100 community practitioner "
                       "prescriber]]"),
            ("E", "X", "Experience of working with families in the community"),
            ("E", "K", "Knowledge of GIRFEC and the Children and Young People (Scotland) Act"),
        ], s),
        spec_style="ticks", tick="X"))

s = "saltmarsh-school-nurse-6"
add(doc(s, "txt", "person-spec", "check", SALTMARSH, "School Nurse", "6",
        directorate="Children's Community Services",
        details=[("Band", "Band 6"), ("Service", "0-19 Public Health Nursing")],
        details_style="colon",
        summary=[],
        duties=[],
        criteria=crit("nhs", [
            ("E", "Q", "[[N:role-consistent:role-consistent|Specialist Community Public Health "
                       "Nurse (school nursing), Part 3 of the register]]"),
            ("D", "Q", "[[N:role-consistent:role-consistent|Community practitioner nurse "
                       "prescriber (V100)]]"),
            ("E", "X", "Experience of working with children and young people"),
            ("E", "K", "Knowledge of the Healthy Child Programme 5-19"),
        ], s),
        spec_style="numbered", features=("numbered-ed",)))

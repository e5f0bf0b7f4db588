"""Pairs 25-32: education, advanced practice, mental health and learning disability, children,
primary care, radiography, and non-clinical management posts."""

from __future__ import annotations

from field_corpus.model import Doc
from field_corpus.specs.employers import (
    ASHGROVE,
    CALDER,
    CORRINGTON,
    FENMOOR,
    GLANNAU,
    LAGAN,
    LARKHILL,
    MYNYDD,
    SALTMARSH,
    STRATHCARRAN,
    THORNBURY,
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
    wales_details,
)

DOCS: list[Doc] = []
add = DOCS.append

# 25 --------------------------------------------------------------------------------------
s = "fenmoor-practice-education-lead-8a"
add(doc(s, "docx", "person-spec", "tuning", FENMOOR, "Practice Education Lead", "8a",
        directorate="Workforce and Education",
        details=[("Band", "8a"), ("Directorate", "Workforce and Education")],
        details_style="colon",
        summary=["The lead develops practice learning across community services and "
                 "[[N:duty:duty|helps registrants of every profession prepare for "
                 "revalidation]]."],
        duties=[],
        criteria=crit("nhs", [
            ("E", "Q", "[[F:nurse:reg-dotted|Current N.M.C. registration]]"),
            ("E", "Q", "[[F:nurse:qual-nurse-teaching|Teaching qualification recordable with "
                       "the NMC]]"),
            ("E", "Q", "[[F:nurse:revalidation|Evidence of NMC revalidation]]"),
            ("D", "Q", "[[F:nurse:qual-advanced-nursing|MSc in Advanced Nursing Practice]]"),
            ("E", "X", "Experience of designing and evaluating education programmes"),
        ], s),
        spec_style="flat", features=("flat-table",)))

s = "glannau-clinical-skills-facilitator-6"
add(doc(s, "txt", "wales-jd", "check", GLANNAU, "Clinical Skills Facilitator", "6",
        directorate="Workforce and Organisational Development",
        details=wales_details("6", "Workforce and OD", "Canolfan Addysg Glannau Tawel",
                              "Clinical Education Manager", "Clinical Education Manager",
                              "Clinical Education Manager"),
        summary=["The facilitator teaches clinical skills in the simulation suite and on the "
                 "wards, and [[N:duty:duty|supports nursing students and AHP learners on "
                 "placement]]."],
        duties=["Deliver the clinical skills programme",
                "Assess competence in practice",
                "Keep training records up to date"],
        criteria=crit("wales", [
            ("E", "Q", "[[F:nurse:reg-dotted|N.M.C. registration (any field)]]"),
            ("D", "Q", "[[F:nurse:qual-nurse-teaching|Nurse teaching qualification such as a "
                       "practice assessor award]]"),
            ("E", "Q", "[[F:nurse:revalidation|Up-to-date NMC revalidation]]"),
            ("E", "X", "Experience of teaching clinical skills"),
        ], s),
        spec_style="edcol", features=("hard-wrap",)))

# 26 --------------------------------------------------------------------------------------
s = "larkhill-advanced-clinical-practitioner-utc-8a"
add(doc(s, "md", "nhsjobs", "check", LARKHILL, "Advanced Clinical Practitioner - Urgent "
        "Treatment Centre", "8a", directorate="Urgent and Emergency Care",
        details=nj_details("8a", "LVF-8A-0207", "Larkhill Urgent Treatment Centre"),
        summary=[
            "Our urgent treatment centre sees 150 patients a day. [[N:multi-profession:"
            "multi-profession-title|Advanced Clinical Practitioners from nursing, paramedic, "
            "physiotherapy and pharmacy backgrounds]] are equally welcome to apply.",
        ],
        duties=["See, assess and treat patients with undifferentiated minor illness and injury",
                "Prescribe within your scope of practice",
                "Supervise trainee advanced practitioners"],
        criteria=crit("nhs", [
            ("E", "Q", "[[N:inclusive:inclusive-regulators|Registered with the NMC, HCPC or "
                       "GPhC]]"),
            ("E", "Q", "[[N:multi-profession:multi-profession-qual|MSc in Advanced Clinical "
                       "Practice]]"),
            ("E", "Q", "[[N:multi-profession:multi-profession-qual|Independent prescriber (V300 "
                       "or equivalent annotation)]]"),
            ("E", "X", "Experience of urgent care at an advanced level"),
        ], s),
        spec_style="stacked"))

s = "corrington-advanced-practice-lead-8b"
add(doc(s, "pdf", "trac", "tuning", CORRINGTON, "Advanced Practice Lead", "8b",
        directorate="Medicine",
        details=trac_details("8b", "CUH-8B-0744", CORRINGTON, "Corrington", "Advanced Practice"),
        summary=[
            "The lead will develop the advanced practice workforce in medicine under the "
            "[[N:multi-profession:multi-profession-title|multi-professional Advanced Clinical "
            "Practitioner framework]]. We want [[F:nurse:title-modified|a senior nurse with "
            "advanced practice experience]] to take the service forward.",
        ],
        duties=["Lead the advanced practitioners' supervision and job plans",
                "Keep a clinical caseload on the acute medical unit",
                "Develop new advanced practice roles with the division"],
        criteria=crit("trac", [
            ("E", "Q", "[[F:nurse:reg-pin|A live PIN on the nursing part of the register]]"),
            ("E", "Q", "[[F:nurse:qual-advanced-nursing|MSc Advanced Nursing Practice]]"),
            ("E", "Q", "[[F:nurse:qual-nurse-prescriber|Independent nurse prescriber]]"),
            ("E", "X", "Experience of leading advanced practitioners"),
        ], s),
        spec_style="headed", features=("band-next-line",)))

# 27 --------------------------------------------------------------------------------------
s = "thornbury-cmht-manager-7"
add(doc(s, "pdf", "nhsjobs", "check", THORNBURY, "Community Mental Health Team Manager", "7",
        directorate="Adult Mental Health",
        details=nj_details("7", "TWP-7-0302", "Weald House, Thornbury"),
        summary=[
            "We are recruiting a manager for our north district community mental health team. "
            "[[F:nurse:frame-postholder|The post holder will be a registered mental health "
            "nurse]] with experience of leading community services.",
        ],
        duties=[
            "Manage the team's referrals, caseloads and waiting list",
            "[[N:context:team-list|Supervise care coordinators from nursing, occupational "
            "therapy and social work]]",
            "Lead the team's risk and safeguarding processes",
        ],
        criteria=crit("nhs", [
            ("E", "Q", "[[F:nurse:reg-on-register|Name on the NMC register as a mental health "
                       "nurse]]"),
            ("D", "Q", "[[N:multi-profession:multi-profession-qual|AMHP or Best Interests "
                       "Assessor qualification]]"),
            ("D", "X", "[[F:nurse:title-nursing-role|Experience as a CPN]]"),
            ("E", "X", "Experience of managing a community team"),
        ], s),
        spec_style="stacked"))

s = "calder-discharge-to-assess-coordinator-6"
add(doc(s, "md", "jobboard", "tuning", CALDER, "Discharge to Assess Coordinator", "6",
        directorate="Integrated Care",
        details=board_details("6", "Calder Reach", "Social care"),
        summary=["The coordinator arranges assessment at home for people leaving hospital, "
                 "[[N:context:team-list|working with ward nurses, therapists and the council's "
                 "brokerage team]]."],
        duties=["Assess care and support needs after discharge",
                "Arrange short-term packages of care",
                "Review people within four weeks of discharge"],
        criteria=crit("nhs", [
            ("E", "Q", "[[F:sw-hcpc:reg-outdated|HCPC registered social worker]]"),
            ("D", "Q", "[[F:sw-swe:qual-social-work|Completed ASYE]]"),
            ("E", "X", "Experience of Care Act assessments"),
        ], s),
        spec_style="stacked"))

# 28 --------------------------------------------------------------------------------------
s = "saltmarsh-learning-disability-liaison-lead-7"
add(doc(s, "md", "trac", "check", SALTMARSH, "Learning Disability Liaison Lead", "7",
        directorate="Nursing and Quality",
        details=trac_details("7", "SEH-7-0588", SALTMARSH, "Saltmarsh", "Learning Disability"),
        summary=[
            "The liaison lead makes reasonable adjustments happen for people with a learning "
            "disability who use the hospital.\nTo apply you must:\n- [[F:nurse:frame-"
            "eligibility|hold registration as a learning disability nurse]]\n- have "
            "experience of working in an acute hospital",
        ],
        duties=["Review every admitted patient with a learning disability",
                "[[N:context:team-list|Work with the acute liaison psychiatrist, speech and "
                "language therapists and social workers]]",
                "Train staff on reasonable adjustments"],
        criteria=crit("trac", [
            ("E", "Q", "[[F:nurse:title-registered|RNLD (learning disabilities nurse)]]"),
            ("E", "X", "[[F:nurse:frame-experience-as|Experience as a learning disability "
                       "nurse]] in a liaison role"),
            ("E", "K", "Knowledge of the Mental Capacity Act"),
        ], s),
        spec_style="keyed", features=("band-next-line",)))

s = "strathcarran-autism-service-manager-8b"
add(doc(s, "docx", "scot-pack", "tuning", STRATHCARRAN, "Autism Service Manager", "8b",
        directorate="Learning Disability Services",
        details=scot_details("STC/LD/0077", "Autism Service Manager", "8b",
                             "Strathcarran Infirmary"),
        summary=[
            "The manager leads the board's adult autism assessment and support service. "
            "Applicants must: [[F:nurse:frame-eligibility|be registered with the NMC as a "
            "learning disability or mental health nurse]], and come from "
            "[[F:nurse:frame-background|a nursing background]] in specialist services.",
        ],
        duties=["Manage the assessment team and the waiting list",
                "Develop post-diagnostic support with the third sector",
                "Report to the learning disability service's management team"],
        criteria=crit("scot", [
            ("E", "Q", "[[F:nurse:within-family|Registered learning disability nurse (RNLD) or "
                       "registered mental health nurse (RMN)]]"),
            ("D", "Q", "[[F:nurse:qual-nursing|BSc (Hons) Nursing (Learning Disabilities)]]"),
            ("D", "Q", "[[F:sw-sssc:mho-award|Mental Health Officer qualification]]"),
            ("E", "X", "Experience of managing a specialist service"),
        ], s),
        spec_style="ticks", tick="✓"))

# 29 --------------------------------------------------------------------------------------
s = "fenmoor-childrens-community-services-lead-8a"
add(doc(s, "txt", "trust-jd", "check", FENMOOR, "Children's Community Services Lead", "8a",
        directorate="Children and Families",
        details=jd_details("8a", "Children and Families", "Head of Children's Services",
                           "[[N:context:reporting-line|Director of Nursing]]",
                           "Fenmoor Health Campus"),
        summary=["The lead manages the children's community nursing, continence and special "
                 "school nursing teams."],
        duties=["[[N:duty:duty|Supervise the community children's nurses' team leaders]]",
                "Manage the services' budgets and performance",
                "Work with the council's children's services"],
        criteria=crit("nhs", [
            ("E", "Q", "[[F:nurse:title-registered|RSCN or RN (Child)]]", "Registration"),
            ("D", "Q", "[[F:nurse:qual-advanced-nursing|MSc Advanced Nursing Practice "
                       "(children)]]", "Post-graduate study"),
            ("E", "X", "[[F:nurse:title-modified|Experienced children's nurse]] in community "
                       "settings", "Clinical experience"),
            ("E", "X", "Experience of managing several teams", "Management"),
        ], s),
        spec_style="cellsplit", features=("split-cell",)))

s = "mynydd-paediatric-diabetes-team-leader-7"
add(doc(s, "md", "wales-jd", "tuning", MYNYDD, "Paediatric Diabetes Team Leader", "7",
        directorate="Women and Children",
        details=wales_details("7", "Women and Children", "Ysbyty Mynydd Llwyd",
                              "Paediatric Service Manager", "Lead Nurse, Paediatrics",
                              "Head of Nursing, Women and Children"),
        summary=[
            "The team leader runs the children's diabetes service for the board's north "
            "locality. [[F:nurse:frame-postholder|The post holder will be a registered "
            "children's nurse]] who can lead the team and hold a caseload.",
        ],
        duties=["Lead the diabetes nurse specialists and the education programme",
                "[[N:context:team-list|Work with the paediatricians, dietitians and "
                "psychologist in the team]]",
                "Run technology clinics for pumps and sensors"],
        criteria=crit("wales", [
            ("E", "Q", "[[F:nurse:reg-spelled|Registered with the Nursing & Midwifery Council "
                       "(children's field)]]"),
            ("E", "X", "[[F:nurse:title-nursing-role|Experience as a paediatric diabetes nurse "
                       "specialist]]"),
            ("E", "K", "Knowledge of insulin pump and sensor technology"),
        ], s),
        spec_style="edcol"))

# 30 --------------------------------------------------------------------------------------
s = "ashgrove-primary-care-clinical-lead-8d"
add(doc(s, "docx", "trac", "tuning", ASHGROVE, "Primary Care Clinical Lead", "8d",
        directorate="Primary Care Network",
        details=trac_details("8d", "AMP-8D-0004", ASHGROVE, "Ashgrove", "Primary Care"),
        summary=["The clinical lead sets the network's clinical priorities and leads "
                 "[[N:context:team-list|the clinical pharmacists, paramedics and first contact "
                 "physiotherapists in the additional roles team]]."],
        duties=["Lead the network's clinical governance",
                "Chair the network's clinical meeting",
                "Work with the integrated care board on population health"],
        criteria=crit("trac", [
            ("E", "Q", "[[F:doctor:title-other|A practising GP]] "
                       "[[F:doctor:reg-gmc|on the GMC GP Register]]"),
            ("E", "Q", "[[F:doctor:qual-medical|MBBS or MBChB]]"),
            ("D", "Q", "[[F:doctor:qual-college|MRCGP]]"),
            ("E", "X", "Experience of leading change across practices"),
        ], s),
        spec_style="numbered", features=("numbered-ed", "band-next-line")))

s = "strathcarran-frailty-lead-8b"
add(doc(s, "txt", "scot-pack", "check", STRATHCARRAN, "Frailty Lead", "8b",
        directorate="Primary Care",
        details=scot_details("STC/PC/0120", "Frailty Lead", "8b", "Strathcarran Infirmary"),
        summary=["The frailty lead develops the board's frailty pathway across primary care "
                 "and the infirmary. We welcome [[F:doctor:frame-background|applicants from a "
                 "medical background]]."],
        duties=["Lead the frailty pathway group",
                "[[N:context:team-list|Work with district nurses, pharmacists and social work "
                "colleagues]]",
                "Report on outcomes to the board"],
        criteria=crit("scot", [
            ("E", "Q", "[[F:doctor:within-family|GP or consultant geriatrician]]"),
            ("E", "Q", "[[F:doctor:reg-gmc|Licensed with the GMC and on its Specialist or GP "
                       "Register]]"),
            ("D", "Q", "[[F:doctor:qual-college|MRCGP or MRCP]]"),
            ("E", "X", "Experience of leading a clinical pathway"),
        ], s),
        spec_style="textcols", features=("hard-wrap",)))

# 31 --------------------------------------------------------------------------------------
s = "corrington-imaging-services-manager-8b"
add(doc(s, "txt", "nhsjobs", "check", CORRINGTON, "Imaging Services Manager", "8b",
        directorate="Clinical Support Services",
        details=nj_details("8b", "CUH-8B-0760", "Corrington General Hospital"),
        summary=["We are looking for a manager for our imaging services: CT, MRI, plain film "
                 "and ultrasound across two hospitals and a community diagnostic centre."],
        duties=["Manage the imaging budget, staff and equipment programme",
                "[[N:context:team-list|Work with radiologists, sonographers and imaging "
                "assistants]]",
                "Lead accreditation against the imaging standards"],
        criteria=crit("nhs", [
            ("E", "Q", "[[F:radio:title-other|HCPC registered radiographer]]"),
            ("E", "Q", "[[F:radio:reg-outdated|State registration with the Health Professions "
                       "Council]]"),
            ("D", "Q", "[[F:radio:body-membership|Membership of the Society of "
                       "Radiographers]]"),
            ("E", "X", "[[F:radio:title-band|Band 7 reporting radiographer experience]]"),
        ], s),
        spec_style="stacked", features=("hard-wrap",)))

s = "lagan-diagnostics-lead-8a"
add(doc(s, "md", "ni-hsc", "tuning", LAGAN, "Diagnostics Lead", "8a",
        directorate="Surgery and Clinical Services",
        details=ni_details("8a", "Surgery and Clinical Services", "Lagan Moss Hospital",
                           "Head of Radiology", "Director of Surgery and Clinical Services"),
        summary=["The lead manages the trust's community diagnostic centre and its imaging "
                 "and physiological measurement services."],
        duties=["Manage the centre's staff, budget and performance",
                "Develop new diagnostic pathways with primary care",
                "Lead the centre's quality and safety programme"],
        criteria=crit("ni", [
            ("E", "Q", "[[F:radio:title-other|Registered diagnostic radiographer (HCPC)]]"),
            ("E", "Q", "[[H:radio:qual-ahp|BSc Diagnostic Radiography or equivalent]]"),
            ("D", "Q", "[[F:radio:body-membership|Society and College of Radiographers "
                       "membership]]"),
            ("E", "X", "Three years' experience of managing a diagnostic service"),
        ], s),
        spec_style="ni-sections"))

# 32 --------------------------------------------------------------------------------------
s = "calder-associate-director-of-operations-9"
add(doc(s, "pdf", "trust-jd", "tuning", CALDER, "Associate Director of Operations", "9",
        directorate="Surgery and Anaesthetics",
        details=jd_details("9", "Surgery and Anaesthetics", "Chief Operating Officer",
                           "Chief Executive", "Calder Reach Hospital", band_text="Band 9"),
        summary=["The associate director leads the surgical care group's operational "
                 "performance, finance and workforce."],
        duties=["[[N:context:team-list|Work alongside the Associate Director of Nursing and "
                "the Associate Medical Director]] in the care group triumvirate",
                "Deliver the care group's elective recovery plan",
                "Manage a budget of £140 million"],
        criteria=crit("nhs", [
            ("E", "Q", "Master's degree or equivalent senior management experience"),
            ("E", "X", "[[N:inclusive:open-alternative|A clinical or a management "
                       "background]] at board-reporting level"),
            ("E", "X", "Experience of delivering elective recovery"),
        ], s),
        spec_style="prefix", features=("title-header-only",)))

s = "saltmarsh-outpatients-service-manager-8a"
add(doc(s, "docx", "jobboard", "check", SALTMARSH, "Outpatients Service Manager", "8a",
        directorate="Clinical Support Services",
        details=board_details("8a", "Saltmarsh", "Management"),
        summary=["The service manager runs outpatient clinics across three sites, "
                 "[[N:context:team-list|working alongside medical and nursing colleagues]] "
                 "to cut waiting times."],
        duties=["Manage the outpatient booking and clinic teams",
                "Improve clinic utilisation",
                "Lead the move to patient-initiated follow-up"],
        criteria=crit("nhs", [
            ("E", "X", "[[N:inclusive:open-alternative|Clinical or operational management "
                       "experience]] in outpatient services"),
            ("E", "K", "Knowledge of referral-to-treatment rules"),
        ], s),
        spec_style="flat", features=("flat-table",)))

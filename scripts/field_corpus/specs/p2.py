"""Pairs 9-16: therapies, psychology, social work in four nations, pharmacy in GB and Northern
Ireland, medical requirements in leadership posts."""

from __future__ import annotations

from field_corpus.model import Doc
from field_corpus.specs.employers import (
    CARRAN_HSCP,
    CORRINGTON,
    FENMOOR,
    GLANNAU,
    LAGAN,
    LARKHILL,
    MYNYDD,
    SALTMARSH,
    SPERRIN,
    THORNBURY,
)
from field_corpus.specs.helpers import (
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

# 9 ---------------------------------------------------------------------------------------
s = "corrington-clinical-lead-msk-physiotherapy-8a"
add(doc(s, "docx", "nhsjobs", "tuning", CORRINGTON, "Clinical Lead Physiotherapist - MSK",
        "8a", directorate="Clinical Support Services",
        details=nj_details("8a", "CUH-8A-0615", "Corrington Outpatient Centre",
                           band_text="Band 8 (a)"),
        summary=[
            "We are looking for a Clinical Lead Physiotherapist to lead our musculoskeletal "
            "outpatient service, its first contact practitioners in primary care and its "
            "spinal triage clinic.",
            "You will keep a clinical caseload of complex patients and lead service "
            "development with the orthopaedic and rheumatology teams.",
        ],
        duties=[
            "Lead the MSK physiotherapy team of 30 clinicians and support staff",
            "Hold a caseload of complex spinal and upper-limb patients",
            "[[N:context:team-list|Run joint clinics with orthopaedic surgeons, rheumatology "
            "nurses and podiatrists]]",
            "Lead audit and research in the service",
        ],
        criteria=crit("nhs", [
            ("E", "Q", "[[N:role-consistent:role-consistent|HCPC registered physiotherapist]]"),
            ("E", "Q", "MSc in a relevant musculoskeletal subject, or equivalent experience"),
            ("D", "Q", "[[N:role-consistent:role-consistent|Member of the Chartered Society of "
                       "Physiotherapy]]"),
            ("D", "Q", "[[N:multi-profession:multi-profession-qual|Advanced Clinical "
                       "Practitioner capability in MSK (multi-professional framework)]]"),
            ("E", "X", "Extensive post-graduate MSK experience including injection therapy"),
        ], s),
        spec_style="stacked", features=("band-next-line",)))

s = "glannau-community-dietitian-6"
add(doc(s, "pdf", "wales-jd", "check", GLANNAU, "Community Dietitian", "6",
        directorate="Primary Care and Community",
        details=wales_details("6", "Primary Care and Community", "Canolfan Iechyd Porth Tawel",
                              "Head of Nutrition and Dietetics", "Dietetic Team Lead",
                              "Head of Nutrition and Dietetics"),
        summary=[
            "The community dietitian provides assessment and treatment for adults with complex "
            "nutritional needs at home, in clinics and in care homes.",
        ],
        duties=[
            "Manage a community caseload including home enteral feeding",
            "[[N:duty:duty|Train care home staff and community nurses in nutritional "
            "screening]]",
            "Supervise dietetic assistants and students",
            "Contribute to the service's audit programme",
        ],
        criteria=crit("wales", [
            ("E", "Q", "[[N:role-consistent:role-consistent|Registered with the HCPC as a "
                       "dietitian]]"),
            ("D", "Q", "[[N:role-consistent:role-consistent|Membership of the British Dietetic "
                       "Association]]"),
            ("E", "X", "Post-registration experience in community or enteral feeding work"),
            ("E", "K", "Knowledge of malnutrition screening tools"),
        ], s),
        spec_style="edcol"))

# 10 --------------------------------------------------------------------------------------
s = "fenmoor-rehabilitation-service-manager-8b"
add(doc(s, "pdf", "trust-jd", "check", FENMOOR, "Rehabilitation Service Manager", "8b",
        directorate="Adult Community Services",
        details=jd_details("8b", "Adult Community Services", "Head of Adult Community Services",
                           "Director of Operations", "Fenmoor Health Campus"),
        summary=[
            "The Rehabilitation Service Manager runs the trust's community rehabilitation "
            "services: the intermediate care beds, the home-based rehabilitation teams and "
            "the stroke early supported discharge service.",
        ],
        duties=[
            "Manage the budget, performance and workforce of the rehabilitation services",
            "Lead the redesign of home-based rehabilitation with the county council",
            "[[N:context:team-list|Lead teams of nurses, therapists, rehabilitation assistants "
            "and social care staff]]",
            "Report on outcomes and waiting times to the division",
        ],
        criteria=crit("nhs", [
            ("E", "Q", "[[F:physio-ot:within-family|HCPC registered physiotherapist or "
                       "occupational therapist]]"),
            ("E", "Q", "[[F:physio-ot:qual-ahp|BSc in Physiotherapy or Occupational "
                       "Therapy]]"),
            ("D", "Q", "[[F:physio-ot:body-membership|Membership of the CSP or RCOT]]"),
            ("E", "X", "Experience of managing a community service with several teams"),
            ("E", "K", "Knowledge of intermediate care standards"),
        ], s),
        spec_style="textcols"))

s = "larkhill-falls-prevention-lead-7"
add(doc(s, "txt", "trac", "tuning", LARKHILL, "Falls Prevention Lead", "7",
        directorate="Medicine",
        details=trac_details("7", "LVF-7-0310", LARKHILL, "Larkhill", "Falls Prevention"),
        summary=[
            "A new post leading falls prevention across the hospital and into the community. "
            "The lead will set up a falls clinic, train ward teams and follow up people who "
            "have fallen.",
        ],
        duties=[
            "Review every inpatient fall with harm and lead the learning",
            "Run a weekly falls and bone health clinic",
            "[[N:context:team-list|Work alongside the falls nurse specialist and the "
            "orthogeriatricians]]",
            "Train staff on wards in multifactorial falls assessment",
        ],
        criteria=crit("trac", [
            ("E", "Q", "[[F:physio:title-other|HCPC registered physiotherapist]]"),
            ("E", "Q", "[[F:physio:qual-ahp|BSc (Hons) Physiotherapy]]"),
            ("D", "Q", "[[F:physio:body-membership|MCSP]]"),
            ("E", "X", "[[F:physio:frame-experience-as|Experience as a physiotherapist in "
                       "services for older people]]"),
            ("E", "K", "Knowledge of NICE guidance on falls"),
        ], s),
        spec_style="headed", features=("band-next-line",)))

# 11 --------------------------------------------------------------------------------------
s = "thornbury-psychological-therapies-service-lead-8c"
add(doc(s, "txt", "person-spec", "tuning", THORNBURY, "Psychological Therapies Service Lead",
        "8c", directorate="Adult Mental Health",
        details=[("Band", "8c"), ("Directorate", "Adult Mental Health")],
        details_style="colon",
        summary=["The service lead manages the talking therapies service and its step 3 "
                 "teams, and [[N:context:team-list|leads CBT therapists from nursing, social "
                 "work and occupational therapy backgrounds]]."],
        duties=[],
        criteria=crit("nhs", [
            ("E", "Q", "[[F:psych:title-other|HCPC registered Clinical or Counselling "
                       "Psychologist]]"),
            ("E", "Q", "[[H:psych:qual-psychology|Doctorate in Clinical Psychology (DClinPsy) "
                       "or equivalent]]"),
            ("D", "Q", "[[F:psych:body-membership|Chartered membership of the BPS "
                       "(CPsychol)]]"),
            ("D", "Q", "[[N:multi-profession:multi-profession-qual|BABCP accredited CBT "
                       "qualification]]"),
            ("E", "X", "Experience of managing a psychological therapies service"),
        ], s),
        spec_style="inline", features=("hard-wrap",)))

s = "lagan-head-of-wellbeing-services-8b"
add(doc(s, "docx", "ni-hsc", "check", LAGAN, "Head of Wellbeing Services", "8b",
        directorate="Mental Health and Disability",
        details=ni_details("8b", "Mental Health and Disability", "Lagan Moss Hospital",
                           "Assistant Director, Mental Health", "Director of Mental Health"),
        summary=[
            "The Head of Wellbeing Services leads the trust's primary care talking therapies "
            "hubs and the staff wellbeing service.",
        ],
        duties=[
            "Manage the hubs' budgets, staff and performance",
            "Lead the clinical governance of psychological interventions",
            "Develop stepped care with GP federations and the voluntary sector",
            "Report to the directorate's senior management team",
        ],
        criteria=crit("ni", [
            ("E", "Q", "[[F:psych:title-other|Registered as a practitioner psychologist with the "
                       "HCPC]]"),
            ("E", "Q", "[[F:psych:qual-psychology|Doctorate in Counselling Psychology]]"),
            ("D", "Q", "[[F:psych:body-membership|Chartered Psychologist status with the British "
                       "Psychological Society]]"),
            ("D", "Q", "[[N:multi-profession:multi-profession-qual|CBT or EMDR training open to "
                       "any registered professional]]"),
            ("E", "X", "Three years' experience of managing staff in a mental health service"),
        ], s),
        spec_style="ni-sections"))

# 12 --------------------------------------------------------------------------------------
s = "thornbury-mental-health-service-manager-8a"
add(doc(s, "md", "nhsjobs", "tuning", THORNBURY, "Community Mental Health Service Manager",
        "8a", directorate="Adult Mental Health",
        details=nj_details("8a", "TWP-8A-0277", "Weald House, Thornbury"),
        summary=[
            "We are looking for a service manager for our integrated community mental health "
            "teams, which bring NHS and council staff together. [[F:sw-uk:frame-successful-"
            "candidate|The successful candidate will be a social worker registered with one "
            "of the four UK social work regulators]], able to lead the statutory social work "
            "functions we hold on the council's behalf.",
        ],
        duties=[
            "Manage three community mental health teams and their team managers",
            "Hold the budget delegated by the council for social care packages",
            "Lead the AMHP rota for the district with the council",
            "Report on the statutory functions to the partnership board",
        ],
        criteria=crit("nhs", [
            ("E", "Q", "[[F:sw-swe:title-other|Qualified social worker]], "
                       "[[F:sw-swe:reg-jurisdiction|registered with Social Work England]]"),
            ("E", "Q", "[[F:sw-swe:qual-social-work|DipSW, CQSW or a degree in social "
                       "work]]"),
            ("D", "Q", "[[N:multi-profession:multi-profession-qual|Current AMHP warrant]]"),
            ("E", "X", "Experience of managing integrated health and social care teams"),
            ("E", "K", "Knowledge of the Care Act 2014 and the Mental Health Act 1983"),
        ], s),
        spec_style="stacked"))

s = "carran-team-manager-adult-mental-health-7"
add(doc(s, "pdf", "scot-pack", "check", CARRAN_HSCP, "Team Manager - Adult Mental Health", "7",
        directorate="Mental Health Services",
        details=scot_details("CVP/MH/0098", "Team Manager - Adult Mental Health", "7",
                             "Riverside House, Carran"),
        summary=[
            "The team manager leads the integrated community mental health team, managing "
            "social workers, community psychiatric nurses and occupational therapists, and "
            "holds responsibility for the social work service within it.",
        ],
        duties=[
            "Allocate and review the team's work and supervise the social work staff",
            "[[N:context:team-list|Coordinate with the consultant psychiatrists and the "
            "nurse-led depot clinic]]",
            "Make sure statutory duties under the Adults with Incapacity Act are met",
            "Manage the team's budget and staffing",
        ],
        criteria=crit("scot", [
            ("E", "Q", "[[F:sw-sssc:reg-jurisdiction|Registered with the SSSC as a social "
                       "worker]]"),
            ("E", "Q", "[[F:sw-uk:qual-social-work|A social work qualification recognised by "
                       "the SSSC, SWE, Social Care Wales or NISCC]]"),
            ("D", "Q", "[[F:sw-sssc:mho-award|Mental Health Officer Award]]"),
            ("E", "X", "[[F:sw-sssc:frame-profession-experience|Three years' post-qualifying "
                       "social work experience]]"),
            ("E", "K", "Knowledge of the Mental Health (Care and Treatment) (Scotland) Act "
                       "2003"),
        ], s),
        spec_style="ticks", tick="Yes"))

# 13 --------------------------------------------------------------------------------------
s = "sperrin-community-services-manager-8a"
add(doc(s, "docx", "ni-hsc", "tuning", SPERRIN, "Community Services Manager", "8a",
        directorate="Primary Care and Older People",
        details=ni_details("8a", "Primary Care and Older People", "Sperrin Vale Area Hospital",
                           "Assistant Director, Older People", "Director of Primary Care and "
                           "Older People"),
        summary=[
            "The Community Services Manager leads the integrated care teams for older people "
            "in two localities, including the statutory social work teams.",
        ],
        duties=[
            "Manage the locality's community teams and their budgets",
            "[[N:context:team-list|Lead teams of social workers, district nurses and "
            "occupational therapists]]",
            "Hold the delegated statutory functions for adult safeguarding in the locality",
            "Work with GPs and the independent sector on home care capacity",
        ],
        criteria=crit("ni", [
            ("E", "Q", "[[F:sw-niscc:qual-social-work|Degree in Social Work, DipSW or "
                       "CQSW]]"),
            ("E", "Q", "[[F:sw-niscc:reg-jurisdiction|Registration with the Northern Ireland "
                       "Social Care Council]]"),
            ("E", "X", "Five years' post-qualifying experience, two of them in management"),
            ("E", "K", "Knowledge of the adult safeguarding policy for Northern Ireland"),
        ], s),
        spec_style="ni-sections"))

s = "mynydd-hospital-discharge-coordinator-6"
add(doc(s, "md", "wales-jd", "check", MYNYDD, "Hospital Discharge Coordinator", "6",
        directorate="Integrated Services",
        details=wales_details("6", "Integrated Services", "Ysbyty Mynydd Llwyd",
                              "Integrated Services Manager", "Discharge Team Manager",
                              "Principal Social Worker (local authority)"),
        summary=[
            "The coordinator plans discharges for people with care and support needs, working "
            "on the wards for the local authority and the health board together.",
        ],
        duties=[
            "Assess people's care and support needs on the wards",
            "Arrange care packages and placements with providers",
            "[[N:context:team-list|Share discharge planning with ward nurses and the therapy "
            "team]]",
            "Record assessments on the shared information system",
        ],
        criteria=crit("wales", [
            ("E", "Q", "[[F:sw-scw:reg-jurisdiction|Registered with Social Care Wales as a "
                       "social worker]]"),
            ("E", "X", "[[F:sw-scw:frame-profession-experience|Post-qualifying social work "
                       "experience in adult services]]"),
            ("D", "Q", "[[F:sw-scw:qual-social-work|Consolidation Programme in social work "
                       "practice]]"),
            ("E", "K", "Knowledge of the Social Services and Well-being (Wales) Act 2014 "
                       "and its codes"),
        ], s),
        spec_style="edcol"))

# 14 --------------------------------------------------------------------------------------
s = "saltmarsh-medicines-safety-lead-8b"
add(doc(s, "pdf", "nhsjobs", "tuning", SALTMARSH, "Medicines Safety Lead", "8b",
        directorate="Pharmacy and Medicines Optimisation",
        details=nj_details("8b", "SEH-8B-0062", "Saltmarsh Royal Infirmary"),
        summary=[
            "The Medicines Safety Lead leads the trust's medicines safety programme, chairs "
            "the medication incident review group and is the trust's Medication Safety "
            "Officer. We will consider [[F:pharm-uk:reg-jurisdiction|pharmacists registered "
            "with the GPhC or the PSNI]].",
        ],
        duties=[
            "Review every medication incident with moderate or greater harm",
            "[[N:duty:duty|Support ward nurses and junior doctors]] to learn from incidents",
            "Lead the electronic prescribing safety work with the digital team",
            "Report to the medicines optimisation committee",
        ],
        criteria=crit("nhs", [
            ("E", "Q", "[[F:pharm:title-other|GPhC registered pharmacist]]"),
            ("E", "Q", "[[F:pharm:qual-pharmacy|Postgraduate diploma in clinical pharmacy]]"),
            ("D", "Q", "[[F:pharm:qual-pharmacy|Pharmacist independent prescriber "
                       "annotation]]"),
            ("E", "X", "Experience of leading a medicines safety or governance function"),
        ], s),
        spec_style="stacked"))

s = "lagan-medicines-optimisation-lead-8a"
add(doc(s, "txt", "ni-hsc", "check", LAGAN, "Medicines Optimisation Lead", "8a",
        directorate="Primary Care",
        details=ni_details("8a", "Primary Care", "Lagan Moss Health Centre",
                           "Head of Medicines Management", "Director of Primary Care"),
        summary=[
            "The lead develops medicines optimisation across the trust's community services "
            "and care homes and leads a small team of practice-based staff.",
        ],
        duties=[
            "Lead structured medication reviews in care homes",
            "[[N:duty:duty|Advise GPs and nurse prescribers]] on the regional formulary",
            "Analyse prescribing data and report on savings and safety",
            "Supervise the medicines management technicians",
        ],
        criteria=crit("ni", [
            ("E", "Q", "[[F:pharm-ni:reg-jurisdiction|Registered with the Pharmaceutical Society "
                       "of Northern Ireland]]"),
            ("E", "Q", "[[H:pharm-ni:qual-pharmacy|MPharm or equivalent]]"),
            ("D", "Q", "[[F:pharm-ni:qual-pharmacy|Postgraduate clinical pharmacy "
                       "qualification]]"),
            ("E", "X", "Two years' experience in primary care or care home medicines work"),
        ], s),
        spec_style="ni-sections", features=("hard-wrap",)))

# 15 --------------------------------------------------------------------------------------
s = "thornbury-pharmacist-mental-health-7"
add(doc(s, "md", "trac", "check", THORNBURY, "Pharmacist - Mental Health", "7",
        directorate="Pharmacy",
        details=trac_details("7", "TWP-7-0190", THORNBURY, "Thornbury", "Pharmacy"),
        summary=[
            "A clinical pharmacist post on our adult acute wards and in the community clozapine "
            "clinic, with a structured route to specialist mental health practice.",
        ],
        duties=[
            "Review prescriptions and reconcile medicines on admission",
            "Counsel patients and carers about their medicines",
            "[[N:duty:duty|Teach nursing staff about high-risk psychotropic medicines]]",
            "Support the monitoring clinic for clozapine and lithium",
        ],
        criteria=crit("trac", [
            ("E", "Q", "[[N:role-consistent:role-consistent|Registration as a pharmacist with "
                       "the GPhC]]"),
            ("E", "Q", "[[N:role-consistent:role-consistent|Postgraduate diploma in clinical "
                       "pharmacy, or working towards it]]"),
            ("D", "Q", "[[N:multi-profession:multi-profession-qual|Non-medical prescribing "
                       "qualification]]"),
            ("E", "X", "Hospital pharmacy experience after registration"),
        ], s),
        spec_style="headed", features=("band-next-line",)))

s = "sperrin-clinical-pharmacist-7"
add(doc(s, "docx", "ni-hsc", "tuning", SPERRIN, "Clinical Pharmacist", "7",
        directorate="Pharmacy",
        details=ni_details("7", "Pharmacy", "Sperrin Vale Area Hospital",
                           "Principal Pharmacist", "Head of Pharmacy and Medicines Management"),
        summary=["The clinical pharmacist provides a ward-based service to medical and surgical "
                 "wards and takes part in the weekend and on-call rotas."],
        duties=[
            "Provide clinical pharmacy to allocated wards",
            "[[N:duty:duty|Support nursing staff with the safe administration of medicines]]",
            "Take part in the pharmacy on-call rota",
            "Train pre-registration trainees",
        ],
        criteria=crit("ni", [
            ("E", "Q", "[[N:role-consistent:role-consistent|Registration with the "
                       "Pharmaceutical Society of Northern Ireland]]"),
            ("E", "Q", "[[N:role-consistent:role-consistent|MPharm degree]]"),
            ("E", "X", "One year's post-registration experience in hospital pharmacy"),
        ], s),
        spec_style="ni-sections"))

# 16 --------------------------------------------------------------------------------------
s = "larkhill-clinical-lead-frailty"
add(doc(s, "txt", "trust-jd", "tuning", LARKHILL, "Clinical Lead - Frailty", None,
        directorate="Medicine",
        details=jd_details(None, "Medicine", "Clinical Director, Medicine", "Medical Director",
                           "Larkhill Vale General Hospital",
                           band_text="Consultant (medical and dental terms)"),
        summary=[
            "The clinical lead heads the frailty assessment unit and the hospital's frailty "
            "pathway. [[F:doctor:title-other|The clinical lead must be a consultant "
            "geriatrician]] with 2 programmed activities for the role.",
        ],
        duties=[
            "Lead the frailty unit's medical, nursing and therapy team",
            "[[N:context:team-list|Develop the roles of the advanced clinical practitioners "
            "and therapists]] in the unit",
            "Lead the frailty pathway's audit and quality improvement",
        ],
        criteria=crit("nhs", [
            ("E", "Q", "[[F:doctor:reg-gmc|Full GMC registration with a licence to "
                       "practise]]"),
            ("E", "Q", "[[F:doctor:reg-gmc|Entry on the GMC Specialist Register in geriatric "
                       "medicine]]"),
            ("E", "Q", "[[H:doctor:qual-college|MRCP (UK) or equivalent]]"),
            ("E", "X", "Experience of leading a clinical service"),
        ], s),
        spec_style="edcol", features=("hard-wrap",)))

s = "corrington-head-of-clinical-effectiveness-8b"
add(doc(s, "pdf", "person-spec", "check", CORRINGTON, "Head of Clinical Effectiveness", "8b",
        directorate="Quality Governance",
        details=[("Band", "Band 8b"), ("Directorate", "Quality Governance")],
        details_style="lines",
        summary=[], duties=[],
        criteria=crit("nhs", [
            ("E", "Q", "[[H:doctor:qual-medical|Medically qualified (MBBS, MBChB or "
                       "equivalent)]]"),
            ("E", "Q", "[[F:doctor:qual-medical|Completion of the Foundation Programme]]"),
            ("D", "Q", "[[F:doctor:qual-college|MRCP or MRCGP]]"),
            ("E", "X", "Experience of leading clinical audit across a hospital"),
            ("E", "K", "Knowledge of NICE guidance implementation"),
        ], s),
        spec_style="prefix", features=("band-next-line",)))

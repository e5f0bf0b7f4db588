"""Leadership posts ringfenced to nursing or midwifery, part two."""

from __future__ import annotations

from corpus.model import D, E
from corpus.specs.helpers import jd

SPECS = (
    jd(
        "sallowmere-head-of-patient-safety-8c", "pdf", "Head of Patient Safety", "8c",
        directorate="Quality and Governance", layout="headings", details="lines",
        reports_to="Associate Director of Quality Governance", accountable_to="Chief Medical "
        "Officer", hours="37.5 hours per week",
        purpose="The Head of Patient Safety leads the Trust's implementation of the Patient "
        "Safety Incident Response Framework (PSIRF), supports a just and learning culture and "
        "makes sure the organisation learns from incidents, claims and inquests. The "
        "postholder is the Trust's Patient Safety Specialist.",
        duties={
            "Patient safety leadership": [
                "Lead the Trust's PSIRF plan and policy and monitor its delivery.",
                "Act as Patient Safety Specialist and link with the national patient safety "
                "network.",
                "Lead the patient safety team, including the Band 7 patient safety managers.",
            ],
            "Learning responses": [
                "Oversee patient safety incident investigations and after-action reviews.",
                "Make sure that those affected by incidents are involved and supported.",
                "Produce themed learning reports for the Quality Committee.",
            ],
            "Staff engagement": [
                "[[N:duty|Liaise with the RCN]], other trade unions and staff networks on the "
                "just culture approach.",
                "Train and support Patient Safety Partners.",
            ],
        },
        relationships=[
            "Chief Medical Officer and Chief Nurse",
            "Divisional governance leads",
            "Legal services, complaints and the patient experience team",
            "Integrated care board quality team",
        ],
        criteria=[
            E("Q", "[[F:nurse|Registered nurse on NMC Part 1]] of the register"),
            E("Q", "Patient safety syllabus levels 1 to 3 or willingness to complete"),
            D("Q", "Qualification in human factors or quality improvement"),
            E("X", "[[F:nurse|Experience as a ward sister/charge nurse]] in an acute setting"),
            E("X", "Experience of leading complex incident investigations"),
            E("K", "In-depth knowledge of PSIRF and the NHS Patient Safety Strategy"),
            E("S", "Excellent report writing and presentation skills"),
            E("S", "Able to facilitate difficult conversations with compassion"),
            E("P", "Committed to a just and learning culture"),
        ],
    ),
    jd(
        "larkspur-ward-manager-7", "pdf", "Ward Manager, Ocean Ward", "7",
        directorate="Surgery and Critical Care", layout="edcol", details="heading",
        band_text="AfC Band 7", reports_to="Senior Matron, Surgery",
        accountable_to="[[N:context|Director of Nursing]]",
        purpose="The Ward Manager has 24-hour responsibility for the care delivered on Ocean "
        "Ward, a 24-bed surgical ward for children and young people. The postholder leads the "
        "ward team, manages the ward budget and makes sure that children and families receive "
        "safe, kind and effective care.",
        duties={
            "Clinical leadership": [
                "Lead the ward team as a visible role model, working clinically for part of "
                "each week.",
                "Make sure that care plans, risk assessments and safeguarding records are "
                "complete and reviewed.",
                "Supervise Band 5 and Band 6 staff and act as a mentor to students.",
            ],
            "Management": [
                "Manage the ward budget, rosters and recruitment within the agreed "
                "establishment.",
                "Lead the ward's response to complaints and incidents.",
                "Monitor quality indicators and lead improvement actions.",
            ],
            "Family-centred care": [
                "Involve children, young people and families in decisions about care.",
                "Work with play specialists and the education service to support each child.",
            ],
        },
        relationships=[
            "Children, young people and their families",
            "Surgical consultants and anaesthetists",
            "Play specialists, pharmacists and the wider multidisciplinary team",
        ],
        criteria=[
            E("Q", "[[F:nurse|Registered Children's Nurse (RSCN, RNC or RN8)]]"),
            D("Q", "[[F:nurse|V150 Community Practitioner Nurse Prescriber]]"),
            D("Q", "Leadership or management qualification"),
            E("X", "[[F:nurse|Substantial post-registration nursing experience]] with children"),
            E("X", "Experience of managing a team and a budget"),
            E("K", "Knowledge of safeguarding children procedures"),
            E("S", "Able to plan and prioritise a complex workload"),
            E("P", "Child and family-centred approach"),
        ],
    ),
    jd(
        "sallowmere-urgent-care-centre-lead-8a", "pdf", "Urgent Treatment Centre Lead", "8a",
        directorate="Integrated Urgent Care", layout="textcols", details="post",
        band_text="Band 8A", reports_to="General Manager, Integrated Urgent Care",
        accountable_to="Chief Operating Officer", base="Sallowmere Urgent Treatment Centre",
        purpose="The Urgent Treatment Centre Lead manages the day-to-day running of the centre, "
        "which sees around 150 patients a day with minor injuries and illnesses. The postholder "
        "leads a multidisciplinary clinical team and makes sure the centre meets national "
        "standards for urgent treatment centres.",
        duties={
            "Operational management": [
                "Manage staffing, rotas and skill mix across the centre.",
                "Monitor waiting times and patient flow, escalating risks to the general manager.",
                "Lead the centre's business continuity and winter plans.",
            ],
            "Clinical governance": [
                "Lead audits of clinical records and of patient group directions.",
                "Investigate incidents and complaints and share learning.",
            ],
            "People": [
                "Appraise and develop team members, including apprentices.",
                "Create a positive and inclusive working environment.",
            ],
        },
        relationships=[
            "General Manager, Integrated Urgent Care",
            "Emergency department leadership team",
            "NHS 111 and primary care partners",
        ],
        criteria=[
            E("Q", "[[F:nurse|RN1 or RN2 (EN)]] with current registration"),
            E("Q", "[[F:nurse|Registered with the Nursing & Midwifery Council]] without "
              "conditions"),
            D("Q", "Minor injuries or minor illness qualification"),
            E("X", "Experience of managing an urgent or emergency care service"),
            D("X", "Experience of leading service redesign"),
            E("K", "Knowledge of the urgent treatment centre standards"),
            E("S", "Strong organisational and decision-making skills"),
            E("P", "Adaptable and calm under pressure"),
        ],
    ),
    jd(
        "brackenfield-integrated-discharge-lead-8a", "pdf", "Integrated Discharge Team Lead",
        "8a", directorate="Medicine", layout="inline", details="table",
        reports_to="Head of Patient Flow", accountable_to="Chief Operating Officer",
        purpose="The Integrated Discharge Team Lead manages the hospital's discharge hub and "
        "works with health and social care partners to make sure that patients with complex "
        "needs leave hospital safely and without delay, using the discharge to assess model.",
        duties={
            "Discharge management": [
                "Lead the integrated discharge team, including discharge coordinators and "
                "trusted assessors.",
                "Chair daily complex discharge meetings and escalate delays.",
                "Make sure that patients and families are involved in discharge planning.",
            ],
            "Partnership": [
                "Work with local authority and community partners to commission pathway 1 to "
                "3 capacity.",
                "Provide data on delayed discharges to the system flow group.",
            ],
            "Development": [
                "Develop the skills of ward teams in early discharge planning.",
                "Lead training on the Mental Capacity Act in discharge decisions.",
            ],
        },
        relationships=[
            "Ward and department leaders",
            "Adult social care and continuing healthcare teams",
            "Voluntary sector partners",
        ],
        criteria=[
            E("Q", "[[F:nurse|RGN or RMN]] with current registration"),
            D("Q", "[[F:nurse|Diploma in Nursing]] or higher"),
            D("Q", "[[N:multi-profession|Advanced Clinical Practitioner]] (MSc) qualification"),
            E("X", "Experience of complex discharge planning in an acute hospital"),
            E("X", "Experience of leading a multi-agency team"),
            E("K", "Knowledge of the Care Act 2014 and NHS continuing healthcare"),
            E("S", "Excellent negotiation skills"),
            E("P", "Person-centred and solution-focused"),
        ],
    ),
    jd(
        "elmstead-ward-manager-7", "txt", "Ward Manager – Willow Ward (Older Adults)", "7",
        directorate="Mental Health Services for Older People", layout="inline",
        details="lines", band_text="7", reports_to="Inpatient Service Manager",
        accountable_to="Associate Director of Operations",
        purpose="The Ward Manager is responsible for the leadership and management of Willow "
        "Ward, an 18-bed assessment ward for older adults with functional and organic mental "
        "health needs. The postholder makes sure that care is safe, compassionate and "
        "recovery-focused, and that the ward is well led and well resourced.",
        duties={
            "Leadership": [
                "[[N:duty|Line manage registered nurses]], healthcare support workers and "
                "activity coordinators on the ward.",
                "[[N:duty|Ensure compliance with the NMC Code]] and Trust policies by all "
                "registered staff.",
                "Lead a weekly ward meeting and a monthly reflective practice session.",
            ],
            "Clinical": [
                "Make sure that each patient has a current care plan and risk assessment.",
                "Lead on the use of the Mental Health Act and Mental Capacity Act on the ward.",
                "Reduce restrictive practice in line with the Trust's strategy.",
            ],
            "Resources": [
                "Manage the ward budget and e-roster, and approve annual leave.",
                "Recruit to vacancies and support new starters through preceptorship.",
            ],
        },
        relationships=[
            "Patients, families and carers",
            "Consultant psychiatrists and the multidisciplinary team",
            "Community mental health teams for older people",
        ],
        criteria=[
            E("Q", "[[F:nurse|RN (Adult) or RN (Mental Health)]] with current registration"),
            D("Q", "[[F:nurse|BSc (Hons) Nursing]]"),
            D("Q", "Dementia care qualification"),
            E("X", "[[F:nurse|Band 6 staff nurse experience]] in an older adult setting"),
            E("X", "Experience of managing staff"),
            E("K", "Working knowledge of the Mental Health Act 1983"),
            E("S", "Ability to manage conflict constructively"),
            E("P", "Compassionate and person-centred"),
        ],
    ),
    jd(
        "wyvern-operational-manager-urgent-care-8a", "txt", "Operational Manager, Urgent "
        "Care", "8a", directorate="Urgent and Emergency Care", layout="prefix",
        details="table", band_text="Band 8a", reports_to="Divisional General Manager",
        accountable_to="[[N:context|Director of Nursing]]",
        purpose="The Operational Manager, Urgent Care, manages the emergency department, the "
        "acute medical unit and the same day emergency care service. The postholder is "
        "responsible for performance, staffing, finance and the patient experience, and "
        "deputises for the Divisional General Manager.",
        duties={
            "Performance": [
                "Deliver the four-hour standard and reduce ambulance handover delays.",
                "Produce weekly performance reports and recovery plans.",
            ],
            "People": [
                "Manage the department leads, including the Band 7 department managers.",
                "Lead recruitment and retention plans for urgent care.",
            ],
            "Finance": [
                "Manage a budget of around £18 million and deliver savings plans.",
                "Control temporary staffing spend.",
            ],
        },
        relationships=[
            "Divisional General Manager and clinical director",
            "Emergency department consultants",
            "Regional ambulance service",
        ],
        criteria=[
            E("Q", "[[F:nurse-midwife|Registered nurse or midwife]] with current registration"),
            E("Q", "[[H:nurse|Nursing degree or equivalent]]"),
            D("Q", "Master's level qualification in management"),
            E("X", "Experience of managing an urgent care service at Band 7 or above"),
            E("X", "Experience of managing budgets"),
            E("K", "Knowledge of national urgent care policy"),
            E("S", "Strong analytical skills"),
            E("P", "Resilient and able to lead through change"),
        ],
    ),
    jd(
        "harrowdale-discharge-team-lead-7", "md", "Discharge Team Lead", "7",
        directorate="Adult Acute Mental Health", layout="ticks", tick="✓", details="table",
        reports_to="Acute Care Service Manager", accountable_to="Director of Operations",
        purpose="The Discharge Team Lead leads a small team that supports people to leave "
        "acute mental health wards as soon as they are well enough, with the right support in "
        "place. The postholder works with wards, community teams and housing providers to "
        "reduce delayed discharges and out-of-area placements, and must hold [[F:nurse|current "
        "registration with the NMC]].",
        duties={
            "Team leadership": [
                "Lead and supervise the discharge coordinators and peer support workers.",
                "Allocate work according to need and review caseloads weekly.",
            ],
            "Discharge planning": [
                "Attend ward rounds and make sure discharge plans start on admission.",
                "Arrange housing, benefits and community follow-up with partners.",
                "Escalate delays to the bed management meeting.",
            ],
            "Improvement": [
                "Collect and report data on delayed discharges.",
                "Share good practice across the acute pathway.",
            ],
        },
        relationships=[
            "Ward managers and consultant psychiatrists",
            "Community mental health teams",
            "Housing and voluntary sector partners",
        ],
        criteria=[
            E("Q", "[[F:nurse|Registered Mental Health Nurse (RMN / RNMH / RN3)]]"),
            D("Q", "[[F:nurse|Nursing degree]] (BSc or BN)"),
            E("X", "[[F:nurse|A nursing background]] in acute mental health"),
            E("X", "Experience of discharge planning"),
            E("K", "Knowledge of Section 117 aftercare"),
            E("S", "Good organisational skills"),
            E("P", "Recovery-focused and respectful"),
        ],
    ),
    jd(
        "ashcombe-community-team-leader-7", "md", "Community Team Leader", "7",
        directorate="Adult Community Services", layout="inline", details="heading",
        band_text="AfC Band 7", reports_to="Locality Manager", accountable_to="Director of "
        "Operations", base="Wealdmere Health Centre and patients' homes",
        purpose="The Community Team Leader manages a neighbourhood team that provides care to "
        "housebound adults, including wound care, end of life care and support for people with "
        "long-term conditions. The postholder holds a small caseload and leads the team's "
        "daily planning.",
        duties={
            "Leadership": [
                "Lead the daily huddle and allocate visits according to need and skill.",
                "Supervise Band 5 and Band 6 practitioners and healthcare support workers.",
                "Undertake appraisals and support professional development.",
            ],
            "Clinical": [
                "Carry a small caseload of patients with complex needs.",
                "[[N:context|Work alongside physiotherapists]], social care staff and GPs to "
                "support people at home.",
            ],
            "Quality": [
                "Monitor pressure ulcer and falls incidents and lead improvement work.",
                "Make sure records meet Trust standards.",
            ],
        },
        relationships=[
            "Patients and carers",
            "GP practices and primary care networks",
            "Hospice and palliative care teams",
        ],
        criteria=[
            E("Q", "[[F:nurse|District Nursing SPQ / SPDN]]"),
            D("Q", "[[F:nurse|V100 community practitioner nurse prescribing]]"),
            E("X", "Experience of working in community services"),
            E("X", "Experience of leading a team"),
            E("K", "Knowledge of end of life care"),
            E("S", "Able to prioritise a changing workload"),
            E("P", "Caring and supportive"),
        ],
    ),
    jd(
        "kestrel-maternity-governance-lead-8b", "md", "Maternity Quality and Governance Lead",
        "8b", directorate="Women's and Children's Services", layout="headings",
        details="lines", band_text="8B", reports_to="Director of Midwifery",
        accountable_to="Chief Nursing Officer",
        purpose="The Maternity Quality and Governance Lead oversees the maternity and neonatal "
        "governance framework, including incident management, the maternity incentive scheme "
        "and the perinatal quality surveillance model. The postholder reports maternity "
        "safety information to the Trust board.",
        duties={
            "Governance": [
                "Lead the maternity governance team and the weekly incident review meeting.",
                "Co-ordinate Maternity and Newborn Safety Investigations referrals.",
                "Track evidence for the maternity incentive scheme safety actions.",
            ],
            "Assurance": [
                "Prepare the perinatal quality surveillance report for the board.",
                "Monitor compliance with national guidance and local guidelines.",
            ],
            "Learning": [
                "Share learning through newsletters, safety huddles and training days.",
                "Work with the Maternity and Neonatal Voices Partnership.",
            ],
        },
        relationships=[
            "Director of Midwifery and clinical director for obstetrics",
            "Neonatal unit leadership",
            "Local maternity and neonatal system",
        ],
        criteria=[
            E("Q", "[[F:midwife|Registered Midwife (RM)]] with current registration"),
            D("Q", "Postgraduate qualification in clinical governance"),
            E("X", "Experience of maternity incident investigation"),
            E("K", "Knowledge of the maternity incentive scheme"),
            E("S", "Excellent presentation skills"),
            E("P", "Open and honest, with a commitment to learning"),
        ],
    ),
)

"""Posts ringfenced to a profession other than nursing (domain.md §4, §4a): .docx examples."""

from __future__ import annotations

from corpus.model import D, E
from corpus.specs.helpers import jd

SPECS = (
    jd(
        "brackenfield-deputy-director-of-quality-8d", "docx", "Deputy Director of Quality",
        "8d", directorate="Quality and Safety", layout="ticks", tick="Yes", details="table",
        reports_to="Director of Quality", accountable_to="[[N:context|Medical Director]]",
        purpose="The Deputy Director of Quality leads the Trust's quality governance "
        "framework, bringing together clinical effectiveness, patient safety, patient "
        "experience and regulatory compliance. The postholder deputises for the Director of "
        "Quality at board committees and with regulators.",
        duties={
            "Strategic leadership": [
                "Lead the development and delivery of the Trust's quality strategy.",
                "Deputise for the Director of Quality, including at the Quality Committee.",
                "Lead preparation for Care Quality Commission inspections.",
            ],
            "Quality governance": [
                "Oversee the clinical audit programme and NICE guidance compliance.",
                "Chair the mortality surveillance group and lead learning from deaths.",
                "Maintain the quality risk register and board assurance framework entries.",
            ],
            "Team leadership": [
                "Line manage the heads of patient safety, clinical effectiveness and patient "
                "experience.",
                "Manage the quality directorate budget.",
            ],
        },
        relationships=[
            "Executive directors and non-executive directors",
            "Divisional clinical directors and heads of nursing",
            "Care Quality Commission relationship owner",
        ],
        criteria=[
            E("Q", "[[F:doctor|Medically qualified (MBBS / MBChB)]]"),
            E("Q", "[[F:doctor|Full GMC registration with a licence to practise]]"),
            D("Q", "[[F:doctor|Membership of a Royal College (MRCP or FRCS)]]"),
            E("X", "Senior leadership experience in quality governance"),
            E("X", "Experience of leading through regulatory inspection"),
            E("K", "Knowledge of the CQC assessment framework"),
            E("S", "Able to present complex information to a board"),
            E("S", "Strategic thinking and planning skills"),
            E("P", "Credible and inclusive leader"),
        ],
    ),
    jd(
        "northmoor-falls-prevention-lead-7", "docx", "Falls Prevention Lead", "7",
        directorate="Integrated Medicine", layout="ticks", tick="✓", details="lines",
        reports_to="Head of Patient Safety", accountable_to="Director of Quality",
        purpose="The Falls Prevention Lead leads the Trust's programme to reduce inpatient "
        "falls and harm from falls. The postholder advises wards on multifactorial risk "
        "assessment, leads post-fall reviews and delivers education across the hospital.",
        duties={
            "Falls prevention": [
                "Lead the implementation of the Trust's falls prevention policy.",
                "Review all falls with moderate harm or above and share learning.",
                "Advise on equipment, environment and post-fall management.",
            ],
            "Education": [
                "Deliver falls training to ward teams and falls champions.",
                "Develop patient and family information.",
            ],
            "Data and improvement": [
                "Report monthly falls data to the Patient Safety Group.",
                "Take part in the National Audit of Inpatient Falls.",
            ],
        },
        relationships=[
            "Ward leaders and falls champions",
            "Older people's medicine team",
            "Patient safety team",
        ],
        criteria=[
            E("Q", "[[F:physio|HCPC registered physiotherapist]]"),
            D("Q", "[[F:physio|MCSP]] (Member of the Chartered Society of Physiotherapy)"),
            E("X", "[[F:physio|Post-graduate experience as a physiotherapist]] in older "
              "people's care"),
            E("X", "Experience of delivering teaching to groups"),
            E("K", "Knowledge of NICE guidance on falls in older people"),
            E("S", "Good IT and data analysis skills"),
            E("P", "Enthusiastic and motivated"),
        ],
    ),
    jd(
        "elmstead-psychological-therapies-lead-8c", "docx", "Psychological Therapies "
        "Service Lead", "8c", directorate="Adult Community Mental Health", layout="edcol",
        details="heading", band_text="Band 8c", reports_to="Head of Psychological Services",
        accountable_to="Medical Director",
        purpose="The Service Lead manages the Trust's psychological therapies service for "
        "adults with severe mental illness. The postholder is responsible for service "
        "quality, waiting times, workforce development and clinical governance, and carries a "
        "small clinical caseload.",
        duties={
            "Service leadership": [
                "Manage the psychological therapies service across three localities.",
                "Reduce waiting times and improve access for under-served groups.",
                "Develop care pathways with community mental health teams.",
            ],
            "Clinical governance": [
                "Oversee outcome monitoring and clinical audit.",
                "Provide clinical supervision to senior therapists.",
            ],
            "Workforce": [
                "Plan training places and supervise trainees on placement.",
                "Support staff wellbeing and reflective practice.",
            ],
        },
        relationships=[
            "Community mental health team managers",
            "Experts by experience",
            "University training programmes",
        ],
        criteria=[
            E("Q", "[[F:psych|HCPC registered Clinical Psychologist]]"),
            E("Q", "[[F:psych|DClinPsy]] or doctorate in counselling psychology"),
            D("Q", "[[F:psych|BPS chartership]] (CPsychol)"),
            D("Q", "[[N:multi-profession|CBT qualification]] accredited by BABCP"),
            E("X", "Experience of managing a psychological therapies service"),
            E("K", "Knowledge of NICE-recommended psychological therapies"),
            E("S", "Skilled in clinical supervision"),
            E("P", "Reflective and collaborative"),
        ],
    ),
    jd(
        "kestrel-urgent-community-response-lead-8a", "docx", "Urgent Community Response "
        "Team Lead", "8a", directorate="Community and Intermediate Care", layout="prefix",
        details="post", band_text="Band 8a", reports_to="Head of Intermediate Care",
        accountable_to="Chief Operating Officer",
        purpose="The Team Lead manages the two-hour urgent community response service, which "
        "helps older people and people with complex needs stay safely at home during a crisis "
        "instead of attending hospital.",
        duties={
            "Service delivery": [
                "Manage the urgent community response team seven days a week.",
                "Make sure referrals are triaged and seen within two hours.",
                "Work with the ambulance service on falls and frailty pathways.",
            ],
            "People": [
                "Recruit, appraise and develop a multidisciplinary team.",
                "Lead clinical supervision arrangements.",
            ],
            "Quality": [
                "Monitor response times and outcomes.",
                "Lead audits and service evaluation.",
            ],
        },
        relationships=[
            "Regional ambulance service",
            "GP practices and care homes",
            "Virtual ward team",
        ],
        criteria=[
            E("Q", "[[F:para|Specialist Paramedic]] (Urgent and Emergency Care)"),
            E("Q", "Current [[N:inclusive|NMC or HCPC]] registration"),
            D("Q", "Master's level study in advanced practice"),
            E("X", "Experience of urgent or community care"),
            E("K", "Knowledge of frailty and falls pathways"),
            E("S", "Clinical decision-making skills"),
            E("P", "Flexible and proactive"),
        ],
    ),
    jd(
        "wyvern-integrated-care-hub-manager-8a", "docx", "Integrated Care Hub Manager", "8a",
        directorate="Community Services", layout="inline", details="table",
        reports_to="Head of Community Services", accountable_to="Director of Community "
        "Services",
        purpose="The Integrated Care Hub Manager leads a joint health and social care team "
        "that co-ordinates care for adults with complex needs across the Wyvernholt locality.",
        duties={
            "Leadership": [
                "Lead the hub's multidisciplinary team and daily triage.",
                "Hold joint supervision with the local authority team manager.",
            ],
            "Partnership": [
                "Work with the local authority to align assessment processes.",
                "Represent the hub at the locality partnership board.",
            ],
            "Governance": [
                "Monitor caseload data and outcomes.",
                "Manage the hub budget jointly with the council.",
            ],
        },
        relationships=[
            "Local authority adult social care",
            "Primary care networks",
            "Voluntary sector partners",
        ],
        criteria=[
            E("Q", "[[F:sw-uk|Registration with Social Work England, SSSC, Social Care Wales "
              "or NISCC]]"),
            E("Q", "Current registration with a UK statutory health or care regulator\n"
              "(for example [[N:inclusive|HCPC or NMC]])"),
            E("X", "Experience of managing an integrated team"),
            E("K", "Knowledge of the Care Act 2014"),
            E("S", "Able to negotiate across organisations"),
            E("P", "Committed to partnership working"),
        ],
    ),
)

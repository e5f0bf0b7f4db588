"""Leadership posts written well: skills-based, inclusive or explicitly open to all."""

from __future__ import annotations

from corpus.model import D, E
from corpus.specs.helpers import jd

SPECS = (
    jd(
        "northmoor-head-of-patient-experience-8b", "docx", "Head of Patient Experience", "8b",
        directorate="Quality and Patient Experience", layout="textcols", details="post",
        band_text="Band 8b", reports_to="Deputy Chief Nurse",
        accountable_to="[[N:context|Director of Nursing]], Midwifery and AHPs",
        purpose="The Head of Patient Experience leads the Trust's work to hear, understand and "
        "act on the experiences of patients, families and carers. The postholder manages the "
        "complaints, PALS, volunteering and patient involvement teams and makes sure that "
        "feedback leads to visible improvements in care.",
        duties={
            "Leadership": [
                "Lead the patient experience, complaints, PALS and volunteer services.",
                "Develop and deliver the Trust's patient experience strategy.",
                "Line manage the complaints manager and the PALS and volunteer leads.",
            ],
            "Listening and learning": [
                "Oversee the Friends and Family Test and national patient surveys.",
                "Report themes from feedback to the Patient Experience Committee.",
                "Support divisions to act on feedback through 'You said, we did'.",
            ],
            "Involvement": [
                "Recruit and support patient partners to sit on Trust groups.",
                "Work with Healthwatch and community organisations.",
            ],
        },
        relationships=[
            "Deputy Chief Nurse and divisional leadership teams",
            "Patients, carers and patient partners",
            "Healthwatch and voluntary organisations",
        ],
        criteria=[
            E("Q", "Degree or equivalent experience"),
            D("Q", "Registered clinician ([[N:inclusive|NMC, HCPC or GMC]]) — welcome but "
              "not needed"),
            D("Q", "Project management or improvement qualification"),
            E("X", "Experience of leading a complaints or patient experience service"),
            E("X", "Experience of involving patients in service improvement"),
            E("K", "Knowledge of the NHS complaints regulations"),
            E("S", "Excellent written communication skills"),
            E("S", "Skilled in analysing qualitative feedback"),
            E("P", "Compassionate and committed to openness"),
            E("P", "[[N:negated|NMC registration is not required]] for this post"),
        ],
    ),
    jd(
        "elmstead-head-of-patient-safety-8b", "docx", "Head of Patient Safety and Learning",
        "8b", directorate="Quality and Governance", layout="ticks", tick="X", details="heading",
        band_text="Band 8b", reports_to="Associate Director of Governance",
        accountable_to="[[N:context|Director of Nursing]] and Quality",
        purpose="The Head of Patient Safety and Learning leads the Trust's patient safety team "
        "and makes sure that the Trust responds to incidents in a way that supports learning, "
        "involves those affected and improves care in community and mental health services.",
        duties={
            "Patient safety": [
                "Lead the Trust's PSIRF plan and learning responses.",
                "Support teams to involve patients and families in reviews.",
                "Oversee the Trust's response to patient safety alerts.",
            ],
            "Learning": [
                "Lead the Trust's learning forum and publish learning summaries.",
                "Develop a just and learning culture with Freedom to Speak Up.",
            ],
            "Team": [
                "Manage the patient safety team.",
                "Coach staff in systems-based investigation methods.",
            ],
        },
        relationships=[
            "Associate Director of Governance",
            "Service directors and clinical leads",
            "Patient Safety Partners",
        ],
        criteria=[
            E("Q", "Educated to master's level or equivalent experience"),
            D("Q", "[[H:nurse|Nursing degree or equivalent]] qualification"),
            E("Q", "Patient safety syllabus training, or willing to complete it"),
            E("X", "Experience of leading learning responses to incidents"),
            E("X", "Experience of working in community or mental health services. A "
              "professional qualification is [[N:negated|not essential for this role]]"),
            E("K", "Knowledge of systems thinking and human factors"),
            E("S", "Able to facilitate learning with teams"),
            E("P", "Open, fair and supportive"),
        ],
    ),
    jd(
        "wyvern-head-of-patient-flow-8a", "pdf", "Head of Patient Flow", "8a",
        directorate="Operations", layout="prefix", details="lines", band_text="8A",
        reports_to="Chief Operating Officer",
        accountable_to="Chief Operating Officer",
        purpose="The Head of Patient Flow leads the Trust's operational centre, making sure "
        "that beds, staff and transport are used well so that patients receive care in the "
        "right place at the right time. The role is open to people from any clinical or "
        "operational background.",
        duties={
            "Operational centre": [
                "Lead the operational centre and the site management team.",
                "Chair bed meetings and manage escalation.",
                "Make sure the site team has the skills it needs, including clinical "
                "advice from senior clinicians on call.",
            ],
            "Performance": [
                "Monitor length of stay and discharge before noon.",
                "Lead the Trust's improvement programme for flow.",
            ],
            "Partnership": [
                "Work with the council and community services on discharge.",
            ],
        },
        relationships=[
            "Chief Operating Officer",
            "[[N:context|Director of Nursing]] and Medical Director",
            "Divisional general managers",
        ],
        criteria=[
            E("Q", "Degree or equivalent experience"),
            D("Q", "[[N:inclusive|Relevant professional registration]] with a UK regulator"),
            D("Q", "[[N:inclusive|A clinical qualification]] of any kind"),
            E("X", "Experience of operational management in a hospital at Band 7 or above"),
            E("X", "Experience of leading a team through change. Clinical registration is "
              "[[N:negated|not essential for this role]]"),
            E("K", "Knowledge of urgent care standards"),
            E("S", "Able to make decisions under pressure"),
            E("P", "Visible and supportive"),
        ],
    ),
    jd(
        "brackenfield-clinical-site-manager-8a", "txt", "Clinical Site Manager", "8a",
        directorate="Operations", layout="headings", details="lines", band_text="8a",
        reports_to="[[N:context|Chief Nurse]]", accountable_to="Chief Operating Officer",
        hours="37.5 hours per week, 24/7 rota",
        purpose="The Clinical Site Manager leads the hospital out of hours and supports flow by "
        "day, acting as the senior decision-maker on site. We welcome applications from "
        "registered professionals of every background.",
        duties={
            "Site leadership": [
                "Lead the hospital out of hours, managing beds, staffing and escalation.",
                "Attend emergencies as site lead.",
                "Support ward teams with safe staffing decisions.",
            ],
            "Governance": [
                "Complete situation reports and incident reports.",
                "Lead the site handover.",
            ],
        },
        relationships=[
            "On-call managers",
            "Ward and department leaders",
            "Ambulance service",
        ],
        criteria=[
            E("Q", "[[N:inclusive|Registered healthcare professional (e.g. NMC, HCPC)]]"),
            E("X", "Experience as a [[N:inclusive|nurse, AHP or other registered clinician]] "
              "in acute care"),
            E("X", "Experience of managing a clinical team"),
            D("X", "Experience of site management"),
            E("K", "Knowledge of safe staffing"),
            E("S", "Clinical decision-making skills"),
            E("P", "Calm under pressure"),
        ],
    ),
    jd(
        "kestrel-discharge-team-lead-7", "md", "Discharge Team Lead", "7",
        directorate="Medicine", layout="headings", details="table", band_text="Band 7",
        reports_to="Head of Patient Flow", accountable_to="Chief Operating Officer",
        purpose="The Discharge Team Lead leads the hospital discharge team, supporting wards "
        "to plan discharge from admission and working with partners to arrange care.",
        duties={
            "Team leadership": [
                "[[N:duty|Line manage registered nurses]], therapists and discharge "
                "coordinators in the team.",
                "Allocate complex discharges.",
            ],
            "Discharge": [
                "Chair the complex discharge meeting.",
                "Escalate delays to the Head of Patient Flow.",
            ],
        },
        relationships=[
            "Ward teams",
            "Adult social care",
            "Community services",
        ],
        criteria=[
            E("Q", "Current [[N:inclusive|NMC or HCPC]] registration"),
            D("Q", "[[N:multi-profession|Advanced Clinical Practitioner]] qualification"),
            E("X", "Experience of discharge planning"),
            E("K", "Knowledge of the Care Act 2014"),
            E("S", "Good negotiation skills"),
            E("P", "Organised and proactive"),
        ],
    ),
)

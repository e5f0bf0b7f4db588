"""Clinical posts whose own title names the profession, so its registration is legitimate."""

from __future__ import annotations

from corpus.model import D, E
from corpus.specs.helpers import jd

SPECS = (
    jd(
        "kestrel-charge-nurse-6", "docx", "Ward Sister / Charge Nurse", "6",
        directorate="Medicine", layout="edcol", details="post", band_text="Band 6",
        reports_to="Ward Manager, Heron Ward", accountable_to="Matron, Medicine",
        purpose="The Ward Sister / Charge Nurse leads shifts on Heron Ward, a 28-bed "
        "respiratory ward, and deputises for the Ward Manager. The postholder delivers expert "
        "nursing care and supports the development of the ward team.",
        duties={
            "Clinical care": [
                "Assess, plan, deliver and evaluate nursing care for a group of patients.",
                "Lead the shift, co-ordinating admissions, discharges and staffing.",
                "Supervise Band 5 staff, healthcare support workers and students.",
            ],
            "Leadership": [
                "Deputise for the Ward Manager, including rostering and appraisals.",
                "Take part in ward audits and improvement projects.",
            ],
            "Education": [
                "Act as a practice supervisor and assessor for students.",
                "Support newly registered staff through preceptorship.",
            ],
        },
        relationships=[
            "Ward Manager and Matron",
            "Respiratory consultants and physiotherapists",
            "Patients and families",
        ],
        criteria=[
            E("Q", "[[N:role-consistent|Registered Nurse (Adult) with a live NMC PIN]]"),
            E("Q", "Practice supervisor and assessor preparation"),
            D("Q", "[[N:role-consistent|Post-registration qualification in respiratory "
              "nursing]]"),
            E("X", "[[N:role-consistent|Post-registration experience at Band 5]], including "
              "acute medicine"),
            E("X", "Experience of leading a shift"),
            E("K", "Knowledge of non-invasive ventilation"),
            E("S", "Good communication and organisational skills"),
            E("P", "Kind, patient and a positive role model"),
        ],
    ),
    jd(
        "brackenfield-physiotherapist-6", "docx", "Specialist Physiotherapist – Stroke", "6",
        directorate="Clinical Support Services", layout="textcols", details="lines",
        band_text="6", reports_to="Physiotherapy Team Lead, Neurosciences",
        accountable_to="Head of Therapies",
        purpose="The Specialist Physiotherapist provides assessment and treatment for patients "
        "on the hyperacute stroke unit and the stroke rehabilitation ward, and supervises "
        "junior staff and students.",
        duties={
            "Clinical": [
                "Assess and treat patients with stroke, using evidence-based approaches.",
                "[[N:context|Work alongside occupational therapists]] and speech and language "
                "therapists in goal-setting.",
                "Supervise Band 5 physiotherapists and therapy assistants.",
            ],
            "Education": [
                "Provide training to ward staff on positioning and handling.",
                "Supervise student placements.",
            ],
            "Service development": [
                "Take part in the Sentinel Stroke National Audit Programme.",
            ],
        },
        relationships=[
            "Stroke multidisciplinary team",
            "Community stroke services",
            "Patients and carers",
        ],
        criteria=[
            E("Q", "[[N:role-consistent|HCPC registered physiotherapist]]"),
            D("Q", "[[N:role-consistent|MCSP]]"),
            E("X", "Experience in neurological rehabilitation"),
            E("X", "Experience of supervising junior staff"),
            E("K", "Knowledge of national stroke guidelines"),
            E("S", "Good clinical reasoning"),
            E("P", "Motivated and reliable"),
        ],
    ),
    jd(
        "elmstead-consultant-physician", "docx", "Consultant Physician in Acute Medicine",
        None, grade="Consultant", directorate="Medicine", layout="headings", details="table",
        reports_to="Clinical Director, Medicine", accountable_to="Medical Director",
        hours="10 programmed activities",
        purpose="This is a new consultant post in acute medicine. The appointee will work in "
        "the acute medical unit and same day emergency care service, contributing to the "
        "on-call rota for acute medicine and to teaching and service development.",
        duties={
            "Clinical": [
                "Lead post-take ward rounds on the acute medical unit.",
                "Deliver same day emergency care clinics.",
                "Take part in the acute medicine on-call rota (1 in 8).",
            ],
            "Education": [
                "Supervise foundation and specialty trainees.",
                "Teach medical students from the partner university.",
            ],
            "Governance": [
                "Take part in audit, mortality review and appraisal.",
                "[[N:duty|Support nurses through revalidation]] as a reflective discussion "
                "partner where asked.",
            ],
        },
        relationships=[
            "Clinical Director for Medicine",
            "Acute medicine consultant colleagues",
            "Emergency department team",
        ],
        criteria=[
            E("Q", "[[N:role-consistent|Full GMC registration with a licence to practise]]"),
            E("Q", "[[N:role-consistent|Entry on the GMC Specialist Register]] or CCT "
              "within six months"),
            E("Q", "[[N:role-consistent|MRCP (UK)]] or equivalent"),
            E("X", "Experience in acute medicine"),
            E("K", "Knowledge of ambulatory care"),
            E("S", "Leadership skills"),
            E("P", "Team player"),
        ],
    ),
    jd(
        "larkspur-midwife-6", "pdf", "Midwife", "6", directorate="Women's and Children's",
        layout="ticks", tick="Yes", details="heading", band_text="AfC Band 6",
        reports_to="Midwifery Manager", accountable_to="Director of Midwifery",
        purpose="The Midwife provides care to women, birthing people and their babies across "
        "the antenatal, intrapartum and postnatal periods, rotating between the birth centre, "
        "labour ward and community.",
        duties={
            "Clinical": [
                "Provide midwifery care in line with national guidance and Trust guidelines.",
                "Recognise and escalate complications.",
                "Support infant feeding.",
            ],
            "Professional": [
                "[[N:duty|Liaise with the RCM]] workplace representatives on rota changes.",
                "Take part in skills drills.",
            ],
        },
        relationships=[
            "Women, birthing people and families",
            "Obstetric and neonatal teams",
            "Health visitors",
        ],
        criteria=[
            E("Q", "[[N:role-consistent|Registered Midwife (RM) on the NMC register]]"),
            E("X", "Experience of intrapartum care"),
            E("K", "Knowledge of safeguarding"),
            E("S", "Good communication skills"),
            E("P", "Compassionate"),
        ],
    ),
    jd(
        "wyvern-pharmacist-7", "pdf", "Advanced Pharmacist – Medicines Optimisation", "7",
        directorate="Pharmacy", layout="edcol", details="table", band_text="Band 7",
        reports_to="Lead Pharmacist, Medicine", accountable_to="Chief Pharmacist",
        purpose="The Advanced Pharmacist provides a clinical pharmacy service to the medical "
        "wards, prescribing for patients within their scope of practice and leading "
        "medicines optimisation projects.",
        duties={
            "Clinical": [
                "Review prescriptions and optimise medicines for patients on medical wards.",
                "Prescribe within scope as an independent prescriber.",
            ],
            "Education": [
                "Supervise pre-registration trainee pharmacists.",
            ],
            "Governance": [
                "Report and review medication incidents.",
            ],
        },
        relationships=[
            "Medical and nursing staff",
            "Pharmacy team",
        ],
        criteria=[
            E("Q", "[[N:role-consistent|GPhC registration]]"),
            E("Q", "[[N:role-consistent|MPharm]]"),
            D("Q", "[[N:multi-profession|V300]] independent prescribing"),
            E("X", "Experience in hospital pharmacy"),
            E("K", "Knowledge of medicines safety"),
            E("S", "Good clinical reasoning"),
            E("P", "Accurate and reliable"),
        ],
    ),
    jd(
        "sallowmere-clinical-nurse-specialist-7", "txt", "Clinical Nurse Specialist – Tissue "
        "Viability", "7", directorate="Community Services", layout="prefix", details="post",
        band_text="Band 7", reports_to="Lead Nurse, Tissue Viability",
        accountable_to="[[N:context|Director of Nursing]]",
        purpose="The Clinical Nurse Specialist provides expert advice on wound care and "
        "pressure ulcer prevention to community and inpatient teams.",
        duties={
            "Clinical": [
                "Assess patients with complex wounds and advise on treatment.",
                "Prescribe wound care products as a [[N:multi-profession|non-medical "
                "prescriber]].",
            ],
            "Education": [
                "Teach wound care to community teams and care homes.",
            ],
        },
        relationships=[
            "Community teams",
            "Care homes",
            "Vascular and dermatology services",
        ],
        criteria=[
            E("Q", "[[N:role-consistent|NMC registered nurse]]"),
            D("Q", "[[N:multi-profession|V300]] qualification"),
            E("X", "Experience in tissue viability"),
            E("K", "Knowledge of wound care products"),
            E("S", "Teaching skills"),
            E("P", "Enthusiastic"),
        ],
    ),
    jd(
        "northmoor-staff-nurse-5", "md", "Staff Nurse – Surgical Assessment Unit", "5",
        directorate="Surgery", layout="textcols", details="lines", band_text="5",
        reports_to="Ward Manager", accountable_to="Matron, Surgery",
        purpose="The Staff Nurse delivers high-quality, person-centred care to patients on the "
        "surgical assessment unit.",
        duties={
            "Clinical": [
                "Assess, plan and deliver nursing care.",
                "Supervise Band 3 healthcare support workers.",
                "Administer medicines safely.",
            ],
            "Development": [
                "Complete the preceptorship programme.",
            ],
        },
        relationships=[
            "Ward team",
            "Surgeons",
            "Patients and families",
        ],
        criteria=[
            E("Q", "[[N:role-consistent|Current NMC registration]]"),
            E("Q", "[[N:role-consistent|RN (Adult)]]"),
            D("X", "[[N:role-consistent|Post-registration experience]] in surgery"),
            E("K", "Knowledge of infection prevention"),
            E("S", "Good communication skills"),
            E("P", "Caring"),
        ],
    ),
    jd(
        "ashcombe-head-of-nursing-8c", "md", "Head of Nursing, Community Services", "8c",
        directorate="Adult Community Services", layout="prefix", details="heading",
        band_text="Band 8c", reports_to="[[N:context|Deputy Director of Nursing]]",
        accountable_to="[[N:context|Director of Nursing]]",
        purpose="The Head of Nursing provides professional leadership for community nursing, "
        "setting standards of care and supporting the development of nursing staff.",
        duties={
            "Professional leadership": [
                "Lead professional standards for community nursing.",
                "[[N:duty|Support nurses through revalidation]].",
            ],
            "Quality": [
                "Lead quality improvement and safety work.",
            ],
        },
        relationships=[
            "Deputy Director of Nursing",
            "Community teams",
            "Heads of therapy",
        ],
        criteria=[
            E("Q", "[[N:role-consistent|NMC registered]] nurse"),
            E("X", "[[N:role-consistent|Senior nursing leadership experience]]"),
            E("K", "Knowledge of community care"),
            E("S", "Strategic leadership skills"),
            E("P", "Inspiring and inclusive"),
        ],
    ),
    jd(
        "sallowmere-matron-8a", "txt", "Matron – Emergency Department", "8a",
        directorate="Urgent and Emergency Care", layout="inline", details="post",
        band_text="Band 8a", reports_to="[[N:context|Head of Nursing]], Urgent Care",
        accountable_to="[[N:context|Chief Nurse]]",
        purpose="The Matron provides visible clinical leadership in the emergency department, "
        "setting and monitoring standards of care, supporting the department's nursing "
        "leaders and making sure that patients are cared for with dignity, including when the "
        "department is crowded.",
        duties={
            "Standards of care": [
                "Lead daily safety huddles and walk the department every shift.",
                "Monitor care rounding, pressure area care and nutrition in the department.",
                "Lead the response to complaints about care in the department.",
            ],
            "Leadership": [
                "Line manage the Band 7 sisters and charge nurses.",
                "Manage the nursing budget and temporary staffing use.",
                "Lead recruitment, retention and wellbeing plans.",
            ],
            "Professional practice": [
                "[[N:duty|Ensure compliance with the NMC Code]] within the department.",
                "Work with the education team on emergency nursing competencies.",
            ],
        },
        relationships=[
            "Emergency department consultants and clinical director",
            "Site management team",
            "Regional ambulance service",
        ],
        criteria=[
            E("Q", "[[N:role-consistent|Registered Nurse on Part 1 of the NMC register]]"),
            D("Q", "Master's degree in a relevant subject"),
            E("X", "[[N:role-consistent|Substantial post-registration experience in emergency "
              "nursing]]"),
            E("X", "Experience of managing a team of more than 50 staff"),
            E("K", "Knowledge of safe staffing in emergency departments"),
            E("S", "Able to lead in a crowded, high-pressure department"),
            E("P", "Visible, approachable and fair"),
        ],
    ),
)

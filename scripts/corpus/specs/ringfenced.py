"""Leadership posts ringfenced to nursing (NMC forms of domain.md §4), part one."""

from __future__ import annotations

from corpus.model import D, E
from corpus.specs.helpers import jd

HEAD_OF_PATIENT_FLOW = jd(
    "northmoor-head-of-patient-flow-8b", "docx", "Head of Patient Flow", "8b",
    directorate="Operations and Urgent Care", layout="textcols", details="table",
    reports_to="Deputy Chief Operating Officer", accountable_to="[[N:context|Chief Nurse]]",
    reference="NVT-2024-0418",
    purpose="The Head of Patient Flow leads the Trust's approach to moving patients safely and "
    "promptly through the hospital, from arrival in the emergency department to discharge home "
    "or to the next place of care. The postholder leads the site management and flow teams, "
    "holds the operational picture across the hospital day and night, and works with system "
    "partners to reduce delays and keep patients safe when demand is high.",
    duties={
        "Operational leadership": [
            "Lead the site management, bed bureau and discharge hub teams, setting clear "
            "priorities for each shift and escalating risk in line with the OPEL framework.",
            "Line manage the Band 7 clinical site managers and the Band 6 flow coordinators, "
            "including appraisal, rostering and sickness management.",
            "Chair the daily bed meetings and agree actions with divisional leads to release "
            "capacity before the afternoon peak.",
            "Act as the senior point of contact for the on-call managers and executives, "
            "providing timely and accurate situation reports.",
        ],
        "Quality, safety and performance": [
            "Monitor the emergency care standard, ambulance handover times and length of stay, "
            "and lead improvement work where performance falls short.",
            "Make sure that patients placed outside their specialty receive daily senior review "
            "and are repatriated as soon as a suitable bed is available.",
            "Investigate incidents and complaints relating to patient flow and share learning "
            "across divisions.",
            "[[N:duty|Support nurses through revalidation]] and professional development "
            "within the site team, working with the education team.",
        ],
        "Partnership working": [
            "Work with community services, local authorities and the ambulance service to "
            "agree escalation plans for periods of pressure.",
            "Represent the Trust at system flow meetings and lead the hospital's contribution to "
            "winter and surge planning.",
        ],
    },
    relationships=[
        "Chief Operating Officer and Deputy Chief Operating Officer",
        "Divisional directors and general managers",
        "Integrated care board urgent and emergency care team",
        "Community health and social care partners",
    ],
    criteria=[
        E("Q", "[[F:nurse|First level registered nurse with current NMC registration]]"),
        E("Q", "Degree or equivalent experience in a relevant subject"),
        D("Q", "Master's degree or postgraduate qualification in leadership or management"),
        E("X", "{-Band 7 ward sister experience-}{+Experience of leading a "
          "multidisciplinary team at Band 7 or above+}"),
        E("X", "Significant experience of operational site management in an acute hospital"),
        D("X", "Experience of leading a service improvement project{+ with measurable "
          "results+}"),
        E("K", "Detailed knowledge of national urgent and emergency care standards"),
        E("S", "Ability to make sound decisions under pressure using incomplete information"),
        E("S", "Excellent written and verbal communication skills{-, including report "
          "writing-}"),
        D("S", "Advanced skills in using bed management and data dashboards"),
        E("P", "Calm, visible and supportive leadership style"),
        E("P", "Able to work flexibly, including participation in an on-call rota"),
    ],
)

SPECS = (
    HEAD_OF_PATIENT_FLOW,
    jd(
        "ashcombe-safeguarding-children-lead-8a", "docx", "Named Lead for Safeguarding "
        "Children", "8a", directorate="Safeguarding and Quality", layout="edcol",
        details="lines", band_text="8A", features=("nested",),
        reports_to="Head of Safeguarding", accountable_to="[[N:context|Director of Nursing]] and "
        "Quality",
        purpose="The Named Lead for Safeguarding Children provides expert advice, supervision and "
        "training to staff across the Trust's community services so that children and young "
        "people are protected from harm. The postholder leads the Trust's response to "
        "safeguarding children reviews and represents the Trust at the local safeguarding "
        "children partnership.",
        duties={
            "Specialist advice and supervision": [
                "Provide expert safeguarding advice to practitioners and managers, including "
                "out of hours through the on-call rota.",
                "Deliver safeguarding supervision to health visiting, school health and "
                "community children's teams in line with Trust policy.",
                "Support staff to prepare reports for child protection conferences and court.",
            ],
            "Governance and assurance": [
                "Lead the Trust's contribution to child safeguarding practice reviews and "
                "rapid reviews, and make sure recommendations are acted upon.",
                "Produce quarterly assurance reports for the Quality Committee.",
                "Audit compliance with safeguarding standards and develop action plans.",
            ],
            "Education": [
                "Design and deliver Level 3 safeguarding children training.",
                "Contribute to multi-agency training commissioned by the partnership.",
            ],
        },
        relationships=[
            "Designated professionals for safeguarding at the integrated care board",
            "Local authority children's social care",
            "Police public protection unit",
            "Team leaders across community services",
        ],
        criteria=[
            E("Q", "[[F:nurse|NMC registered]] practitioner on Part 1 or Part 3 of the register"),
            E("Q", "[[F:nurse|Registered Health Visitor (RHV) or School Nurse (RSN)]]"),
            D("Q", "[[F:nurse|SCPHN qualification]]"),
            D("Q", "Postgraduate qualification in safeguarding or child protection"),
            E("X", "Substantial experience of safeguarding children practice in a community "
              "setting"),
            E("X", "Experience of providing safeguarding supervision"),
            E("K", "Up-to-date knowledge of Working Together to Safeguard Children"),
            E("S", "Ability to analyse complex information and present it to a range of "
              "audiences"),
            E("S", "Confident in challenging practice across agencies"),
            E("P", "Resilient, with the ability to manage emotionally demanding work"),
        ],
    ),
    jd(
        "kestrel-infection-prevention-lead-8a", "docx", "Lead for Infection Prevention and "
        "Control", "8a", directorate="Corporate Nursing", layout="headings", details="heading",
        band_text="AfC Band 8a", features=("numbering",),
        reports_to="Director of Infection Prevention and Control",
        accountable_to="[[N:context|Chief Nursing Officer]]",
        purpose="To lead the infection prevention and control team and deliver the Trust's "
        "annual IPC programme, protecting patients, staff and visitors from avoidable "
        "healthcare-associated infection. The postholder is the Trust's expert adviser on "
        "infection prevention and leads the response to outbreaks and incidents.",
        duties={
            "Leadership": [
                "Lead, supervise and develop the infection prevention and control team, "
                "including the Band 6 and Band 7 IPC practitioners.",
                "Deliver the annual IPC programme and report progress to the IPC Committee.",
                "Lead outbreak management meetings and post-infection reviews.",
            ],
            "Surveillance and audit": [
                "Oversee alert organism surveillance and mandatory reporting to the UK Health "
                "Security Agency.",
                "Design and oversee the audit programme for hand hygiene, environmental "
                "cleanliness and high-impact interventions.",
                "Analyse trends and present findings to divisional governance meetings.",
            ],
            "Education and advice": [
                "Provide expert advice on isolation, decontamination and new builds.",
                "Develop and deliver IPC training for all staff groups.",
            ],
        },
        relationships=[
            "Director of Infection Prevention and Control",
            "Consultant microbiologists and the antimicrobial stewardship team",
            "Estates, facilities and occupational health",
        ],
        criteria=[
            E("Q", "[[F:nurse|Level 1 Registered Nurse]] with a recognised IPC qualification"),
            E("Q", "[[F:nurse|Registration on sub-part 1 of the NMC register]]"),
            D("Q", "[[N:multi-profession|Non-medical prescriber]] qualification"),
            E("X", "[[F:nurse|Evidence of NMC revalidation]] within the last three years"),
            E("X", "Experience of leading outbreak management"),
            E("K", "Expert knowledge of the Health and Social Care Act Code of Practice on the "
              "prevention and control of infections"),
            E("S", "Skilled in audit, data analysis and report writing"),
            E("S", "Able to influence and challenge at all levels of the organisation"),
            E("P", "Approachable, visible and credible with front-line teams"),
        ],
    ),
    jd(
        "elmstead-learning-disability-service-manager-8a", "docx", "Learning Disability "
        "Service Manager", "8a", directorate="Learning Disability and Autism", layout="inline",
        details="post", band_text="Band 8a",
        reports_to="Associate Director of Learning Disability and Autism Services",
        accountable_to="Director of Operations",
        purpose="The Service Manager is responsible for the day-to-day management of the "
        "community learning disability teams and the intensive support service, making sure "
        "that people with a learning disability receive safe, person-centred care close to "
        "home and that admissions to hospital are avoided wherever possible.",
        duties={
            "Service management": [
                "Manage the community learning disability teams and the intensive support "
                "service, including budgets, staffing and performance.",
                "Lead the dynamic support register and care (education) and treatment reviews.",
                "Ensure the service complies with the Mental Capacity Act and the Mental Health "
                "Act, working with the [[N:multi-profession|AMHP]] service where needed.",
            ],
            "People": [
                "Line manage team leaders and support them to develop their teams.",
                "Promote a culture of positive behaviour support and reasonable adjustment.",
                "Support recruitment and retention, including apprenticeship routes.",
            ],
            "Quality": [
                "Lead the service's response to LeDeR reviews and share learning.",
                "Work with experts by experience to co-produce service developments.",
            ],
        },
        relationships=[
            "People with a learning disability, their families and carers",
            "Local authority commissioners and providers",
            "Acute hospital learning disability liaison teams",
        ],
        criteria=[
            E("Q", "[[F:nurse|Qualified RN (RNLD / RN5)]] with current registration"),
            E("Q", "Management or leadership qualification,\nor equivalent experience"),
            D("Q", "Positive behaviour support qualification"),
            D("Q", "[[N:multi-profession|Approved Clinician]] status or working towards it"),
            E("X", "Experience of managing community services for people with a learning "
              "disability"),
            E("X", "Experience of managing budgets and\nworkforce plans"),
            E("K", "Knowledge of Building the Right Support and the STOMP programme"),
            E("S", "Ability to lead change and to negotiate with partners"),
            E("P", "Commitment to co-production and to the rights of people with a learning "
              "disability"),
        ],
    ),
    jd(
        "kestrel-clinical-site-manager-8a", "pdf", "Clinical Site Manager", "8a",
        directorate="Emergency and Acute Medicine", layout="ticks", tick="✓", details="table",
        reports_to="Head of Patient Flow", accountable_to="Chief Operating Officer",
        hours="37.5 hours per week (24/7 rota)",
        purpose="The Clinical Site Manager is the senior operational and clinical decision-maker "
        "on site out of hours and supports the Head of Patient Flow during the day. The "
        "postholder co-ordinates bed capacity, staffing and escalation across the hospital, "
        "responds to clinical emergencies, and acts as the first point of contact for the "
        "on-call manager. Applicants must be [[F:nurse|registered nurses with significant acute "
        "experience]].",
        duties={
            "Site management": [
                "Co-ordinate the allocation of beds across the hospital, balancing emergency "
                "and elective demand.",
                "Redeploy staff between wards to maintain safe staffing, escalating gaps to the "
                "on-call manager.",
                "Attend cardiac arrests, major incidents and other emergencies as the site lead.",
            ],
            "People and development": [
                "Supervise the Band 6 site practitioners and bed bureau staff on shift.",
                "[[N:duty|Support nurses through revalidation]] by acting as a confirmer.",
                "Contribute to the induction of new ward leaders.",
            ],
            "Governance": [
                "Complete situation reports, incident reports and the site handover log.",
                "Take part in the review of serious incidents relating to patient flow.",
            ],
        },
        relationships=[
            "Head of Patient Flow and the site management team",
            "On-call managers and executives",
            "Ward and department leaders",
            "Regional ambulance service",
        ],
        criteria=[
            E("Q", "[[F:nurse|RNA / RN1 with a live NMC PIN]]"),
            E("Q", "[[H:nurse|Nursing degree or equivalent]]"),
            D("Q", "[[F:nurse|Independent nurse prescriber]] qualification"),
            D("Q", "Advanced life support provider certificate"),
            E("X", "Experience of managing a busy clinical area at Band 7"),
            E("X", "Experience of out-of-hours site management"),
            E("K", "Understanding of escalation frameworks and safe staffing principles"),
            E("S", "Sound clinical judgement and decision-making under pressure"),
            E("S", "IT skills, including electronic bed management systems"),
            E("P", "Able to work a 24-hour rota including nights and weekends"),
        ],
    ),
)

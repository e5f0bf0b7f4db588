"""More posts ringfenced to other professions: .pdf, .txt and .md examples."""

from __future__ import annotations

from corpus.model import D, E
from corpus.specs.helpers import jd

SPECS = (
    jd(
        "harrowdale-safeguarding-adults-manager-8a", "pdf", "Safeguarding Adults Manager",
        "8a", directorate="Nursing and Quality", layout="headings", details="lines",
        band_text="8a", reports_to="Head of Safeguarding",
        accountable_to="[[N:context|Executive Director of Nursing]]",
        purpose="The Safeguarding Adults Manager leads the Trust's safeguarding adults team, "
        "provides expert advice on adult safeguarding, the Mental Capacity Act and domestic "
        "abuse, and represents the Trust at safeguarding adults reviews.",
        duties={
            "Safeguarding practice": [
                "Provide expert advice to teams on section 42 enquiries.",
                "Lead the Trust's contribution to safeguarding adults reviews.",
                "Oversee the Trust's domestic abuse and Prevent arrangements.",
            ],
            "Mental Capacity Act": [
                "Advise on mental capacity assessments and best interests decisions.",
                "Support teams with Deprivation of Liberty Safeguards applications.",
            ],
            "Team leadership": [
                "Manage the safeguarding adults practitioners.",
                "Provide safeguarding supervision.",
            ],
        },
        relationships=[
            "Local authority safeguarding adults team",
            "Police and probation",
            "Safeguarding adults board",
        ],
        criteria=[
            E("Q", "[[F:sw|Registered with Social Work England]]"),
            E("Q", "[[F:sw|DipSW, CQSW or degree in social work]]"),
            D("Q", "[[N:multi-profession|Best Interests Assessor]] qualification"),
            D("Q", "[[N:multi-profession|AMHP]] warrant"),
            E("X", "[[F:sw|Qualified social worker]] with experience in adult safeguarding"),
            E("K", "Knowledge of the Care Act 2014 and the Mental Capacity Act 2005"),
            E("S", "Able to chair complex meetings"),
            D("P", "[[F:sw|BASW membership]]"),
        ],
    ),
    jd(
        "ashcombe-nutrition-and-hydration-lead-7", "pdf", "Nutrition and Hydration Lead",
        "7", directorate="Quality and Clinical Governance", layout="ticks", tick="ED",
        details="table", reports_to="Head of Quality", accountable_to="Chief Nurse",
        purpose="The Nutrition and Hydration Lead improves nutritional care for people using "
        "the Trust's community and inpatient services, leading on screening, education and "
        "the prevention of malnutrition and dehydration.",
        duties={
            "Leadership": [
                "Lead the Trust's nutrition and hydration steering group.",
                "Develop policies on screening and nutritional care plans.",
            ],
            "Education": [
                "Train staff to use the MUST screening tool.",
                "Support care homes with hydration improvement projects.",
            ],
            "Audit": [
                "Audit screening compliance and report to the quality committee.",
                "Review incidents related to nutrition.",
            ],
        },
        relationships=[
            "Community teams and care homes",
            "Catering services",
            "Patient safety team",
        ],
        criteria=[
            E("Q", "[[F:diet|HCPC registered dietitian]]"),
            D("Q", "[[F:diet|BDA membership]]"),
            E("X", "Experience of nutrition screening programmes"),
            E("K", "Knowledge of malnutrition risk in older people"),
            E("S", "Good teaching skills"),
            E("P", "Enthusiastic about improving care"),
        ],
    ),
    jd(
        "kestrel-medicines-safety-lead-8b", "txt", "Medicines Safety Lead", "8b",
        directorate="Pharmacy and Medicines Optimisation", layout="headings",
        details="heading", band_text="AfC Band 8b", reports_to="Chief Pharmacist",
        accountable_to="Medical Director",
        purpose="The Medicines Safety Lead acts as the Trust's Medication Safety Officer, "
        "leading work to reduce harm from medicines, reviewing medication incidents and "
        "promoting a culture of safe prescribing and administration.",
        duties={
            "Medication safety": [
                "Review all medication incidents and identify themes.",
                "Lead the medication safety committee.",
                "Respond to National Patient Safety Alerts about medicines.",
            ],
            "Education": [
                "Deliver medicines safety training to all staff groups.",
                "Publish a monthly medicines safety bulletin.",
            ],
            "Improvement": [
                "Lead projects on insulin, anticoagulant and opioid safety.",
            ],
        },
        relationships=[
            "Chief Pharmacist",
            "Ward and department leaders",
            "Regional medication safety network",
        ],
        criteria=[
            E("Q", "[[F:pharm|GPhC registration]] as a pharmacist"),
            E("Q", "[[F:pharm|MPharm]] degree"),
            D("Q", "[[N:multi-profession|V300]] independent prescribing qualification"),
            E("X", "Experience of medicines safety work"),
            E("K", "Knowledge of human factors"),
            E("S", "Able to analyse incident data"),
            E("P", "Tactful and persuasive"),
        ],
    ),
    jd(
        "larkspur-dysphagia-lead-8a", "txt", "Dysphagia Lead", "8a",
        directorate="Clinical Support Services", layout="inline", details="lines",
        band_text="Band 8a", reports_to="Head of Therapies", accountable_to="Chief Nurse",
        purpose="The Dysphagia Lead leads the Trust's approach to safe eating, drinking and "
        "swallowing for children and young people, including training, policy and the "
        "review of incidents involving choking or aspiration.",
        duties={
            "Leadership": [
                "Lead the dysphagia working group.",
                "Develop and maintain the Trust's dysphagia policy.",
            ],
            "Education": [
                "Train ward staff in the IDDSI framework.",
                "Support families with safe feeding at home.",
            ],
            "Quality": [
                "Review incidents involving choking or aspiration.",
                "[[N:context|Work with dietitians]] on texture-modified diets.",
            ],
        },
        relationships=[
            "Children and families",
            "Ward teams and catering",
            "Community children's services",
        ],
        criteria=[
            E("Q", "[[F:slt|HCPC registered Speech and Language Therapist]]"),
            D("Q", "[[F:slt|RCSLT membership]]"),
            E("Q", "Postgraduate dysphagia training. [[N:negated|NMC registration is not "
              "required]]"),
            E("X", "Experience of paediatric dysphagia"),
            E("K", "Knowledge of IDDSI"),
            E("S", "Good teaching skills"),
            E("P", "Patient and child-centred"),
        ],
    ),
    jd(
        "harrowdale-liaison-psychiatry-clinical-lead-8b", "txt", "Clinical Lead, Liaison "
        "Mental Health Service", "8b", directorate="Urgent and Liaison Mental Health",
        layout="headings", details="table", band_text="Band 8b",
        reports_to="Service Manager, Urgent Care", accountable_to="Director of Operations",
        purpose="The Clinical Lead provides clinical leadership to the liaison mental health "
        "team based in the acute hospital, making sure that people presenting with mental "
        "health needs receive a timely and high-quality assessment.",
        duties={
            "Clinical leadership": [
                "Lead clinical decision-making in the liaison team.",
                "Provide supervision and teaching.",
                "Work with the [[N:multi-profession|Approved Clinician]] on Mental Health Act "
                "matters.",
            ],
            "Quality": [
                "Monitor response times and outcomes.",
                "Lead audits of risk assessment quality.",
            ],
        },
        relationships=[
            "Emergency department team",
            "Acute hospital wards",
            "Crisis resolution team",
        ],
        criteria=[
            E("Q", "[[F:doctor|MRCPsych]]"),
            E("Q", "[[F:doctor|On the GMC Specialist Register (CCT or CESR)]]"),
            E("Q", "[[F:doctor|Must be a doctor]] with liaison psychiatry experience"),
            D("Q", "[[N:multi-profession|AMHP]] experience"),
            E("X", "Experience of liaison mental health"),
            E("K", "Knowledge of the Mental Health Act"),
            E("S", "Able to lead a team under pressure"),
            E("P", "Calm and supportive"),
        ],
    ),
    jd(
        "sallowmere-therapies-manager-8b", "md", "Therapies Manager", "8b",
        directorate="Clinical Support Services", layout="ticks", tick="X", details="post",
        band_text="Band 8b", reports_to="Divisional Director", accountable_to="Chief Operating "
        "Officer",
        purpose="The Therapies Manager manages the inpatient and outpatient therapy services, "
        "setting standards, managing resources and leading service development.",
        duties={
            "Management": [
                "Manage the inpatient and outpatient therapy teams.",
                "Manage the therapies budget.",
            ],
            "Governance": [
                "Lead clinical governance for therapies.",
                "Monitor waiting times.",
            ],
            "Development": [
                "Develop new roles, including therapy apprenticeships.",
            ],
        },
        relationships=[
            "Divisional Director",
            "Ward leaders",
            "Community therapy services",
        ],
        criteria=[
            E("Q", "[[F:physio-ot|HCPC registered physiotherapist or occupational therapist]]"),
            D("Q", "[[F:physio-ot|Membership of the CSP or RCOT]]"),
            E("X", "Experience of managing therapy services"),
            E("K", "Knowledge of rehabilitation pathways"),
            E("S", "Good financial management skills"),
            E("P", "Inclusive and motivating"),
        ],
    ),
    jd(
        "harrowdale-mental-health-social-care-lead-8a", "md", "Mental Health Social Care Lead",
        "8a", directorate="Community Mental Health", layout="edcol", details="table",
        band_text="Band 8a", reports_to="Associate Director of Social Care",
        accountable_to="Director of Social Work",
        purpose="The Social Care Lead leads statutory social care delivered by the Trust under "
        "its partnership agreement with the county council, including Care Act assessments "
        "and safeguarding.",
        duties={
            "Social care": [
                "Lead Care Act assessment and review work.",
                "Oversee the [[N:multi-profession|AMHP]] rota in partnership with the council.",
            ],
            "Workforce": [
                "Supervise team managers.",
                "Lead the practice education programme.",
            ],
            "Governance": [
                "Report on statutory duties to the partnership board.",
            ],
        },
        relationships=[
            "County council adult social care",
            "Community mental health teams",
            "Safeguarding adults board",
        ],
        criteria=[
            E("Q", "[[F:sw-hcpc|HCPC registered social worker]]"),
            D("Q", "Leadership or management qualification"),
            E("X", "[[F:sw|Post-qualifying social work experience]] in mental health"),
            D("X", "[[F:sw|Experience of supporting social workers through the ASYE]]"),
            E("K", "Knowledge of the Care Act 2014"),
            E("S", "Good leadership skills"),
            E("P", "Values-led"),
        ],
    ),
)

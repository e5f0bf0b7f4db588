"""Hold the fictional trusts and the standard sections every JD carries, in a few wordings."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Trust:
    """A fictional NHS organisation: name, reference prefix, main site, value words."""

    name: str
    prefix: str
    site: str
    values: str
    variant: int  # picks one wording of each standard section


TRUSTS: dict[str, Trust] = {
    "northmoor": Trust("Northmoor Valley NHS Foundation Trust", "NVT", "Northmoor General Hospital",
                       "Caring, Open, Together", 0),
    "kestrel": Trust("Kestrel Bay University Hospitals NHS Trust", "KBU", "Kestrel Bay Infirmary",
                     "Compassion, Courage and Curiosity", 1),
    "ashcombe": Trust("Ashcombe and Wealdmere Community Healthcare NHS Trust", "AWC",
                      "Wealdmere Health Centre", "Kind, Fair and Ambitious", 2),
    "harrowdale": Trust("Harrowdale Mental Health and Wellbeing NHS Foundation Trust", "HMW",
                        "Larchfield House, Harrowdale", "Respect, Hope and Partnership", 0),
    "brackenfield": Trust("Brackenfield Teaching Hospitals NHS Foundation Trust", "BTH",
                          "Brackenfield Royal Hospital", "We Listen, We Learn, We Lead", 1),
    "sallowmere": Trust("Sallowmere Coast NHS Trust", "SCT", "Sallowmere District Hospital",
                        "People First, Always Improving", 2),
    "wyvern": Trust("Wyvernholt and Cray Valley NHS Trust", "WCV", "Wyvernholt Hospital",
                    "Dignity, Teamwork and Integrity", 0),
    "larkspur": Trust("Larkspur Vale Children's Hospital NHS Foundation Trust", "LVC",
                      "Larkspur Vale Children's Hospital", "Playful, Proud and Safe", 1),
    "elmstead": Trust("Elmstead Marsh Partnership NHS Foundation Trust", "EMP",
                      "Elmstead Marsh Resource Centre", "Together We Care", 2),
}

GENERAL_HEADING = ("General responsibilities", "Trust-wide responsibilities",
                   "Statutory and mandatory requirements")

GENERAL: tuple[tuple[tuple[str, str], ...], ...] = (
    (
        ("Confidentiality", "The postholder must maintain the confidentiality of information about "
         "patients, staff and other health service business in line with the Data Protection Act "
         "2018 and UK GDPR. Breaches of confidentiality may result in disciplinary action."),
        ("Safeguarding", "The Trust is committed to safeguarding and promoting the welfare of "
         "children, young people and adults at risk. All staff must complete safeguarding training "
         "at the level required for their role and report any concerns without delay."),
        ("Infection prevention and control", "All staff are responsible for following Trust "
         "policies on hand hygiene, the use of personal protective equipment and the safe "
         "disposal of waste, and for challenging practice that places patients at risk."),
        ("Equality, diversity and inclusion", "The Trust values difference and expects every "
         "member of staff to treat colleagues, patients and visitors with dignity and respect. "
         "The postholder will promote equality of opportunity and challenge discrimination."),
        ("Health and safety", "The postholder must take reasonable care of their own health and "
         "safety and that of others, report incidents and near misses through the Trust's "
         "reporting system, and comply with the Health and Safety at Work etc. Act 1974."),
    ),
    (
        ("Information governance", "You will handle personal and sensitive information with "
         "care, record it accurately and share it only where there is a lawful basis to do so. "
         "Mandatory information governance training must be completed every year."),
        ("Safeguarding children and adults", "Everyone employed by the Trust has a duty to "
         "protect children and adults from abuse and neglect. You must know how to raise a "
         "concern and must keep your safeguarding training up to date."),
        ("Infection control", "You are expected to comply with the Trust's infection "
         "prevention and control policies at all times and to act as a role model in your "
         "own practice."),
        ("Equal opportunities", "The Trust is an equal opportunities employer. You will "
         "support an inclusive workplace in which people are treated fairly whatever their "
         "age, disability, race, religion or belief, sex, sexual orientation or gender identity."),
        ("Sustainability", "You are asked to play your part in the Trust's Green Plan by "
         "reducing waste, saving energy and choosing sustainable ways of working."),
    ),
    (
        ("Data protection and confidentiality", "The postholder will have access to "
         "confidential information and must not disclose it except in the proper course of "
         "their duties. Records must be kept in line with the Records Management Code of "
         "Practice."),
        ("Safeguarding", "Safeguarding is everyone's business. The postholder will follow "
         "local multi-agency procedures, attend training appropriate to the role and seek "
         "advice from the safeguarding team when concerned about a person's welfare."),
        ("Equality and human rights", "The organisation is committed to equality, diversity "
         "and human rights. The postholder will act in a way that is non-discriminatory and "
         "will make reasonable adjustments for colleagues and service users."),
        ("Freedom to speak up", "All staff are encouraged to raise concerns about patient "
         "safety or wrongdoing, and will be supported to do so through the Freedom to Speak "
         "Up Guardian or their line manager."),
        ("Smoke-free sites", "All Trust premises are smoke-free. Staff must not smoke or vape "
         "on Trust property or while in uniform."),
    ),
)

CLOSING = (
    "This job description is not exhaustive and may be reviewed in discussion with the "
    "postholder to reflect the changing needs of the service.",
    "This job description outlines the main duties of the post. It will be reviewed annually "
    "as part of the appraisal process and may change by agreement.",
    "The duties above are a guide to the main responsibilities of the post and are not an "
    "exhaustive list. The postholder may be asked to undertake other duties appropriate to "
    "the banding of the role.",
)

CATEGORY_NAMES = (
    {"Q": "Qualifications", "X": "Experience", "K": "Knowledge", "S": "Skills",
     "P": "Personal qualities"},
    {"Q": "Education and qualifications", "X": "Experience", "K": "Knowledge and understanding",
     "S": "Skills and abilities", "P": "Personal attributes"},
    {"Q": "Qualifications and training", "X": "Experience", "K": "Knowledge",
     "S": "Skills and aptitudes", "P": "Personal qualities and values"},
)


def values_paragraph(trust: Trust) -> str:
    """Return the paragraph on the trust's values."""
    return (f"Our values — {trust.values} — describe how we work with patients, families "
            "and each other. Every member of staff is expected to demonstrate them in their "
            "daily work, and they form part of recruitment, appraisal and development.")

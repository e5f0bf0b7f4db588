"""Hold the standard, profession-free sections the layouts add, each in a few wordings."""

from __future__ import annotations

import hashlib

from field_corpus.blocks import Block, Heading, Para
from field_corpus.model import Employer

PVG = ("This post requires membership of the Protecting Vulnerable Groups (PVG) Scheme. "
       "If you are not already a member for the relevant workforce, an application to "
       "Disclosure Scotland will be made before you start.")

_CLOSING = (
    "The closing date is 9 March 2026",
    "Closing date: 23 February 2026",
    "This advert closes on 16 April 2026",
    "The closing date is 30 January 2026",
)

_VALUES = (
    "We are proud of our values: {v}. You will be asked how you show them at interview.",
    "Our values, {v}, guide how we recruit and how we work with each other.",
    "Everything we do is shaped by {v}; we look for people who share them.",
)

_WELSH = (
    "Welsh language: Level 1 (basic courtesy) is desirable for this post. Applications may be "
    "made in Welsh and will be treated no less favourably than those made in English.",
    "Welsh language skills are desirable but not essential. Staff can learn Welsh at work "
    "through the board's free courses.",
    "Welsh language level: Level 2 desirable. You may ask for your interview to be held in "
    "Welsh.",
)

_GENERAL = (
    (("Confidentiality", "You must keep information about patients, service users and staff "
      "confidential and handle records in line with data protection law and local policy."),
     ("Safeguarding", "Safeguarding children and adults at risk is everybody's responsibility. "
      "You will complete training at the level your role requires and raise concerns promptly."),
     ("Equality", "We expect everyone to treat colleagues and the public fairly and with "
      "respect, and to challenge discrimination when they see it.")),
    (("Information governance", "Records you create must be accurate, timely and kept "
      "securely. Misuse of information is a disciplinary matter."),
     ("Health, safety and infection control", "Follow the policies on hand hygiene, protective "
      "equipment and incident reporting, and take reasonable care of yourself and others."),
     ("Speaking up", "If you have a concern about safety or conduct, you are encouraged to "
      "raise it, with your manager or through the speaking-up guardian.")),
    (("Data protection", "The post gives access to personal data, which must be used only for "
      "the purpose for which it was collected."),
     ("Protecting people", "All staff share the duty to protect people from abuse and neglect "
      "and must follow the multi-agency procedures."),
     ("Sustainability", "Help the organisation reduce waste and energy use, and travel "
      "sustainably where possible.")),
)


def _pick(slug: str, n: int) -> int:
    return int(hashlib.sha256(slug.encode()).hexdigest(), 16) % n


def closing(slug: str) -> str:
    """Return a closing-date line."""
    return _CLOSING[_pick(slug, len(_CLOSING))]


def values(e: Employer) -> str:
    """Return the employer's values sentence."""
    return _VALUES[_pick(e.name, len(_VALUES))].format(v=e.values)


def welsh(slug: str) -> str:
    """Return a Welsh-language requirement line."""
    return _WELSH[_pick(slug, len(_WELSH))]


def general(e: Employer) -> list[Block]:
    """Return the general-responsibilities subsections in the employer's wording."""
    out: list[Block] = []
    for heading, text in _GENERAL[_pick(e.name, len(_GENERAL))]:
        out += [Heading(heading, 3), Para(text)]
    return out

"""Describe one synthetic job description as data, with inline label markup.

Markup inside any text of a spec (details, duties, criteria):

* ``[[F:family|text]]`` a ringfencing requirement a linter must flag (``family`` keys
  :data:`FAMILIES`); ``[[H:family|text]]`` the same, hedged ("or equivalent").
* ``[[N:why|text]]`` a profession mention a linter must not flag (``why`` in :data:`WHYS`).
* ``{+text+}`` / ``{-text-}`` a tracked insertion / deletion (docx only; other formats and
  the labels show the accepted text).
* ``\\n`` inside a criterion: a soft line break (docx); a space elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

FAMILIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "nurse": (("nursing",), ("NMC",)),
    "midwife": (("midwifery",), ("NMC",)),
    "nurse-midwife": (("midwifery", "nursing"), ("NMC",)),
    "doctor": (("medicine",), ("GMC",)),
    "sw": (("social-work",), ("SWE",)),
    "sw-uk": (("social-work",), ("NISCC", "SCW", "SSSC", "SWE")),
    "sw-hcpc": (("social-work",), ("HCPC",)),
    "psych": (("practitioner-psychology",), ("HCPC",)),
    "physio": (("physiotherapy",), ("HCPC",)),
    "ot": (("occupational-therapy",), ("HCPC",)),
    "physio-ot": (("occupational-therapy", "physiotherapy"), ("HCPC",)),
    "slt": (("speech-and-language-therapy",), ("HCPC",)),
    "diet": (("dietetics",), ("HCPC",)),
    "para": (("paramedicine",), ("HCPC",)),
    "pharm": (("pharmacy",), ("GPhC",)),
}
WHYS = ("inclusive", "negated", "duty", "role-consistent", "multi-profession", "context")
CATEGORIES = {
    "Q": "Qualifications",
    "X": "Experience",
    "K": "Knowledge",
    "S": "Skills",
    "P": "Personal qualities",
}
ASSESS = {"Q": "A", "X": "A/I", "K": "I", "S": "I/T", "P": "I/R"}

LABEL = re.compile(r"\[\[([FHN]):([\w-]+)\|(.+?)\]\]")
INSERT = re.compile(r"\{\+(.*?)\+\}")
DELETE = re.compile(r"\{-(.*?)-\}")


@dataclass(frozen=True)
class Criterion:
    """One person-specification criterion in marked-up text."""

    category: str  # key of CATEGORIES
    level: str  # "essential" | "desirable"
    text: str
    assess: str = ""


def E(category: str, text: str, assess: str = "") -> Criterion:
    """Return an essential criterion."""
    return Criterion(category, "essential", text, assess or ASSESS[category])


def D(category: str, text: str, assess: str = "") -> Criterion:
    """Return a desirable criterion."""
    return Criterion(category, "desirable", text, assess or ASSESS[category])


@dataclass(frozen=True)
class Spec:
    """One job description: job details, body, person specification and rendering choices."""

    slug: str
    fmt: str  # "docx" | "pdf" | "txt" | "md"
    trust: str  # key of boilerplate.TRUSTS
    title: str
    band: str | None  # "5".."9", "8a".."8d"; None for a medical grade
    directorate: str | None
    reports_to: str
    accountable_to: str
    purpose: str
    duties: tuple[tuple[str, tuple[str, ...]], ...]
    relationships: tuple[str, ...]
    criteria: tuple[Criterion, ...]
    layout: str  # ticks | edcol | textcols | headings | inline | prefix
    details: str = "table"  # table | lines | heading | post
    band_text: str = ""  # how the band is written; default "Band <band>"
    grade: str = ""  # medical grade shown instead of a band
    tick: str = "✓"  # ticks layout: ✓ | X | Yes | ED
    base: str = ""
    hours: str = "37.5 hours per week"
    reference: str = ""
    features: frozenset[str] = field(default_factory=frozenset)  # docx: nested, numbering
    export_of: str = ""  # slug of the docx this pdf is an export of

    @property
    def band_shown(self) -> str:
        """Return the band as the document writes it."""
        if self.band is None:
            return self.grade
        return self.band_text or f"Band {self.band}"


def accepted(text: str) -> str:
    """Return text with tracked changes accepted and soft breaks made spaces."""
    text = DELETE.sub("", text)
    return INSERT.sub(r"\1", text).replace("\n", " ")


def plain(text: str) -> str:
    """Return text as a reader sees it: labels stripped, changes accepted."""
    return accepted(LABEL.sub(r"\3", text))


def labels(text: str) -> list[tuple[str, str, str]]:
    """Return (kind, key, text) for every label in text, in order, changes accepted."""
    return [(m[1], m[2], accepted(m[3])) for m in LABEL.finditer(DELETE.sub("", text))]

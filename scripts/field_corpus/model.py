"""Describe one field-corpus document as data, with inline label markup.

Markup inside any text of a document:

* ``[[F:family:form|text]]`` a ringfencing requirement a linter must flag; ``family`` keys
  :data:`FAMILIES`, ``form`` names the catalogue form of ``docs/field-study.md`` it exercises.
* ``[[H:family:form|text]]`` the same, hedged ("or equivalent" follows it).
* ``[[N:why:form|text]]`` a profession mention a linter must not flag (``why`` in :data:`WHYS`).
* ``\\n`` inside a text: a line break inside the same paragraph or criterion (a soft break in
  .docx, a new line in .txt, .md and .pdf).

A finding's level is its criterion's level inside a person specification and ``unspecified``
anywhere else (job summary, duties, eligibility lists).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

FAMILIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "nurse": (("nursing",), ("NMC",)),
    "midwife": (("midwifery",), ("NMC",)),
    "nurse-midwife": (("midwifery", "nursing"), ("NMC",)),
    "doctor": (("medicine",), ("GMC",)),
    "sw-swe": (("social-work",), ("SWE",)),
    "sw-sssc": (("social-work",), ("SSSC",)),
    "sw-scw": (("social-work",), ("SCW",)),
    "sw-niscc": (("social-work",), ("NISCC",)),
    "sw-uk": (("social-work",), ("NISCC", "SCW", "SSSC", "SWE")),
    "sw-hcpc": (("social-work",), ("HCPC",)),
    "psych": (("practitioner-psychology",), ("HCPC",)),
    "physio": (("physiotherapy",), ("HCPC",)),
    "ot": (("occupational-therapy",), ("HCPC",)),
    "physio-ot": (("occupational-therapy", "physiotherapy"), ("HCPC",)),
    "diet": (("dietetics",), ("HCPC",)),
    "para": (("paramedicine",), ("HCPC",)),
    "radio": (("radiography",), ("HCPC",)),
    "pharm": (("pharmacy",), ("GPhC",)),
    "pharm-ni": (("pharmacy",), ("PSNI",)),
    "pharm-uk": (("pharmacy",), ("GPhC", "PSNI")),
}
WHYS = ("inclusive", "negated", "duty", "role-consistent", "multi-profession", "context")
LEVELS = ("essential", "desirable")

RENDERING = frozenset({"no-band-line"})  # features that steer rendering only, not forms
LABEL = re.compile(r"\[\[([FHN]):([\w-]+):([\w-]+)\|(.+?)\]\]")


def plain(text: str) -> str:
    """Return text with the label markup removed (the words as the document shows them)."""
    return LABEL.sub(lambda m: m.group(4), text)


@dataclass(frozen=True)
class Criterion:
    """One person-specification criterion: its group, level and marked-up text."""

    group: str
    level: str  # "essential" | "desirable"
    text: str
    assess: str = ""


def E(group: str, text: str, assess: str = "") -> Criterion:
    """Return an essential criterion."""
    return Criterion(group, "essential", text, assess)


def D(group: str, text: str, assess: str = "") -> Criterion:
    """Return a desirable criterion."""
    return Criterion(group, "desirable", text, assess)


@dataclass(frozen=True)
class Employer:
    """A fictional NHS or HSC employer."""

    name: str
    nation: str  # England | Scotland | Wales | Northern Ireland
    prefix: str  # job reference prefix
    site: str
    values: str  # the employer's value words
    about: str  # an "About us" paragraph


@dataclass(frozen=True)
class Doc:
    """One document: job details, prose sections, person specification, rendering choices."""

    slug: str
    fmt: str  # docx | pdf | txt | md
    layout: str  # a key of layouts.LAYOUTS
    split: str  # tuning | check
    employer: Employer
    title: str
    band: str | None
    directorate: str | None
    summary: tuple[str, ...]
    duties: tuple[str, ...]
    criteria: tuple[Criterion, ...]
    spec_style: str  # stacked | ticks | edcol | textcols | cellsplit | inline | numbered |
    #                  prefix | keyed | flat | ni-sections | headed
    details: tuple[tuple[str, str], ...] = ()
    details_style: str = "lines"  # lines | colon | dash | table
    extra: tuple[tuple[str, tuple[str, ...]], ...] = ()  # further headed sections (prose)
    title_line: str = ""  # how the title shows, when not the bare title (e.g. "Band 4 ...")
    features: frozenset[str] = field(default_factory=frozenset)
    tick: str = "Yes"

    @property
    def shown_title(self) -> str:
        """Return the title as the document's title line shows it."""
        return self.title_line or self.title

    def texts(self) -> list[tuple[str, str]]:
        """Return (marked-up text, level) for every labelled text, in document order."""
        out: list[tuple[str, str]] = []
        for _, value in self.details:
            out.append((value, "unspecified"))
        for text in self.summary:
            out.append((text, "unspecified"))
        for text in self.duties:
            out.append((text, "unspecified"))
        for _, paragraphs in self.extra:
            out.extend((p, "unspecified") for p in paragraphs)
        out.extend((c.text, c.level) for c in self.criteria)
        return out

    def forms(self) -> list[str]:
        """Return the catalogue forms this document exercises (labels and layout features)."""
        found = {m.group(3) for text, _ in self.texts() for m in LABEL.finditer(text)}
        return sorted(found | (set(self.features) - RENDERING))

"""Turn a spec into a format-neutral outline of elements that every renderer draws."""

from __future__ import annotations

from dataclasses import dataclass

from corpus.boilerplate import (
    CATEGORY_NAMES,
    CLOSING,
    GENERAL,
    GENERAL_HEADING,
    TRUSTS,
    values_paragraph,
)
from corpus.model import Criterion, Spec


@dataclass(frozen=True)
class Element:
    """One piece of a document: kind plus marked-up text or rows."""

    kind: str  # title | heading | subheading | para | bullets | numbered | details | spec | break
    text: str = ""
    items: tuple[str, ...] = ()
    rows: tuple[tuple[str, str], ...] = ()


PURPOSE = ("Job purpose", "Job summary", "Main purpose of the post")
DUTIES = ("Key responsibilities", "Main duties and responsibilities", "Duties of the post")
RELATIONS = ("Working relationships", "Key working relationships", "Communication and "
             "relationships")


def reference(spec: Spec) -> str:
    """Return the job reference shown in details and footers."""
    if spec.reference:
        return spec.reference
    trust = TRUSTS[spec.trust]
    number = sum(ord(c) for c in spec.slug) % 900 + 100
    return f"{trust.prefix}-{number}-{spec.slug.split('-')[1][:3].upper()}"


def details_rows(spec: Spec) -> tuple[tuple[str, str], ...]:
    """Return the job-details fields as (label, value) pairs."""
    trust = TRUSTS[spec.trust]
    title_label = "Post title" if spec.details == "post" else "Job title"
    rows: list[tuple[str, str]] = []
    if spec.details != "heading":
        rows.append((title_label if spec.details != "table" else "Job Title", spec.title))
        if spec.band is None:
            rows.append(("Grade", spec.grade))
        elif spec.details == "post":
            rows.append(("Grade", spec.band_shown))
        else:
            rows.append(("Band", spec.band_shown))
    if spec.directorate:
        rows.append(("Directorate", spec.directorate))
    rows.append(("Reports to", spec.reports_to))
    rows.append(("Accountable to", spec.accountable_to))
    rows.append(("Base", spec.base or trust.site))
    rows.append(("Hours", spec.hours))
    rows.append(("Job reference", reference(spec)))
    return tuple(rows)


def categories(spec: Spec) -> dict[str, str]:
    """Return the category names this trust uses."""
    return CATEGORY_NAMES[TRUSTS[spec.trust].variant]


def grouped(spec: Spec) -> list[tuple[str, list[Criterion]]]:
    """Return criteria grouped by category, in Q X K S P order."""
    names = categories(spec)
    out = []
    for key in "QXKSP":
        group = [c for c in spec.criteria if c.category == key]
        if group:
            out.append((names[key], group))
    return out


def reading_order(spec: Spec) -> list[Criterion]:
    """Return the criteria in the order the rendered person specification shows them."""
    by_level = spec.layout in ("textcols", "headings")
    out: list[Criterion] = []
    for _, group in grouped(spec):
        if by_level:
            group = sorted(group, key=lambda c: c.level != "essential")
        out += group
    return out


def build(spec: Spec) -> list[Element]:
    """Return the outline of the whole document."""
    trust = TRUSTS[spec.trust]
    v = trust.variant
    out: list[Element] = []
    if spec.details == "heading":
        out.append(Element("title", spec.title))
        out.append(Element("para", spec.band_shown))
    else:
        out.append(Element("title", "Job Description"))
    out.append(Element("details", rows=details_rows(spec)))
    out.append(Element("heading", PURPOSE[v]))
    out.append(Element("para", spec.purpose))
    out.append(Element("heading", DUTIES[v]))
    for heading, bullets in spec.duties:
        out.append(Element("subheading", heading))
        kind = "numbered" if "numbering" in spec.features else "bullets"
        out.append(Element(kind, items=bullets))
    out.append(Element("heading", RELATIONS[v]))
    out.append(Element("bullets", items=spec.relationships))
    out.append(Element("heading", GENERAL_HEADING[v]))
    for heading, text in GENERAL[v]:
        out.append(Element("subheading", heading))
        out.append(Element("para", text))
    out.append(Element("subheading", "Our values"))
    out.append(Element("para", values_paragraph(trust)))
    out.append(Element("para", CLOSING[v]))
    out.append(Element("break"))
    out.append(Element("heading", "Person Specification"))
    grade = f"Band {spec.band}" if spec.band else spec.grade
    out.append(Element("para", f"{spec.title} — {grade}"))
    out.append(Element("spec"))
    out.append(Element("para", "Method of assessment: A = application form, I = interview, "
                       "T = test or presentation, R = references."))
    return out

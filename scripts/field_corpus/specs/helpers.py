"""Shorthand for writing documents compactly, and profession-free criteria to top them up."""

from __future__ import annotations

import hashlib
from typing import Any

from field_corpus.model import Criterion, D, Doc, E, Employer

# Canonical group keys, as each layout family names them.
NAMES = {
    "nhs": {"Q": "Qualifications", "X": "Experience", "K": "Knowledge", "S": "Skills",
            "P": "Personal qualities"},
    "trac": {"Q": "Qualifications and training", "X": "Experience", "K": "Knowledge",
             "S": "Skills and abilities", "P": "Other requirements"},
    "scot": {"Q": "Qualifications / Training", "X": "Experience", "K": "Knowledge",
             "S": "Skills / Abilities", "P": "Personal attributes"},
    "wales": {"Q": "Qualifications and/or Knowledge", "X": "Experience", "K": "Knowledge",
              "S": "Aptitude and Abilities", "P": "Values"},
    "ni": {"Q": "Qualifications/ Professional Membership", "X": "Experience",
           "K": "Knowledge", "S": "Skills/Abilities", "P": "Other"},
}

GENERIC: tuple[tuple[str, str, str], ...] = (
    ("E", "Q", "Evidence of recent continuing professional development"),
    ("D", "Q", "Project or quality improvement training (for example QSIR or Lean)"),
    ("E", "X", "Experience of leading change across more than one team"),
    ("D", "X", "Experience of writing business cases or service specifications"),
    ("E", "K", "Knowledge of NHS performance standards and how they are monitored"),
    ("E", "K", "Understanding of information governance and data protection"),
    ("D", "K", "Knowledge of population health and health inequalities"),
    ("E", "S", "Able to analyse and present complex data to a range of audiences"),
    ("E", "S", "Confident user of spreadsheets, e-rostering and electronic records"),
    ("D", "S", "Coaching or mentoring skills"),
    ("E", "P", "Works in line with the organisation's values"),
    ("E", "P", "Able to travel between sites in a timely way"),
    ("D", "P", "Resilient and calm when priorities change quickly"),
    ("E", "S", "Negotiates and resolves conflict constructively"),
    ("D", "K", "Awareness of sustainability in health care"),
)
MINIMUM = 9


def _pick(slug: str) -> int:
    return int(hashlib.sha256(slug.encode()).hexdigest(), 16)


def crit(family: str, items: list[tuple[str, str, str] | tuple[str, str, str, str]],
         slug: str, minimum: int = MINIMUM) -> tuple[Criterion, ...]:
    """Return criteria from (E|D, group key, text[, assess]) tuples, topped up with generic
    ones to ``minimum`` and ordered by group (first appearance)."""
    names = NAMES[family]
    out: list[Criterion] = []
    for item in items:
        mark, key, text = item[:3]
        assess = item[3] if len(item) == 4 else ""  # type: ignore[misc]
        out.append((E if mark == "E" else D)(names.get(key, key), text, assess))
    start = _pick(slug) % len(GENERIC)
    pool = GENERIC[start:] + GENERIC[:start]
    for mark, key, text in pool:
        if len(out) >= minimum:
            break
        if all(text != c.text for c in out):
            out.append((E if mark == "E" else D)(names[key], text))
    order: dict[str, int] = {}
    for c in out:
        order.setdefault(c.group, len(order))
    return tuple(sorted(out, key=lambda c: order[c.group]))


def doc(slug: str, fmt: str, layout: str, split: str, employer: Employer, title: str,
        band: str | None, *, summary: list[str], duties: list[str], criteria: tuple[Criterion,
        ...], spec_style: str, features: tuple[str, ...] = (), **kw: Any) -> Doc:
    """Return a document (lists become tuples, features a frozenset)."""
    extra = tuple((h, tuple(ps)) for h, ps in kw.pop("extra", []))
    details = tuple(kw.pop("details", ()))
    return Doc(slug=slug, fmt=fmt, layout=layout, split=split, employer=employer, title=title,
               band=band, summary=tuple(summary), duties=tuple(duties), criteria=criteria,
               spec_style=spec_style, features=frozenset(features), extra=extra,
               details=details, **kw)


SALARY = {
    "4": "£27,485 to £30,162", "5": "£31,049 to £37,796", "6": "£38,682 to £46,580",
    "7": "£47,810 to £54,710", "8a": "£55,690 to £62,682", "8b": "£64,455 to £74,896",
    "8c": "£76,965 to £88,682", "8d": "£91,342 to £105,337", "9": "£109,179 to £125,637",
    None: "£105,504 to £139,882",
}
SCOT_SALARY = {
    "4": "£29,114 - £32,356", "5": "£33,247 - £40,701", "6": "£41,608 - £50,702",
    "7": "£50,703 - £60,929", "8a": "£62,215 - £68,041", "8b": "£72,917 - £84,466",
    None: "£110,237 - £145,377",
}
Pairs = list[tuple[str, str]]


def nj_details(band: str | None, ref: str, place: str, *, band_text: str = "",
               contract: str = "Permanent", pattern: str = "Full time") -> Pairs:
    """Return NHS Jobs 'Details' pairs."""
    return [("Date posted", "12 February 2026"), ("Pay scheme", "Agenda for change"),
            ("Band", band_text or f"Band {band}"), ("Salary", f"{SALARY[band]} a year"),
            ("Contract", contract), ("Working pattern", pattern), ("Reference number", ref),
            ("Job locations", place)]


def trac_details(band: str | None, ref: str, e: Employer, town: str, area: str, *,
                 grade_text: str = "", hours: str = "Full time - 37.5 hours per week") -> Pairs:
    """Return a Trac board's 'Job summary' pairs."""
    return [("Main area", area), ("Grade", grade_text or f"NHS AfC: Band {band}"),
            ("Contract", "Permanent"), ("Hours", hours), ("Job ref", ref),
            ("Employer", e.name), ("Employer type", "NHS"), ("Site", e.site), ("Town", town),
            ("Salary", f"{SALARY[band]} per annum"), ("Salary period", "Yearly"),
            ("Closing", "02/03/2026 23:59")]


def board_details(band: str | None, place: str, profession: str, *, grade_text: str = "",
                  salary: str = "") -> Pairs:
    """Return a job board's own fields (salary, the board's profession and grade labels)."""
    return [("Location", place), ("Salary", salary or f"{SALARY[band]} per annum"),
            ("Profession", profession), ("Grade", grade_text or f"Band {band}"),
            ("Deadline", "06 Mar 2026"), ("Contract type", "Permanent")]


def jd_details(band: str | None, directorate: str, reports: str, accountable: str, base: str,
               *, band_text: str = "", hours: str = "37.5 hours per week") -> Pairs:
    """Return trust JD job details."""
    return [("Band", band_text or f"Band {band}"), ("Directorate", directorate),
            ("Reports to", reports), ("Accountable to", accountable), ("Base", base),
            ("Hours", hours)]


def scot_details(ref: str, title: str, band: str | None, place: str, *,
                 grade_text: str = "", hours: str = "37 hours per week") -> Pairs:
    """Return an NHS Scotland pack's upper-case label lines."""
    return [("REFERENCE NUMBER", ref), ("JOB TITLE", title),
            ("GRADE", grade_text or f"Band {band}"), ("LOCATION", place), ("HOURS", hours),
            ("CLOSING DATE", "Friday 6 March 2026"),
            ("SALARY SCALE", f"{SCOT_SALARY[band]} per annum")]


def wales_details(band: str, directorate: str, base: str, managerially: str, reports: str,
                  professionally: str) -> Pairs:
    """Return Welsh JD pairs: three JOB DETAILS, then ORGANISATIONAL ARRANGEMENTS."""
    return [("Pay Band", f"Band {band}"), ("Directorate", directorate), ("Base", base),
            ("Managerially Accountable to", managerially), ("Reports to", reports),
            ("Professionally Responsible to", professionally)]


def ni_details(band: str | None, directorate: str, location: str, reports: str,
               accountable: str) -> Pairs:
    """Return HSC JD upper-case pairs."""
    return [("BAND", f"{band}" if band else "Medical"), ("DIRECTORATE", directorate),
            ("INITIAL LOCATION", location), ("REPORTS TO", reports),
            ("ACCOUNTABLE TO", accountable)]

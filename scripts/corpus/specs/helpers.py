"""Shorthand for writing specs compactly."""

from __future__ import annotations

from typing import Any

from corpus.model import Criterion, D, E, Spec

# Generic criteria (no profession in them) that top up short person specifications.
GENERIC = (
    E("Q", "Evidence of continuing professional development"),
    E("K", "Understanding of information governance and confidentiality"),
    E("S", "Competent IT skills, including email, spreadsheets and electronic records"),
    E("P", "Commitment to the Trust's values and behaviours"),
    D("K", "Knowledge of quality improvement methods"),
    E("S", "Ability to prioritise workload and meet deadlines"),
    D("S", "Coaching or mentoring skills"),
    E("P", "Able to work flexibly to meet the needs of the service"),
    E("K", "Awareness of equality, diversity and inclusion in the workplace"),
    D("X", "Experience of working across organisational boundaries"),
)
MINIMUM = 10


def _topped_up(slug: str, criteria: list[Criterion]) -> tuple[Criterion, ...]:
    start = sum(ord(c) for c in slug) % len(GENERIC)
    pool = GENERIC[start:] + GENERIC[:start]
    out = list(criteria)
    for extra in pool:
        if len(out) >= MINIMUM:
            break
        if all(extra.text != c.text for c in out):
            out.append(extra)
    return tuple(out)


def jd(slug: str, fmt: str, title: str, band: str | None, *, duties: dict[str, list[str]],
       relationships: list[str], criteria: list[Criterion], features: tuple[str, ...] = (),
       **kw: Any) -> Spec:
    """Return a spec; the trust is the slug's first word; short specs get generic criteria."""
    return Spec(
        slug=slug, fmt=fmt, trust=slug.split("-")[0], title=title, band=band,
        duties=tuple((k, tuple(v)) for k, v in duties.items()),
        relationships=tuple(relationships), criteria=_topped_up(slug, criteria),
        features=frozenset(features), **kw,
    )

"""Collect every corpus spec, in a fixed order."""

from __future__ import annotations

import dataclasses

from corpus.model import Spec
from corpus.specs import clinical, good, other, other_more, ringfenced, ringfenced_more


def export(spec: Spec, slug: str) -> Spec:
    """Return the spec of a PDF exported from the given docx spec."""
    return dataclasses.replace(spec, slug=slug, fmt="pdf", export_of=spec.slug)


SPECS: tuple[Spec, ...] = (
    *ringfenced.SPECS,
    *ringfenced_more.SPECS,
    export(ringfenced.HEAD_OF_PATIENT_FLOW, "northmoor-head-of-patient-flow-8b-export"),
    *other.SPECS,
    *other_more.SPECS,
    *good.SPECS,
    *clinical.SPECS,
)

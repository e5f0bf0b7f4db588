"""Derive a spec's expected labels from the same markup its documents are rendered from."""

from __future__ import annotations

from typing import Any

from corpus.model import FAMILIES, LABEL, WHYS, Spec, labels, plain
from corpus.outline import build, reading_order


def _texts(spec: Spec) -> list[tuple[str, str]]:
    """Return (level, marked text) for every text in the document, criteria with their level."""
    out: list[tuple[str, str]] = []
    for el in build(spec):
        el_texts = [el.text, *el.items, *(v for _, v in el.rows)]
        out += [("unspecified", t) for t in el_texts if t]
    out += [(c.level, c.text) for c in reading_order(spec)]
    return out


def expected(spec: Spec) -> dict[str, Any]:
    """Return the expected.json content for a spec."""
    findings: list[dict[str, Any]] = []
    not_findings: list[dict[str, Any]] = []
    for level, text in _texts(spec):
        for kind, key, contains in labels(text):
            if kind == "N":
                if key not in WHYS:
                    raise ValueError(f"{spec.slug}: unknown why {key!r}")
                not_findings.append({"contains": contains, "why": key})
                continue
            professions, regulators = FAMILIES[key]
            findings.append({
                "contains": contains,
                "professions": list(professions),
                "regulators": list(regulators),
                "level": level,
                "hedged": kind == "H",
            })
    return {
        "title": plain(spec.title),
        "band": spec.band,
        "directorate": spec.directorate,
        "criteria": [{"text": plain(c.text), "level": c.level} for c in reading_order(spec)],
        "findings": findings,
        "not_findings": not_findings,
    }


def check(spec: Spec, text: str) -> None:
    """Raise if a label is missing from, or a finding is not unique in, the rendered text."""
    flat = " ".join(text.split())
    for item in expected(spec)["findings"]:
        if flat.count(item["contains"]) != 1:
            raise ValueError(f"{spec.slug}: finding {item['contains']!r} occurs "
                             f"{flat.count(item['contains'])} times")
    for item in expected(spec)["not_findings"]:
        if item["contains"] not in flat:
            raise ValueError(f"{spec.slug}: not-finding {item['contains']!r} missing")
    for crit in spec.criteria:
        if len(LABEL.findall(crit.text)) > 1:
            raise ValueError(f"{spec.slug}: one label per criterion please: {crit.text!r}")


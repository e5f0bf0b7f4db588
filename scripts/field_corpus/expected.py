"""Derive a document's expected labels from its markup, and check them against its text."""

from __future__ import annotations

from typing import Any

from field_corpus.model import FAMILIES, LABEL, WHYS, Doc, plain


def expected(doc: Doc) -> dict[str, Any]:
    """Return the ``<stem>.expected.json`` payload of one document."""
    findings: list[dict[str, Any]] = []
    not_findings: list[dict[str, Any]] = []
    for text, level in doc.texts():
        for m in LABEL.finditer(text):
            kind, key, _form, words = m.groups()
            words = " ".join(plain(words).split())
            if kind == "N":
                if key not in WHYS:
                    raise ValueError(f"{doc.slug}: unknown reason {key!r}")
                not_findings.append({"contains": words, "why": key})
                continue
            professions, regulators = FAMILIES[key]
            findings.append({
                "contains": words, "professions": list(professions),
                "regulators": list(regulators), "level": level, "hedged": kind == "H",
            })
    criteria = [{"text": " ".join(plain(c.text).split()), "level": c.level}
                for c in doc.criteria]
    return {"title": doc.title, "band": doc.band, "directorate": doc.directorate,
            "criteria": criteria, "findings": findings, "not_findings": not_findings}


def check(doc: Doc, text: str) -> None:
    """Raise if a label does not occur in the document's extracted text as the tests require."""
    flat = " ".join(text.split())
    labels = expected(doc)
    problems = []
    if labels["title"] not in flat:
        problems.append(f"title {labels['title']!r} missing")
    for finding in labels["findings"]:
        if flat.count(finding["contains"]) != 1:
            problems.append(f"finding {finding['contains']!r} occurs "
                            f"{flat.count(finding['contains'])} times")
    for item in labels["not_findings"] + labels["criteria"]:
        key = item.get("contains") or item["text"]
        if key not in flat:
            problems.append(f"{key!r} missing")
    if problems:
        raise ValueError(f"{doc.slug}.{doc.fmt}: " + "; ".join(problems))

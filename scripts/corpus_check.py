"""Compare jdlint with a labelled corpus, document by document, and total the results.

Usage::

    python scripts/corpus_check.py [FOLDER ...] [--split tuning|check] [-v] [--json]
    python scripts/corpus_check.py --write-known     # record today's deviations (review the diff!)

FOLDER defaults to ``corpora``, ``corpora/held-out`` and ``corpora/field``. Each document
``<stem>.<ext>`` has ``<stem>.expected.json`` beside it (schema: ``tests/test_corpus.py``).
A document's **deviations** are exact statements of where jdlint differs from its labels:

- ``title``/``band`` read differently; a criterion read at another level (or not at all);
- ``missed``: an expected finding that no finding's requirement contains;
- ``level``/``regulators``/``hedged``: a found requirement reported differently;
- ``false positive``: a flagged requirement that holds no expected finding;
- ``flagged lawful``: a lawful mention (``not_findings``) inside a false positive.

``tests/test_corpus_expectations.py`` requires each document's deviations to be exactly those
recorded in ``KNOWN-DEVIATIONS.json`` of its folder (empty for the own corpus): any change,
better or worse, fails until the record is updated, so figures cannot drift unnoticed.
Totals: precision and recall over requirements (every rule's findings on one block count
once), level and regulator accuracy over those found, title and band accuracy, and the same
precision and recall for a naive keyword search over the very same blocks.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jdlint.api import Settings, lint_document, read_path
from jdlint.document import Document
from jdlint.errors import ReadError
from jdlint.results import DocumentResult

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = (ROOT / "corpora", ROOT / "corpora" / "held-out", ROOT / "corpora" / "field")
SUFFIXES = (".docx", ".pdf", ".txt", ".md")
KNOWN = "KNOWN-DEVIATIONS.json"
NAIVE = re.compile(
    r"\b(NMC|GMC|GDC|GPhC|PSNI|GOC|GOsC|GCC|HCPC|SWE|SSSC|NISCC|RGN|RMN|RN|RM|"
    r"Social Work England|Nursing (?:and|&) Midwifery Council|General Medical Council|"
    r"nurse|nurses|nursing|midwife|midwives|midwifery|doctor|doctors|medically|physician|"
    r"physiotherapists?|occupational therapists?|paramedics?|pharmacists?|radiographers?|"
    r"social workers?|social work|psychologists?|dietitians?|podiatrists?|"
    r"speech and language therapists?)\b", re.IGNORECASE)


def norm(text: str) -> str:
    """Return text folded for comparison: case, punctuation and spacing ignored."""
    return re.sub(r"\W+", " ", text.casefold()).strip()


@dataclass
class Totals:
    """Counts over many documents."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    level_ok: int = 0
    regulators_ok: int = 0
    documents: int = 0
    title_ok: int = 0
    band_ok: int = 0
    criteria: int = 0
    criteria_ok: int = 0
    naive_tp: int = 0
    naive_fp: int = 0
    naive_fn: int = 0
    deviations: dict[str, list[str]] = field(default_factory=dict)

    def figures(self) -> dict[str, float | int]:
        """Return the rates, rounded to three places."""
        def rate(a: int, b: int) -> float:
            return round(a / b, 3) if b else 1.0

        return {"documents": self.documents, "tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": rate(self.tp, self.tp + self.fp),
                "recall": rate(self.tp, self.tp + self.fn),
                "level": rate(self.level_ok, self.tp),
                "regulators": rate(self.regulators_ok, self.tp),
                "title": rate(self.title_ok, self.documents),
                "band": rate(self.band_ok, self.documents),
                "criterion_levels": rate(self.criteria_ok, self.criteria),
                "naive_precision": rate(self.naive_tp, self.naive_tp + self.naive_fp),
                "naive_recall": rate(self.naive_tp, self.naive_tp + self.naive_fn)}


def documents(folder: Path, split: str | None = None) -> list[Path]:
    """Return the labelled documents of a folder (of one split of the field corpus)."""
    chosen = None
    manifest = folder / "MANIFEST.json"
    if split is not None and manifest.is_file():
        entries = json.loads(manifest.read_text(encoding="utf-8"))["documents"]
        chosen = {e["file"] for e in entries if e.get("split") == split}
    return [p for p in sorted(folder.iterdir()) if p.suffix in SUFFIXES
            and (folder / f"{p.stem}.expected.json").is_file()
            and (chosen is None or p.name in chosen)]


def check(path: Path, totals: Totals | None = None) -> list[str]:
    """Return the deviations of one document from its labels (and add to ``totals``)."""
    expected = json.loads(path.with_name(f"{path.stem}.expected.json").read_text("utf-8"))
    totals = totals if totals is not None else Totals()
    try:
        document = read_path(path)
    except ReadError as error:
        return [f"unreadable: {error.category}"]
    result = lint_document(document, Settings())
    out = _extraction(document, expected, totals)
    flagged = _flagged(result)
    out += _compare(flagged, expected, totals, naive=False)
    naive = {norm(b.text): (str(b.level), frozenset(), False) for b in document.blocks
             if NAIVE.search(b.text)}
    _compare(naive, expected, totals, naive=True)
    totals.deviations[str(path.relative_to(ROOT))] = out
    return out


def _extraction(document: Document, expected: dict[str, Any], totals: Totals) -> list[str]:
    out = []
    totals.documents += 1
    for key in ("title", "band"):
        got = getattr(document, key)
        if got == expected[key]:
            setattr(totals, f"{key}_ok", getattr(totals, f"{key}_ok") + 1)
        else:
            out.append(f"{key}: {got!r}, expected {expected[key]!r}")
    blocks = [(norm(b.text), b) for b in document.blocks]
    for criterion in expected["criteria"]:
        totals.criteria += 1
        want = norm(criterion["text"])
        block = next((b for t, b in blocks if t == want), None) or next(
            (b for t, b in blocks if want in t), None)
        got = str(block.level) if block is not None else "missing"
        if got == criterion["level"]:
            totals.criteria_ok += 1
        else:
            out.append(f"criterion {criterion['text'][:60]!r}: {got}, expected "
                       f"{criterion['level']}")
    return out


Flagged = dict[str, tuple[str, frozenset[str], bool]]


def _flagged(result: DocumentResult) -> Flagged:
    """Return each flagged requirement's text with its level, regulators and hedging."""
    flagged: Flagged = {}
    for finding in result.findings:
        if finding.suppressed:
            continue
        key = norm(finding.text)
        level, regulators, hedged = flagged.get(key, (str(finding.level), frozenset(), True))
        flagged[key] = (level, regulators | set(finding.regulators), hedged and finding.hedged)
    return flagged


def _compare(flagged: Flagged, expected: dict[str, Any], totals: Totals, *,
             naive: bool) -> list[str]:
    out = []
    wanted = [(norm(f["contains"]), f) for f in expected["findings"]]
    matched: set[int] = set()
    for text, (level, regulators, hedged) in sorted(flagged.items()):
        hits = [i for i, (want, _) in enumerate(wanted) if want in text]
        if not hits:
            if naive:
                totals.naive_fp += 1
                continue
            totals.fp += 1
            lawful = [n["why"] for n in expected["not_findings"] if norm(n["contains"]) in text]
            why = ", ".join(sorted(set(lawful)))
            kind = f"flagged lawful ({why})" if lawful else "false positive"
            out.append(f"{kind}: {text[:80]!r}")
            continue
        for i in hits:
            if i in matched:
                continue
            matched.add(i)
            if naive:
                totals.naive_tp += 1
                continue
            totals.tp += 1
            want = wanted[i][1]
            if level == want["level"]:
                totals.level_ok += 1
            else:
                out.append(f"level of {want['contains'][:60]!r}: {level}, expected {want['level']}")
            if regulators == set(want["regulators"]):
                totals.regulators_ok += 1
            else:
                out.append(f"regulators of {want['contains'][:60]!r}: {sorted(regulators)}, "
                           f"expected {want['regulators']}")
            if hedged != want["hedged"]:
                out.append(f"hedged of {want['contains'][:60]!r}: {hedged}")
    for i, (_, want) in enumerate(wanted):
        if i not in matched:
            if naive:
                totals.naive_fn += 1
            else:
                totals.fn += 1
                out.append(f"missed: {want['contains'][:80]!r}")
    return out


def known(folder: Path) -> dict[str, list[str]]:
    """Return the deviations recorded for a folder's documents (by file name)."""
    path = folder / KNOWN
    if not path.is_file():
        return {}
    data: dict[str, list[str]] = json.loads(path.read_text(encoding="utf-8"))["documents"]
    return data


def main(argv: list[str] | None = None) -> int:
    """Print deviations and totals; with --write-known, record the deviations."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--split", choices=("tuning", "check"))
    parser.add_argument("-v", "--verbose", action="store_true", help="list every deviation")
    parser.add_argument("--json", action="store_true", help="print the totals as JSON")
    parser.add_argument("--write-known", action="store_true",
                        help=f"write each folder's {KNOWN} from today's deviations")
    args = parser.parse_args(argv)
    folders = [f.resolve() for f in args.folders] or list(FOLDERS)
    totals = Totals()
    for folder in folders:
        record = {}
        for path in documents(folder, args.split):
            found = check(path, totals)
            if found:
                record[path.name] = found
            if args.verbose:
                for line in found:
                    print(f"{path.relative_to(ROOT)}: {line}")
        if args.write_known:
            (folder / KNOWN).write_text(json.dumps(
                {"description": "Where jdlint differs from these labels today, exactly "
                 "(scripts/corpus_check.py --write-known; tests/test_corpus_expectations.py).",
                 "documents": record}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    figures = totals.figures()
    if args.json:
        print(json.dumps(figures))
    else:
        print(", ".join(f"{k} {v}" for k, v in figures.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Score jdlint against the labelled corpus: extraction accuracy and finding quality.

Usage: ``python scripts/score.py [corpora/]`` (prints a report; ``--json`` for data).

Extraction: title, band and the level of every person-specification criterion, compared
with ``<stem>.expected.json``. Findings: each requirement jdlint flags (all rules on one
block count once) is a true positive when it contains an expected finding's ``contains``
text, else a false positive; an expected finding no flagged requirement contains is a
false negative. Level and profession accuracy are measured on the true positives. The same
counts are given for a naive keyword search (every block naming a regulator or a profession
title), over the very same extracted text, to show what context judgement adds.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from jdlint.api import Settings, lint_document, read_path
from jdlint.document import Document
from jdlint.errors import ReadError

NAIVE = re.compile(
    r"\b(NMC|GMC|GDC|GPhC|PSNI|GOC|GOsC|GCC|HCPC|SWE|SSSC|NISCC|RGN|RMN|RN|RM|"
    r"Social Work England|Nursing (?:and|&) Midwifery Council|General Medical Council|"
    r"nurse|nurses|nursing|midwife|midwives|midwifery|doctor|doctors|medically|physician|"
    r"physiotherapists?|occupational therapists?|paramedics?|pharmacists?|radiographers?|"
    r"social workers?|social work|psychologists?|dietitians?|podiatrists?|"
    r"speech and language therapists?)\b",
    re.IGNORECASE,
)


def norm(text: str) -> str:
    """Return text lower-cased with punctuation and spacing collapsed."""
    return re.sub(r"\W+", " ", text.casefold()).strip()


@dataclass
class Tally:
    """Counts for one scorer over the corpus."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    level_ok: int = 0
    profession_ok: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Return TP / (TP + FP)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Return TP / (TP + FN)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Extraction:
    """Counts for title, band and criterion levels."""

    documents: int = 0
    title: int = 0
    band: int = 0
    criteria: int = 0
    levels: int = 0
    misses: list[str] = field(default_factory=list)


def corpus(folder: Path) -> list[tuple[Path, dict]]:  # type: ignore[type-arg]
    """Return each corpus document with its expected labels."""
    pairs = []
    for expected in sorted(folder.glob("*.expected.json")):
        stem = expected.name.removesuffix(".expected.json")
        for path in sorted(folder.glob(f"{stem}.*")):
            if path.suffix in {".docx", ".pdf", ".txt", ".md"}:
                pairs.append((path, json.loads(expected.read_text(encoding="utf-8"))))
    return pairs


def score_extraction(document: Document, expected: dict, into: Extraction) -> None:  # type: ignore[type-arg]
    """Compare title, band and criterion levels with the labels."""
    into.documents += 1
    into.title += document.title == expected["title"]
    into.band += document.band == expected["band"]
    if document.title != expected["title"] or document.band != expected["band"]:
        into.misses.append(f"{document.path}: title/band {document.title!r}/{document.band!r}")
    blocks = [(norm(b.text), b) for b in document.blocks]
    for criterion in expected["criteria"]:
        into.criteria += 1
        want = norm(criterion["text"])
        block = next((b for text, b in blocks if text == want), None) or next(
            (b for text, b in blocks if want in text), None)
        if block is not None and str(block.level) == criterion["level"]:
            into.levels += 1
        else:
            got = block.level if block else "missing"
            into.misses.append(f"{document.path}: {criterion['text'][:60]!r} {got}")


def score_flags(path: str, flagged: dict[str, tuple[str, set[str]]], expected: dict,  # type: ignore[type-arg]
                into: Tally) -> None:
    """Score flagged requirements (text → (level, professions)) against the labels."""
    wanted = [(norm(f["contains"]), f) for f in expected["findings"]]
    matched: set[int] = set()
    for text, (level, professions) in flagged.items():
        hits = [i for i, (want, _) in enumerate(wanted) if want in text]
        if not hits:
            into.fp += 1
            into.misses.append(f"{path}: false positive {text[:70]!r}")
            continue
        for i in hits:
            if i not in matched:
                matched.add(i)
                into.tp += 1
                into.level_ok += level == wanted[i][1]["level"]
                into.profession_ok += professions == set(wanted[i][1]["professions"])
    for i, (_, finding) in enumerate(wanted):
        if i not in matched:
            into.fn += 1
            into.misses.append(f"{path}: missed {finding['contains']!r}")


def score(folder: Path) -> tuple[Extraction, Tally, Tally, list[str]]:
    """Score jdlint and the naive search over every labelled document in ``folder``."""
    extraction, jdlint, naive, errors = Extraction(), Tally(), Tally(), []
    for path, expected in corpus(folder):
        try:
            document = read_path(path)
        except ReadError as error:
            errors.append(f"{path}: {error.category}: {error.message}")
            continue
        score_extraction(document, expected, extraction)
        result = lint_document(document, Settings())
        flagged: dict[str, tuple[str, set[str]]] = {}
        for finding in result.findings:
            level, professions = flagged.get(norm(finding.text), (str(finding.level), set()))
            flagged[norm(finding.text)] = (level, professions | set(finding.professions))
        score_flags(str(path), flagged, expected, jdlint)
        keyword = {norm(b.text): (str(b.level), set()) for b in document.blocks
                   if NAIVE.search(b.text)}
        score_flags(str(path), keyword, expected, naive)
    return extraction, jdlint, naive, errors


def main() -> None:
    """Print the scores."""
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    folder = Path(args[0]) if args else Path(__file__).parents[1] / "corpora"
    extraction, jdlint, naive, errors = score(folder)
    e = extraction
    figures = {
        "documents": e.documents,
        "title_accuracy": e.title / e.documents,
        "band_accuracy": e.band / e.documents,
        "criteria": e.criteria,
        "level_accuracy": e.levels / e.criteria,
        "jdlint": _figures(jdlint),
        "naive_keyword_search": _figures(naive),
        "errors": errors,
    }
    if "--json" in sys.argv:
        print(json.dumps(figures, indent=2))
        return
    print(f"documents {e.documents}: title {e.title}/{e.documents}, band {e.band}/{e.documents}, "
          f"criterion levels {e.levels}/{e.criteria}")
    for name, tally in (("jdlint", jdlint), ("naive keyword search", naive)):
        f = _figures(tally)
        print(f"{name}: precision {f['precision']:.3f}, recall {f['recall']:.3f} "
              f"(TP {tally.tp}, FP {tally.fp}, FN {tally.fn}); level accuracy "
              f"{f['level_accuracy']:.3f}, profession accuracy {f['profession_accuracy']:.3f}")
    if "-v" in sys.argv:
        for line in e.misses + jdlint.misses + errors:
            print("  ", line)


def _figures(t: Tally) -> dict[str, float | int]:
    return {
        "precision": round(t.precision, 4), "recall": round(t.recall, 4),
        "tp": t.tp, "fp": t.fp, "fn": t.fn,
        "level_accuracy": round(t.level_ok / t.tp, 4) if t.tp else 0.0,
        "profession_accuracy": round(t.profession_ok / t.tp, 4) if t.tp else 0.0,
    }


if __name__ == "__main__":
    main()

"""Score jdlint against one half of the field corpus (``corpora/field/``).

Usage: ``python scripts/score_field.py --split tuning|check [-v] [--json]``.

A wrapper round ``scripts/score.py``: the same scorers (``score_extraction``, ``score_flags``,
``Tally``, ``Extraction``, the naive keyword search), run over the documents the field corpus
manifest puts in the chosen split. It prints precision, recall, level accuracy, title and band
accuracy for jdlint and for the naive search; ``-v`` lists every miss.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
FIELD = ROOT / "corpora" / "field"


def _score_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("jdlint_score", ROOT / "scripts" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


def in_split(split: str) -> set[str]:
    """Return the file names the manifest puts in one split."""
    manifest = json.loads((FIELD / "MANIFEST.json").read_text(encoding="utf-8"))
    return {e["file"] for e in manifest["documents"] if e["split"] == split}


def main(argv: list[str] | None = None) -> int:
    """Print the scores of one split."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("tuning", "check"), required=True)
    parser.add_argument("-v", action="store_true", help="list every miss")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    score = _score_module()
    files = in_split(args.split)
    every = score.corpus

    def split_corpus(folder: Path) -> list[tuple[Path, dict]]:  # type: ignore[type-arg]
        return [(p, e) for p, e in every(folder) if p.name in files]

    score.corpus = split_corpus  # the small split filter: the scorers themselves are reused
    extraction, jdlint, naive, errors = score.score(FIELD)
    e = extraction
    figures = {
        "split": args.split, "documents": e.documents,
        "title_accuracy": round(e.title / e.documents, 4),
        "band_accuracy": round(e.band / e.documents, 4), "criteria": e.criteria,
        "level_accuracy": round(e.levels / e.criteria, 4),
        "jdlint": score._figures(jdlint), "naive_keyword_search": score._figures(naive),
        "errors": errors,
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(f"field corpus, {args.split} half: {e.documents} documents; title {e.title}/"
          f"{e.documents}, band {e.band}/{e.documents}, criterion levels {e.levels}/{e.criteria}")
    for name, tally in (("jdlint", jdlint), ("naive keyword search", naive)):
        f = score._figures(tally)
        print(f"{name}: precision {f['precision']:.3f}, recall {f['recall']:.3f} "
              f"(TP {tally.tp}, FP {tally.fp}, FN {tally.fn}); level accuracy "
              f"{f['level_accuracy']:.3f}, profession accuracy {f['profession_accuracy']:.3f}")
    if args.v:
        for line in e.misses + jdlint.misses + errors:
            print("  ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())

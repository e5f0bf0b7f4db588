"""Generate jdlint's labelled field corpus in ``corpora/field/``.

The documents are original: fictional employers in the four UK nations, written from the
layouts and the restriction forms catalogued in ``docs/field-study.md`` (facts carried over,
no source sentence). Each ``<stem>.<ext>`` has a ``<stem>.expected.json`` beside it in the
schema of ``corpora/`` (see ``scripts/make_corpus.py``), derived from the same inline markup as
the document text (``field_corpus/model.py``), so the two cannot drift. ``MANIFEST.json``
records each document's format, layout, nation, the forms it exercises and its split
(``tuning`` or ``check``: two halves, each holding every form and every format).

Output is deterministic: fixed .docx core properties and zip times, fixed PDF dates.

Usage: ``python scripts/field_corpus/make.py [--out DIR]``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from field_corpus import render_docx, render_pdf, render_text
from field_corpus.expected import check, expected
from field_corpus.extract import raw_text
from field_corpus.layouts import page
from field_corpus.model import Doc
from field_corpus.specs import DOCS

ROOT = Path(__file__).resolve().parents[2]
SUFFIXES = (".docx", ".pdf", ".txt", ".md", ".expected.json")


def document(doc: Doc) -> tuple[bytes, str]:
    """Return one document's bytes and raw text, after checking its labels against the text."""
    laid = page(doc)
    if doc.fmt == "txt":
        data = render_text.txt(laid).encode("utf-8")
    elif doc.fmt == "md":
        data = render_text.md(laid).encode("utf-8")
    elif doc.fmt == "docx":
        data = render_docx.render(laid, doc.title)
    else:
        data = render_pdf.render(laid, doc.title)
    raw = raw_text(data, "." + doc.fmt)
    check(doc, " ".join(raw.split()))
    return data, raw


def derived(doc: Doc, raw: str) -> set[str]:
    """Return the forms read off the labels: levels, hedging, clean, broken across lines."""
    labels = expected(doc)
    out = {f"level-{f['level']}" for f in labels["findings"]}
    out |= {"hedged"} if any(f["hedged"] for f in labels["findings"]) else set()
    out |= set() if labels["findings"] else {"clean"}
    lines = re.sub(r"[ \t]+", " ", raw)
    if any(f["contains"] not in lines and f["contains"] in " ".join(raw.split())
           for f in labels["findings"]):
        out.add("broken-line")
    return out


def entry(doc: Doc, raw: str) -> dict[str, Any]:
    """Return a document's manifest entry."""
    return {
        "file": f"{doc.slug}.{doc.fmt}", "expected": f"{doc.slug}.expected.json",
        "format": doc.fmt, "layout": doc.layout, "spec_style": doc.spec_style,
        "nation": doc.employer.nation, "employer": doc.employer.name,
        "forms": sorted(set(doc.forms()) | derived(doc, raw)), "split": doc.split,
    }


def main(argv: list[str] | None = None) -> int:
    """Write every field-corpus document, its expected labels and the manifest."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "corpora" / "field")
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    if len({d.slug for d in DOCS}) != len(DOCS):
        raise SystemExit("duplicate slug")
    written = set()
    entries = []
    for doc in DOCS:
        name = f"{doc.slug}.{doc.fmt}"
        data, raw = document(doc)
        (out / name).write_bytes(data)
        entries.append(entry(doc, raw))
        payload = json.dumps(expected(doc), indent=2, ensure_ascii=False) + "\n"
        (out / f"{doc.slug}.expected.json").write_text(payload, encoding="utf-8")
        written |= {name, f"{doc.slug}.expected.json"}
    manifest = {
        "description": "Original, labelled NHS adverts, JDs and person specifications of "
                       "fictional employers, written from docs/field-study.md; see "
                       "scripts/field_corpus/make.py.",
        "generator": {"python-docx": metadata.version("python-docx"),
                      "fpdf2": metadata.version("fpdf2")},
        "documents": entries,
    }
    (out / "MANIFEST.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n",
                                       encoding="utf-8")
    for stale in sorted(out.iterdir()):
        if stale.name.endswith(SUFFIXES) and stale.name not in written:
            stale.unlink()
    print(f"wrote {len(DOCS)} documents to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Generate jdlint's labelled example corpus in ``corpora/``.

Every document is a synthetic job description of a fictional NHS organisation (no real trust,
no real person). Each ``<stem>.<ext>`` has a ``<stem>.expected.json`` beside it::

    {"title": str, "band": "8a" | "7" | ... | null, "directorate": str | null,
     "criteria": [{"text": str, "level": "essential" | "desirable"}, ...],
     "findings": [{"contains": str, "professions": [...], "regulators": [...],
                   "level": "essential" | "desirable" | "unspecified", "hedged": bool}, ...],
     "not_findings": [{"contains": str, "why": "inclusive" | "negated" | "duty" |
                       "role-consistent" | "multi-profession" | "context"}, ...]}

* ``criteria``: every person-specification criterion, in the document's order by category
  (Qualifications, Experience, Knowledge, Skills, Personal qualities), text as written without
  the E/D marker, tracked changes accepted, a soft line break read as one space.
* ``findings``: every profession-ringfencing requirement a correct linter must flag;
  ``contains`` occurs exactly once in the text; ``level`` is the criterion's level, or
  ``unspecified`` outside the person specification; ``regulators`` are those the text names
  or implies (an out-of-date "HCPC registered social worker" keeps HCPC).
  ``hedged`` marks a profession-only qualification followed by "or equivalent".
* ``not_findings``: profession mentions a correct linter must not flag, with the reason
  (mentions not labelled either way, such as "Chief Medical Officer" in a relationships list,
  are context too; a linter should not flag them).

Posts: leadership posts ringfenced to nursing (``specs/ringfenced.py``) or to another
profession (``specs/other.py``), leadership posts written well (``specs/good.py``), and clinical
posts whose own title makes the registration legitimate (``specs/clinical.py``). Person
specifications shorter than ten criteria are topped up with generic, profession-free criteria.
Layouts: tick columns (✓, X, Yes, E/D letters), one E/D column, Essential/Desirable columns
holding the text, "Essential criteria:" headings, inline "(E)"/"(D)", "Essential:" prefixes;
job details as a table, "Label: value" lines, "Post title:/Grade:" lines, or a title heading
followed by "AfC Band 7". ``tests/test_corpus.py`` checks the labels and the coverage claims.

The specs are data (``scripts/corpus/specs/``, inline markup described in
``scripts/corpus/model.py``); the documents and the labels are both derived from them, so they
cannot drift. Formats: .docx (python-docx; tracked changes, merged and nested tables, soft
breaks and list numbering added through its lxml elements), .pdf (the same .docx converted by
LibreOffice headless; a tracked-changes file is exported from a copy with changes accepted,
because LibreOffice prints deletions struck through), .txt and .md. Output is deterministic:
fixed core properties, zip timestamps, PDF dates and ids. ``corpora/MANIFEST.json`` records
each document's layout and features and the docx/pdf export pair.

Usage: ``python scripts/make_corpus.py [--out DIR] [--skip-pdf]`` (``--skip-pdf`` keeps the
committed PDFs, so everything else can be rebuilt without LibreOffice).
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import zipfile
from io import BytesIO
from pathlib import Path
from typing import Any

from corpus import pdf, render_docx, render_text
from corpus.expected import check, expected
from corpus.model import Spec
from corpus.specs import SPECS

ROOT = Path(__file__).resolve().parent.parent
SUFFIXES = (".docx", ".pdf", ".txt", ".md", ".expected.json")


def docx_text(data: bytes) -> str:
    """Return the body text of a .docx crudely: w:t runs joined per paragraph."""
    xml = zipfile.ZipFile(BytesIO(data)).read("word/document.xml").decode("utf-8")
    xml = xml.replace("<w:br/>", "<w:t> </w:t>")
    paragraphs = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
    return html.unescape("\n".join(
        "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)) for p in paragraphs
    ))


def _document(spec: Spec, by_slug: dict[str, Spec], skip_pdf: bool) -> bytes | None:
    if spec.fmt in ("txt", "md"):
        text = render_text.render(spec)
        check(spec, text)
        return text.encode("utf-8")
    source = by_slug[spec.export_of] if spec.export_of else spec
    data = render_docx.render(source)
    check(spec, docx_text(render_docx.accept_changes(data)))
    if spec.fmt == "docx":
        return data
    if skip_pdf:
        return None
    return pdf.convert(render_docx.accept_changes(data), spec.slug)


def _entry(spec: Spec) -> dict[str, Any]:
    return {
        "file": f"{spec.slug}.{spec.fmt}",
        "expected": f"{spec.slug}.expected.json",
        "format": spec.fmt,
        "trust": spec.trust,
        "layout": spec.layout,
        "details": spec.details,
        "tick": spec.tick if spec.layout == "ticks" else None,
        "features": sorted(spec.features),
        "export_of": f"{spec.export_of}.docx" if spec.export_of else None,
    }


def main(argv: list[str] | None = None) -> int:
    """Write every corpus document, its expected labels and the manifest."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "corpora")
    parser.add_argument("--skip-pdf", action="store_true")
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    by_slug = {s.slug: s for s in SPECS}
    if len(by_slug) != len(SPECS):
        raise SystemExit("duplicate slug")
    written = set()
    for spec in SPECS:
        data = _document(spec, by_slug, args.skip_pdf)
        name = f"{spec.slug}.{spec.fmt}"
        written |= {name, f"{spec.slug}.expected.json"}
        if data is not None:
            (out / name).write_bytes(data)
            print(f"wrote {name}")
        payload = json.dumps(expected(spec), indent=2, ensure_ascii=False) + "\n"
        (out / f"{spec.slug}.expected.json").write_text(payload, encoding="utf-8")
    manifest = {
        "description": "Synthetic, labelled NHS job descriptions of fictional trusts; see "
                       "scripts/make_corpus.py.",
        "documents": [_entry(s) for s in SPECS],
    }
    (out / "MANIFEST.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n",
                                       encoding="utf-8")
    for stale in sorted(out.iterdir()):
        if stale.name.endswith(SUFFIXES) and stale.name not in written:
            stale.unlink()
            print(f"removed {stale.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

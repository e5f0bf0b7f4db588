"""Measure issue 19's parity: Word JDs saved by LibreOffice as .doc, .odt, .rtf and .html give
the findings their .docx originals give.

    python scripts/format_parity.py corpora ../shared/devset

Every .docx under the folders is converted to each format with one LibreOffice call per format
(a private profile, in a temporary folder; the originals are only read), then each folder is
checked with ``jdlint check --format json --no-cache``. A finding is its rule and its words
(case and spacing ignored); per format the script prints the share of the originals' findings
found, the share of extra ones, files refused, and titles and bands that differ. The issue's
target: at least 95 % found and at most 5 % extra in every format, no file refused.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

FILTERS = {"doc": "doc:MS Word 97", "odt": "odt", "rtf": "rtf:Rich Text Format",
           "html": "html:HTML (StarWriter)"}
Key = tuple[str, str]


def checked(folder: Path) -> dict[str, dict[str, object]]:
    """Return each document's result in ``folder`` by file stem, from jdlint's JSON."""
    run = subprocess.run([sys.executable, "-m", "jdlint", "check", str(folder), "--format", "json",
                          "--no-cache", "--fail-on", "never"], capture_output=True, text=True,
                         check=False)
    if run.returncode not in (0, 1, 3):
        raise SystemExit(f"jdlint failed on {folder}: {run.stderr}")
    return {Path(d["path"]).stem: d for d in json.loads(run.stdout)["documents"]}


def keys(document: dict[str, object]) -> Counter[Key]:
    """Return a document's findings as (rule, words) with their counts."""
    findings = document.get("findings") or []
    assert isinstance(findings, list)
    return Counter((f["rule"], " ".join(f["match"].lower().split())) for f in findings)


def main(folders: list[str]) -> None:
    """Convert, check and compare; print one line per format, then each difference."""
    sources = sorted({p.resolve() for name in folders for p in Path(name).rglob("*.docx")
                      if not p.name.startswith("~$")})
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "docx"
        base.mkdir()
        for source in sources:
            (base / source.name).write_bytes(source.read_bytes())
        originals = checked(base)
        wanted = sum((keys(d) for d in originals.values()), Counter())
        print(f"{len(sources)} Word files, {sum(wanted.values())} findings in the originals")
        for fmt, conversion in FILTERS.items():
            out = Path(tmp) / fmt
            profile = Path(tmp) / f"profile-{fmt}"
            subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
                            "--convert-to", conversion, "--outdir", str(out),
                            *map(str, base.iterdir())], check=True, capture_output=True,
                           timeout=1800, env={**os.environ, "HOME": tmp})
            results = checked(out)
            found = extra = 0
            notes: list[str] = []
            for stem, original in sorted(originals.items()):
                copy = results.get(stem)
                if copy is None or copy.get("error"):
                    notes.append(f"  {stem}.{fmt}: refused: {copy and copy.get('error')}")
                    continue
                want, got = keys(original), keys(copy)
                found += sum((want & got).values())
                extra += sum((got - want).values())
                notes += [f"  {stem}.{fmt}: missing {k}" for k in want - got]
                notes += [f"  {stem}.{fmt}: extra {k}" for k in got - want]
                notes += [f"  {stem}.{fmt}: {field} {copy.get(field)!r}, "
                          f".docx {original.get(field)!r}" for field in ("title", "band")
                          if copy.get(field) != original.get(field)]
            total = max(sum(wanted.values()), 1)
            refused = sum(1 for n in notes if ": refused:" in n)
            print(f"{fmt}: {found / total:.1%} of the findings, {extra / total:.1%} extra, "
                  f"{refused} refused")
            print("\n".join(notes))


if __name__ == "__main__":
    main(sys.argv[1:] or ["corpora"])

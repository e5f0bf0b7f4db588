"""Measure what ``jdlint fix`` leaves: run it over folders of Word JDs, accept every tracked
change as a reviewer would, lint the result again and count the findings that remain.

    python scripts/fix_residue.py corpora ../shared/devset

Prints, per folder, the Word files with findings, their findings (justified ones left out),
how many were rewritten, and every finding left after accepting, with its words; the issue's
target is at most 10 % left, each explained by a comment in the copy.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from click.testing import CliRunner

from jdlint.api import lint_bytes, lint_path
from jdlint.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from revisions import accept_all  # a test helper, shared with tests/test_fix.py


def residue(folder: Path, out: Path) -> tuple[int, int, list[str]]:
    """Return (files, findings, left) for every .docx under ``folder`` with findings."""
    files = findings = 0
    left: list[str] = []
    for path in sorted(folder.rglob("*.docx")):
        found = [f for f in lint_path(path).findings if not f.suppressed]
        if not found:
            continue
        target = out / str(files)
        result = CliRunner().invoke(main, ["fix", str(path), "--output-dir", str(target)])
        if result.exit_code not in (0, 1):
            raise SystemExit(f"{path}: fix exited {result.exit_code}: {result.output}")
        fixed = accept_all((target / path.name).read_bytes())
        files += 1
        findings += len(found)
        left += [f"  {path.name}: {f.rule} {f.match!r}"
                 for f in lint_bytes(fixed, path.name).findings if not f.suppressed]
    return files, findings, left


def main_(folders: list[str]) -> None:
    """Print the residue of each folder and of all together."""
    total = total_left = 0
    with tempfile.TemporaryDirectory() as tmp:
        for index, name in enumerate(folders):
            files, findings, left = residue(Path(name), Path(tmp) / str(index))
            total, total_left = total + findings, total_left + len(left)
            print(f"{name}: {files} Word files, {findings} findings, {len(left)} left "
                  f"after accepting all ({len(left) / max(findings, 1):.0%})")
            print("\n".join(left))
    print(f"all: {total} findings, {total_left} left ({total_left / max(total, 1):.1%})")


if __name__ == "__main__":
    main_(sys.argv[1:] or ["corpora"])

"""Record jdlint's reports on the corpus and the development set, or compare with a record.

A restructuring must not change what jdlint says. Run ``python scripts/same_output.py save
DIR`` before the change and ``python scripts/same_output.py compare DIR`` after it: every
report (json, sarif, text, github) over ``corpora/`` and, when it is beside the repository,
``../shared/devset/docs`` must be byte-identical. Exit status 1 names each report that differs.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = {"corpora": ROOT / "corpora", "devset": ROOT.parent / "shared" / "devset" / "docs"}
FORMATS = ("json", "sarif", "text", "github")


def reports(jdlint: str) -> dict[str, bytes]:
    """Return every report by name, each run with --no-cache from inside its folder."""
    out = {}
    for name, folder in SETS.items():
        if not folder.is_dir():
            continue
        for fmt in FORMATS:
            done = subprocess.run([jdlint, "check", "--no-cache", "--format", fmt, "."],
                                  cwd=folder, capture_output=True, check=False)
            out[f"{name}.{fmt}"] = done.stdout + f"\nexit {done.returncode}\n".encode()
    return out


def main() -> int:
    """Save or compare the reports."""
    if len(sys.argv) < 3 or sys.argv[1] not in ("save", "compare"):
        print(__doc__)
        return 2
    verb, record = sys.argv[1], Path(sys.argv[2])
    jdlint = sys.argv[3] if len(sys.argv) > 3 else str(Path(sys.executable).parent / "jdlint")
    found = reports(jdlint)
    if verb == "save":
        record.mkdir(parents=True, exist_ok=True)
        for name, data in found.items():
            (record / name).write_bytes(data)
        print(f"saved {len(found)} reports to {record}")
        return 0
    differ = [n for n, data in found.items()
              if not (record / n).is_file() or (record / n).read_bytes() != data]
    for name in differ:
        print(f"differs: {name}")
    print(f"{len(found) - len(differ)} of {len(found)} reports identical")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())

"""Measure how fast jdlint reads .doc files through LibreOffice, and why it batches.

Usage (from the repository root, LibreOffice installed)::

    python bench/convert_speed.py [--count 50] [--jobs 2] [--runs 3]

Makes ``--count`` .doc files from the shipped corpus (every .docx, then .txt/.md files, each
saved as .doc by LibreOffice), then times, each the median of ``--runs``:

* LibreOffice alone, one ``soffice --convert-to docx`` start per file (what a naive reader does);
* LibreOffice alone, one start per 16 files, per 64 (jdlint's largest chunk of .doc files) and
  one start for all files;
* ``jdlint check --no-cache -j JOBS`` over the .doc folder and over the same JDs as .docx,
  counting LibreOffice starts through a wrapper script.

Prints documents per second for each, with ``nproc`` and the load average, as JSON last.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from jdlint.read.legacy.soffice import locate  # noqa: E402

CHUNKS = (16, 64)


def soffice(program: str, profile: Path, fmt: str, outdir: Path, files: Sequence[Path]) -> None:
    """Run one LibreOffice conversion of ``files`` to ``fmt`` into ``outdir``."""
    subprocess.run([program, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--norestore", "--convert-to", fmt, "--outdir", str(outdir),
                    *map(str, files)], check=True, capture_output=True, timeout=1800)


def make_docs(program: str, count: int, work: Path) -> tuple[Path, Path]:
    """Return a folder of ``count`` .doc files and one of the same JDs as .docx."""
    sources = sorted((ROOT / "corpora").rglob("*.docx"))
    texts = sorted(p for p in (ROOT / "corpora").rglob("*") if p.suffix in (".txt", ".md"))
    staged = work / "staged"
    staged.mkdir()
    for path in [*sources, *texts][:count]:
        suffix = ".docx" if path.suffix == ".docx" else ".txt"  # LibreOffice opens .txt as text
        shutil.copy(path, staged / f"{path.stem}{suffix}")
    docs, docx = work / "doc", work / "docx"
    soffice(program, work / "profile", "doc:MS Word 97", docs, sorted(staged.iterdir()))
    soffice(program, work / "profile", "docx", docx, sorted(docs.iterdir()))  # same content
    return docs, docx


def timed(action: Callable[[], object], runs: int) -> float:
    """Return the median wall time of ``runs`` calls of ``action``."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def convert_in_groups(program: str, files: list[Path], size: int, work: Path) -> None:
    """Convert ``files`` to .docx, one LibreOffice start per ``size`` files."""
    out = Path(tempfile.mkdtemp(dir=work))
    for start in range(0, len(files), size):
        soffice(program, work / "profile", "docx", out, files[start:start + size])
    shutil.rmtree(out)


def check(folder: Path, jobs: int, env: dict[str, str]) -> None:
    """Run ``jdlint check`` over a folder, as a user would (no cache)."""
    done = subprocess.run([sys.executable, "-m", "jdlint", "check", "--no-cache", "-q",
                           "-j", str(jobs), "--format", "json", str(folder)],
                          capture_output=True, timeout=3600, check=False, env=env)
    assert done.returncode in (0, 1), done.stderr.decode(errors="replace")
    report = json.loads(done.stdout)
    errors = [d["path"] for d in report["documents"] if d["error"]]
    assert not errors, errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=50)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    program = locate()
    if program is None:
        raise SystemExit("LibreOffice (soffice) is not installed")
    with tempfile.TemporaryDirectory(prefix="jdlint-bench-") as scratch:
        work = Path(scratch)
        docs, docx = make_docs(program, args.count, work)
        files = sorted(docs.iterdir())
        n = len(files)
        log = work / "starts.log"
        wrapper = work / "soffice-counting"
        wrapper.write_text(f'#!/bin/sh\necho x >> "{log}"\nexec "{program}" "$@"\n',
                           encoding="utf-8")
        wrapper.chmod(0o755)
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "JDLINT_SOFFICE": str(wrapper)}
        seconds = {"soffice, one start per file": timed(
            lambda: convert_in_groups(program, files, 1, work), 1)}
        for size in [s for s in CHUNKS if s < n]:
            seconds[f"soffice, one start per {size} files"] = timed(
                partial(convert_in_groups, program, files, size, work), args.runs)
        seconds |= {
            "soffice, one start for all files": timed(
                lambda: convert_in_groups(program, files, n, work), args.runs),
            f"jdlint check -j {args.jobs}, .doc": timed(
                lambda: check(docs, args.jobs, env), args.runs),
            f"jdlint check -j {args.jobs}, same JDs as .docx": timed(
                lambda: check(docx, args.jobs, env), args.runs),
        }
        starts = len(log.read_text(encoding="utf-8").split()) / args.runs if log.exists() else 0
    load = os.getloadavg()
    for name, value in seconds.items():
        print(f"{name:<40} {value:7.2f} s  {n / value:6.1f} documents/s")
    print(f"LibreOffice starts per jdlint check of {n} .doc files: {starts:g}; "
          f"nproc {os.cpu_count()}, load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    print(json.dumps({"documents": n, "nproc": os.cpu_count(), "load_average": load,
                      "starts_per_check": starts,
                      "seconds": seconds,
                      "documents_per_second": {k: n / v for k, v in seconds.items()}}))


if __name__ == "__main__":
    main()

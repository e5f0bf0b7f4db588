"""A long fuzz campaign: mutated JDs through the library and the CLI, every crash kept.

Usage (from the repository root)::

    python bench/fuzz.py --mutants 100000 [--jobs 2] [--seed 1] [--out out/fuzz]
    python bench/fuzz.py --replay out/fuzz/crashes/FILE   # one reproducer, traceback shown

Seeds are the shipped corpora (``corpora/``, ``corpora/field/``: .docx, .pdf, .txt, .md);
``bench/mutators.py`` damages them (a mutant is reproducible from the campaign seed and its
index). Each mutant is linted as a worker does it (``jdlint.run.worker.lint_file``: size cap,
alarm, PDFs in their own child) inside a killable child under a memory cap
(``jdlint.run.isolate.Worker``), and checked:

* ``exception``: anything raised out of ``lint_file`` (its traceback is kept);
* ``died``: the child died (a crash in C code, or the memory cap hit outside Python);
* ``hang``: no answer within ``--hang-seconds``, although the file's own limit is shorter;
* ``timeout`` / ``memory``: the file ran into its time limit or its memory cap;
* ``invariant``: the result breaks the report's contract (path, JSON, error category, finding
  offsets that do not point at the finding's words).

Every so often the last few dozen mutants also go through ``jdlint check --format json`` in a
subprocess, which must exit 0, 1 or 3, report every file and write nothing to standard error
but jdlint's own lines (``cli-exit``, ``cli-missing``, ``cli-stderr``). Every crash is saved
with its reproducer (and a ``.note`` saying what happened) under ``OUT/crashes/``;
``OUT/summary.json`` holds the counts.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from mutators import mutate

from jdlint.errors import ErrorCategory
from jdlint.run import isolate
from jdlint.run.settings import Settings
from jdlint.run.worker import lint_file

ROOT = Path(__file__).resolve().parents[1]
SUFFIXES = ("docx", "pdf", "txt", "md")
SETTINGS = Settings(timeout_seconds=10)  # no cache_dir: no results cache
CRASHES = ("exception", "died", "hang", "invariant", "cli-exit", "cli-missing", "cli-stderr")
CLI_EVERY = 2000  # mutants between CLI batches, per process
CLI_BATCH = 40
SUMMARY = re.compile(r"\d+ documents? checked: ")  # the closing line of ``check``


def seeds() -> list[Path]:
    """Return the seed files, in a fixed order."""
    found = [p for folder in (ROOT / "corpora", ROOT / "corpora" / "field")
             for p in sorted(folder.glob("*")) if p.suffix.lstrip(".") in SUFFIXES]
    return sorted(found)


def check_one(path: str) -> tuple[str, str]:
    """Lint one mutant in the child; return its outcome and a detail (traceback, category)."""
    try:
        result = lint_file(path, SETTINGS)
    except BaseException:
        return "exception", traceback.format_exc()
    try:
        record = json.dumps(result.as_dict(), ensure_ascii=False, allow_nan=False)
        assert result.path == path, "result names another file"
        assert isinstance(json.loads(record), dict)
        if result.error is not None:
            assert isinstance(result.error.category, ErrorCategory) and result.error.message
            if result.error.category is ErrorCategory.TIMEOUT:
                return "timeout", ""
            if "more memory" in result.error.message:
                return "memory", ""
            return "error", result.error.category.value
        for finding in result.findings:
            assert 0 <= finding.start <= finding.end <= len(finding.text), "offsets off the text"
            assert finding.text[finding.start:finding.end] == finding.match, "offsets miss words"
    except AssertionError:
        return "invariant", traceback.format_exc()
    return "ok", str(result.status)


def campaign(part: int, jobs: int, count: int, seed: int, out: Path,
             hang_seconds: float) -> Counter[str]:
    """Run this process's share of the mutants (every ``jobs``-th index from ``part``)."""
    files = seeds()
    worker = isolate.Worker()
    counts: Counter[str] = Counter()
    scratch = Path(tempfile.mkdtemp(prefix=f"jdlint-fuzz-{part}-"))
    recent: list[Path] = []
    try:
        for index in range(part, count, jobs):
            source = files[index % len(files)]
            suffix = source.suffix.lstrip(".")
            rng = random.Random(f"{seed}:{index}")
            data, names = mutate(source.read_bytes(), suffix, rng)
            path = scratch / f"m{index}.{suffix}"
            path.write_bytes(data)
            try:
                outcome, detail = worker.call(check_one, str(path), timeout=hang_seconds)
            except isolate.ChildTimeout:
                outcome, detail = "hang", ""
            except isolate.ChildCrashed:
                outcome, detail = "died", ""
            counts[outcome] += 1
            counts[f"format:{suffix}"] += 1
            if outcome in CRASHES or outcome in ("timeout", "memory"):
                keep(out, outcome, index, source, names, path, detail)
            recent = [*recent[-(CLI_BATCH - 1):], path]
            if (index // jobs + 1) % CLI_EVERY == 0:
                for problem, detail in cli_batch(recent, scratch):
                    counts[problem] += 1
                    keep(out, problem, index, source, ["cli batch"], None, detail)
            for old in scratch.glob("m*"):
                if old not in recent:
                    old.unlink()
            if part == 0 and (index // jobs + 1) % 500 == 0:
                print(f"{index + 1:>7} mutants  {dict(sorted(counts.items()))}", flush=True)
    finally:
        worker.stop()
        shutil.rmtree(scratch, ignore_errors=True)
    return counts


def cli_batch(paths: list[Path], scratch: Path) -> list[tuple[str, str]]:
    """Check recent mutants with the command line as a user runs it; return the problems."""
    folder = scratch / "batch"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    for path in paths:
        shutil.copy(path, folder / path.name)
    run = subprocess.run([sys.executable, "-m", "jdlint", "check", "--format", "json",
                          "--no-cache", "--timeout", "10", str(folder)],
                         capture_output=True, text=True, errors="replace", timeout=900)
    problems = []
    if run.returncode not in (0, 1, 3):
        problems.append(("cli-exit", f"exit {run.returncode}\n{run.stderr}"))
    try:
        reported = {Path(r["path"]).name for r in json.loads(run.stdout)["documents"]}
        if reported != {p.name for p in paths}:
            problems.append(("cli-missing", repr(sorted({p.name for p in paths} - reported))))
    except (ValueError, KeyError, TypeError):
        problems.append(("cli-missing", "no JSON report\n" + run.stdout[:2000]))
    bare = [line for line in run.stderr.splitlines()  # jdlint's own lines are allowed
            if line.strip() and not line.startswith("jdlint") and not SUMMARY.match(line)]
    if bare:
        problems.append(("cli-stderr", "\n".join(bare[:20])))
    shutil.rmtree(folder, ignore_errors=True)
    return problems


def keep(out: Path, outcome: str, index: int, source: Path, names: list[str],
         path: Path | None, detail: str) -> None:
    """Save a crash: the reproducer (if any) and what happened."""
    crashes = out / "crashes"
    crashes.mkdir(parents=True, exist_ok=True)
    stem = f"{outcome}-{index}"
    if path is not None:
        shutil.copy(path, crashes / f"{stem}{path.suffix}")
    (crashes / f"{stem}.note").write_text(  # not .txt: a text reproducer is .txt
        f"seed file: {source.relative_to(ROOT)}\nmutations: {', '.join(names)}\n\n{detail}\n",
        encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--mutants", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--hang-seconds", type=float, default=60.0)
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "fuzz")
    parser.add_argument("--replay", type=Path, help="lint one reproducer in this process")
    args = parser.parse_args()
    if args.replay:
        print(lint_file(str(args.replay), SETTINGS).as_dict())
        return
    args.out.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    with multiprocessing.get_context("fork").Pool(args.jobs) as pool:
        parts = pool.starmap(campaign, [(part, args.jobs, args.mutants, args.seed, args.out,
                                         args.hang_seconds) for part in range(args.jobs)])
    counts = sum(parts, Counter())
    summary = {"mutants": args.mutants, "seed": args.seed, "jobs": args.jobs,
               "hours": round((time.monotonic() - started) / 3600, 3),
               "seeds": len(seeds()), "crashes": sum(counts[c] for c in CRASHES),
               "machine": f"{os.cpu_count()} cores, {sys.platform}, "
                          f"Python {sys.version.split()[0]}",
               "counts": dict(sorted(counts.items()))}
    (args.out / "summary.json").write_text(json.dumps(summary, indent=2) + "\n")
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()

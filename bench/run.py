"""Benchmark jdlint on generated corpora: floor, cold, re-run, one new file, first run, stages.

Usage (from the repository root, after ``pip install ".[bench]"``)::

    python bench/run.py [--sizes 1000,5000,20000] [--jobs 2] [--runs 3] [--distributed]

For each corpus size (generated once into ``--folder`` and reused), in one run on one machine:

- **floor**: the raw text extraction of every file, one process, the fastest readers there are
  (pypdfium2's text, lxml over document.xml, plain decode; no structure, no analysis);
- **cold**: ``jdlint check`` with no result cached (median of ``--runs``, each paired with a
  floor measurement just before it, so both see the machine in the same state), and its ratio
  to the floor;
- **re-run**: the unchanged folder again, every result cached (median of ``--runs``);
- **one new file**: the cached folder with one file added, run as a whole;
- **first run after install**: a new process with an empty cache folder;
- **peak memory** of the whole process tree as PSS (:mod:`measure`), for the cold run, the
  re-run and the first run, each from one more, watched run.

Once: single .docx and .pdf files as a pre-commit hook runs them (jdlint has run on the machine
before, the file is new), with ``--no-cache`` and as a first run after install, against a bare
``python -c "import spacy"``; and the time split by stage (read, structure, judge, report) in
one process over at most ``--stage-sample`` files of the first corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import generate
from measure import timed
from report import machine, print_report
from stages import extraction_floor, page_count, stage_split

from jdlint.run.cache import FORMAT  # the results folder, removed for a cold run

JDLINT = [sys.executable, "-m", "jdlint"]
Run = tuple[float, tuple[float, float], int]


def main() -> None:
    """Generate (or reuse) each corpus, run every measurement, print a report."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", default="1000",
                        help="corpus sizes, comma-separated (e.g. 1000,5000,20000)")
    parser.add_argument("--count", type=int, help="one corpus size (as --sizes N)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--folder", type=Path, default=Path(tempfile.gettempdir()) / "jdlint-bench")
    parser.add_argument("--repeat", type=int, default=5, help="runs per single-file timing")
    parser.add_argument("--runs", type=int, default=3,
                        help="floor + cold run pairs, and cached re-runs (medians reported)")
    parser.add_argument("--stage-sample", type=int, default=1000,
                        help="files of the first corpus timed stage by stage")
    parser.add_argument("--distributed", action="store_true",
                        help="also time Dask LocalCluster with 1 and 2 workers (needs .[dask])")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args()
    sizes = [args.count] if args.count else [int(s) for s in args.sizes.split(",") if s.strip()]

    # jdlint runs as installed: its modules compiled once (pip compiles them at install), so a
    # PYTHONDONTWRITEBYTECODE in the caller's shell must not make every run compile them again.
    env = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
           "PYTHONWARNINGS": "ignore"}
    figures: dict[str, object] = {"machine": machine(), "jobs": args.jobs, "sizes": {}}
    corpora = {count: corpus(args.folder, count) for count in sizes}
    for count, files in corpora.items():
        figures["sizes"][str(count)] = measure_size(files, args, env)  # type: ignore[index]
    files = corpora[sizes[0]]
    work = Path(tempfile.mkdtemp(prefix="jdlint-bench-"))
    figures["import_spacy_median_s"] = median_wall(
        [sys.executable, "-c", "import spacy"], env, args.repeat, lambda: None)
    for suffix in (".docx", ".pdf"):
        sample = next(p for p in files if p.suffix == suffix)
        figures.update(single_file(sample, files[0], work / f"hook{suffix}", env, args.repeat))
    shutil.rmtree(work, ignore_errors=True)
    figures["stages_s"] = stage_split(files[:args.stage_sample])
    figures["stage_files"] = min(len(files), args.stage_sample)
    if args.distributed:
        from distributed_bench import compare

        figures["distributed"] = compare(files)
    figures["load_after"] = machine()["load"]
    print_report(figures)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")


def corpus(folder: Path, count: int) -> list[Path]:
    """Return the files of the generated corpus of ``count`` documents, generating it once."""
    path = folder / f"corpus-{count}"
    if not path.exists() or len(list(path.iterdir())) != count:
        shutil.rmtree(path, ignore_errors=True)
        started = time.perf_counter()
        generate(path, count)
        print(f"generated {count} documents in {time.perf_counter() - started:.1f} s",
              flush=True)
    return sorted(path.iterdir())


def measure_size(files: list[Path], args: argparse.Namespace, env: dict[str, str],
                 ) -> dict[str, object]:
    """Measure one corpus: floor, first run, cold, re-run, one new file, peak memory."""
    work = Path(tempfile.mkdtemp(prefix="jdlint-bench-"))
    cache = work / "cache"
    folder = files[0].parent

    def check(target: Path = folder, cache_dir: Path = cache) -> list[str]:
        # A real output file: an atomic writer told to write to /dev/null would replace it.
        return [*JDLINT, "check", str(target), "--format", "json", "-o",
                str(work / "report.json"), "-q", "--jobs", str(args.jobs),
                "--cache-dir", str(cache_dir)]

    out: dict[str, object] = {"documents": len(files),
                              "pages": sum(page_count(p) for p in files)}
    out["first_run"] = as_dict(timed(check(cache_dir=work / "fresh"), env))
    floors, colds = [], []
    for _ in range(args.runs):
        floors.append(extraction_floor(files))
        shutil.rmtree(cache / FORMAT, ignore_errors=True)  # no result cached
        colds.append(timed(check(), env, watch_memory=False))
    shutil.rmtree(cache / FORMAT)
    _, memory, _ = timed(check(), env)
    out["floor_s"] = statistics.median(floors)
    out["cold"] = as_dict((statistics.median(r[0] for r in colds), memory,
                           max(r[2] for r in colds)))
    out["cold_to_floor"] = statistics.median(c[0] / f for c, f in zip(colds, floors, strict=True))
    out["cold_to_floor_runs"] = [round(c[0] / f, 2) for c, f in zip(colds, floors, strict=True)]
    out["first_run_to_floor"] = out["first_run"]["wall_s"] / out["floor_s"]  # type: ignore[index]
    warms = [timed(check(), env, watch_memory=False) for _ in range(args.runs)]
    _, warm_memory, _ = timed(check(), env)
    out["cached"] = as_dict((statistics.median(r[0] for r in warms), warm_memory,
                             max(r[2] for r in warms)))
    out["cached_runs_s"] = [round(r[0], 2) for r in warms]
    # One new file in the cached folder: the same files (hard links: the cache is keyed by
    # content, so theirs are hits) and one document whose content no run has seen.
    added = folder.parent / f"{folder.name}-plus-one"
    shutil.rmtree(added, ignore_errors=True)
    added.mkdir()
    for path in files:
        os.link(path, added / path.name)
    new = next(p for p in files if p.suffix == ".txt")
    (added / "new-document.txt").write_text(
        f"{new.read_text(encoding='utf-8')}\nReference {time.time_ns()}.\n", encoding="utf-8")
    out["one_new_file"] = as_dict(timed(check(added), env))
    shutil.rmtree(added, ignore_errors=True)
    shutil.rmtree(work, ignore_errors=True)
    return out


def as_dict(run: Run) -> dict[str, float]:
    """Return a run's wall time, peak memory and exit code as the report's fields."""
    wall, (pss, rss), code = run
    return {"wall_s": wall, "peak_pss_mb": pss, "peak_rss_sum_mb": rss, "exit": code}


def median_wall(cmd: list[str], env: dict[str, str], repeat: int,
                before: Callable[[], None]) -> float:
    """Return the median wall time of ``repeat`` runs of ``cmd``, ``before`` run before each."""
    walls = []
    for _ in range(repeat):
        before()
        walls.append(timed(cmd, env, watch_memory=False)[0])
    return statistics.median(walls)


def single_file(sample: Path, other: Path, cache: Path, env: dict[str, str], repeat: int,
                ) -> dict[str, float]:
    """Time one file as a pre-commit hook lints it: medians of ``repeat`` runs.

    The hook's case: jdlint has run on this machine before (its cache folder exists, seeded by
    linting another file) but this file changed (its result is removed before every run).
    Also timed: the first run after install (empty cache folder) and ``--no-cache``.
    """
    hook = [*JDLINT, "check", str(sample), "-q", "--cache-dir", str(cache)]
    timed([*JDLINT, "check", str(other), "-q", "--cache-dir", str(cache)], env,
          watch_memory=False)
    suffix = sample.suffix
    return {
        f"single{suffix}_median_s": median_wall(
            hook, env, repeat, lambda: shutil.rmtree(cache / FORMAT, ignore_errors=True)),
        f"single{suffix}_first_run_median_s": median_wall(
            hook, env, repeat, lambda: shutil.rmtree(cache, ignore_errors=True)),
        f"single{suffix}_no_cache_median_s": median_wall(
            [*JDLINT, "check", str(sample), "-q", "--no-cache"], env, repeat, lambda: None),
    }


if __name__ == "__main__":
    print(f"python {platform.python_version()}; {' '.join(sys.argv)}", flush=True)
    main()

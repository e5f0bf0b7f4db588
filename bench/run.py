"""Benchmark jdlint on a generated corpus: cold run, cached re-run, single files, floor.

Usage (from the repository root, after ``pip install ".[bench]"``)::

    python bench/run.py [--count 1000] [--jobs 2] [--distributed]

Reports wall time, documents/s, pages/s and peak memory of jdlint's whole process tree (PSS:
pages shared by forked workers counted once; the plain RSS sum, which counts them once per
process, is shown beside it) for a first run (empty cache folder: jdlint also takes its
tokenizer rules from spaCy and stores them, a one-off per machine and spaCy release), a
cold-cache run (no result cached, tokenizer rules stored; median of ``--runs``, each paired
with a floor measurement just before it; memory from one more, watched run), a re-run of
the unchanged folder (median of ``--runs``, memory from one more, watched run), and
single .docx/.pdf files run as a pre-commit hook runs them (median of several runs: jdlint has
run on the machine before, the file itself is new; first runs and --no-cache runs beside); the time
split by stage (read, analyse, report) measured in one process; and the raw text-extraction
floor — the fastest readers (pypdfium2, lxml over document.xml, plain decode), one process, no
analysis — with jdlint's cold-run time as a ratio to it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import generate
from stages import extraction_floor, page_count, stage_split

from jdlint.run.cache import FORMAT  # the results folder, removed for a cold run

JDLINT = [sys.executable, "-m", "jdlint"]


def tree_memory_mb(root: int) -> tuple[float, float]:
    """Return the PSS and the RSS of ``root`` and its descendants, summed, in MB."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            pid, ppid = int(entry.name), int(fields[1])
            rss[pid] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
            children.setdefault(ppid, []).append(pid)
        except (OSError, IndexError, ValueError):
            continue
    pss = resident = 0
    stack = [root]
    while stack:
        pid = stack.pop()
        resident += rss.get(pid, 0)
        pss += _pss(pid)
        stack.extend(children.get(pid, []))
    return pss / 1024 / 1024, resident / 1024 / 1024


def _pss(pid: int) -> int:
    """Return a process's proportional set size in bytes (0 if it has gone)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


def timed(cmd: list[str], env: dict[str, str], *, watch_memory: bool = True,
          ) -> tuple[float, tuple[float, float], int]:
    """Run a command; return wall seconds, peak tree memory (PSS, RSS in MB), exit code."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = (0.0, 0.0)
    stop = threading.Event()

    def watch() -> None:
        nonlocal peak
        while watch_memory and not stop.is_set():
            pss, rss = tree_memory_mb(proc.pid)
            peak = (max(peak[0], pss), max(peak[1], rss))
            stop.wait(0.05)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - start
    stop.set()
    watcher.join()
    if proc.returncode not in (0, 1):
        sys.stderr.write(err.decode(errors="replace")[-2000:])
    return wall, peak, proc.returncode


def main() -> None:
    """Generate (or reuse) the corpus, run every measurement, print a report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--folder", type=Path, default=Path(tempfile.gettempdir()) / "jdlint-bench")
    parser.add_argument("--repeat", type=int, default=5, help="runs per single-file timing")
    parser.add_argument("--runs", type=int, default=3,
                        help="floor + cold run pairs, and cached re-runs (medians reported)")
    parser.add_argument("--distributed", action="store_true",
                        help="also time Dask LocalCluster with 1 and 2 workers (needs .[dask])")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args()

    corpus = args.folder / f"corpus-{args.count}"
    if not corpus.exists() or len(list(corpus.iterdir())) != args.count:
        shutil.rmtree(corpus, ignore_errors=True)
        started = time.perf_counter()
        generate(corpus, args.count)
        print(f"generated {args.count} documents in {time.perf_counter() - started:.1f} s")
    files = sorted(corpus.iterdir())
    pages = sum(page_count(p) for p in files)
    work = Path(tempfile.mkdtemp(prefix="jdlint-bench-"))
    cache = work / "cache"
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    # A real output file: an atomic writer told to write to /dev/null would replace the device.
    check = [*JDLINT, "check", str(corpus), "--format", "json", "-o", str(work / "report.json"),
             "-q", "--jobs", str(args.jobs), "--cache-dir", str(cache)]
    figures: dict[str, object] = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
                   f"Python {platform.python_version()}",
        "documents": len(files), "pages": pages, "jobs": args.jobs,
    }
    first = timed(check, env)  # an empty cache folder: the tokenizer rules are built as well
    # Floor and cold run in pairs, so that both see the machine in the same state; the memory
    # watcher reads /proc every 50 ms, so timed runs go unwatched and one more run is watched.
    floors, colds = [], []
    for _ in range(args.runs):
        floors.append(extraction_floor(files))
        shutil.rmtree(cache / FORMAT)  # no result cached; the tokenizer rules stay stored
        colds.append(timed(check, env, watch_memory=False))
    shutil.rmtree(cache / FORMAT)
    _, memory, _ = timed(check, env)
    cold_wall = statistics.median(run[0] for run in colds)
    cold = (cold_wall, memory, max(run[2] for run in colds))
    # The re-run of the unchanged folder: median of as many runs, like the cold figure.
    warms = [timed(check, env, watch_memory=False) for _ in range(args.runs)]
    warm_wall = statistics.median(run[0] for run in warms)
    _, warm_memory, _ = timed(check, env)
    warm = (warm_wall, warm_memory, max(run[2] for run in warms))
    figures["cached_runs_s"] = [round(run[0], 2) for run in warms]
    figures["floor_s"] = statistics.median(floors)
    for key, (wall, (pss, rss), code) in (("first_run", first), ("cold", cold), ("cached", warm)):
        figures[key] = {"wall_s": wall, "peak_pss_mb": pss, "peak_rss_sum_mb": rss, "exit": code}
    figures["cold_to_floor"] = statistics.median(c[0] / f for c, f in zip(colds, floors,
                                                                           strict=True))
    figures["cold_to_floor_runs"] = [round(c[0] / f, 2) for c, f in zip(colds, floors,
                                                                        strict=True)]
    figures["first_run_to_floor"] = first[0] / figures["floor_s"]
    for suffix in (".docx", ".pdf"):
        sample = next(p for p in files if p.suffix == suffix)
        figures.update(single_file(sample, files[0], work / f"hook{suffix}", env, args.repeat))
    figures["stages_s"] = stage_split(files)
    if args.distributed:
        from distributed_bench import compare

        figures["distributed"] = compare(files)
    shutil.rmtree(work, ignore_errors=True)
    print_report(figures)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")


def single_file(sample: Path, other: Path, cache: Path, env: dict[str, str], repeat: int,
                ) -> dict[str, float]:
    """Time one file as a pre-commit hook lints it: medians of ``repeat`` runs.

    The hook's case: jdlint has run on this machine before (the tokenizer rules are in the
    cache folder, seeded by linting another file) but this file changed (its result is not:
    the results are removed before every run). Also timed, for the record: the first run
    on a machine (empty cache folder) and a run with ``--no-cache``.
    """
    def median(cmd: list[str], before: Callable[[], None]) -> float:
        walls = []
        for _ in range(repeat):
            before()
            walls.append(timed(cmd, env, watch_memory=False)[0])
        return statistics.median(walls)

    hook = [*JDLINT, "check", str(sample), "-q", "--cache-dir", str(cache)]
    timed([*JDLINT, "check", str(other), "-q", "--cache-dir", str(cache)], env,
          watch_memory=False)
    suffix = sample.suffix
    return {
        f"single{suffix}_median_s": median(hook, lambda: shutil.rmtree(cache / FORMAT)),
        f"single{suffix}_first_run_median_s": median(hook, lambda: shutil.rmtree(cache)),
        f"single{suffix}_no_cache_median_s": median(
            [*JDLINT, "check", str(sample), "-q", "--no-cache"], lambda: None),
    }


TARGETS = {  # issue 6, on 2 cores
    "cold wall (s)": 20.0, "peak PSS (MB)": 500.0, "cached wall (s)": 0.5,
    "one .docx (s)": 1.0, "one .pdf (s)": 1.0, "cold / floor": 4.0,
}


def print_report(f: dict) -> None:  # type: ignore[type-arg]
    """Print the figures as a small table."""
    n, pages = f["documents"], f["pages"]
    print(f"machine: {f['machine']}; {n} documents, {pages} pages; --jobs {f['jobs']}")
    for key, label in (("first_run", "first run"), ("cold", "cold cache"),
                       ("cached", "cached re-run")):
        run = f[key]
        print(f"{label:>15}: {run['wall_s']:6.2f} s  {n / run['wall_s']:7.1f} docs/s  "
              f"{pages / run['wall_s']:7.1f} pages/s  peak {run['peak_pss_mb']:5.0f} MB PSS "
              f"({run['peak_rss_sum_mb']:.0f} MB RSS summed)")
    print(f"{'':>15}  (cached re-runs: {', '.join(f'{r:.2f}' for r in f['cached_runs_s'])} s)")
    print(f"{'floor':>15}: {f['floor_s']:6.2f} s  (raw extraction, one process)")
    print(f"{'cold / floor':>15}: {f['cold_to_floor']:.2f}x  (median of the pairs "
          f"{', '.join(f'{r:.2f}' for r in f['cold_to_floor_runs'])}; first run / floor: "
          f"{f['first_run_to_floor']:.2f}x)")
    for suffix in (".docx", ".pdf"):
        print(f"{'one ' + suffix:>15}: {f[f'single{suffix}_median_s']:6.2f} s median wall "
              f"(as a hook; first run on a machine "
              f"{f[f'single{suffix}_first_run_median_s']:.2f} s, "
              f"--no-cache {f[f'single{suffix}_no_cache_median_s']:.2f} s)")
    stages = f["stages_s"]
    total = sum(stages.values()) or 1.0
    split = ", ".join(f"{k} {v:.2f} s ({100 * v / total:.0f}%)" for k, v in stages.items())
    print(f"{'stages':>15}: {split} (one process, summed)")
    if "distributed" in f:
        for label, value in f["distributed"].items():
            if label.startswith("overhead"):
                print(f"{label:>22}: {value:6.2f} (Dask time / local time, same processes)")
            elif label.startswith("dask start-up"):
                print(f"{label:>22}: {value:6.2f} s (cluster start, not counted above)")
            else:
                print(f"{label:>22}: {value:6.2f} s  {n / value:7.1f} docs/s")
    measured = {
        "cold wall (s)": f["cold"]["wall_s"], "peak PSS (MB)": f["cold"]["peak_pss_mb"],
        "cached wall (s)": f["cached"]["wall_s"], "one .docx (s)": f["single.docx_median_s"],
        "one .pdf (s)": f["single.pdf_median_s"], "cold / floor": f["cold_to_floor"],
    }
    verdicts = [f"{k} {v:.2f} {'<=' if v <= TARGETS[k] else '>'} {TARGETS[k]:g}"
                for k, v in measured.items()]
    print(f"{'targets':>15}: " + "; ".join(verdicts))


if __name__ == "__main__":
    main()

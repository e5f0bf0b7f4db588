"""Distributed mode of the benchmark: Dask LocalCluster against local worker processes.

Each figure is the seconds spent linting the same files, cold (no cache), with the rules
already compiled: local runs through :func:`jdlint.run.pool.run` with ``--jobs`` 1 and 2, Dask
through :func:`jdlint.run.distributed.dask_runner.benchmark` with 1 and 2 worker processes (cluster
start-up reported apart, since a real cluster is already running). The overhead ratio is Dask's
time over the local run's with the same number of processes.
"""

from __future__ import annotations

import time
from pathlib import Path

from jdlint.run.pool import preload, run
from jdlint.run.settings import Settings


def _local(files: list[Path], jobs: int) -> float:
    started = time.perf_counter()
    run(files, Settings(jobs=jobs))
    return time.perf_counter() - started


def compare(files: list[Path]) -> dict[str, float]:
    """Return seconds for local --jobs 1/2 and Dask 1/2 workers, with overhead ratios."""
    from jdlint.run.distributed.dask_runner import benchmark

    preload(Settings())
    figures: dict[str, float] = {}
    for jobs in (1, 2):
        figures[f"local --jobs {jobs}"] = _local(files, jobs)
    for workers in (1, 2):
        timing = benchmark(files, workers)
        figures[f"dask {workers} worker{'s' if workers > 1 else ''}"] = timing["lint_seconds"]
        figures[f"dask start-up ({workers})"] = timing["startup_seconds"]
    for workers in (1, 2):
        label = f"dask {workers} worker{'s' if workers > 1 else ''}"
        figures[f"overhead x{workers}"] = figures[label] / figures[f"local --jobs {workers}"]
    return figures

"""Lint many documents on a Dask cluster: a LocalCluster on this machine, or a scheduler's.

Work is split into partitions of sources (paths or URLs); each task reads its own files on the
worker and returns plain JSON-schema dicts. Options travel once per worker (one task holds
them with their extra rule folders, see :mod:`jdlint.run.distributed.shipping`); each worker
process builds the rule set once, warmed up before the first task so that no document's time
limit pays for it.
A worker that dies is retried by Dask (``distributed.scheduler.allowed-failures``); if a
partition still fails, its documents are run one per task, then any that failed again one at a
time, and a document whose worker dies even alone becomes an error result instead of failing
the whole run.
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

try:
    import dask.bag as db
    from dask.delayed import delayed
    from distributed import Client, KilledWorker, LocalCluster, as_completed
except ImportError as missing:  # pragma: no cover - depends on the environment
    raise ImportError(
        "jdlint's Dask runner needs Dask: pip install 'jdlint[dask]'") from missing

from jdlint.results import DocumentResult, Status
from jdlint.run.distributed.record import (
    Record,
    lint_record,
    lint_source_record,
    lost_worker_error,
    warm_up,
)
from jdlint.run.distributed.shipping import ShippedSettings, ship, unpack
from jdlint.run.distributed.sources import expand
from jdlint.run.settings import Settings
from jdlint.run.unit import error_result

MAX_PARTITION_SIZE = 64  # documents per task: ~5,000 tasks for 300,000 JDs
Progress = Callable[[int, int, str], None]
PartitionTask = Callable[[Sequence[str], ShippedSettings], list[Record]]


def lint_paths(paths_or_urls: Iterable[str | Path], settings: Settings | None = None, *,
               client: Client | None = None, scheduler: str | None = None,
               workers: int | None = None, partition_size: int | None = None,
               progress: Progress | None = None) -> list[DocumentResult]:
    """Lint files, folders and fsspec URLs on Dask; results in discovery order.

    Uses ``client`` if given, else connects to ``scheduler``, else starts a LocalCluster of
    ``workers`` single-threaded processes (default: one per core) for the run. Folders are
    walked with the settings' ``exclude`` globs; each document gets the settings' time limit.
    """
    settings = settings or Settings()
    sources = expand(paths_or_urls, settings.exclude)
    if not sources:
        return []
    with connect(client, scheduler, workers) as active:
        records = lint_sources(active, sources, settings, partition_size=partition_size,
                               progress=progress)
    return [DocumentResult.from_dict(r) for r in records]


def lint_partition(sources: Sequence[str], shipped: ShippedSettings) -> list[Record]:
    """Read and lint one partition of sources on a worker."""
    settings = unpack(shipped)
    return [lint_source_record(source, settings) for source in sources]


def lint_sources(client: Client, sources: Sequence[str], settings: Settings | None = None, *,
                 partition_size: int | None = None, progress: Progress | None = None,
                 task: PartitionTask = lint_partition) -> list[Record]:
    """Lint sources on a connected cluster; one record per source, in the order given."""
    shipped = ship(settings)
    client.run(_warm_up, shipped)  # a broken rule file fails here, before any document
    # A task, not scattered data: if every worker holding it dies, Dask can recompute it.
    shipped_future = client.submit(_identity, shipped, pure=False)
    size = partition_size or _partition_size(len(sources), len(client.scheduler_info()["workers"]))
    starts = range(0, len(sources), size)
    parts = {start: list(sources[start:start + size]) for start in starts}
    records: dict[int, Record] = {}
    lost: list[int] = []

    def submit(batches: dict[int, list[str]]) -> dict[Any, int]:
        futures = client.map(task, list(batches.values()), shipped=shipped_future, pure=False)
        return dict(zip(futures, batches, strict=True))

    def collect(futures: dict[Any, int], batches: dict[int, list[str]]) -> None:
        for future in as_completed(futures):
            start = futures[future]
            try:
                results = future.result()
            except KilledWorker:
                lost.extend(range(start, start + len(batches[start])))
                continue
            for offset, record in enumerate(results):
                records[start + offset] = record
                if progress:
                    progress(len(records), len(sources), sources[start + offset])

    collect(submit(parts), parts)
    if lost:  # rerun the documents of dead partitions alone, to find the ones that kill
        singles = {index: [sources[index]] for index in lost}
        lost.clear()
        collect(submit(singles), singles)
    # A dying worker takes down every task queued on it: only a document run on its own,
    # with nothing else in flight, is known to be the one that kills.
    suspects = list(lost)
    for index in suspects:
        lost.clear()
        collect(submit({index: [sources[index]]}), {index: [sources[index]]})
        if lost:
            records[index] = error_result(sources[index], lost_worker_error()).as_dict()
            if progress:
                progress(len(records), len(sources), sources[index])
    return [records[index] for index in range(len(sources))]


def lint_bag(bag: db.Bag, settings: Settings | None = None) -> db.Bag:
    """Return a Bag of JSON-schema dicts from a Bag of ``(name, bytes)`` pairs."""
    linted: db.Bag = bag.map_partitions(_lint_pairs,
                                        shipped=delayed(ship(settings), traverse=False))
    return linted


def lint_files_bag(paths_or_urls: Iterable[str | Path], settings: Settings | None = None, *,
                   partition_size: int = MAX_PARTITION_SIZE) -> db.Bag:
    """Return a Bag of JSON-schema dicts for files, folders and URLs, read on the workers."""
    settings = settings or Settings()
    sources = expand(paths_or_urls, settings.exclude)
    linted: db.Bag = db.from_sequence(sources, partition_size=partition_size).map_partitions(
        lint_partition, shipped=delayed(ship(settings), traverse=False))
    return linted


@contextmanager
def connect(client: Client | None = None, scheduler: str | None = None,
            workers: int | None = None) -> Iterator[Client]:
    """Yield ``client``, or a client of ``scheduler``, or of a LocalCluster made for the run."""
    if client is not None:
        yield client
        return
    if scheduler is not None:
        with Client(scheduler) as remote:
            yield remote
        return
    with (LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                       processes=True, dashboard_address=None) as cluster,
          Client(cluster) as local):
        yield local


def benchmark(paths: Iterable[str | Path], workers: int, settings: Settings | None = None, *,
              partition_size: int | None = None) -> dict[str, Any]:
    """Time a run on a LocalCluster of ``workers`` processes: start-up and linting apart."""
    sources = expand(paths)
    started = time.perf_counter()
    with connect(workers=workers) as client:
        client.run(_warm_up, ship(settings))
        ready = time.perf_counter()
        records = lint_sources(client, sources, settings, partition_size=partition_size)
        finished = time.perf_counter()
    seconds = finished - ready
    return {
        "workers": workers,
        "documents": len(records),
        "errors": sum(r["status"] == Status.ERROR for r in records),
        "startup_seconds": round(ready - started, 3),
        "lint_seconds": round(seconds, 3),
        "documents_per_second": round(len(records) / seconds, 1) if seconds else None,
    }


def _identity(value: ShippedSettings) -> ShippedSettings:
    return value


def _warm_up(shipped: ShippedSettings) -> None:
    warm_up(unpack(shipped))


def _partition_size(documents: int, workers: int) -> int:
    """Aim for four tasks per worker (load balance) but no more than MAX_PARTITION_SIZE each."""
    return max(1, min(MAX_PARTITION_SIZE, math.ceil(documents / (4 * max(workers, 1)))))


def _lint_pairs(pairs: Iterable[tuple[str, bytes]], shipped: ShippedSettings) -> list[Record]:
    settings = unpack(shipped)
    return [lint_record(name, data, settings) for name, data in pairs]

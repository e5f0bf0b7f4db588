"""Worker processes for a local run: files linted in parallel, a crashing file isolated.

How a run uses processes (Linux): one or two files are read in this process; more go to a pool
of ``jobs`` workers (default: one per core) started by fork after the compiled rules
(tokenizer and phrase indexes) and the readers' libraries are loaded here, so no worker builds
them itself. Files go to the workers in chunks (up to 16, about eight chunks per worker) to
save round trips; .doc and .rtf files in chunks of their own, each converted by one
LibreOffice call (:mod:`jdlint.run.convert`). A worker that dies breaks the pool: the files
in workers' hands then are rerun one at a time in pools of their own, the one that kills its
worker is reported as damaged, and the rest carry on in a new pool.
"""

from __future__ import annotations

import importlib
import multiprocessing
import multiprocessing.context
import os
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from contextlib import suppress
from pathlib import Path

from jdlint.errors import ErrorCategory, ReadError
from jdlint.judge.catalogue import ruleset_for
from jdlint.read.legacy.soffice import scratch
from jdlint.results import DocumentResult, with_shared_strings
from jdlint.run import lifeline
from jdlint.run.convert import chunked, converted_first, is_legacy
from jdlint.run.settings import Settings
from jdlint.run.unit import error_result
from jdlint.run.worker import lint_file

Progress = Callable[[int, int, str], None]
Sink = Callable[[int, DocumentResult], None]  # (position in the paths given, its result)

_MAX_CHUNK = 16
_MAX_LEGACY_CHUNK = 64  # LibreOffice starts once per chunk (a second or two): bigger chunks
_CHUNKS_PER_JOB = 8
_READER_MODULES = ("jdlint.read.docx", "jdlint.read.pdf", "jdlint.read.pdf.pdfium_backend",
                   "jdlint.read.text", "jdlint.read.markdown", "jdlint.read.odt",
                   "jdlint.read.html", "jdlint.read.legacy", "jdlint.structure")


def run(paths: Sequence[Path | str], settings: Settings, progress: Progress | None = None,
        sink: Sink | None = None) -> list[DocumentResult]:
    """Lint every file, in parallel when it pays.

    Each result goes to ``sink`` with its position in ``paths`` as soon as it is known (in any
    order), and then is not kept; with no sink, results are returned in the order of ``paths``.
    """
    names = [str(p) for p in paths]
    jobs = settings.jobs or default_jobs()
    kept: list[DocumentResult | None] = [None] * len(names) if sink is None else []

    def take(index: int, result: DocumentResult) -> None:
        if sink is None:
            kept[index] = with_shared_strings(result)
        else:
            sink(index, with_shared_strings(result))

    with scratch():  # LibreOffice's copies and profiles; leftovers killed and removed at the end
        if jobs <= 1 or len(names) <= 2:
            for start, block in enumerate(chunked(names, _MAX_LEGACY_CHUNK)):
                with converted_first(block, settings):
                    for offset, name in enumerate(block):
                        index = start * _MAX_LEGACY_CHUNK + offset
                        take(index, lint_file(name, settings))
                        if progress:
                            progress(index + 1, len(names), name)
        else:
            _run_pool(names, settings, min(jobs, len(names)), progress, take)
    return [r for r in kept if r is not None]


def default_jobs() -> int:
    """Return the number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def preload(settings: Settings) -> None:
    """Load the compiled rules and the readers' libraries into this process."""
    from jdlint.judge.matching import compile_rules

    compile_rules(ruleset_for(settings.extra_rules))
    for module in _READER_MODULES:
        try:
            importlib.import_module(module)
        except ImportError:  # an optional reader library (pypdfium2) that is not installed
            continue


def lint_chunk(paths: Sequence[str], settings: Settings) -> list[DocumentResult]:
    """Lint a few files in one worker call (one round trip to the pool for several files)."""
    with converted_first(paths, settings):
        return [lint_file(path, settings) for path in paths]


def _context() -> multiprocessing.context.BaseContext | None:
    """Fork where it exists (Linux): workers start at once with the parent's loaded state."""
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return None  # macOS and Windows: the platform's safe default (spawn)


def _chunks(names: Sequence[str], indices: Sequence[int], jobs: int) -> list[list[int]]:
    """Split ``indices`` (of ``names``) into chunks small enough to balance the load, big
    enough to save round trips.

    .doc and .rtf files go in chunks of their own, one per worker up to 64 files: each chunk
    starts LibreOffice once, which costs about twenty conversions (``bench/convert_speed.py``).
    """
    legacy = [i for i in indices if is_legacy(names[i])]
    rest = [i for i in indices if not is_legacy(names[i])]
    size = max(1, min(_MAX_CHUNK, len(rest) // (jobs * _CHUNKS_PER_JOB)))
    wide = max(1, min(_MAX_LEGACY_CHUNK, -(-len(legacy) // jobs)))
    return ([legacy[i:i + wide] for i in range(0, len(legacy), wide)]
            + [rest[i:i + size] for i in range(0, len(rest), size)])


def _run_pool(names: list[str], settings: Settings, jobs: int, progress: Progress | None,
              sink: Sink) -> None:
    context = _context()
    if context is not None:
        preload(settings)  # before forking, so the workers inherit it
    done = _Done(names, sink, progress)
    pending: Sequence[int] = range(len(names))
    while pending:
        suspects = _pool_pass(_chunks(names, pending, jobs), settings, jobs, context, done)
        if suspects is not None:
            # A worker died. Rerun the files it may have been reading one at a time, each in a
            # pool of its own, to find the one that kills the reader; the rest go round again.
            for index in [i for i in (suspects or pending) if i not in done]:
                crashed = _pool_pass([[index]], settings, 1, context, done)
                if crashed is not None:
                    done.add(index, error_result(names[index], ReadError(
                        ErrorCategory.CORRUPT,
                        "The reader crashed on this file; it is probably damaged.")))
        pending = [i for i in pending if i not in done]


class _Done:
    """The files whose results are known, by position: each result is handed on, not kept.

    One flag a file (a ``bytearray``), not a map by name: a run of 20,000 files held two maps
    of its paths in the parent, about 170 bytes a file each (tracemalloc, 2026-12-04).
    """

    def __init__(self, names: list[str], sink: Sink, progress: Progress | None) -> None:
        self.names = names
        self._known = bytearray(len(names))
        self._sink, self._progress, self._total = sink, progress, len(names)
        self._count = 0

    def __contains__(self, index: object) -> bool:
        return isinstance(index, int) and bool(self._known[index])

    def add(self, index: int, result: DocumentResult) -> None:
        if self._known[index]:
            return
        self._known[index] = 1
        self._sink(index, result)
        self._count += 1
        if self._progress:
            self._progress(self._count, self._total, self.names[index])


def _pool_pass(chunks: list[list[int]], settings: Settings, jobs: int,
               context: multiprocessing.context.BaseContext | None, done: _Done,
               ) -> list[int] | None:
    """Run ``chunks`` (positions in ``done``'s names) in a pool, filling ``done``; if the pool
    broke, return the files that were in a worker's hands then (None if it did not break)."""
    names = done.names
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context,
                               initializer=lifeline.start_worker)
    suspects: list[int] | None = None
    try:
        with lifeline.interrupts_held():  # the first submit forks every worker
            futures = {pool.submit(lint_chunk, [names[i] for i in chunk], settings): chunk
                       for chunk in chunks}
        for future in as_completed(futures):
            try:
                results = future.result()
            except BrokenProcessPool:
                suspects = [i for f, chunk in futures.items() if f.running() or _broke(f)
                            for i in chunk]
                break
            # Dropped from the map: a finished future would hold its results to the end.
            for index, result in zip(futures.pop(future), results, strict=True):
                done.add(index, result)
    except BaseException:  # Ctrl-C, SIGTERM: stop the workers now, not after their chunks
        _stop(pool)
        raise
    pool.shutdown()
    return suspects


def _stop(pool: ProcessPoolExecutor) -> None:
    """Kill a pool's workers and drop its queued work, without waiting for either."""
    # The executor has no public way to kill its processes; shutdown() alone waits for the
    # chunks in hand, which can take a whole file's time limit.
    for process in list(getattr(pool, "_processes", {}).values()):
        process.kill()
    # "cannot join thread before it is started": the signal came just after the workers were
    # forked, before the executor started its manager thread; there is nothing to wait for.
    with suppress(RuntimeError):
        pool.shutdown(wait=True, cancel_futures=True)


def _broke(future: Future[list[DocumentResult]]) -> bool:
    return future.done() and isinstance(future.exception(), BrokenProcessPool)

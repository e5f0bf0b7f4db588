"""Run jdlint over many files: each file read and linted on its own, bad files reported.

A file that cannot be read becomes a result with an error category, never an exception;
a file that takes too long is stopped (``timeout``); a worker that dies is noticed and its
file reported. Inputs are only ever opened for reading.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.context
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from jdlint.api import LintOptions, error_result, lint_bytes, ruleset_for
from jdlint.errors import ErrorCategory, ReadError
from jdlint.results import DocumentResult

if TYPE_CHECKING:
    from jdlint.run.cache import ResultCache

Progress = Callable[[int, int, str], None]

# How a run uses processes (Linux): one or two files are read in this process; more go to a pool
# of ``--jobs`` workers (default: one per core) started by fork after the compiled rules
# (tokenizer and phrase indexes) and the readers' libraries are loaded here, so no worker
# builds them itself. Files go to the workers in chunks (up to 16, about eight chunks per
# worker) to save round trips. A worker that dies breaks the pool: the files in workers' hands
# then are rerun one at a time in pools of their own, the one that kills its worker is reported
# as damaged, and the rest carry on in a new pool.


@dataclass(frozen=True, slots=True)
class RunOptions:
    """How to run: what to lint with, how many processes, how long a file may take."""

    lint: LintOptions = field(default_factory=LintOptions)
    jobs: int | None = None  # None: one per core
    timeout_seconds: float = 60.0
    # Where each result is stored, by the bytes the worker linted (None: not stored). The
    # workers store them, so the writes run in parallel with the reading, and a file that
    # changes after the parent hashed it is stored under its new content, never its old.
    cache: ResultCache | None = None


class FileTimeout(BaseException):
    """Raised by the alarm; a BaseException so readers' broad handlers don't swallow it."""


def lint_file(path: str, options: RunOptions) -> DocumentResult:
    """Read and lint one file from disk, within the time limit; store the result if asked."""
    data = None
    try:
        data = read_capped_bytes(Path(path), options.lint.max_file_mb)
        if _isolated(data):
            result = _lint_in_child(data, path, options)
        else:
            with time_limit(options.timeout_seconds):
                result = lint_bytes(data, path, options.lint)
    except ReadError as error:
        result = error_result(path, error)
    except FileTimeout:
        result = error_result(path, ReadError(
            ErrorCategory.TIMEOUT,
            f"Reading this file took longer than {options.timeout_seconds:g} seconds, so it was "
            "stopped. It may be damaged; try opening and re-saving it.",
        ))
    except MemoryError:
        result = error_result(path, ReadError(
            ErrorCategory.TOO_LARGE, "Reading this file needed more memory than allowed."))
    if data is not None and options.cache is not None:
        options.cache.put(options.cache.key(data), result)  # put() skips machine errors
    return result


def _isolated(data: bytes) -> bool:
    """Tell whether to read in a killable child: PDFs, whose parsers may hang in C code."""
    from jdlint.read.sniff import PDF, sniff
    from jdlint.run import isolate

    return isolate.available() and sniff(data) is PDF


def _lint_in_child(data: bytes, path: str, options: RunOptions) -> DocumentResult:
    """Lint in this process's worker child, killed if it overruns (raises FileTimeout)."""
    from jdlint.run import isolate

    try:
        result: DocumentResult = isolate.shared_worker().call(
            lint_bytes, data, path, options.lint, timeout=options.timeout_seconds)
    except isolate.ChildTimeout:
        raise FileTimeout from None
    except isolate.ChildCrashed:
        return error_result(path, ReadError(
            ErrorCategory.CORRUPT, "The reader crashed on this file; it is probably damaged."))
    return result


def lint_chunk(paths: Sequence[str], options: RunOptions) -> list[DocumentResult]:
    """Lint a few files in one worker call (one round trip to the pool for several files)."""
    return [lint_file(path, options) for path in paths]


def run(paths: Sequence[Path], options: RunOptions, progress: Progress | None = None,
        ) -> list[DocumentResult]:
    """Lint every file, in parallel when it pays; results in the order of ``paths``."""
    names = [str(p) for p in paths]
    jobs = options.jobs or default_jobs()
    if jobs <= 1 or len(names) <= 2:
        results = []
        for index, name in enumerate(names, 1):
            results.append(lint_file(name, options))
            if progress:
                progress(index, len(names), name)
        return results
    return _run_pool(names, options, min(jobs, len(names)), progress)


def default_jobs() -> int:
    """Return the number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def preload(options: RunOptions) -> None:
    """Load the compiled rules and the readers' libraries into this process."""
    import importlib

    from jdlint.judge.matching import compile_rules

    compile_rules(ruleset_for(options.lint.extra_rules))
    for module in _READER_MODULES:
        try:
            importlib.import_module(module)
        except ImportError:  # an optional reader library (pypdfium2) that is not installed
            continue


_READER_MODULES = ("jdlint.read.docx", "jdlint.read.pdf",
                   "jdlint.read.pdf.pdfium_backend", "jdlint.read.text",
                   "jdlint.read.markdown", "jdlint.structure")


def _context() -> multiprocessing.context.BaseContext | None:
    """Fork where it exists (Linux): workers start at once with the parent's loaded state."""
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return None  # macOS and Windows: the platform's safe default (spawn)


def _chunks(names: list[str], jobs: int) -> list[list[str]]:
    """Split into chunks small enough to balance the load, big enough to save round trips."""
    size = max(1, min(_MAX_CHUNK, len(names) // (jobs * _CHUNKS_PER_JOB)))
    return [names[i:i + size] for i in range(0, len(names), size)]


_MAX_CHUNK = 16
_CHUNKS_PER_JOB = 8


def _run_pool(names: list[str], options: RunOptions, jobs: int, progress: Progress | None,
              ) -> list[DocumentResult]:
    context = _context()
    if context is not None:
        preload(options)  # before forking, so the workers inherit it
    done: dict[str, DocumentResult] = {}
    pending = list(names)
    while pending:
        suspects = _pool_pass(_chunks(pending, jobs), options, jobs, context, done, progress,
                              len(names))
        if suspects is not None:
            # A worker died. Rerun the files it may have been reading one at a time, each in a
            # pool of its own, to find the one that kills the reader; the rest go round again.
            for name in [n for n in (suspects or pending) if n not in done]:
                crashed = _pool_pass([[name]], options, 1, context, done, progress, len(names))
                if crashed is not None:
                    done[name] = error_result(name, ReadError(
                        ErrorCategory.CORRUPT,
                        "The reader crashed on this file; it is probably damaged."))
        pending = [n for n in pending if n not in done]
    return [done[n] for n in names]


def _pool_pass(chunks: list[list[str]], options: RunOptions, jobs: int,
               context: multiprocessing.context.BaseContext | None,
               done: dict[str, DocumentResult], progress: Progress | None, total: int,
               ) -> list[str] | None:
    """Run ``chunks`` in a pool, filling ``done``; if the pool broke, return the files that
    were in a worker's hands then (None if it did not break)."""
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        futures = {pool.submit(lint_chunk, chunk, options): chunk for chunk in chunks}
        for future in as_completed(futures):
            try:
                results = future.result()
            except BrokenProcessPool:
                return [n for f, chunk in futures.items() if f.running() or _broke(f)
                        for n in chunk]
            for name, result in zip(futures[future], results, strict=True):
                done[name] = result
                if progress:
                    progress(len(done), total, name)
    return None


def _broke(future: Future[list[DocumentResult]]) -> bool:
    return future.done() and isinstance(future.exception(), BrokenProcessPool)


def read_capped_bytes(path: Path, max_mb: float) -> bytes:
    """Read a file, refusing it as ``too-large`` from its size before reading a byte."""
    from jdlint.api import read_bytes, too_large_error

    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    if size > max_mb * 1024 * 1024:
        raise too_large_error(size, max_mb)
    return read_bytes(path)


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise FileTimeout in this (main) thread after ``seconds``; no-op elsewhere."""
    if seconds <= 0 or not hasattr(signal, "setitimer"):
        yield
        return
    try:
        previous = signal.signal(signal.SIGALRM, _alarm)
    except ValueError:  # not the main thread: no alarm available
        yield
        return
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _alarm(signum: int, frame: object) -> None:
    raise FileTimeout

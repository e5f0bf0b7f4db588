"""Run jdlint over many files: each file read and linted on its own, bad files reported.

A file that cannot be read becomes a result with an error category, never an exception;
a file that takes too long is stopped (``timeout``); a worker that dies is noticed and its
file reported. Inputs are only ever opened for reading.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from jdlint.api import error_result
from jdlint.errors import ErrorCategory, ReadError
from jdlint.lint import LintOptions, lint_bytes, ruleset_for
from jdlint.results import DocumentResult

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True, slots=True)
class RunOptions:
    """How to run: what to lint with, how many processes, how long a file may take."""

    lint: LintOptions = field(default_factory=LintOptions)
    jobs: int | None = None  # None: one per core
    timeout_seconds: float = 60.0


class _FileTimeout(BaseException):
    """Raised by the alarm; a BaseException so readers' broad handlers don't swallow it."""


def lint_file(path: str, options: RunOptions) -> DocumentResult:
    """Read and lint one file from disk, within the time limit."""
    try:
        data = _read_bytes(Path(path), options.lint.max_file_mb)
        with _time_limit(options.timeout_seconds):
            return lint_bytes(data, path, options.lint)
    except ReadError as error:
        return error_result(path, error)
    except _FileTimeout:
        return error_result(path, ReadError(
            ErrorCategory.TIMEOUT,
            f"Reading this file took longer than {options.timeout_seconds:g} seconds, so it was "
            "stopped. It may be damaged; try opening and re-saving it.",
        ))
    except MemoryError:
        return error_result(path, ReadError(
            ErrorCategory.TOO_LARGE, "Reading this file needed more memory than allowed."))


def run(paths: Sequence[Path], options: RunOptions, progress: Progress | None = None,
        ) -> list[DocumentResult]:
    """Lint every file, in parallel when it pays; results in the order of ``paths``."""
    names = [str(p) for p in paths]
    jobs = options.jobs or os.cpu_count() or 1
    if jobs <= 1 or len(names) <= 2:
        results = []
        for index, name in enumerate(names, 1):
            results.append(lint_file(name, options))
            if progress:
                progress(index, len(names), name)
        return results
    return _run_pool(names, options, jobs, progress)


def _run_pool(names: list[str], options: RunOptions, jobs: int, progress: Progress | None,
              ) -> list[DocumentResult]:
    # Load the rules before forking so workers share them instead of each loading spaCy.
    ruleset_for(options.lint.extra_rules)
    done: dict[str, DocumentResult] = {}
    pending = list(names)
    while pending:
        crashed = _pool_pass(pending, options, min(jobs, len(pending)), done, progress, len(names))
        pending = [n for n in pending if n not in done]
        if crashed and pending:
            # A worker died: retry the unfinished files one at a time to find the culprit.
            for name in pending:
                if _pool_pass([name], options, 1, done, progress, len(names)):
                    done[name] = error_result(name, ReadError(
                        ErrorCategory.CORRUPT,
                        "The reader crashed on this file; it is probably damaged."))
            pending = []
    return [done[n] for n in names]


def _pool_pass(names: list[str], options: RunOptions, jobs: int, done: dict[str, DocumentResult],
               progress: Progress | None, total: int) -> bool:
    """Run ``names`` in a pool, filling ``done``; return True if the pool broke."""
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures: dict[Future[DocumentResult], str] = {
            pool.submit(lint_file, name, options): name for name in names}
        for future, name in _completed(futures):
            try:
                done[name] = future.result()
            except BrokenProcessPool:
                return True
            if progress:
                progress(len(done), total, name)
    return False


Pending = dict[Future[DocumentResult], str]


def _completed(futures: Pending) -> Iterator[tuple[Future[DocumentResult], str]]:
    for future in as_completed(futures):
        yield future, futures[future]


def _read_bytes(path: Path, max_mb: float) -> bytes:
    from jdlint.api import read_bytes
    from jdlint.lint import _too_large

    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    if size > max_mb * 1024 * 1024:
        raise _too_large(size, max_mb)
    return read_bytes(path)


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Raise _FileTimeout in this (main) thread after ``seconds``; no-op elsewhere."""
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
    raise _FileTimeout

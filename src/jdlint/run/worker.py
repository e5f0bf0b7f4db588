"""What a worker does with one file: read it within its limits, lint it, store the result.

Limits: the file's size (refused before a byte is read), its time (an alarm in this process;
PDFs, whose parsers may hang in C code, are read in a killable child, :mod:`jdlint.run.isolate`)
and memory. Whatever happens to the file becomes a result with an error category.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from jdlint.errors import ErrorCategory, ReadError
from jdlint.results import DocumentResult
from jdlint.run.cache import cache_for
from jdlint.run.settings import Settings
from jdlint.run.unit import error_result, lint_bytes, read_capped_bytes


class FileTimeout(BaseException):
    """Raised by the alarm; a BaseException so readers' broad handlers don't swallow it."""


def lint_file(path: str, settings: Settings) -> DocumentResult:
    """Read and lint one file from disk, within the time limit; store the result if cached."""
    data = None
    try:
        data = read_capped_bytes(Path(path), settings.max_file_mb)
        if _isolated(data):
            result = _lint_in_child(data, path, settings)
        else:
            with time_limit(settings.timeout_seconds):
                result = lint_bytes(data, path, settings)
    except ReadError as error:
        result = error_result(path, error)
    except FileTimeout:
        result = error_result(path, timeout_error(settings.timeout_seconds))
    except MemoryError:
        result = error_result(path, ReadError(
            ErrorCategory.TOO_LARGE, "Reading this file needed more memory than allowed."))
    cache = cache_for(settings)
    if data is not None and cache is not None:
        cache.put(cache.key(data), result)  # put() skips results that depend on the machine
    return result


def timeout_error(seconds: float) -> ReadError:
    """Return the error of a file stopped after ``seconds``."""
    return ReadError(
        ErrorCategory.TIMEOUT,
        f"Reading this file took longer than {seconds:g} seconds, so it was stopped. "
        "It may be damaged; try opening and re-saving it.",
    )


def _isolated(data: bytes) -> bool:
    """Tell whether to read in a killable child: PDFs, whose parsers may hang in C code."""
    from jdlint.read.sniff import PDF, sniff
    from jdlint.run import isolate

    return isolate.available() and sniff(data) is PDF


def _lint_in_child(data: bytes, path: str, settings: Settings) -> DocumentResult:
    """Lint in this process's worker child, killed if it overruns (raises FileTimeout)."""
    from jdlint.run import isolate

    try:
        result: DocumentResult = isolate.shared_worker().call(
            lint_bytes, data, path, settings, timeout=settings.timeout_seconds)
    except isolate.ChildTimeout:
        raise FileTimeout from None
    except isolate.ChildCrashed:
        return error_result(path, ReadError(
            ErrorCategory.CORRUPT, "The reader crashed on this file; it is probably damaged."))
    return result


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

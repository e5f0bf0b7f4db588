"""Stop waiting for one document after a time limit, on any thread.

On the main thread of a process (the local runner's workers, Spark's Python workers) the limit
is a ``SIGALRM`` timer, as in :mod:`jdlint.run.worker`: the document's work is interrupted where it
stands. Signals only reach the main thread, and Dask runs tasks in worker threads, so there the
work runs in a watchdog thread instead: after the limit the caller gets :class:`DocumentTimeout`
at once, and the stray thread is asked to stop by an asynchronous exception, which Python
delivers at its next bytecode. Trade-off: a thread stuck inside one long C call (a pathological
regular expression, say) keeps its CPU until that call returns; the result is reported as a
timeout on time all the same. A subprocess per document would stop it dead, but costs a
process (and a copy of spaCy and the rules) per worker thread and cannot be started from
Dask's daemonic worker processes.
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Callable
from typing import TypeVar

from jdlint.run.worker import FileTimeout, time_limit

T = TypeVar("T")


class DocumentTimeout(Exception):
    """The document took longer than its time limit."""


class _Stop(BaseException):
    """Raised inside a stray watchdog thread; a BaseException so broad handlers let it pass."""


def call_with_timeout(function: Callable[[], T], seconds: float | None) -> T:
    """Return ``function()``, or raise DocumentTimeout once it has run ``seconds``."""
    if seconds is None or seconds <= 0:
        return function()
    if threading.current_thread() is threading.main_thread():
        try:
            with time_limit(seconds):
                return function()
        except FileTimeout:
            raise DocumentTimeout from None
    return _call_in_watchdog(function, seconds)


def _call_in_watchdog(function: Callable[[], T], seconds: float) -> T:
    outcome: list[tuple[bool, object]] = []

    def target() -> None:
        try:
            outcome.append((True, function()))
        except _Stop:
            pass
        except BaseException as error:  # handed to the caller, re-raised there
            outcome.append((False, error))

    thread = threading.Thread(target=target, name="jdlint-document", daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        _raise_in(thread)
        raise DocumentTimeout
    ok, value = outcome[0]
    if ok:
        return value  # type: ignore[return-value]
    raise value  # type: ignore[misc]


def _raise_in(thread: threading.Thread) -> None:
    """Ask a thread to stop: _Stop is raised in it at its next Python bytecode."""
    if thread.ident is not None:
        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread.ident),
                                                   ctypes.py_object(_Stop))

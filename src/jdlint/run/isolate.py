"""Run risky calls in a forked child process that can be killed, under a memory cap.

An alarm signal stops a pure-Python loop, but not a hang inside C code (a PDF backend such
as pypdfium2, a decompressor), and nothing in-process stops a file that eats all the
memory. So the runner reads PDFs through a :class:`Worker`: a ``fork`` of the current
process (the rules and readers it has loaded come along, shared copy-on-write) whose
address space is capped with ``RLIMIT_AS``, that takes calls one at a time over a pipe,
and that is killed with ``SIGKILL`` (and replaced on the next call) when a call overruns
its time or the child dies. One long-lived child keeps the cost to a pickle round trip per
file (a fresh fork per file costs about 25 ms). Where ``fork`` is missing (Windows), calls
run in-process.
"""

from __future__ import annotations

import atexit
import os
import pickle
import select
import signal
import struct
import time
from collections.abc import Callable
from typing import Any

from jdlint.run import lifeline

MEMORY_HEADROOM_MB = 2048  # what a child may map beyond what its parent had mapped
RECYCLE_AFTER = 200  # calls before a fresh child, so that no leak or cache builds up
_HEADER = struct.Struct("!Q")


class ChildTimeout(Exception):
    """The child ran past its time limit and was killed."""


class ChildCrashed(Exception):
    """The child died without answering (a crash in C code, or killed by the system)."""


def available() -> bool:
    """Tell whether calls can run in a killable child on this platform."""
    return hasattr(os, "fork")


class Worker:
    """A forked child that runs calls one at a time, replaced whenever one goes wrong."""

    def __init__(self, memory_mb: float = MEMORY_HEADROOM_MB) -> None:
        self.memory_mb = memory_mb
        self._pid: int | None = None
        self._owner = 0  # the process that forked the child: a forked copy must not use it
        self._send = self._recv = -1
        self._calls = 0

    def call(self, func: Callable[..., Any], *args: Any, timeout: float) -> Any:
        """Return ``func(*args)`` run in the child; re-raise the exception it raised.

        ``func`` and ``args`` must pickle (a module-level function). Raise
        :class:`ChildTimeout` after ``timeout`` seconds (0: no limit) and
        :class:`ChildCrashed` if the child dies without answering.
        """
        if not available():
            return func(*args)
        if self._pid is None or self._owner != os.getpid() or self._calls >= RECYCLE_AFTER:
            self._start()
        self._calls += 1
        try:
            _write(self._send, pickle.dumps((func, args), protocol=pickle.HIGHEST_PROTOCOL))
            ok, value = pickle.loads(_read(self._recv, timeout))
        except BrokenPipeError as exc:
            self.stop()
            raise ChildCrashed from exc
        except BaseException:  # time out, crash, Ctrl-C or an alarm: leave no child behind
            self.stop()
            raise
        if ok:
            return value
        self.stop()  # after an exception (MemoryError above all) start clean
        raise value

    def stop(self) -> None:
        """Kill the child (if this process started it) and forget it."""
        if self._pid is not None and self._owner == os.getpid():
            for fd in (self._send, self._recv):
                os.close(fd)
            try:
                os.kill(self._pid, signal.SIGKILL)
                os.waitpid(self._pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass  # already gone
        self._pid = None

    def _start(self) -> None:
        self.stop()
        mapped = _address_space()
        limit = mapped + int(self.memory_mb * 1024 * 1024) if self.memory_mb > 0 and mapped else 0
        to_child, from_parent = os.pipe()
        to_parent, from_child = os.pipe()
        kernel_watch = lifeline.forked_from_main_thread()
        with lifeline.interrupts_held():  # a Ctrl-C now reaches the child once it ignores it
            pid = os.fork()
            if pid == 0:
                lifeline.worker_signals()  # before the block ends and unblocks the signal
        if pid == 0:  # the child: serves until the parent closes the pipe, never returns
            os.close(from_parent)
            os.close(to_parent)
            _serve(to_child, from_child, limit, kernel_watch)
        os.close(to_child)
        os.close(from_child)
        self._pid, self._owner, self._calls = pid, os.getpid(), 0
        self._send, self._recv = from_parent, to_parent


def _serve(requests: int, answers: int, limit: int, kernel_watch: bool) -> None:
    status = 0
    try:
        lifeline.keep_inherited_shared()  # the worker's objects stay shared with it
        signal.signal(signal.SIGALRM, signal.SIG_DFL)  # only the parent's clock counts
        lifeline.worker_signals()  # Ctrl-C is the parent's to handle
        lifeline.tie_to_parent(kernel=kernel_watch)  # a killed parent leaves no child
        if limit:
            import resource

            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        while True:
            try:
                request = _read(requests, 0)
            except ChildCrashed:  # the parent closed the pipe: done
                break
            try:
                func, args = pickle.loads(request)
                answer = pickle.dumps((True, func(*args)), protocol=pickle.HIGHEST_PROTOCOL)
            except BaseException as exc:  # every failure goes back to the parent as a value
                try:
                    answer = pickle.dumps((False, exc))
                except Exception:
                    answer = pickle.dumps((False, RuntimeError(f"{type(exc).__name__}: {exc}")))
            _write(answers, answer)
    except BaseException:
        status = 1
    finally:
        os._exit(status)


def _write(fd: int, payload: bytes) -> None:
    view = memoryview(_HEADER.pack(len(payload)) + payload)
    while view:
        view = view[os.write(fd, view):]


def _read(fd: int, timeout: float) -> bytes:
    """Read one message; raise ChildTimeout when time runs out, ChildCrashed at end of pipe."""
    deadline = time.monotonic() + timeout if timeout > 0 else None
    header = _read_exactly(fd, _HEADER.size, deadline)
    return _read_exactly(fd, _HEADER.unpack(header)[0], deadline)


def _read_exactly(fd: int, size: int, deadline: float | None) -> bytes:
    chunks: list[bytes] = []
    while size:
        wait = None if deadline is None else deadline - time.monotonic()
        if wait is not None and wait <= 0:
            raise ChildTimeout
        ready, _, _ = select.select([fd], [], [], wait)
        if not ready:
            continue
        chunk = os.read(fd, min(size, 1 << 20))
        if not chunk:
            raise ChildCrashed
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _address_space() -> int:
    """Return this process's mapped address space in bytes (0 where it cannot be told)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[0])
    except (OSError, ValueError, IndexError):
        return 0
    return pages * os.sysconf("SC_PAGE_SIZE")


_SHARED: Worker | None = None


def shared_worker() -> Worker:
    """Return this process's worker (a fresh one in a forked copy of the process)."""
    global _SHARED
    if _SHARED is None or _SHARED._owner not in (0, os.getpid()):
        _SHARED = Worker()
        atexit.register(_SHARED.stop)
    return _SHARED

"""Stopping a run: Ctrl-C and SIGTERM unwind like an exception, so nothing is left behind.

Python turns SIGINT into ``KeyboardInterrupt``; SIGTERM (a CI runner's cancel, ``kill``)
would end the process at once, leaving a half-written report's temporary file and the
worker processes. :func:`on_terminate` makes SIGTERM raise :class:`Interrupted` instead, so
the same unwinding runs for both: atomic writers delete their temporary files, the pool kills
its workers, and the command exits 130 (SIGINT) or 143 (SIGTERM) with one line. Workers
themselves ignore SIGINT (:mod:`jdlint.run.lifeline`): the decision is the main process's.
"""

from __future__ import annotations

import signal
import threading
from types import FrameType

from jdlint.errors import ExitCode


class Interrupted(BaseException):
    """The run was asked to stop by a signal; a BaseException so no handler swallows it."""

    def __init__(self, exit_code: ExitCode) -> None:
        super().__init__(exit_code)
        self.exit_code = exit_code


def on_terminate() -> None:
    """Make SIGTERM unwind this process like Ctrl-C does (main thread only)."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _terminate)


def _terminate(signum: int, frame: FrameType | None) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a second SIGTERM ends it at once
    raise Interrupted(ExitCode.TERMINATED)

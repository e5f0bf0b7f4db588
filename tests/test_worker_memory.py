"""Forked workers keep what their parent held shared: their collections must not copy it.

Measured by the child's private dirty memory, on Linux (``/proc/self/smaps_rollup``).
"""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest

from jdlint.run import lifeline

ROLLUP = Path("/proc/self/smaps_rollup")
pytestmark = pytest.mark.skipif(not ROLLUP.exists() or not hasattr(os, "fork"),
                                reason="needs fork and /proc/self/smaps_rollup (Linux)")


def _private_dirty_kb() -> int:
    for line in ROLLUP.read_text().splitlines():
        if line.startswith("Private_Dirty:"):
            return int(line.split()[1])
    raise AssertionError("no Private_Dirty line")


def _copied_by_a_collection(freeze: bool) -> int:
    """Fork, collect in the child, return the KB the collection made private there."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            if freeze:
                lifeline.keep_inherited_shared()
            before = _private_dirty_kb()
            gc.collect()
            os.write(write, str(_private_dirty_kb() - before).encode())
        finally:
            os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    with os.fdopen(read) as answer:
        return int(answer.read())


def test_a_worker_s_collections_leave_the_parent_s_objects_shared() -> None:
    held = [[str(i), (i, i)] for i in range(300_000)]  # like a large archive's file list
    try:
        copied, frozen = _copied_by_a_collection(False), _copied_by_a_collection(True)
    finally:
        del held
    assert copied > 20_000  # a plain collection copies most of the 30-odd MB
    assert frozen < copied / 10


def test_a_pool_worker_freezes_what_it_inherits() -> None:
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            gc.unfreeze()
            lifeline.start_worker()
            os.write(write, str(gc.get_freeze_count()).encode())
        finally:
            os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    with os.fdopen(read) as answer:
        assert int(answer.read()) > 0


def test_a_pdf_child_freezes_what_it_inherits() -> None:
    from jdlint.run import isolate

    worker = isolate.Worker()
    try:
        assert worker.call(gc.get_freeze_count, timeout=30) > 0
    finally:
        worker.stop()

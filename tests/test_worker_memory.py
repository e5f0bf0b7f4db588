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


def test_the_workers_fork_from_a_parent_that_holds_names_not_paths(tmp_path: Path,
                                                                    monkeypatch) -> None:
    """A run's file list is held as names from discovery to the fork: a ``Path`` a file was
    9 MB in the parent at 20,000 files, which every worker and PDF child came to carry."""
    from pathlib import PurePath

    from jdlint.run import pool
    from jdlint.run.discover import discover
    from jdlint.run.runner import lint_files
    from jdlint.run.settings import Settings

    folder = tmp_path / "jds"
    folder.mkdir()
    for number in range(300):
        (folder / f"jd-{number:03}.txt").write_text(f"Job title: Site Manager {number}\n",
                                                    encoding="utf-8")
    seen: list[int] = []

    class Forking(Exception):
        """Raised where the workers would fork: the count is all this test needs."""

    def count_paths(*args: object, **kwargs: object) -> None:
        gc.collect()
        seen.append(sum(1 for o in gc.get_objects() if isinstance(o, PurePath)))
        raise Forking

    monkeypatch.setattr(pool, "_pool_pass", count_paths)
    baseline = sum(1 for o in gc.get_objects() if isinstance(o, PurePath))
    files = discover([folder])
    assert len(files) == 300 and files[0] == folder / "jd-000.txt"
    with pytest.raises(Forking):
        lint_files(files, Settings(jobs=2))
    assert seen and seen[0] - baseline < 30  # not one a file

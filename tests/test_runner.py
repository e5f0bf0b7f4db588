"""The runner: pool or not, chunking, order of results, dead workers and time limits."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import pytest

from jdlint.errors import ErrorCategory
from jdlint.results import DocumentResult, Status
from jdlint.run import pool, worker
from jdlint.run.settings import Settings

TEXT = (
    "Ward Manager\n\nJob title: Ward Manager\nBand: 7\n\nPerson specification\n\n"
    "Essential criteria:\n\n- Current NMC registration\n- Experience of leading a team\n"
)

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the test hooks reach the workers through fork")


def corpus(folder: Path, count: int) -> list[Path]:
    """Write ``count`` small job descriptions."""
    paths = []
    for index in range(count):
        path = folder / f"jd-{index:02d}.txt"
        path.write_text(TEXT.replace("Ward Manager", f"Ward Manager {index}"), encoding="utf-8")
        paths.append(path)
    return paths


def summary(results: list[DocumentResult]) -> list[tuple[str, str | None, int]]:
    """Return what matters of each result: path, error category, number of findings."""
    return [(r.path, r.error.category.value if r.error else None, len(r.findings))
            for r in results]


def test_pool_gives_the_same_results_in_the_same_order(tmp_path: Path) -> None:
    paths = corpus(tmp_path, 7)
    pooled = pool.run(paths, Settings(jobs=2))
    alone = pool.run(paths, Settings(jobs=1))
    assert summary(pooled) == summary(alone)
    assert [r.path for r in pooled] == [str(p) for p in paths]
    assert all(r.findings for r in pooled)  # "Current NMC registration" for a Ward Manager


def test_progress_counts_every_file_once(tmp_path: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    paths = corpus(tmp_path, 5)
    pool.run(paths, Settings(jobs=2), lambda i, n, name: seen.append((i, n, name)))
    assert [i for i, _, _ in seen] == [1, 2, 3, 4, 5]
    assert sorted(name for _, _, name in seen) == sorted(str(p) for p in paths)


def test_one_or_two_files_run_without_a_pool(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("a pool was started")

    monkeypatch.setattr(pool, "ProcessPoolExecutor", no_pool)
    results = pool.run(corpus(tmp_path, 2), Settings(jobs=4))
    assert len(results) == 2 and all(r.error is None for r in results)


def test_chunks_keep_every_file_in_order_and_balance_the_workers() -> None:
    names = [f"f{i}" for i in range(1000)]
    chunks = pool._chunks(names, range(len(names)), 2)
    assert [names[i] for chunk in chunks for i in chunk] == names
    assert max(len(c) for c in chunks) <= 16 and len(chunks) >= 16
    assert pool._chunks(["a", "b", "c"], range(3), 2) == [[0], [1], [2]]


def _dies_on(marker: str, how: str):  # type: ignore[no-untyped-def]
    real = pool.lint_file
    parent = os.getpid()

    def lint_file(path: str, options: Settings) -> DocumentResult:
        if marker in path and os.getpid() != parent:
            if how == "exit":
                os._exit(70)
            os.kill(os.getpid(), signal.SIGKILL)
        return real(path, options)

    return lint_file


@linux_only
@pytest.mark.parametrize("how", ["exit", "sigkill"])
def test_a_dead_worker_is_noticed_and_its_file_reported(tmp_path: Path, how: str,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    paths = corpus(tmp_path, 9)
    monkeypatch.setattr(pool, "lint_file", _dies_on("jd-04", how))
    results = pool.run(paths, Settings(jobs=2))
    assert [r.path for r in results] == [str(p) for p in paths]
    bad = {r.path: r for r in results if r.status is Status.ERROR}
    assert list(bad) == [str(paths[4])]
    assert bad[str(paths[4])].error.category is ErrorCategory.CORRUPT  # type: ignore[union-attr]
    assert all(r.findings for r in results if r.path != str(paths[4]))


def _slow_on(marker: str):  # type: ignore[no-untyped-def]
    real = worker.lint_bytes

    def lint_bytes(data: bytes, name: str, options: object = None) -> DocumentResult:
        if marker in name:
            time.sleep(5)
        return real(data, name, options)  # type: ignore[arg-type]

    return lint_bytes


@linux_only
def test_a_file_over_the_time_limit_is_stopped_in_a_worker(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    paths = corpus(tmp_path, 4)
    monkeypatch.setattr(worker, "lint_bytes", _slow_on("jd-01"))
    results = pool.run(paths, Settings(jobs=2, timeout_seconds=0.5))
    categories = [r.error.category if r.error else None for r in results]
    assert categories == [None, ErrorCategory.TIMEOUT, None, None]


@pytest.mark.parametrize("cached", [False, True], ids=["no-cache", "cache"])
@pytest.mark.parametrize("jobs", [1, 2])
def test_a_file_named_twice_gets_its_result_at_both_places(
        tmp_path: Path, cached: bool, jobs: int) -> None:
    from jdlint.run.runner import lint_files

    paths = corpus(tmp_path, 4)
    files = [paths[0], paths[1], paths[0], paths[2], paths[3], paths[1], paths[0]]
    settings = Settings(jobs=jobs, cache_dir=tmp_path / "cache" if cached else None)
    for _ in range(2 if cached else 1):  # with a cache: the second run answers from it
        seen: list[int] = []
        spool = lint_files(files, settings, lambda i, n, name, seen=seen: seen.append(i))
        assert [r.path for r in spool] == [str(p) for p in files]
        assert all(r.findings for r in spool)
        assert max(seen, default=len(files)) == len(files)

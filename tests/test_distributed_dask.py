"""jdlint.run.distributed: the per-document API, time limits, the Dask runner on a LocalCluster."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from jdlint.api import Settings, lint_bytes
from jdlint.errors import RuleError
from jdlint.outputs.summary import GroupBy, aggregate, document_rows
from jdlint.run.discover import discover
from jdlint.run.distributed import (
    DocumentTimeout,
    call_with_timeout,
    expand,
    lint_record,
    lint_source_record,
    results_from_records,
    ship,
    summary_from_records,
    unpack,
)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpora"
JD = (b"Job title: Head of Patient Flow\nBand 8a\n\nPerson specification\n"
      b"Essential: current NMC registration\nDesirable: experience of leading a team\n")


def corpus_files() -> list[Path]:
    files = discover([CORPUS])
    if not files:
        pytest.skip("corpora/ holds no documents yet")
    return files


def big_jd(lines: int) -> bytes:
    """Return a valid JD long enough to take seconds to lint."""
    body = "".join(f"Essential: current NMC registration and leading team {i}\n"
                   for i in range(lines))
    return JD + body.encode()


def by_path(records: list[dict]) -> list[dict]:
    return sorted(records, key=lambda r: r["path"])


# --- the per-document API -------------------------------------------------------------------

def test_lint_record_is_the_json_schema_dict_of_lint_bytes() -> None:
    record = lint_record("head.txt", JD)
    assert record == lint_bytes(JD, "head.txt").as_dict()
    assert record["status"] == "ringfenced"
    assert json.loads(json.dumps(record)) == record  # plain data, JSON Lines ready


def test_corrupt_bytes_give_an_error_record_not_an_exception() -> None:
    record = lint_record("broken.docx", b"PK\x03\x04 this is not a zip archive")
    assert record["status"] == "error"
    assert record["error"]["category"] == "corrupt"
    assert record["findings"] == []


def test_an_unexpected_exception_costs_one_document(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(data: bytes, name: str, options: Settings) -> None:
        raise ValueError("reader bug")

    monkeypatch.setattr("jdlint.run.distributed.record.lint_bytes", explode)
    record = lint_record("head.txt", JD)
    assert record["status"] == "error"
    assert record["error"]["category"] == "corrupt"
    assert "ValueError: reader bug" in record["error"]["message"]


def test_a_broken_rule_folder_is_raised_not_reported_per_document(tmp_path: Path) -> None:
    (tmp_path / "JD999-bad.toml").write_text('code = "JD999"\n', encoding="utf-8")
    with pytest.raises(RuleError):
        lint_record("head.txt", JD, Settings(extra_rules=(tmp_path,)))


def test_lint_record_times_out_on_the_main_thread() -> None:
    started = time.perf_counter()
    record = lint_record("big.txt", big_jd(20_000), Settings(timeout_seconds=0.3))
    assert record["error"]["category"] == "timeout"
    assert time.perf_counter() - started < 5


def test_lint_record_times_out_on_a_worker_thread() -> None:
    with ThreadPoolExecutor(1) as pool:
        started = time.perf_counter()
        record = pool.submit(lint_record, "big.txt", big_jd(20_000),
                             Settings(timeout_seconds=0.3)).result()
    assert record["error"]["category"] == "timeout"
    assert time.perf_counter() - started < 5


def test_watchdog_stops_the_stray_thread() -> None:
    ticks: list[int] = []

    def forever() -> None:
        while True:
            ticks.append(1)
            time.sleep(0.01)

    with ThreadPoolExecutor(1) as pool, pytest.raises(DocumentTimeout):
        pool.submit(call_with_timeout, forever, 0.2).result()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(
            t.name == "jdlint-document" for t in threading.enumerate()):
        time.sleep(0.05)
    assert not any(t.name == "jdlint-document" for t in threading.enumerate())
    count = len(ticks)
    time.sleep(0.1)
    assert len(ticks) == count


def test_watchdog_passes_results_and_exceptions_through() -> None:
    with ThreadPoolExecutor(1) as pool:
        assert pool.submit(call_with_timeout, lambda: 42, 5).result() == 42
        with pytest.raises(ZeroDivisionError):
            pool.submit(call_with_timeout, lambda: 1 / 0, 5).result()


def test_source_record_reads_paths_and_file_urls(tmp_path: Path) -> None:
    pytest.importorskip("fsspec", reason="the dask extra (fsspec) is not installed")
    (tmp_path / "head.txt").write_bytes(JD)
    local = lint_source_record(str(tmp_path / "head.txt"))
    url = lint_source_record((tmp_path / "head.txt").as_uri())
    assert url["path"] == (tmp_path / "head.txt").as_uri()
    assert {**url, "path": local["path"]} == local
    missing = lint_source_record((tmp_path / "gone.txt").as_uri())
    assert missing["error"]["category"] == "unreadable"
    too_big = lint_source_record((tmp_path / "head.txt").as_uri(), Settings(max_file_mb=1e-5))
    assert too_big["error"]["category"] == "too-large"


def test_expand_treats_a_folder_url_like_discover_treats_a_folder(tmp_path: Path) -> None:
    pytest.importorskip("fsspec", reason="the dask extra (fsspec) is not installed")
    for name in ("b.txt", "a.docx", "notes.csv", "~$a.docx", ".hidden/c.txt", "sub/d.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(JD)
    local = [Path(p).as_uri() for p in discover([tmp_path])]
    assert expand([tmp_path.as_uri()]) == local
    assert [Path(p).name for p in expand([tmp_path])] == ["a.docx", "b.txt", "d.md"]
    assert expand([tmp_path.as_uri()], exclude=["sub/"]) == local[:2]
    assert expand([tmp_path.as_uri() + "/*.txt"]) == [(tmp_path / "b.txt").as_uri()]


def test_shipped_rule_folders_unpack_to_the_same_files(tmp_path: Path) -> None:
    (tmp_path / "lexicon").mkdir()
    (tmp_path / "JD900-x.toml").write_bytes(b"code = 'JD900'\n")
    (tmp_path / "lexicon" / "extra.toml").write_bytes(b"[x]\n")
    (tmp_path / "README.txt").write_bytes(b"not a rule file")
    options = unpack(ship(Settings(extra_rules=(tmp_path,))))
    (folder,) = options.extra_rules
    assert folder != tmp_path
    assert sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()) \
        == ["JD900-x.toml", "lexicon/extra.toml"]
    assert (folder / "JD900-x.toml").read_bytes() == b"code = 'JD900'\n"


def test_summary_from_records_matches_the_local_summary() -> None:
    files = corpus_files()
    results = [lint_bytes(p.read_bytes(), str(p)) for p in files]
    records = [r.as_dict() for r in reversed(results)]
    assert summary_from_records(records) == document_rows(results)
    assert summary_from_records(records, by="band") == aggregate(results, GroupBy.BAND)
    assert [r.as_dict() for r in results_from_records(records)] == by_path(
        [r.as_dict() for r in results])


# --- the Dask runner ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    import dask
    from distributed import Client, LocalCluster

    # No retries, so the dying-worker test needs two worker restarts, not eight.
    with (dask.config.set({"distributed.scheduler.allowed-failures": 0}),
          LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                       dashboard_address=None) as cluster,
          Client(cluster) as active):
        yield active


def cli_reference(paths: list[Path], tmp_path: Path) -> list[dict]:
    """Return the documents of ``jdlint check --format json`` on a single machine."""
    config = tmp_path / "empty.jdlint.toml"
    config.write_text("", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "jdlint", "check", "--format", "json", "--no-cache", "-q",
         "--config", str(config), "-j", "1", *map(str, paths)],
        capture_output=True, text=True, cwd=ROOT, check=False)
    assert done.returncode in (0, 1, 3), done.stderr
    return by_path(json.loads(done.stdout)["documents"])


def test_corpus_on_two_workers_matches_the_local_run(client, tmp_path: Path) -> None:
    from jdlint.run.distributed.dask_runner import lint_paths

    corpus_files()
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "scan.pdf").write_bytes(b"%PDF-1.4 truncated")
    (broken / "jd.docx").write_bytes(os.urandom(256))
    names = [CORPUS.relative_to(ROOT), broken]
    expected = cli_reference(names, tmp_path)
    cwd = Path.cwd()
    os.chdir(ROOT)  # the CLI names files as given: relative to the repository
    try:
        results = lint_paths(names, client=client, partition_size=4)
        order = [str(p) for p in discover(names)]
    finally:
        os.chdir(cwd)
    assert [r.path for r in results] == order
    assert by_path([r.as_dict() for r in results]) == expected
    statuses = {r.status for r in results}
    assert {"ringfenced", "error"} <= statuses
    assert {r.error.category for r in results if r.error} == {"corrupt"}


def test_file_urls_give_the_same_results_as_paths(client) -> None:
    from jdlint.run.distributed.dask_runner import lint_paths

    files = corpus_files()[:6]
    results = lint_paths([p.as_uri() for p in files], client=client)
    expected = [lint_bytes(p.read_bytes(), p.as_uri()).as_dict() for p in files]
    assert [r.as_dict() for r in results] == expected


def test_a_slow_document_times_out_and_the_others_finish(client, tmp_path: Path) -> None:
    from jdlint.run.distributed.dask_runner import lint_paths

    (tmp_path / "big.txt").write_bytes(big_jd(20_000))
    (tmp_path / "small.txt").write_bytes(JD)
    found = lint_paths([tmp_path], Settings(timeout_seconds=1.5), client=client)
    results = {Path(r.path).name: r for r in found}
    assert results["big.txt"].error is not None
    assert results["big.txt"].error.category == "timeout"
    assert results["small.txt"].as_dict() == lint_bytes(JD, str(tmp_path / "small.txt")).as_dict()


def die_on_crash_files(sources, shipped):  # type: ignore[no-untyped-def]
    """Lint a partition, killing the worker process when it holds a file named crash*."""
    from jdlint.run.distributed.dask_runner import lint_partition

    if any(Path(s).name.startswith("crash") for s in sources):
        os._exit(1)
    return lint_partition(sources, shipped)


def test_a_document_that_kills_its_worker_becomes_an_error_result(client, tmp_path) -> None:
    import cloudpickle

    from jdlint.run.distributed.dask_runner import lint_sources

    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    names = []
    for name in ("a.txt", "b.txt", "crash.txt", "d.txt", "e.txt"):
        (tmp_path / name).write_bytes(JD)
        names.append(str(tmp_path / name))
    records = lint_sources(client, names, partition_size=3, task=die_on_crash_files)
    assert [r["path"] for r in records] == names
    crashed = records[2]
    assert crashed["status"] == "error"
    assert crashed["error"]["category"] == "corrupt"
    assert "died" in crashed["error"]["message"]
    for name, record in zip(names, records, strict=True):
        if name != names[2]:
            assert record == lint_bytes(JD, name).as_dict()


def test_extra_rule_folders_reach_the_workers(client, tmp_path: Path) -> None:
    from jdlint.run.distributed.dask_runner import lint_paths

    shipped_rule = next((ROOT / "rules").glob("JD101-*.toml")).read_text(encoding="utf-8")
    rules = tmp_path / "trust-rules"
    rules.mkdir()
    (rules / "JD901-trust-copy.toml").write_text(
        shipped_rule.replace('code = "JD101"', 'code = "JD901"', 1)
        .replace('name = "registration-single-regulator"', 'name = "trust-copy"', 1),
        encoding="utf-8")
    (tmp_path / "head.txt").write_bytes(JD)
    options = Settings(select=frozenset({"JD901"}), extra_rules=(rules,))
    (result,) = lint_paths([tmp_path / "head.txt"], options, client=client)
    assert [f.rule for f in result.findings] == ["JD901"]
    assert result.as_dict() == lint_bytes(JD, str(tmp_path / "head.txt"), options).as_dict()


def test_a_broken_rule_folder_fails_the_run_before_any_document(client, tmp_path) -> None:
    from jdlint.run.distributed.dask_runner import lint_paths

    (tmp_path / "JD999-bad.toml").write_text('code = "JD999"\n', encoding="utf-8")
    (tmp_path / "head.txt").write_bytes(JD)
    with pytest.raises(RuleError):
        lint_paths([tmp_path / "head.txt"], Settings(extra_rules=(tmp_path,)), client=client)


def test_lint_bag_maps_name_bytes_pairs_to_records(client) -> None:
    import dask.bag as db

    from jdlint.run.distributed.dask_runner import lint_bag, lint_files_bag

    files = corpus_files()[:5]
    pairs = db.from_sequence([(str(p), p.read_bytes()) for p in files], partition_size=2)
    expected = [lint_bytes(p.read_bytes(), str(p)).as_dict() for p in files]
    assert lint_bag(pairs).compute() == expected
    assert lint_files_bag(files, partition_size=2).compute() == expected


def test_lint_paths_starts_its_own_local_cluster(tmp_path: Path) -> None:
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    from jdlint.run.distributed.dask_runner import benchmark

    (tmp_path / "head.txt").write_bytes(JD)
    report = benchmark([tmp_path], workers=1)
    assert report["workers"] == 1
    assert report["documents"] == 1
    assert report["errors"] == 0
    assert report["lint_seconds"] > 0


def test_check_executor_dask_gives_the_local_findings() -> None:
    """The documented one command: ``jdlint check corpora/ --executor dask`` on a LocalCluster."""
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    corpora = Path(__file__).parents[1] / "corpora"

    def check(*extra: str) -> dict:  # type: ignore[type-arg]
        done = subprocess.run(
            [sys.executable, "-m", "jdlint", "check", str(corpora), "--format", "json",
             "--no-cache", "--jobs", "2", *extra],
            capture_output=True, text=True, timeout=600, check=False)
        assert done.returncode == 1, done.stderr
        return json.loads(done.stdout)

    on_dask, local = check("--executor", "dask"), check()
    assert on_dask["documents"] == local["documents"]
    assert on_dask["summary"] == local["summary"]

"""The results cache: hits for unchanged files, misses for anything that changes the result."""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from jdlint.cli import main
from jdlint.errors import ErrorCategory, ReadError
from jdlint.read.pdf import BACKEND_ENV
from jdlint.results import DocumentResult, Severity
from jdlint.run import cache as cache_module
from jdlint.run import runner as runner_module
from jdlint.run import worker as worker_module
from jdlint.run.cache import FORMAT, PDF_BACKEND_ENV, ResultCache, options_salt, rules_digest
from jdlint.run.runner import lint_files
from jdlint.run.settings import Settings

TEXT = (
    "Head of Patient Flow\n\nJob title: Head of Patient Flow\nBand: 8b\n\n"
    "Person specification\n\nEssential criteria:\n\n- Current NMC registration\n"
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Return a folder of three job descriptions."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for index in range(3):
        (docs / f"jd{index}.txt").write_text(TEXT + f"- Skill number {index}\n", encoding="utf-8")
    return docs


def linted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Count the files the runner is asked to lint (cache misses)."""
    calls: list[str] = []
    real = runner_module.run

    def run(files, options, progress=None, sink=None):  # type: ignore[no-untyped-def]
        calls.extend(str(f) for f in files)
        return real(files, options, progress, sink)

    monkeypatch.setattr(runner_module, "run", run)
    return calls


def test_a_rerun_is_served_from_the_cache(folder: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    calls = linted(monkeypatch)
    files = sorted(folder.iterdir())
    first = lint_files(files, Settings(jobs=1, cache_dir=tmp_path / "cache"))
    second = lint_files(files, Settings(jobs=1, cache_dir=tmp_path / "cache"))
    assert calls == [str(f) for f in files]  # only the first run read anything
    assert [r.as_dict() for r in second] == [r.as_dict() for r in first]
    assert any(r.findings for r in second)


def test_a_changed_file_is_read_again_and_a_copy_is_relabelled(
        folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = sorted(folder.iterdir())
    lint_files(files, Settings(jobs=1, cache_dir=tmp_path / "cache"))
    calls = linted(monkeypatch)
    files[0].write_text(TEXT + "- Something new\n", encoding="utf-8")
    copy = folder / "copy.txt"
    copy.write_bytes(files[1].read_bytes())
    results = lint_files([*files, copy], Settings(jobs=1, cache_dir=tmp_path / "cache"))
    assert calls == [str(files[0])]
    assert results[-1].path == str(copy)


def _rows(cache_dir: Path) -> list[tuple[str, str]]:
    """Return every row of a cache folder's results database, read without jdlint."""
    database = cache_dir / FORMAT / "results.sqlite3"
    if not database.exists():
        return []
    with contextlib.closing(sqlite3.connect(database)) as connection:
        return sorted(connection.execute("SELECT key, result FROM results"))


def test_no_cache_neither_reads_nor_writes(folder: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    files = sorted(folder.iterdir())
    lint_files(files, Settings(jobs=1, cache_dir=cache))
    before = _rows(cache)
    assert len(before) == len(files)
    calls = linted(monkeypatch)
    lint_files(files, Settings(jobs=1))
    assert calls == [str(f) for f in files]
    assert _rows(cache) == before

    other = tmp_path / "other-cache"
    result = CliRunner().invoke(main, ["check", str(folder), "--no-cache", "--cache-dir",
                                       str(other), "-q", "--jobs", "1"])
    assert result.exit_code == 1, result.output
    assert not other.exists()


def test_pooled_workers_store_what_they_linted(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    files = []
    for index in range(6):
        path = docs / f"jd{index}.txt"
        path.write_text(TEXT + f"- Skill number {index}\n", encoding="utf-8")
        files.append(path)
    settings = Settings(jobs=2, cache_dir=tmp_path / "cache")
    first = lint_files(files, settings)
    cache = ResultCache(tmp_path / "cache", options_salt(settings))
    assert len(_rows(tmp_path / "cache")) == len(files)
    for path, result in zip(files, first, strict=True):
        assert cache.get(cache.key(path.read_bytes()), str(path)) == result
    cache.close()


def test_a_file_changed_during_the_run_is_stored_under_what_was_read(
        folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The runner hashes a file, then it changes, then it is read: the result read is for the
    new bytes, so it must not be stored under the old bytes' key."""
    target = sorted(folder.iterdir())[0]
    old, new = target.read_bytes(), TEXT.encode() + b"- Registered Nurse (essential)\n"
    real = worker_module.read_capped_bytes

    def read_after_a_change(path: Path, max_mb: float) -> bytes:
        target.write_bytes(new)
        return real(path, max_mb)

    monkeypatch.setattr(worker_module, "read_capped_bytes", read_after_a_change)
    settings = Settings(jobs=1, cache_dir=tmp_path / "cache")
    lint_files([target], settings)
    cache = ResultCache(tmp_path / "cache", options_salt(settings))
    assert cache.get(cache.key(old), "x.txt") is None
    assert cache.get(cache.key(new), "x.txt") is not None
    cache.close()


def test_a_changed_module_of_jdlint_invalidates(tmp_path: Path, monkeypatch) -> None:
    """Every commit installed from source carries one version number: the code is keyed too."""
    from jdlint.run import cache as cache_module

    package = tmp_path / "jdlint"
    (package / "read").mkdir(parents=True)
    (package / "read" / "text.py").write_text("A = 1\n", encoding="utf-8")
    monkeypatch.setattr(cache_module, "package_dir", lambda: package)
    before = options_salt(Settings())
    (package / "read" / "text.py").write_text("A = 2\n", encoding="utf-8")
    changed = options_salt(Settings())
    assert changed != before
    (package / "read" / "text.cpython-311.pyc").write_bytes(b"compiled")  # bytecode: no change
    assert options_salt(Settings()) == changed
    assert cache_module.code_digest() != rules_digest([package])  # modules, not rule files


def test_a_changed_rule_file_invalidates(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "a.toml").write_text('code = "X1"\n', encoding="utf-8")
    options = Settings(extra_rules=(rules,))
    before, digest = options_salt(options), rules_digest([rules])
    (rules / "a.toml").write_text('code = "X2"\n', encoding="utf-8")
    assert options_salt(options) != before and rules_digest([rules]) != digest
    changed = rules_digest([rules])
    (rules / "b.yaml").write_text("x: 1\n", encoding="utf-8")
    added = rules_digest([rules])
    assert added not in {digest, changed}
    (rules / "notes.txt").write_text("not a rule file", encoding="utf-8")
    assert rules_digest([rules]) == added


def test_configuration_changes_invalidate() -> None:
    base = options_salt(Settings())
    changed = [
        Settings(select=frozenset({"JD101"})),
        Settings(ignore=frozenset({"JD101"})),
        Settings(severities={"JD101": Severity.INFO}),
        Settings(max_file_mb=1),
    ]
    salts = {options_salt(o) for o in changed}
    assert base not in salts and len(salts) == len(changed)
    assert options_salt(Settings(select=frozenset({"a", "b"}))) == options_salt(
        Settings(select=frozenset({"b", "a"})))


def test_the_pdf_backend_setting_is_part_of_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    assert PDF_BACKEND_ENV == BACKEND_ENV
    monkeypatch.delenv(BACKEND_ENV, raising=False)
    auto = options_salt(Settings())
    monkeypatch.setenv(BACKEND_ENV, "pdfminer")
    assert options_salt(Settings()) != auto


def test_damaged_entries_are_misses_and_machine_errors_are_not_kept(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path, "salt")
    good = DocumentResult(path="a.txt", format="txt")
    key = cache.key(b"a")
    cache.put(key, good)
    assert cache.get(key, "b.txt") == replace(good, path="b.txt")
    with contextlib.closing(sqlite3.connect(cache.database)) as connection, connection:
        connection.execute("UPDATE results SET result = '{ half a fi'")
    assert cache.get(key, "a.txt") is None
    for category in (ErrorCategory.TIMEOUT, ErrorCategory.UNREADABLE, ErrorCategory.TOO_LARGE):
        failed = DocumentResult(path="c.txt", format="txt",
                                error=ReadError(category, "machine-dependent"))
        other = cache.key(category.value.encode())
        cache.put(other, failed)
        assert cache.get(other, "c.txt") is None
    cache.close()


def test_a_damaged_database_is_a_miss_and_is_replaced(folder: Path, tmp_path: Path) -> None:
    files = sorted(folder.iterdir())
    first = lint_files(files, Settings(jobs=1, cache_dir=tmp_path / "cache"))
    database = tmp_path / "cache" / FORMAT / "results.sqlite3"
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    database.write_bytes(b"this is not a database " * 200)
    again = lint_files(files, Settings(jobs=1, cache_dir=tmp_path / "cache"))
    assert [r.as_dict() for r in again] == [r.as_dict() for r in first]
    assert len(_rows(tmp_path / "cache")) == len(files)  # replaced, and filled again


def test_a_cache_folder_that_cannot_be_used_never_fails_the_run(folder: Path,
                                                               tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder", encoding="utf-8")
    files = sorted(folder.iterdir())
    results = lint_files(files, Settings(jobs=1, cache_dir=blocker))
    assert [r.error for r in results] == [None] * len(files)
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_a_locked_database_is_read_and_a_write_is_skipped(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache_module, "_BUSY_SECONDS", 0.2)
    cache = ResultCache(tmp_path, "salt")
    stored = DocumentResult(path="a.txt", format="txt")
    cache.put(cache.key(b"a"), stored)
    cache.close()
    with contextlib.closing(sqlite3.connect(cache.database, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")  # another run, in the middle of writing
        other.execute("INSERT INTO results VALUES ('k', '{}')")
        assert cache.get(cache.key(b"a"), "a.txt") == stored  # readers don't wait for writers
        cache.put(cache.key(b"b"), stored)  # waits 0.2 s, then gives up without failing
        other.execute("ROLLBACK")
    assert cache.get(cache.key(b"b"), "b.txt") is None
    cache.close()


def _writer(folder: str, index: int) -> None:
    cache = ResultCache(Path(folder), "salt")
    for number in range(50):
        cache.put(cache.key(b"same"), DocumentResult(path=f"p{index}.txt", format="txt"))
        cache.put(cache.key(f"{index}-{number}".encode()),
                  DocumentResult(path=f"p{index}.txt", format="txt"))
    cache.close()


def test_concurrent_writers_leave_whole_entries(tmp_path: Path) -> None:
    processes = [multiprocessing.Process(target=_writer, args=(str(tmp_path), i))
                 for i in range(3)]
    for process in processes:
        process.start()
    for process in processes:
        process.join()
    assert [p.exitcode for p in processes] == [0, 0, 0]
    rows = _rows(tmp_path)
    assert len(rows) == 1 + 3 * 50
    assert all(json.loads(result)["format"] == "txt" for _, result in rows)


def _put_in_child(folder: str) -> None:
    cache = ResultCache(Path(folder), "salt")
    cache.put(cache.key(b"child"), DocumentResult(path="child.txt", format="txt"))
    assert cache.get(cache.key(b"parent"), "x.txt") is not None
    # Its own connection; the parent's is kept aside, never used (not even closed) here.
    assert cache_module._OPEN[cache.database][0] == os.getpid()
    assert len(cache_module._INHERITED) == 1
    cache.close()
    assert len(cache_module._INHERITED) == 1


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is a POSIX call")
def test_a_forked_process_opens_its_own_connection(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path, "salt")
    cache.put(cache.key(b"parent"), DocumentResult(path="parent.txt", format="txt"))  # open
    child = multiprocessing.get_context("fork").Process(target=_put_in_child,
                                                        args=(str(tmp_path),))
    child.start()
    child.join()
    assert child.exitcode == 0
    assert cache.get(cache.key(b"child"), "child.txt") is not None  # the parent's still works
    cache.put(cache.key(b"after"), DocumentResult(path="after.txt", format="txt"))
    cache.close()
    assert len(_rows(tmp_path)) == 3


def _settled(path: Path, seconds_ago: int = 60) -> None:
    """Date a file's modification a minute back, as files long on a shared drive are."""
    when = os.stat(path).st_mtime - seconds_ago
    os.utime(path, (when, when))


def test_unchanged_files_are_known_by_their_stat_and_not_read(folder: Path, tmp_path: Path,
                                                              monkeypatch) -> None:
    files = sorted(folder.iterdir())
    for path in files:
        _settled(path)
    cache = ResultCache(tmp_path / "cache", "salt")
    first = cache.keys(files)
    assert sorted(first) == files
    read: list[Path] = []
    original = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self) or original(self))
    assert cache.keys(files) == first and read == []
    # Same size and modification time, other words: the change time (and inode) still differ.
    stat = os.stat(files[0])
    files[0].write_text(TEXT.replace("NMC", "GMC") + "- Skill number 0\n", encoding="utf-8")
    os.utime(files[0], ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert os.stat(files[0]).st_size == stat.st_size
    again = cache.keys(files)
    assert read == [files[0]] and again[files[0]] != first[files[0]]
    assert again[files[0]] == cache.key(files[0].read_bytes())


def test_a_file_changed_just_now_is_hashed_again_next_time(folder: Path, tmp_path: Path,
                                                         monkeypatch) -> None:
    """A change in the same clock tick as the hashing would keep the file's stat: a file
    changed in the last two seconds is never trusted by its stat."""
    files = sorted(folder.iterdir())
    cache = ResultCache(tmp_path / "cache", "salt")
    cache.keys(files)
    read: list[Path] = []
    original = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self) or original(self))
    cache.keys(files)
    assert read == files


def test_a_cached_rerun_gives_the_results_of_a_cold_one(folder: Path, tmp_path: Path) -> None:
    for path in folder.iterdir():
        _settled(path)
    settings = Settings(cache_dir=tmp_path / "cache")
    files = sorted(folder.iterdir())
    cold = lint_files(files, settings)
    assert lint_files(files, settings) == cold
    assert lint_files(files, settings) == cold  # from the stat index, reading no file


def test_results_share_the_words_every_document_repeats(folder: Path, tmp_path: Path) -> None:
    """Held until the reports are written, results from the cache and from workers share one
    string for each message, suggestion and rewrite instead of a copy per document."""
    settings = Settings(cache_dir=tmp_path / "cache")
    files = sorted(folder.iterdir())
    for results in (lint_files(files, settings), lint_files(files, settings)):  # worker, cache
        firsts = [r.findings[0] for r in results]
        assert len({f.message for f in firsts}) == 1
        assert len({id(f.message) for f in firsts}) == 1
        assert len({id(f.suggestion) for f in firsts}) == 1


def test_a_file_name_that_is_not_utf8_is_indexed(tmp_path: Path) -> None:
    """Linux file names are bytes: one that is not UTF-8 reaches Python surrogate-escaped and
    must still be indexed (SQLite takes only valid text, so the index keeps names as bytes)."""
    folder = tmp_path / "docs"
    folder.mkdir()
    name = os.fsdecode(b"caf\xe9 lead.txt")
    (folder / name).write_text(TEXT, encoding="utf-8")
    _settled(folder / name)
    cache = ResultCache(tmp_path / "cache", "salt")
    first = cache.keys([folder / name])
    assert cache.keys([folder / name]) == first and list(first) == [folder / name]

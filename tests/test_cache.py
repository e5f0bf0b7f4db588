"""The results cache: hits for unchanged files, misses for anything that changes the result."""

from __future__ import annotations

import json
import multiprocessing
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from jdlint import session as session_module
from jdlint.cache import PDF_BACKEND_ENV, ResultCache, options_salt, rules_digest
from jdlint.cli import main
from jdlint.config import Config
from jdlint.errors import ErrorCategory, ReadError
from jdlint.lint import LintOptions
from jdlint.readers.pdf import BACKEND_ENV
from jdlint.results import DocumentResult, Severity
from jdlint.session import Session

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
    real = session_module.run

    def run(files, options, progress=None):  # type: ignore[no-untyped-def]
        calls.extend(str(f) for f in files)
        return real(files, options, progress)

    monkeypatch.setattr(session_module, "run", run)
    return calls


def test_a_rerun_is_served_from_the_cache(folder: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    calls = linted(monkeypatch)
    files = sorted(folder.iterdir())
    first = Session(Config(jobs=1), cache_dir=tmp_path / "cache").run(files)
    second = Session(Config(jobs=1), cache_dir=tmp_path / "cache").run(files)
    assert calls == [str(f) for f in files]  # only the first run read anything
    assert [r.as_dict() for r in second] == [r.as_dict() for r in first]
    assert any(r.findings for r in second)


def test_a_changed_file_is_read_again_and_a_copy_is_relabelled(
        folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = sorted(folder.iterdir())
    Session(Config(jobs=1), cache_dir=tmp_path / "cache").run(files)
    calls = linted(monkeypatch)
    files[0].write_text(TEXT + "- Something new\n", encoding="utf-8")
    copy = folder / "copy.txt"
    copy.write_bytes(files[1].read_bytes())
    results = Session(Config(jobs=1), cache_dir=tmp_path / "cache").run([*files, copy])
    assert calls == [str(files[0])]
    assert results[-1].path == str(copy)


def test_no_cache_neither_reads_nor_writes(folder: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    files = sorted(folder.iterdir())
    Session(Config(jobs=1), cache_dir=cache).run(files)
    before = sorted(cache.rglob("*.json"))
    calls = linted(monkeypatch)
    Session(Config(jobs=1), use_cache=False, cache_dir=cache).run(files)
    assert calls == [str(f) for f in files]
    assert sorted(cache.rglob("*.json")) == before

    other = tmp_path / "other-cache"
    result = CliRunner().invoke(main, ["check", str(folder), "--no-cache", "--cache-dir",
                                       str(other), "-q", "--jobs", "1"])
    assert result.exit_code == 1, result.output
    assert not other.exists()


def test_a_changed_rule_file_invalidates(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "a.toml").write_text('code = "X1"\n', encoding="utf-8")
    options = LintOptions(extra_rules=(rules,))
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
    base = options_salt(LintOptions())
    changed = [
        LintOptions(select=frozenset({"JD101"})),
        LintOptions(ignore=frozenset({"JD101"})),
        LintOptions(severities={"JD101": Severity.INFO}),
        LintOptions(max_file_mb=1),
    ]
    salts = {options_salt(o) for o in changed}
    assert base not in salts and len(salts) == len(changed)
    assert options_salt(LintOptions(select=frozenset({"a", "b"}))) == options_salt(
        LintOptions(select=frozenset({"b", "a"})))


def test_the_pdf_backend_setting_is_part_of_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    assert PDF_BACKEND_ENV == BACKEND_ENV
    monkeypatch.delenv(BACKEND_ENV, raising=False)
    auto = options_salt(LintOptions())
    monkeypatch.setenv(BACKEND_ENV, "pdfminer")
    assert options_salt(LintOptions()) != auto


def test_damaged_entries_are_misses_and_machine_errors_are_not_kept(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path, "salt")
    good = DocumentResult(path="a.txt", format="txt")
    key = cache.key(b"a")
    cache.put(key, good)
    assert cache.get(key, "b.txt") == replace(good, path="b.txt")
    entry = next(tmp_path.rglob("*.json"))
    entry.write_text("{ half a fi", encoding="utf-8")
    assert cache.get(key, "a.txt") is None
    for category in (ErrorCategory.TIMEOUT, ErrorCategory.UNREADABLE, ErrorCategory.TOO_LARGE):
        failed = DocumentResult(path="c.txt", format="txt",
                                error=ReadError(category, "machine-dependent"))
        other = cache.key(category.value.encode())
        cache.put(other, failed)
        assert cache.get(other, "c.txt") is None


def _writer(folder: str, index: int) -> None:
    cache = ResultCache(Path(folder), "salt")
    for _ in range(50):
        cache.put(cache.key(b"same"), DocumentResult(path=f"p{index}.txt", format="txt"))


def test_concurrent_writers_leave_a_whole_entry(tmp_path: Path) -> None:
    processes = [multiprocessing.Process(target=_writer, args=(str(tmp_path), i))
                 for i in range(3)]
    for process in processes:
        process.start()
    for process in processes:
        process.join()
    entries = list(tmp_path.rglob("*.json"))
    assert len(entries) == 1 and not list(tmp_path.rglob("*.tmp"))
    assert json.loads(entries[0].read_text(encoding="utf-8"))["format"] == "txt"

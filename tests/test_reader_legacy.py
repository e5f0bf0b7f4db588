"""Word 97-2003 (.doc) and Rich Text (.rtf) files, read through LibreOffice.

The .doc and .rtf files are made from shipped corpus .docx files by LibreOffice once per
session (skipped, saying so, where LibreOffice is missing); each must give the findings, title
and band its .docx gives. LibreOffice itself is replaced by small wrapper scripts (through
``JDLINT_SOFFICE``) to count how often it starts, to hang it, and to take it away.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import legacy_samples
from jdlint.cli import main
from jdlint.errors import ExitCode

CORPUS = legacy_samples.CORPUS
SOURCES = ("northmoor-head-of-patient-flow-8b", "kestrel-infection-prevention-lead-8a",
           "elmstead-psychological-therapies-lead-8c", "brackenfield-physiotherapist-6")
SRC = Path(__file__).resolve().parents[1] / "src"


@pytest.fixture(scope="session")
def legacy(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Return the folders holding the sources as .docx, .doc and .rtf."""
    root = tmp_path_factory.mktemp("legacy")
    docx = root / "docx"
    docx.mkdir()
    for stem in SOURCES:
        shutil.copy(CORPUS / f"{stem}.docx", docx)
    sources = sorted(docx.iterdir())
    return {"docx": docx, "doc": legacy_samples.convert(sources, "doc", root / "doc")[0].parent,
            "rtf": legacy_samples.convert(sources, "rtf", root / "rtf")[0].parent}


def check_json(*args: str, env: dict[str, str] | None = None, timeout: float = 300,
               ) -> tuple[int, dict[str, dict[str, object]], str]:
    """Run ``jdlint check --format json`` in a fresh process; documents by file stem."""
    done = subprocess.run(
        [sys.executable, "-m", "jdlint", "check", "--format", "json", "--no-cache", *args],
        capture_output=True, text=True, timeout=timeout, check=False,
        env={**os.environ, "PYTHONPATH": str(SRC), **(env or {})})
    assert "Traceback" not in done.stderr, done.stderr
    report = json.loads(done.stdout)
    return done.returncode, {Path(d["path"]).stem: d for d in report["documents"]}, done.stderr


def essence(document: dict[str, object]) -> tuple[object, ...]:
    """Return what must not change with the format: title, band, findings (rule, match)."""
    findings = document["findings"]
    assert isinstance(findings, list)
    return (document["title"], document["band"], document["error"],
            sorted((f["rule"], f["match"]) for f in findings))


def wrapper(tmp_path: Path, body: str) -> Path:
    """Write an executable stand-in for soffice running ``body`` (sh) and return its path."""
    script = tmp_path / "soffice-wrapper"
    script.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    script.chmod(0o755)
    return script


def counting(tmp_path: Path) -> tuple[Path, Path]:
    """Return a soffice wrapper that logs each start to a file, and that file."""
    log = tmp_path / "starts.log"
    real = legacy_samples.soffice_or_skip()
    return wrapper(tmp_path, f'echo start >> "{log}"\nexec "{real}" "$@"'), log


def fingerprint(folder: Path) -> dict[str, tuple[str, int]]:
    return {p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
            for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("fmt", ["doc", "rtf"])
def test_doc_and_rtf_give_the_findings_title_and_band_of_the_docx(
        legacy: dict[str, Path], fmt: str) -> None:
    code, originals, _ = check_json(str(legacy["docx"]), "-j", "1")
    before = fingerprint(legacy[fmt])
    converted_code, converted, _ = check_json(str(legacy[fmt]), "-j", "2")
    assert fingerprint(legacy[fmt]) == before  # the originals are never touched
    assert converted_code == code == ExitCode.FINDINGS
    assert sorted(converted) == sorted(originals) == sorted(SOURCES)
    for stem, original in originals.items():
        assert converted[stem]["format"] == fmt
        assert essence(converted[stem]) == essence(original), stem
    assert sum(len(d["findings"]) for d in converted.values()) >= 4  # a real comparison


def test_content_wins_over_the_name(legacy: dict[str, Path], tmp_path: Path) -> None:
    stem = SOURCES[0]
    copies = {"rtf as doc.doc": legacy["rtf"] / f"{stem}.rtf",
              "docx as doc.doc": legacy["docx"] / f"{stem}.docx",
              "doc as docx.docx": legacy["doc"] / f"{stem}.doc",
              "doc as rtf.rtf": legacy["doc"] / f"{stem}.doc"}
    for name, source in copies.items():
        shutil.copy(source, tmp_path / name)
    _, documents, _ = check_json(str(tmp_path), "-j", "1")
    _, originals, _ = check_json(str(legacy["docx"] / f"{stem}.docx"))
    assert {k: d["format"] for k, d in documents.items()} == {
        "rtf as doc": "rtf", "docx as doc": "docx", "doc as docx": "doc", "doc as rtf": "doc"}
    for document in documents.values():
        assert essence(document) == essence(originals[stem]), document["path"]
    extract = CliRunner().invoke(main, ["extract", str(tmp_path / "rtf as doc.doc")])
    assert extract.exit_code == ExitCode.OK, extract.output
    assert "named .doc but is really a Rich Text (.rtf) file" in extract.output


def test_a_web_page_saved_as_doc_goes_to_the_html_reader_once_there_is_one(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import jdlint.read as read_module
    from jdlint.document import RawDocument
    from jdlint.errors import ReadError
    from jdlint.read.registry import READERS

    page = b"<!DOCTYPE html><html><head><title>Matron</title></head><body>Matron</body></html>"
    if "html" not in {r.format for r in READERS}:  # today: refused as what it really is
        with pytest.raises(ReadError) as refused:
            read_module.read(page, "advert.doc")
        assert str(refused.value.category) == "wrong-extension"
        assert "is really a web page (HTML)" in refused.value.message

    def fake_html(data: bytes, name: str) -> RawDocument:
        return RawDocument(path=name, format="html", items=())

    monkeypatch.setattr(read_module, "_REGISTERED", read_module._REGISTERED | {"html"})
    real_reader = read_module.reader
    monkeypatch.setattr(read_module, "reader", lambda fmt: _Loaded(fake_html) if fmt == "html"
                        else real_reader(fmt))
    raw = read_module.read(page, "advert.doc")
    assert raw.format == "html"
    assert "named .doc but is really a web page (HTML)" in raw.notes[-1]


class _Loaded:
    """Stands in for a registered reader whose ``load`` gives ``function``."""

    def __init__(self, function: object) -> None:
        self.function = function
        self.extensions = (".html",)

    def load(self) -> object:
        return self.function


def test_without_libreoffice_the_message_says_what_to_install(
        legacy: dict[str, Path], tmp_path: Path) -> None:
    for setting in ("none", str(tmp_path / "no such soffice")):
        code, documents, _ = check_json(str(legacy["doc"]), str(legacy["rtf"]), "-j", "1",
                                        env={"JDLINT_SOFFICE": setting})
        assert code == ExitCode.UNREADABLE
        assert len(documents) == len(SOURCES)  # .doc and .rtf stems are the same
        for document in documents.values():
            error = document["error"]
            assert isinstance(error, dict) and error["category"] == "unsupported-format"
            assert "apt-get install libreoffice-writer-nogui" in error["message"]
            assert "libreoffice.org/download" in error["message"]


def test_a_folder_starts_libreoffice_a_bounded_number_of_times(
        legacy: dict[str, Path], tmp_path: Path) -> None:
    script, log = counting(tmp_path)
    folder = tmp_path / "archive"
    folder.mkdir()
    for fmt in ("doc", "rtf"):
        for path in legacy[fmt].iterdir():
            shutil.copy(path, folder)
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {"JDLINT_SOFFICE": str(script), "TMPDIR": str(scratch)}
    code, documents, _ = check_json(str(folder), "-j", "2", env=env)
    assert code == ExitCode.FINDINGS and len(documents) == 4  # stems repeat across formats
    assert len(log.read_text(encoding="utf-8").split()) == 2  # one per worker chunk, not 8
    assert list(scratch.iterdir()) == []  # copies and profiles removed
    log.unlink()
    check_json(str(folder), "-j", "1", env=env)
    assert len(log.read_text(encoding="utf-8").split()) == 1  # one block of up to 16


def test_a_damaged_doc_is_a_clear_error(tmp_path: Path) -> None:
    legacy_samples.soffice_or_skip()
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "WordDocument".encode(
        "utf-16-le") + b"\x00" * 1024
    (tmp_path / "broken.doc").write_bytes(ole)
    (tmp_path / "noise.doc").write_bytes(b"\x00\x01\x02 not a document \xff" * 40)
    code, documents, _ = check_json(str(tmp_path), "-j", "1")
    assert code == ExitCode.UNREADABLE
    for document in documents.values():
        error = document["error"]
        assert isinstance(error, dict) and error["category"] == "corrupt", document
        assert "damaged" in error["message"]


def test_a_crashing_libreoffice_is_a_clear_error_per_file(tmp_path: Path) -> None:
    legacy_samples.soffice_or_skip()
    script = wrapper(tmp_path, "exit 139")  # as if soffice.bin had died on the file
    (tmp_path / "in").mkdir()
    for name in ("a.rtf", "b.rtf"):  # a batch of two, then each on its own
        (tmp_path / "in" / name).write_bytes(b"{\\rtf1\\ansi Matron %s}" % name.encode())
    code, documents, _ = check_json(str(tmp_path / "in"), "-j", "1",
                                    env={"JDLINT_SOFFICE": str(script)})
    assert code == ExitCode.UNREADABLE
    for document in documents.values():
        error = document["error"]
        assert isinstance(error, dict) and error["category"] == "corrupt"
        assert "LibreOffice stopped while converting this file" in error["message"]


def test_a_hanging_libreoffice_is_stopped_at_the_time_limit(tmp_path: Path) -> None:
    legacy_samples.soffice_or_skip()
    pids = tmp_path / "pids"
    script = wrapper(tmp_path, f'echo $$ >> "{pids}"\nexec sleep 120')
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.rtf").write_bytes(b"{\\rtf1\\ansi Head of Patient Flow}")
    started = time.monotonic()
    code, documents, _ = check_json(str(tmp_path / "in"), "-j", "1", "--timeout", "2",
                                    env={"JDLINT_SOFFICE": str(script)})
    assert time.monotonic() - started < 30
    assert code == ExitCode.UNREADABLE
    error = documents["a"]["error"]
    assert isinstance(error, dict) and error["category"] == "timeout"
    assert_all_dead(pids)


def test_a_batch_that_runs_out_of_time_falls_back_to_one_file_at_a_time(
        legacy: dict[str, Path], tmp_path: Path) -> None:
    real = legacy_samples.soffice_or_skip()
    # Hangs when given several files (8 arguments come before the files), works for one.
    script = wrapper(tmp_path, f'[ $# -gt 9 ] && exec sleep 120\nexec "{real}" "$@"')
    folder = tmp_path / "two"
    folder.mkdir()
    for stem in SOURCES[:2]:
        shutil.copy(legacy["doc"] / f"{stem}.doc", folder)
    _, originals, _ = check_json(str(legacy["docx"]), "-j", "1")
    started = time.monotonic()
    code, documents, _ = check_json(str(folder), "-j", "1", "--timeout", "6",
                                    env={"JDLINT_SOFFICE": str(script)})
    assert time.monotonic() - started < 60
    assert code == ExitCode.FINDINGS, documents
    assert {k: essence(d) for k, d in documents.items()} == {
        k: essence(originals[k]) for k in SOURCES[:2]}


def test_batch_time_limit_is_bounded_by_the_files_limits() -> None:
    from jdlint.run.convert import batch_timeout

    assert batch_timeout(0, 10) == 0  # no limit asked, none given
    assert batch_timeout(2, 2) == 4  # never more than the files' limits added up
    assert batch_timeout(60, 64) == 60 + 3 * 64  # far less than 64 minutes for a hang


def test_interrupting_a_run_kills_libreoffice_and_removes_its_files(tmp_path: Path) -> None:
    legacy_samples.soffice_or_skip()
    pids = tmp_path / "pids"
    script = wrapper(tmp_path, f'echo $$ >> "{pids}"\nexec sleep 120')
    folder = tmp_path / "in"
    folder.mkdir()
    for number in range(6):
        (folder / f"{number}.rtf").write_bytes(b"{\\rtf1\\ansi Matron %d}" % number)
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    run = subprocess.Popen(
        [sys.executable, "-m", "jdlint", "check", "--no-cache", "-j", "2", str(folder)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(SRC), "JDLINT_SOFFICE": str(script),
             "TMPDIR": str(scratch)})
    deadline = time.monotonic() + 60
    while not (pids.exists() and len(pids.read_text().split()) >= 2):
        assert time.monotonic() < deadline, "LibreOffice was never started"
        time.sleep(0.1)
    run.send_signal(signal.SIGTERM)
    assert run.wait(timeout=30) == ExitCode.TERMINATED
    assert_all_dead(pids)
    assert list(scratch.iterdir()) == []


def assert_all_dead(pids: Path) -> None:
    """Assert every process a wrapper recorded is gone (not even a zombie of ours)."""
    deadline = time.monotonic() + 5
    for pid in map(int, pids.read_text(encoding="ascii").split()):
        while _alive(pid):
            assert time.monotonic() < deadline, f"soffice stand-in {pid} still running"
            time.sleep(0.05)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split(") ")[-1].startswith("Z"))


# --- jdlint doctor ------------------------------------------------------------------------

def test_doctor_names_each_reader_and_libreoffice(monkeypatch: pytest.MonkeyPatch) -> None:
    from jdlint.read.legacy.soffice import version

    program = legacy_samples.soffice_or_skip()
    result = CliRunner().invoke(main, ["doctor"])
    assert result.exit_code == ExitCode.OK, result.output
    found = version(program)
    assert found and found.startswith("LibreOffice")
    for words in ("Word documents (.docx): read with lxml", "PDF files (.pdf)", "(.md",
                  "[yes] Word 97-2003 documents (.doc): converted to .docx by LibreOffice",
                  "[yes] Rich Text files (.rtf)", program, found):
        assert words in result.output
    monkeypatch.setenv("JDLINT_SOFFICE", "none")
    missing = CliRunner().invoke(main, ["doctor"])
    assert missing.exit_code == ExitCode.OK
    assert "[NO ] Word 97-2003 documents (.doc): needs LibreOffice, which was not found" in (
        missing.output)
    assert "apt-get install libreoffice-writer-nogui" in missing.output


def test_doctor_json_for_machines(monkeypatch: pytest.MonkeyPatch) -> None:
    from jdlint.read.registry import READERS

    monkeypatch.setenv("JDLINT_SOFFICE", "none")
    result = CliRunner().invoke(main, ["doctor", "--format", "json"])
    assert result.exit_code == ExitCode.OK
    report = json.loads(result.output)
    assert report["schema_version"] == 1
    by_format = {r["format"]: r for r in report["readers"]}
    assert list(by_format) == [r.format for r in READERS]
    assert by_format["docx"]["available"] is True and by_format["docx"]["program"] is None
    assert by_format["docx"]["libraries"][0]["name"] == "lxml"
    assert by_format["docx"]["libraries"][0]["version"]
    doc = by_format["doc"]
    assert doc["available"] is False and doc["extensions"] == [".doc"]
    assert doc["program"]["found"] is False and doc["program"]["path"] is None
    assert "libreoffice-writer-nogui" in doc["program"]["install"]

"""Tests for ``jdlint extract`` and the file discovery it shares with other commands."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from jdlint.cli import main
from jdlint.errors import ExitCode
from jdlint.run.discover import discover

TXT = """JOB DESCRIPTION

Job title: Head of Patient Flow
Band: 8a
Directorate: Operations
Job reference: OPS-001

PERSON SPECIFICATION

Qualifications
Essential criteria:
- Current NMC registration
Desirable criteria:
- Masters degree
"""

MD = """# Ward Manager

**Band:** 7

## Person specification

| Criteria | E/D |
|---|---|
| Leadership course | D |
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(TXT, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text(MD, encoding="utf-8")
    (tmp_path / "notes.csv").write_text("not a JD", encoding="utf-8")
    (tmp_path / "~$lock.docx").write_bytes(b"lock")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "c.txt").write_text("hidden", encoding="utf-8")
    return tmp_path


def test_text_listing_shows_details_and_blocks(folder: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(folder / "a.txt")])
    assert result.exit_code == ExitCode.OK, result.output
    out = result.output
    assert "Head of Patient Flow" in out and "8a" in out and "Operations" in out
    assert "OPS-001" in out
    row = next(text for text in out.splitlines() if "Current NMC registration" in text)
    assert "essential" in row and "Person specification › Qualifications" in row
    assert "line 12" in row


def test_json_output_has_the_schema_and_input_order(folder: Path) -> None:
    result = CliRunner().invoke(main, ["extract", "--format", "json", str(folder)])
    assert result.exit_code == ExitCode.OK, result.output
    data = json.loads(result.output)
    assert data["schema_version"] == 1
    paths = [Path(d["path"]).relative_to(folder).as_posix() for d in data["documents"]]
    assert paths == ["a.txt", "sub/b.md"]
    md = data["documents"][1]
    assert (md["title"], md["band"], md["format"]) == ("Ward Manager", "7", "md")
    (criterion,) = [b for b in md["blocks"] if b["kind"] == "criterion"]
    assert criterion == {
        "text": "Leadership course", "kind": "criterion", "section": "Person specification",
        "level": "desirable", "label": None, "category": None,
        "location": {"page": None, "paragraph": None, "table": 1, "row": 2, "column": 1,
                     "line": 9},
    }


def test_unreadable_file_is_reported_and_the_others_go_on(folder: Path) -> None:
    bad = folder / "broken.txt"
    bad.write_bytes(b"\x00\x01\x02\x00binary" * 50)
    runner = CliRunner()
    result = runner.invoke(main, ["extract", str(bad), str(folder / "a.txt")])
    assert result.exit_code == ExitCode.UNREADABLE
    assert f"{bad}: error (encoding): " in result.output
    assert "Head of Patient Flow" in result.output


def test_missing_file_is_unreadable(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "gone.docx")])
    assert result.exit_code == ExitCode.UNREADABLE
    assert "error (unreadable)" in result.output


def test_output_is_deterministic(folder: Path) -> None:
    runner = CliRunner()
    first = runner.invoke(main, ["extract", str(folder)]).output
    assert first == runner.invoke(main, ["extract", str(folder)]).output


def test_discover_recurses_sorted_and_skips_hidden_and_lock_files(folder: Path) -> None:
    found = [p.relative_to(folder).as_posix() for p in discover([folder])]
    assert found == ["a.txt", "sub/b.md"]


def test_discover_keeps_named_files_in_order_without_repeats(folder: Path) -> None:
    b, a = folder / "sub" / "b.md", folder / "a.txt"
    assert discover([b, a, folder]) == [b, a]


def test_discover_applies_exclude_globs_to_folders(folder: Path) -> None:
    found = discover([folder], exclude=["sub"], exclude_base=folder)
    assert [p.name for p in found] == ["a.txt"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_discover_survives_symlink_loops(folder: Path) -> None:
    (folder / "sub" / "loop").symlink_to(folder, target_is_directory=True)
    found = [p.name for p in discover([folder])]
    assert found == ["a.txt", "b.md"]

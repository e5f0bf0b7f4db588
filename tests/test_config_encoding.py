"""A configuration, rule or justifications file that is not UTF-8 is a clear error naming the
file and the encoding it seems to be in, exit 2, never an internal error (issue 20)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

LATIN1 = 'fail-on = "warning"\n# r\xe9vis\xe9 par le service RH\n'.encode("latin-1")
JD = "Job title: Head of Patient Flow\n\nPerson specification\nEssential: NMC registration\n"


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "jdlint", "check", "--no-cache", *args],
                          capture_output=True, text=True, cwd=cwd, timeout=120, check=False)


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    (tmp_path / "jd.txt").write_text(JD, encoding="utf-8")
    return tmp_path


def assert_clear(result: subprocess.CompletedProcess[str], name: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert name in line and "not UTF-8" in line and "Windows-1252" in line, line


def test_config_option(folder: Path) -> None:
    (folder / "settings.toml").write_bytes(LATIN1)
    assert_clear(run("--config", "settings.toml", "jd.txt", cwd=folder), "settings.toml")


def test_auto_found_config(folder: Path) -> None:
    (folder / ".jdlint.toml").write_bytes(LATIN1)
    assert_clear(run("jd.txt", cwd=folder), ".jdlint.toml")


def test_extra_rules(folder: Path) -> None:
    rules = folder / "trust-rules"
    rules.mkdir()
    (rules / "TR001.toml").write_bytes('[rule]\ncode = "TR001"\nname = "caf\xe9"\n'.encode(
        "cp1252"))
    assert_clear(run("--extra-rules", str(rules), "jd.txt", cwd=folder), "TR001.toml")


def test_justifications(folder: Path) -> None:
    (folder / "justified.toml").write_bytes(
        '[[justification]]\nfile = "jd.txt"\nreason = "d\xe9cid\xe9"\n'.encode("latin-1"))
    assert_clear(run("--justifications", "justified.toml", "jd.txt", cwd=folder),
                 "justified.toml")


def test_utf16_is_named(folder: Path) -> None:
    (folder / "settings.toml").write_bytes('fail-on = "error"\n'.encode("utf-16"))
    result = run("--config", "settings.toml", "jd.txt", cwd=folder)
    assert result.returncode == 2 and "UTF-16" in result.stderr, result.stderr

"""Colour follows --color, NO_COLOR and FORCE_COLOR (issue 16, item 4)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from jdlint.cli import main

JD = "Job title: Head of Flow\n\nPerson specification\nEssential: current NMC registration\n"


@pytest.fixture()
def jd(tmp_path: Path) -> Path:
    path = tmp_path / "jd.txt"
    path.write_text(JD, encoding="utf-8")
    return path


def painted(jd: Path, *args: str, env: dict[str, str] | None = None) -> bool:
    result = CliRunner().invoke(main, ["check", "--no-cache", "--jobs", "1", *args, str(jd)],
                                env={"NO_COLOR": "", "FORCE_COLOR": "", **(env or {})})
    assert result.exit_code == 1, result.output
    return "\x1b[" in result.stdout


def test_auto_is_plain_when_not_a_terminal(jd: Path) -> None:
    assert not painted(jd)


def test_always_and_never(jd: Path) -> None:
    assert painted(jd, "--color", "always")
    assert not painted(jd, "--color", "never")
    assert not painted(jd, "--color", "always", "--no-color")  # the old flag still works


def test_force_color_and_no_color(jd: Path) -> None:
    assert painted(jd, env={"FORCE_COLOR": "1"})
    assert not painted(jd, env={"FORCE_COLOR": "1", "NO_COLOR": "1"})  # NO_COLOR wins
    assert painted(jd, "--color", "always", env={"NO_COLOR": "1"})  # the flag wins over both

"""A text JD exported as one long line reads as the JD it is (issue 20).

Each shipped .txt JD, its line breaks replaced by spaces, must give the same title, band and
findings (rule, level, words) as the file itself, each finding on line 1: the only line there is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from jdlint.api import lint_bytes
from jdlint.read.runon import LONG, split_line, split_long_lines

CORPUS = Path(__file__).parents[1] / "corpora"
TEXT_JDS = sorted(CORPUS.glob("*.txt"))


def verdict(data: bytes, name: str) -> tuple[object, ...]:
    result = lint_bytes(data, name)
    return (result.title, result.band,
            sorted((f.rule, str(f.level), " ".join(f.match.split())) for f in result.findings))


@pytest.mark.parametrize("path", TEXT_JDS, ids=lambda p: p.name)
def test_one_line_export_reads_as_the_file(path: Path) -> None:
    data = path.read_bytes()
    flat = b" ".join(line.strip() for line in data.splitlines() if line.strip())
    assert b"\n" not in flat and len(flat) > LONG
    assert verdict(flat, path.name) == verdict(data, path.name)
    assert {f.location.line for f in lint_bytes(flat, path.name).findings} <= {1}


def test_ordinary_lines_are_left_alone() -> None:
    lines = ["Job title: Head of Flow", "", "- Current NMC registration. Experience of flow."]
    assert split_long_lines(lines) == (lines, [1, 2, 3])


def test_split_keeps_abbreviations_and_titles_together() -> None:
    pieces = split_line("Job title: Ward Manager - Willow Ward Band: 7 Essential criteria: "
                        "- Registered professional (e.g. NMC, HCPC) - Leadership experience.")
    assert pieces == ["Job title: Ward Manager - Willow Ward", "Band: 7", "Essential criteria:",
                      "- Registered professional (e.g. NMC, HCPC)", "- Leadership experience."]

"""Inputs the fuzz campaign (``bench/fuzz.py``) found a problem with, each a case before its fix.

The time limit here is a hang detector, not a speed target: each of these took longer than a
file's whole limit before its fix and takes well under a second after it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from jdlint.run.settings import Settings
from jdlint.run.worker import lint_file

LIMIT = Settings(timeout_seconds=30)
CASES = {
    # the run-on splitter's dash rule backtracked over one 200,000-character word
    "one-huge-word.md": b"# Job description\n\nBand: 7\n" + b"x" * 200_000 + b" - Word\n",
    # its capitals rule backtracked over a long run of words in capitals
    "capitals.txt": b"Person specification " + b"AB " * 60_000 + b"\n",
    # its sentence and label rules over many short sentences on one line
    "sentences.txt": b"Essential: current NMC registration. " * 30_000 + b"\n",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_run_on_lines_do_not_hang(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(CASES[name])
    result = lint_file(str(path), LIMIT)
    assert result.error is None, result.error

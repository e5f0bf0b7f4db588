"""Every labelled document, exactly: jdlint's deviations from its labels are the recorded ones.

No thresholds: each document's deviations (``scripts/corpus_check.py``: title, band, criterion
levels, missed findings, false positives, wrong level or regulators) must be exactly those in
its folder's ``KNOWN-DEVIATIONS.json`` — none for the own corpus. An improvement fails this
test too, until the record is updated (``python scripts/corpus_check.py --write-known``), so
that every change of judgement shows in review.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("corpus_check", ROOT / "scripts" /
                                                  "corpus_check.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


CHECK = _load()
CASES = [(folder, path) for folder in CHECK.FOLDERS for path in CHECK.documents(folder)]


@pytest.mark.parametrize(("folder", "path"), CASES,
                         ids=[str(p.relative_to(ROOT / "corpora")) for _, p in CASES])
def test_deviations_are_exactly_the_recorded_ones(folder: Path, path: Path) -> None:
    assert CHECK.check(path) == CHECK.known(folder).get(path.name, [])


def test_the_own_corpus_has_no_deviation() -> None:
    for folder in CHECK.FOLDERS[:2]:
        assert CHECK.known(folder) == {}

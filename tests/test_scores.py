"""The corpus-wide figures the README reports: extraction and finding quality thresholds."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from score import score  # noqa: E402


@pytest.fixture(scope="module")
def scores():  # type: ignore[no-untyped-def]
    return score(ROOT / "corpora")


def test_every_corpus_document_is_read(scores) -> None:  # type: ignore[no-untyped-def]
    extraction, _, _, errors = scores
    assert errors == []
    assert extraction.documents >= 30


def test_title_band_and_levels_are_at_least_98_percent_right(scores) -> None:  # type: ignore[no-untyped-def]
    extraction = scores[0]
    assert extraction.title / extraction.documents >= 0.98, extraction.misses
    assert extraction.band / extraction.documents >= 0.98, extraction.misses
    assert extraction.levels / extraction.criteria >= 0.98, extraction.misses


def test_precision_and_recall_are_at_least_95_percent(scores) -> None:  # type: ignore[no-untyped-def]
    jdlint = scores[1]
    assert jdlint.tp > 0
    assert jdlint.precision >= 0.95, jdlint.misses
    assert jdlint.recall >= 0.95, jdlint.misses


def test_jdlint_beats_a_naive_keyword_search(scores) -> None:  # type: ignore[no-untyped-def]
    _, jdlint, naive, _ = scores
    assert naive.fp > jdlint.fp
    assert jdlint.precision > naive.precision


def test_held_out_documents_meet_the_same_bar() -> None:
    """Documents written apart from the generator, never used to tune the rules."""
    extraction, jdlint, _, errors = score(ROOT / "corpora" / "held-out")
    assert errors == []
    assert extraction.documents >= 4
    assert extraction.levels == extraction.criteria, extraction.misses
    assert jdlint.precision >= 0.95, jdlint.misses
    assert jdlint.recall >= 0.95, jdlint.misses

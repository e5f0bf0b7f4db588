"""What context judgement adds: jdlint against a naive keyword search over the same blocks."""

from __future__ import annotations

from test_corpus_expectations import CHECK


def test_jdlint_beats_a_naive_keyword_search_on_every_labelled_set() -> None:
    for folder in CHECK.FOLDERS:
        totals = CHECK.Totals()
        for path in CHECK.documents(folder):
            CHECK.check(path, totals)
        figures = totals.figures()
        assert totals.tp > 0 and figures["precision"] > figures["naive_precision"], folder

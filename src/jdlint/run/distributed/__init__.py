"""Run jdlint on a distributed engine (Dask, Spark) for a review of many thousands of JDs.

The unit of work is :func:`lint_record`: one document's bytes in, the plain dict of
``jdlint check --format json`` out (JSON Lines and Parquet friendly), within a time limit, and
never an exception for a bad document. The engines' runners live in
:mod:`jdlint.run.distributed.dask_runner` and :mod:`jdlint.run.distributed.spark_runner`
(install the ``dask`` or ``spark`` extra); importing this package imports neither engine. A
national run ends where a local one does: :func:`summary_from_records` gives the committee CSV rows.
See docs/distributed.md for the recipes.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from jdlint.outputs import GroupBy
from jdlint.outputs.summary import DocumentRow, GroupRow, aggregate, document_rows
from jdlint.results import DocumentResult
from jdlint.run.distributed.record import (
    Record,
    lint_record,
    lint_result,
    lint_source_record,
    warm_up,
)
from jdlint.run.distributed.shipping import ShippedSettings, ship, unpack
from jdlint.run.distributed.sources import expand
from jdlint.run.distributed.timeout import DocumentTimeout, call_with_timeout

__all__ = [
    "DocumentTimeout",
    "Record",
    "ShippedSettings",
    "call_with_timeout",
    "expand",
    "lint_record",
    "lint_result",
    "lint_source_record",
    "results_from_records",
    "ship",
    "summary_from_records",
    "unpack",
    "warm_up",
]


def results_from_records(records: Iterable[dict[str, Any]]) -> list[DocumentResult]:
    """Rebuild DocumentResults from JSON-schema dicts, sorted by path."""
    return sorted((DocumentResult.from_dict(r) for r in records), key=lambda r: r.path)


def summary_from_records(records: Iterable[dict[str, Any]], by: GroupBy | str | None = None,
                         ) -> list[DocumentRow] | list[GroupRow]:
    """Return the committee summary rows (per document, or grouped ``by``) of a run's records."""
    results = results_from_records(records)
    if by is None:
        return document_rows(results)
    return aggregate(results, GroupBy(by))

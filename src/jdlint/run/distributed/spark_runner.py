"""Lint documents in Spark: a ``binaryFile`` DataFrame in, one row per document out.

The output mirrors the JSON schema of ``jdlint check --format json`` column for column
(``error`` a struct, ``findings`` an array of structs), so it writes straight to Parquet or
Delta, and :func:`record_from_row` turns a row back into the JSON dict. The linting is a
Python UDF (no pandas or Arrow needed, and it works over Spark Connect); Spark runs it on the
main thread of its Python workers, so each document's time limit is a ``SIGALRM`` timer.
Rule folders and settings are captured in the UDF's closure (see
:mod:`jdlint.run.distributed.shipping`); each Python worker builds the rule set once.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import Any

try:
    from pyspark.sql import Column, DataFrame, Row
    from pyspark.sql import functions as F
    from pyspark.sql.types import (
        ArrayType,
        BooleanType,
        IntegerType,
        StringType,
        StructField,
        StructType,
    )
except ImportError as missing:  # pragma: no cover - depends on the environment
    raise ImportError(
        "jdlint's Spark runner needs PySpark: pip install 'jdlint[spark]'") from missing

from jdlint.run.distributed.record import Record, lint_record
from jdlint.run.distributed.shipping import ShippedSettings, ship, unpack
from jdlint.run.settings import Settings


def _strings(*names: str) -> list[StructField]:
    return [StructField(name, StringType()) for name in names]


LOCATION_SCHEMA = StructType([StructField(name, IntegerType()) for name in (
    "page", "paragraph", "table", "row", "column", "line")])
ERROR_SCHEMA = StructType(_strings("category", "message"))
FINDING_SCHEMA = StructType([
    *_strings("rule", "name", "severity", "message"),
    StructField("professions", ArrayType(StringType())),
    StructField("regulators", ArrayType(StringType())),
    *_strings("level", "section", "text", "match"),
    StructField("location", LOCATION_SCHEMA),
    *_strings("suggestion"),
    StructField("hedged", BooleanType()),
    StructField("suppressed", BooleanType()),
    *(StructField(name, IntegerType()) for name in ("start", "end", "offset")),
    *_strings("justification"),  # null unless justified
    *_strings("rewrite"),  # null when no safe rewrite exists
    StructField("baselined", BooleanType()),
])
DIRECTIVE_SCHEMA = StructType([
    StructField("line", IntegerType()), *_strings("body"),
    StructField("target", ArrayType(IntegerType()))])
DOCUMENT_SCHEMA = StructType([
    *_strings("path", "format", "title", "band", "directorate", "reference"),
    StructField("leadership", BooleanType()),
    *_strings("status"),
    StructField("error", ERROR_SCHEMA),  # null unless the file could not be read
    StructField("findings", ArrayType(FINDING_SCHEMA)),
    StructField("directives", ArrayType(DIRECTIVE_SCHEMA)),  # null unless the file has any
    StructField("warnings", ArrayType(StringType())),  # null unless a library said something
])
# The document columns a finding row repeats, so the exploded table stands on its own.
FINDING_CONTEXT = ("path", "title", "band", "directorate", "leadership", "status")


def lint_dataframe(df: DataFrame, settings: Settings | None = None, *,
                   path_column: str = "path", content_column: str = "content") -> DataFrame:
    """Lint each row's bytes; return one row per document with the DOCUMENT_SCHEMA columns."""
    return df.select(lint_column(F.col(path_column), F.col(content_column), settings,
                                 ).alias("document")).select("document.*")


def lint_column(path: Column, content: Column, settings: Settings | None = None) -> Column:
    """Return a struct column (DOCUMENT_SCHEMA) linting ``content`` named ``path``."""
    # Pickled rows, not Arrow: nested structs convert exactly, and pandas is not needed.
    lint = F.udf(partial(_lint_row, ship(settings)), DOCUMENT_SCHEMA, useArrow=False)
    # Nondeterministic, so Spark runs it once per row even when its fields are selected apart.
    return lint.asNondeterministic()(path, content)


def findings_dataframe(documents: DataFrame) -> DataFrame:
    """Return one row per finding: the document's context columns, then the finding's fields."""
    exploded = documents.select(*FINDING_CONTEXT, F.explode("findings").alias("finding"))
    fields = [F.col(f"finding.{field.name}").alias(field.name) for field in FINDING_SCHEMA
              if field.name != "location"]
    location = [F.col(f"finding.location.{field.name}").alias(field.name)
                for field in LOCATION_SCHEMA]
    return exploded.select(*FINDING_CONTEXT, *fields, *location)


def record_from_row(row: Row) -> Record:
    """Return a document row as the JSON-schema dict ``lint_record`` gave (for the summary)."""
    record: Record = row.asDict(recursive=True)
    record["findings"] = [_finding_record(f) for f in record["findings"] or ()]
    for optional in ("directives", "warnings"):
        if not record.get(optional):
            record.pop(optional, None)
    return record


def records_from_dataframe(documents: DataFrame) -> Iterator[Record]:
    """Yield every document row as a JSON-schema dict, one partition at a time."""
    for row in documents.toLocalIterator():
        yield record_from_row(row)


def _finding_record(finding: dict[str, Any]) -> dict[str, Any]:
    if finding.get("justification") is None:
        finding.pop("justification", None)
    if not finding.get("baselined"):
        finding.pop("baselined", None)
    if finding.get("rewrite") is None:
        finding.pop("rewrite", None)
    return finding


def _lint_row(shipped: ShippedSettings, path: str,
              content: bytes | bytearray | None) -> dict[str, Any]:
    record = lint_record(path, bytes(content or b""), unpack(shipped))
    for finding in record["findings"]:
        finding.setdefault("baselined", False)  # a real false, not a null, in the table
        finding.setdefault("rewrite", None)
    record.setdefault("directives", None)
    record.setdefault("warnings", None)
    return record


"""jdlint.run.distributed.spark_runner on a local[2] Spark session over the corpus."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from jdlint.api import Settings, lint_bytes
from jdlint.outputs.summary import document_rows
from jdlint.results import DocumentResult
from jdlint.run.discover import discover
from jdlint.run.distributed import summary_from_records

pytest.importorskip("pyspark", reason="the spark extra (pyspark) is not installed")
if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
    pytest.skip("Spark needs a Java runtime (java on PATH or JAVA_HOME); none found",
                allow_module_level=True)

from pyspark.sql import SparkSession

from jdlint.run.distributed.spark_runner import (
    DOCUMENT_SCHEMA,
    FINDING_CONTEXT,
    FINDING_SCHEMA,
    findings_dataframe,
    lint_dataframe,
    record_from_row,
    records_from_dataframe,
)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpora"
GLOB = "*.{docx,pdf,txt,md}"


@pytest.fixture(scope="module")
def spark():  # type: ignore[no-untyped-def]
    os.environ["PYSPARK_PYTHON"] = sys.executable  # workers import this jdlint
    session = (SparkSession.builder.master("local[2]").appName("jdlint-tests")
               .config("spark.ui.enabled", "false")
               .config("spark.sql.shuffle.partitions", "2")
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def corpus(spark):  # type: ignore[no-untyped-def]
    """Return the corpus linted by Spark, and the files it read."""
    files = discover([CORPUS])
    if not files:
        pytest.skip("corpora/ holds no documents yet")
    df = (spark.read.format("binaryFile").option("pathGlobFilter", GLOB)
          .option("recursiveFileLookup", "true").load(str(CORPUS)))
    return lint_dataframe(df).cache(), files


def local_record(path: Path, name: str) -> dict:
    return lint_bytes(path.read_bytes(), name).as_dict()


def test_schema_mirrors_the_json_schema_dict() -> None:
    sample = lint_bytes(b"Person specification\nEssential: current NMC registration\n", "a.txt")
    record = sample.as_dict()
    assert DOCUMENT_SCHEMA.fieldNames() == [*record, "directives", "warnings"]
    finding = record["findings"][0]
    assert set(FINDING_SCHEMA.fieldNames()) == {*finding, "justification", "baselined"}
    assert FINDING_SCHEMA["location"].dataType.fieldNames() == list(finding["location"])


def test_corpus_rows_match_the_local_run(corpus) -> None:  # type: ignore[no-untyped-def]
    documents, files = corpus
    records = sorted(records_from_dataframe(documents), key=lambda r: r["path"])
    assert [Path(r["path"].removeprefix("file:")) for r in records] == sorted(
        p.resolve() for p in files)
    for record, path in zip(records, sorted(files, key=lambda p: p.resolve()), strict=True):
        assert record == local_record(path, record["path"])
    assert {r["status"] for r in records} >= {"ringfenced", "clean"}


def test_summary_from_spark_rows_is_the_committee_summary(corpus) -> None:  # type: ignore[no-untyped-def]
    documents, _ = corpus
    records = list(records_from_dataframe(documents))
    rows = summary_from_records(records)
    assert rows == document_rows([DocumentResult.from_dict(r) for r in records])
    assert len(rows) == documents.count()


def test_findings_table_has_one_row_per_finding(corpus) -> None:  # type: ignore[no-untyped-def]
    documents, _ = corpus
    findings = findings_dataframe(documents)
    records = list(records_from_dataframe(documents))
    assert findings.count() == sum(len(r["findings"]) for r in records)
    assert findings.columns[:len(FINDING_CONTEXT)] == list(FINDING_CONTEXT)
    assert {"rule", "severity", "level", "text", "suggestion", "page", "line"} <= set(
        findings.columns)
    first = findings.orderBy("path", "line", "paragraph", "rule").first()
    assert first is not None
    assert first["rule"].startswith("JD")
    assert first["baselined"] is False


def test_documents_round_trip_through_parquet(corpus, spark, tmp_path) -> None:  # type: ignore[no-untyped-def]
    documents, _ = corpus
    documents.write.parquet(str(tmp_path / "documents.parquet"))
    back = spark.read.parquet(str(tmp_path / "documents.parquet"))
    assert sorted(map(record_from_row, back.collect()), key=lambda r: r["path"]) == sorted(
        records_from_dataframe(documents), key=lambda r: r["path"])


def test_bad_and_missing_content_become_error_rows(spark) -> None:  # type: ignore[no-untyped-def]
    df = spark.createDataFrame(
        [("broken.docx", bytearray(b"PK\x03\x04 not a zip")), ("empty.pdf", None),
         ("slow.txt", bytearray(b"Person specification\n" + b"Essential: NMC registration\n"
                                * 20_000))],
        "path string, content binary")
    rows = {r["path"]: r for r in lint_dataframe(df, Settings(timeout_seconds=0.5)).collect()}
    assert rows["broken.docx"]["status"] == "error"
    assert rows["broken.docx"]["error"]["category"] == "corrupt"
    assert rows["empty.pdf"]["status"] == "error"
    assert rows["slow.txt"]["error"]["category"] == "timeout"


def test_directives_and_offsets_survive_the_table(spark) -> None:  # type: ignore[no-untyped-def]
    text = (b"Person specification\n"
            b"<!-- jdlint: justify JD101 -- the post prescribes under NMC standards -->\n"
            b"Essential: current NMC registration\n")
    df = spark.createDataFrame([("justified.md", bytearray(text))],
                               "path string, content binary")
    [row] = lint_dataframe(df).collect()
    record = record_from_row(row)
    assert record == lint_bytes(text, "justified.md").as_dict()
    assert record["directives"] and record["findings"][0]["end"] > 0

"""The run's result spool: results past its limit live in a temporary file, read back intact."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from jdlint.cli import main
from jdlint.outputs.common import ordered
from jdlint.results import DocumentResult
from jdlint.run import spool as spool_module
from jdlint.run.spool import Spool, gather

CORPUS = Path(__file__).parent.parent / "corpora"


def _results(count: int) -> list[DocumentResult]:
    # Paths out of order, so that sorting by path is not the identity.
    return [DocumentResult(path=f"doc-{(index * 7) % count:03d}.txt", format="txt",
                           title=f"Post {index}", band=str(index % 9))
            for index in range(count)]


def test_results_past_the_limit_are_read_back_from_the_file() -> None:
    results = _results(12)
    spool = Spool(len(results), keep=3)
    for index in reversed(range(len(results))):  # put in any order
        spool.put(index, results[index])
    assert spool.spooled == 9
    assert list(spool) == results
    assert spool[-1] == results[-1] and spool[2:5] == results[2:5]
    assert spool == results
    assert list(spool.by_path()) == sorted(results, key=lambda r: r.path)
    assert list(ordered(spool)) == list(ordered(results))


def test_a_small_run_never_writes_a_file() -> None:
    results = _results(5)
    spool = gather(results, Spool(5))
    assert isinstance(spool, Spool) and spool.spooled == 0 and list(spool) == results


def test_a_position_never_put_is_an_error_not_a_wrong_result() -> None:
    spool = Spool(3, keep=0)
    spool.put(0, _results(1)[0])
    with pytest.raises(LookupError):
        spool[1]
    with pytest.raises(IndexError):
        spool[3]


def test_gather_keeps_a_list_a_list() -> None:
    results = _results(4)
    assert gather(iter(results), results) == results
    assert type(gather(iter(results), results)) is list


@pytest.mark.parametrize("output", ["json", "csv", "sarif", "text"])
def test_reports_are_the_same_when_every_result_is_spooled(
        output: str, monkeypatch: pytest.MonkeyPatch) -> None:
    runner = CliRunner()
    args = ["check", str(CORPUS), "--format", output, "--no-cache", "-j", "1", "-q"]
    held = runner.invoke(main, args)
    monkeypatch.setattr(spool_module, "KEEP", 0)
    spooled = runner.invoke(main, args)
    assert spooled.exit_code == held.exit_code == 1
    assert spooled.output == held.output
    if output == "json":
        assert len(json.loads(spooled.output)["documents"]) > 50

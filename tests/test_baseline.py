"""Baselines: round trip, fingerprints that survive reformatting and moves, occurrence counts."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from jdlint import __version__
from jdlint.document import Level, Location
from jdlint.errors import ConfigError
from jdlint.results import DocumentResult, Finding, Severity, Status
from jdlint.run.baseline import apply_baseline, load_baseline, write_baseline


def finding(text: str, rule: str = "JD101", **where: int) -> Finding:
    return Finding(rule=rule, name="nmc-registration", severity=Severity.ERROR, message="m",
                   professions=("nursing",), regulators=("NMC",), level=Level.ESSENTIAL,
                   section="Person specification", text=text, match="NMC",
                   location=Location(**where), suggestion="s")


def result(path: str, *findings: Finding) -> DocumentResult:
    return DocumentResult(path=path, format="docx", findings=findings)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def baselined(results: list[DocumentResult]) -> list[list[bool]]:
    return [[f.baselined for f in r.findings] for r in results]


TODAY = [
    result("jds/lead.docx", finding("Current NMC registration", table=1, row=3),
           finding("HCPC registered physiotherapist", rule="JD201", table=1, row=4)),
    result("jds/matron.docx", finding("Registered General Nurse (RGN)", paragraph=12),
           replace(finding("NMC PIN", paragraph=14), suppressed=True, justification="Statutory")),
]


def test_round_trip_writes_sorted_unsuppressed_entries(repo: Path) -> None:
    path = repo / "jdlint-baseline.json"
    write_baseline(TODAY, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema_version"] == 1
    assert data["tool"] == {"name": "jdlint", "version": __version__}
    assert [(e["path"], e["rule"], e["text"]) for e in data["entries"]] == [
        ("jds/lead.docx", "JD101", "Current NMC registration"),
        ("jds/lead.docx", "JD201", "HCPC registered physiotherapist"),
        ("jds/matron.docx", "JD101", "Registered General Nurse (RGN)"),
    ]
    assert all(len(e["fingerprint"]) == 64 for e in data["entries"])
    assert [p.name for p in repo.iterdir()] == ["jdlint-baseline.json"]  # no temporary file left
    baseline = load_baseline(path)
    assert len(baseline.entries) == 3
    applied = apply_baseline(TODAY, baseline)
    assert baselined(applied) == [[True, True], [True, False]]  # the justified one stays justified
    assert applied[1].findings[1].suppressed


def test_writing_is_deterministic_and_replaces_the_file(repo: Path) -> None:
    path = repo / "b.json"
    path.write_text("old", encoding="utf-8")
    write_baseline(TODAY, path)
    first = path.read_bytes()
    write_baseline(list(reversed(TODAY)), path)
    assert path.read_bytes() == first


def test_baselined_findings_stay_visible_in_json_but_ringfenced(repo: Path) -> None:
    path = repo / "b.json"
    write_baseline(TODAY, path)
    applied = apply_baseline(TODAY, load_baseline(path))
    assert applied[0].as_dict()["findings"][0]["baselined"] is True
    assert applied[0].status is Status.RINGFENCED
    assert "baselined" not in TODAY[0].as_dict()["findings"][0]


def test_reformatted_text_still_matches(repo: Path) -> None:
    path = repo / "b.json"
    write_baseline(TODAY, path)
    later = [result("jds/lead.docx", finding("  current   NMC\nREGISTRATION.", table=1, row=3))]
    assert baselined(apply_baseline(later, load_baseline(path))) == [[True]]


def test_moved_criterion_still_matches(repo: Path) -> None:
    path = repo / "b.json"
    write_baseline(TODAY, path)
    later = [result("jds/lead.docx", finding("Current NMC registration", page=3, line=40))]
    assert baselined(apply_baseline(later, load_baseline(path))) == [[True]]


def test_new_or_changed_findings_are_not_in_the_baseline(repo: Path) -> None:
    path = repo / "b.json"
    write_baseline(TODAY, path)
    later = [result("jds/lead.docx", finding("Current NMC registration as a Band 6 nurse"),
                    finding("Current NMC registration", rule="JD201")),
             result("jds/other.docx", finding("Current NMC registration"))]
    assert baselined(apply_baseline(later, load_baseline(path))) == [[False, False], [False]]


def test_occurrences_count(repo: Path) -> None:
    path = repo / "b.json"
    write_baseline([result("jds/lead.docx", finding("NMC registration", row=3))], path)
    later = [result("jds/lead.docx", finding("NMC registration", row=3),
                    finding("NMC registration", row=9))]
    assert baselined(apply_baseline(later, load_baseline(path))) == [[True, False]]
    write_baseline(later, path)
    assert baselined(apply_baseline(later, load_baseline(path))) == [[True, True]]


def test_paths_are_relative_to_the_baseline_folder(repo: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    path = repo / "b.json"
    write_baseline(TODAY, path)
    (repo / "jds").mkdir()
    monkeypatch.chdir(repo / "jds")  # run from another folder: paths are named differently
    later = [result("lead.docx", finding("Current NMC registration"))]
    assert baselined(apply_baseline(later, load_baseline(path))) == [[True]]


def test_entries_from_another_fingerprint_recipe_are_recomputed(repo: Path) -> None:
    path = repo / "b.json"
    path.write_text(json.dumps({"schema_version": 1, "fingerprint": "jdlint/v0", "entries": [
        {"fingerprint": "stale", "rule": "JD101", "path": "jds/lead.docx",
         "text": "Current NMC registration"}]}), encoding="utf-8")
    assert baselined(apply_baseline(TODAY[:1], load_baseline(path))) == [[True, False]]


@pytest.mark.parametrize(("content", "message"), [
    ("not json", "not a jdlint baseline (not valid JSON"),
    ("[]", "not a jdlint baseline (no schema_version)"),
    ('{"schema_version": 2, "entries": []}', "schema_version: this jdlint reads version 1, got 2"),
    ('{"schema_version": 1}', "entries: expected a list"),
    ('{"schema_version": 1, "entries": [3]}', "entries[0]: expected an object"),
    ('{"schema_version": 1, "fingerprint": "jdlint/v1", "entries": '
     '[{"fingerprint": "x", "rule": "JD101", "path": "a", "text": "t"}]}',
     "entries[0]: fingerprint: expected 64 hexadecimal digits"),
    ('{"schema_version": 1, "entries": '
     '[{"fingerprint": "x", "rule": 1, "path": "a", "text": "t"}]}',
     "entries[0]: rule: expected a string, got 1"),
])
def test_bad_baseline_file_names_it(repo: Path, content: str, message: str) -> None:
    (repo / "known.json").write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_baseline(repo / "known.json")
    assert str(caught.value).startswith(f"known.json: {message}")


def test_missing_baseline_file_names_it(repo: Path) -> None:
    with pytest.raises(ConfigError, match=r"^gone\.json: baseline file not found$"):
        load_baseline(repo / "gone.json")

"""``jdlint check`` end to end: exit codes, rule selection, configuration, justifications in
every output, baselines, and the JSON and SARIF a CI system reads."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from jdlint.cli import main

ROOT = Path(__file__).parents[1]
CORPORA = ROOT / "corpora"
SARIF_SCHEMA = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"  # vendored: see its README
RINGFENCED = (
    "Job title: Head of Patient Flow\nBand: 8b\n\nPerson specification\n\n"
    "Essential criteria:\n- Current NMC registration\n- Experience of managing patient flow\n\n"
    "Desirable criteria:\n- Membership of the RCN\n"
)
CLEAN = (
    "Job title: Head of Patient Flow\nBand: 8b\n\nPerson specification\n\nEssential criteria:\n"
    "- Current registration with a UK statutory health or care regulator (NMC, HCPC or GMC)\n"
)


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "jdlint", *args], capture_output=True,
                          text=True, cwd=cwd, timeout=300, check=False)


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, [*args, "--no-cache", "--jobs", "1"])


@pytest.fixture
def jds(tmp_path: Path) -> Path:
    folder = tmp_path / "jds"
    folder.mkdir()
    (folder / "flow.txt").write_text(RINGFENCED, encoding="utf-8")
    (folder / "clean.txt").write_text(CLEAN, encoding="utf-8")
    return folder


def test_corpus_json_validates_against_the_documented_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    done = run("check", str(CORPORA), "--format", "json", "--no-cache")
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    schema = json.loads((ROOT / "docs" / "json-schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(report, schema)
    corpus_files = [p for p in CORPORA.rglob("*") if p.suffix in {".docx", ".pdf", ".txt", ".md"}]
    assert len(report["documents"]) == len(corpus_files)
    assert report["summary"]["ringfenced"] > 0 and report["summary"]["clean"] > 0
    assert all(d["error"] is None for d in report["documents"])


def test_corpus_sarif_validates_against_the_official_schema() -> None:
    import jsonschema

    done = run("check", str(CORPORA), "--format", "sarif", "--no-cache")
    log = json.loads(done.stdout)
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validators.validator_for(schema)(schema).validate(log)
    assert log["runs"][0]["results"]


def test_exit_codes_follow_fail_on(jds: Path) -> None:
    assert invoke("check", str(jds)).exit_code == 1
    assert invoke("check", str(jds / "clean.txt")).exit_code == 0
    assert invoke("check", str(jds), "--fail-on", "never").exit_code == 0
    only_info = invoke("check", str(jds), "--select", "professional-body-membership",
                       "--fail-on", "warning")
    assert only_info.exit_code == 0, only_info.output
    assert "JD105" in only_info.output


def test_select_and_ignore_accept_codes_and_names(jds: Path) -> None:
    by_name = invoke("check", str(jds / "flow.txt"), "--ignore", "registration-single-regulator")
    by_code = invoke("check", str(jds / "flow.txt"), "--ignore", "JD101")
    assert "JD101" not in by_name.output and "JD101" not in by_code.output
    assert "JD105" in by_name.output


def test_an_unknown_rule_is_a_usage_error(jds: Path) -> None:
    result = invoke("check", str(jds), "--select", "no-such-rule")
    assert result.exit_code == 2
    assert "no-such-rule" in result.output


def test_bad_configuration_names_file_and_key(jds: Path) -> None:
    (jds / ".jdlint.toml").write_text('fail-on = "sometimes"\n', encoding="utf-8")
    done = run("check", str(jds), "--no-cache")
    assert done.returncode == 2
    assert ".jdlint.toml" in done.stderr and "fail-on" in done.stderr
    assert "Traceback" not in done.stderr


def test_configuration_severity_and_ignore_apply(jds: Path) -> None:
    (jds / ".jdlint.toml").write_text('ignore = ["JD105"]\n[severity]\nJD101 = "info"\n',
                                      encoding="utf-8")
    done = run("check", str(jds / "flow.txt"), "--no-cache", "--format", "json")
    findings = json.loads(done.stdout)["documents"][0]["findings"]
    assert [(f["rule"], f["severity"]) for f in findings] == [("JD101", "info")]
    assert done.returncode == 0


def test_a_justified_finding_shows_as_justified_in_every_output(jds: Path) -> None:
    (jds / "jdlint-justifications.toml").write_text(
        '[[justification]]\ndocuments = ["flow.txt"]\nrule = "JD101"\n'
        'reason = "Statutory nursing role agreed by the workforce committee"\n'
        'approved_by = "Chief People Officer"\nexpires = 2099-01-01\n', encoding="utf-8")
    (jds / ".jdlint.toml").write_text('justifications = "jdlint-justifications.toml"\n',
                                      encoding="utf-8")
    target = str(jds / "flow.txt")
    text = run("check", target, "--no-cache").stdout
    assert "JD101 justified: Statutory nursing role" in text
    report = json.loads(run("check", target, "--no-cache", "--format", "json").stdout)
    (jd101,) = [f for f in report["documents"][0]["findings"] if f["rule"] == "JD101"]
    assert jd101["suppressed"] is True and jd101["justification"].startswith("Statutory")
    sarif = json.loads(run("check", target, "--no-cache", "--format", "sarif").stdout)
    suppressed = [r for r in sarif["runs"][0]["results"] if r.get("suppressions")]
    assert suppressed[0]["ruleId"] == "JD101"
    assert suppressed[0]["suppressions"][0]["justification"].startswith("Statutory")
    github = run("check", target, "--no-cache", "--format", "github").stdout
    assert "JD101" not in github and "JD105" in github
    rows = list(csv.DictReader(io.StringIO(
        run("summary", target, "--no-cache").stdout.lstrip("\ufeff"))))
    assert rows[0]["justified"] == "1" and rows[0]["status"] == "ringfenced"  # JD105 remains


def test_a_baseline_passes_until_a_new_ringfenced_jd_arrives(jds: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    assert invoke("check", str(jds), "--write-baseline", str(baseline)).exit_code == 0
    assert invoke("check", str(jds), "--baseline", str(baseline)).exit_code == 0
    # Reflowing the requirement keeps it known.
    (jds / "flow.txt").write_text(RINGFENCED.replace("Current NMC registration",
                                                     "current  NMC registration."), "utf-8")
    assert invoke("check", str(jds), "--baseline", str(baseline)).exit_code == 0
    shutil.copy(CORPORA / "northmoor-head-of-patient-flow-8b.docx", jds / "new.docx")
    result = invoke("check", str(jds), "--baseline", str(baseline))
    assert result.exit_code == 1
    assert "new.docx" in result.output


def test_module_entry_point_and_help() -> None:
    done = run("--help")
    assert done.returncode == 0 and "check" in done.stdout
    assert run("--version").stdout.startswith("jdlint")

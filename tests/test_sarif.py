"""Tests of the SARIF reporter and of finding fingerprints."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from jdlint.document import Location
from jdlint.judge.fingerprint import FINGERPRINT_KEY, fingerprint, normalise
from jdlint.outputs import RenderContext, sarif
from jdlint.results import DocumentResult
from sample_results import RULES, finding, sample_results

SCHEMA = Path(__file__).resolve().parent / "data" / "sarif-schema-2.1.0.json"  # vendored


def log_of(results: list[DocumentResult], rules=RULES) -> dict:
    stream = io.StringIO()
    sarif.render(results, stream, RenderContext(rules=rules, tool_version="9.9.9"))
    return json.loads(stream.getvalue())


def validate(log: dict) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validators.validator_for(schema)(schema).validate(log)


def results_by_path(log: dict) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = {}
    for result in log["runs"][0]["results"]:
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        grouped.setdefault(uri, []).append(result)
    return grouped


@pytest.mark.parametrize("subset", ["all", "clean only", "none"])
def test_sarif_validates_against_the_official_schema(subset: str) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    results = {"all": sample_results(), "clean only": sample_results()[3:4], "none": []}[subset]
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class(schema).validate(log_of(results))


def test_driver_describes_given_rules_and_rules_only_findings_name() -> None:
    results = [*sample_results()]
    driver = log_of(results)["runs"][0]["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("jdlint", "9.9.9")
    assert driver["informationUri"].startswith("https://")
    assert [rule["id"] for rule in driver["rules"]] == ["JD101", "JD102", "JD103"]
    jd101 = driver["rules"][0]
    assert jd101["name"] == "single-regulator-registration"
    assert jd101["shortDescription"]["text"] == RULES[0].message
    assert jd101["fullDescription"]["text"] == RULES[0].description
    assert jd101["help"]["text"] == f"{RULES[0].rationale}\n\nSuggest: {RULES[0].suggestion}"
    assert RULES[0].rationale in jd101["help"]["markdown"]
    assert jd101["defaultConfiguration"]["level"] == "error"
    assert driver["rules"][1]["defaultConfiguration"]["level"] == "warning"
    # JD103 is not among the given rules: it is described from its finding
    assert driver["rules"][2]["name"] == "profession-experience"


def test_results_point_at_their_rule_and_map_levels() -> None:
    log = log_of(sample_results())
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    levels = {}
    for result in log["runs"][0]["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        levels[result["ruleId"], result["level"]] = True
    assert set(levels) == {("JD101", "error"), ("JD102", "note"), ("JD103", "warning")}


def test_result_message_carries_requirement_and_suggestion() -> None:
    flow = results_by_path(log_of(sample_results()))["jds/zeta%20flow%20lead.txt"][0]
    assert flow["message"]["text"] == (
        "Message of JD101.\nRequirement: Current NMC registration\n"
        f"Suggest: {RULES[0].suggestion}"
    )
    assert flow["properties"]["professions"] == ["nursing"]
    assert flow["properties"]["requirementLevel"] == "essential"


def test_every_result_has_a_region_lines_for_text_offsets_otherwise() -> None:
    grouped = results_by_path(log_of(sample_results()))
    txt = grouped["jds/zeta%20flow%20lead.txt"][0]["locations"][0]
    region = txt["physicalLocation"]["region"]
    assert region["startLine"] == 12 and region["snippet"]["text"]
    assert txt["physicalLocation"]["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
    assert "logicalLocations" not in txt
    pdf = grouped["jds/ward%20manager.pdf"][0]
    region = pdf["locations"][0]["physicalLocation"]["region"]
    assert "startLine" not in region and {"charOffset", "charLength", "snippet"} <= set(region)
    assert pdf["locations"][0]["logicalLocations"] == [
        {"name": "page 2, line 14", "kind": "element"}
    ]
    assert pdf["properties"]["location"]["page"] == 2
    docx = grouped["jds/matron.docx"][0]["locations"][0]
    assert docx["logicalLocations"][0]["name"] == "table 2, row 4"
    for results in grouped.values():
        for result in results:
            assert result["locations"][0]["physicalLocation"]["region"]
            line_hash = result["partialFingerprints"]["primaryLocationLineHash"]
            assert line_hash.rsplit(":", 1)[1].isdigit()


def test_uris_are_relative_to_the_repository_root(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".git").mkdir()
    (tmp_path / "hr" / "jds").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "hr")
    log = log_of(sample_results())
    run = log["runs"][0]
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == tmp_path.as_uri() + "/"
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in run["results"]}
    assert "hr/jds/matron.docx" in uris


def test_corpus_sarif_has_a_region_for_every_result() -> None:
    from jdlint.api import lint_bytes

    corpus = Path(__file__).parents[1] / "corpora"
    results = [lint_bytes(p.read_bytes(), p.name) for p in sorted(corpus.glob("*.*"))
               if p.suffix in (".docx", ".pdf", ".txt", ".md")]
    log = log_of(results)
    found = log["runs"][0]["results"]
    assert found and all(r["locations"][0]["physicalLocation"].get("region") for r in found)
    validate(log)


def test_justified_findings_are_suppressed_externally() -> None:
    grouped = results_by_path(log_of(sample_results()))
    assert grouped["jds/matron.docx"][0]["suppressions"] == [
        {"kind": "external", "justification": "Role-consistent: matron is a nursing post"}
    ]
    assert grouped["jds/ward%20manager.pdf"][1]["suppressions"] == [{"kind": "external"}]
    assert "suppressions" not in grouped["jds/ward%20manager.pdf"][0]


def test_baselined_findings_are_unchanged() -> None:
    doc = DocumentResult(path="a.txt", format="txt", findings=(finding(baselined=True), finding()))
    known, new = log_of([doc])["runs"][0]["results"]
    assert (known["baselineState"], known["properties"]["baselined"]) == ("unchanged", True)
    assert "baselineState" not in new and "baselined" not in new["properties"]
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validators.validator_for(schema)(schema).validate(log_of([doc]))


def test_unreadable_files_are_execution_notifications() -> None:
    invocation = log_of(sample_results())["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    [note] = invocation["toolExecutionNotifications"]
    assert note["level"] == "error"
    assert note["descriptor"] == {"id": "corrupt"}
    assert note["message"]["text"] == "jds/broken.pdf: corrupt: The PDF is damaged."
    clean = log_of(sample_results()[3:4])["runs"][0]["invocations"][0]
    assert clean == {"executionSuccessful": True}


def test_absolute_paths_become_file_uris() -> None:
    location = sarif.artifact_location("/srv/jds/a b.docx")
    assert location == {"uri": "file:///srv/jds/a%20b.docx"}
    assert sarif.artifact_location("jds/a b#1.docx") == {
        "uri": "jds/a%20b%231.docx", "uriBaseId": "%SRCROOT%"
    }


def test_sarif_is_deterministic() -> None:
    results = sample_results()
    first = log_of(results)
    assert log_of(list(reversed(results))) == first


# --- fingerprints -------------------------------------------------------------------------

def test_fingerprints_are_in_results_and_stable_across_rewording_noise() -> None:
    doc = sample_results()[0]
    moved = replace(doc, findings=(finding(text="  current NMC\nregistration. ",
                                           location=Location(line=99)),))
    first = results_by_path(log_of([doc]))["jds/zeta%20flow%20lead.txt"][0]
    again = results_by_path(log_of([moved]))["jds/zeta%20flow%20lead.txt"][0]
    assert first["partialFingerprints"] == again["partialFingerprints"]
    assert len(first["partialFingerprints"][FINGERPRINT_KEY]) == 64


def test_fingerprint_changes_with_rule_wording_or_path() -> None:
    base = fingerprint("JD101", "Current NMC registration", "a.docx")
    assert fingerprint("JD102", "Current NMC registration", "a.docx") != base
    assert fingerprint("JD101", "Current HCPC registration", "a.docx") != base
    assert fingerprint("JD101", "Current NMC registration", "b.docx") != base
    assert fingerprint("JD101", "«Current NMC registration.»", "a.docx") == base


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  Current   NMC\tRegistration.  ", "current nmc registration"),
        ("• RGN / RMN (E)", "rgn / rmn (e"),
        ("“NMC registration”;", "nmc registration"),
        ("...", ""),
        ("Straße", "strasse"),
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


@given(st.text())
def test_normalise_is_idempotent_and_trimmed(raw: str) -> None:
    once = normalise(raw)
    assert normalise(once) == once
    assert once == once.strip()
    assert "  " not in once


def _apply(text: str, replacements: list[dict]) -> str:
    """Apply SARIF replacements (lines and columns from 1, in code points) to a text."""
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))

    def offset(line: int, column: int) -> int:
        return starts[line - 1] + column - 1

    edits = sorted(((offset(r["deletedRegion"]["startLine"], r["deletedRegion"]["startColumn"]),
                     offset(r["deletedRegion"]["endLine"], r["deletedRegion"]["endColumn"]),
                     r["insertedContent"]["text"]) for r in replacements), reverse=True)
    for start, end, inserted in edits:
        text = text[:start] + inserted + text[end:]
    return text


def test_text_files_carry_fixes_that_apply_as_jdlint_fix_writes() -> None:
    """Every .txt or .md result has an exact region (line and column); one with a rewrite has a
    SARIF fix whose replacement, applied by its lines and columns, gives exactly the text
    ``jdlint fix`` writes."""
    from jdlint.api import lint_path
    from jdlint.outputs.fixtext import fix_text

    corpus = Path(__file__).parents[1] / "corpora"
    checked = 0
    for path in sorted(corpus.glob("*.*")):
        if path.suffix not in (".txt", ".md"):
            continue
        result = lint_path(path)
        log = log_of([replace(result, path=str(path))])
        validate(log)
        regions = [r["locations"][0]["physicalLocation"]["region"]
                   for r in log["runs"][0]["results"]]
        assert all(r["startColumn"] >= 1 and r["endColumn"] >= 1 for r in regions)
        with_fixes = [r for r in log["runs"][0]["results"] if "fixes" in r]
        assert len(with_fixes) == sum(1 for f in result.findings if f.rewrite and not f.suppressed)
        if not with_fixes:
            continue
        original = path.read_bytes().decode("utf-8")
        replacements = [rep for r in with_fixes for change in r["fixes"][0]["artifactChanges"]
                        for rep in change["replacements"]]
        assert _apply(original, replacements) == fix_text(original, result.findings).text
        for r in with_fixes:
            region = r["locations"][0]["physicalLocation"]["region"]
            assert region["startColumn"] >= 1 and region["snippet"]["text"]
        checked += 1
    assert log_of([])["runs"][0]["columnKind"] == "unicodeCodePoints"
    assert checked == 10


def test_documents_without_a_readable_text_file_have_no_fixes() -> None:
    """A .docx (binary) or a text result whose file cannot be read has no ``fixes``: a text
    replacement could not be applied to it; its message still suggests the rewrite."""
    doc = DocumentResult(path="nowhere/flow lead.txt", format="txt", findings=(
        replace(finding(location=Location(line=3)), rewrite="registration with any regulator",
                start=8, end=24),))
    (result,) = log_of([doc])["runs"][0]["results"]
    assert "fixes" not in result
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 3
    assert "Suggest: Current registration with any regulator" in result["message"]["text"]

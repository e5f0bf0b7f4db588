"""Tests of the text, JSON and GitHub reporters and the reporter registry."""

from __future__ import annotations

import io
import json
import random
import re
import tomllib
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from jdlint.document import Level, Location
from jdlint.errors import ErrorCategory
from jdlint.outputs import RenderContext, github, jsontext, renderer, report_names, text
from jdlint.outputs import json as json_reporter
from jdlint.outputs.common import short_location
from jdlint.results import DocumentResult, Severity, Status
from sample_results import NMC_SUGGESTION, RULES, finding, sample_results

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "docs" / "json-schema.json"


def rendered(render, results, **options) -> str:
    stream = io.StringIO()
    render(results, stream, RenderContext(rules=RULES, tool_version="9.9.9", **options))
    return stream.getvalue()


# --- text ---------------------------------------------------------------------------------

EXPECTED_TEXT = f"""\
jds/broken.pdf: error (corrupt): The PDF is damaged.
jds/matron.docx:table 2, row 4: JD101 justified: Role-consistent: matron is a nursing post
    Requirement: Current NMC registration
jds/ward manager.pdf:page 2, line 14: JD103 warning: Message of JD103.
    Requirement: Experience as a charge nurse
    Suggest: {NMC_SUGGESTION}
jds/ward manager.pdf:page 3, table 1, row 2: JD101 justified: (no reason given)
    Requirement: =NMC registration, current
jds/zeta flow lead.txt:line 12: JD101 error: Message of JD101.
    Requirement: Current NMC registration
    Suggest: {NMC_SUGGESTION}
jds/zeta flow lead.txt:line 20: JD102 info: Message of JD102.
    Requirement: BSc Nursing or equivalent
    Suggest: {NMC_SUGGESTION}

5 documents checked: 2 ringfenced, 1 justified, 1 clean, 1 could not be read; \
3 findings (1 error, 1 warning, 1 info)
"""


def test_text_report_lists_findings_justifications_and_errors_then_totals() -> None:
    assert rendered(text.render, sample_results()) == EXPECTED_TEXT


def test_text_report_does_not_depend_on_input_order() -> None:
    results = sample_results()
    random.Random(4).shuffle(results)
    assert rendered(text.render, results) == EXPECTED_TEXT


def test_text_colour_only_adds_escape_codes() -> None:
    coloured = rendered(text.render, sample_results(), color=True)
    assert "\x1b[31m\x1b[1merror\x1b[0m" in coloured  # click.style: red, bold
    assert "\x1b[32mjustified\x1b[0m" in coloured
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == EXPECTED_TEXT


def test_text_keeps_document_control_characters_off_the_terminal() -> None:
    hostile = DocumentResult(
        path="x.txt", format="txt",
        findings=(finding(text="NMC \x1b[2Jregistration\r\nrequired", location=Location(line=3)),),
    )
    output = rendered(text.render, [hostile])
    assert "\x1b" not in output and "\r" not in output
    assert "    Requirement: NMC <U+001B>[2Jregistration\n                 required\n" in output


def test_text_summary_line_uses_singulars() -> None:
    one = DocumentResult(path="a.txt", format="txt", findings=(finding(),))
    assert text.summary_line([one]) == (
        "1 document checked: 1 ringfenced, 0 justified, 0 clean, 0 could not be read; "
        "1 finding (1 error, 0 warnings, 0 info)"
    )


def test_text_quiet_leaves_out_the_summary_line() -> None:
    quiet = rendered(text.render, sample_results(), quiet=True)
    assert quiet == EXPECTED_TEXT[: EXPECTED_TEXT.index("\n\n5 documents") + 1]


def test_text_marks_baselined_findings_and_counts_them() -> None:
    doc = DocumentResult(path="a.txt", format="txt", findings=(
        finding(baselined=True, location=Location(line=2)), finding(location=Location(line=3))))
    output = rendered(text.render, [doc])
    assert "a.txt:line 2: JD101 error (baselined): Message of JD101.\n" in output
    assert "a.txt:line 3: JD101 error: Message of JD101.\n" in output
    assert output.endswith("2 findings (2 errors, 0 warnings, 0 info; 1 baselined)\n")


def test_text_with_no_documents_prints_only_totals() -> None:
    assert rendered(text.render, []) == (
        "0 documents checked: 0 ringfenced, 0 justified, 0 clean, 0 could not be read; "
        "0 findings (0 errors, 0 warnings, 0 info)\n"
    )


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        (Location(table=2, row=4, column=3), "table 2, row 4"),
        (Location(page=3, line=12), "page 3, line 12"),
        (Location(line=40), "line 40"),
        (Location(paragraph=7), "paragraph 7"),
        (Location(page=1, table=1, row=2, column=1, line=9), "page 1, table 1, row 2"),
        (Location(), ""),
    ],
)
def test_short_location(location: Location, expected: str) -> None:
    assert short_location(location) == expected


def test_text_finding_without_location_names_only_the_file() -> None:
    bare = DocumentResult(path="a.docx", format="docx", findings=(finding(location=Location()),))
    assert rendered(text.render, [bare]).startswith("a.docx: JD101 error: Message of JD101.\n")


# --- json ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def test_json_report_validates_against_the_published_schema(schema: dict) -> None:
    jsonschema.Draft202012Validator.check_schema(schema)
    report = json.loads(rendered(json_reporter.render, sample_results()))
    jsonschema.Draft202012Validator(schema).validate(report)


def test_json_report_shape_and_totals() -> None:
    report = json.loads(rendered(json_reporter.render, sample_results()))
    assert report["schema_version"] == 1
    assert report["tool"] == {"name": "jdlint", "version": "9.9.9"}
    assert [d["path"] for d in report["documents"]] == sorted(r.path for r in sample_results())
    assert report["summary"] == {
        "documents": 5, "ringfenced": 2, "justified": 1, "clean": 1, "errors": 1,
        "findings": 3, "by_severity": {"error": 1, "warning": 1, "info": 1},
    }
    by_path = {r.path: r for r in sample_results()}
    for document in report["documents"]:
        assert document == by_path[document["path"]].as_dict()


def test_json_report_is_deterministic() -> None:
    results = sample_results()
    first = rendered(json_reporter.render, results)
    random.Random(1).shuffle(results)
    assert rendered(json_reporter.render, results) == first
    assert first.endswith("}\n")


def test_json_report_with_baselined_and_justified_findings_validates(schema: dict) -> None:
    doc = DocumentResult(path="a.txt", format="txt", findings=(
        finding(baselined=True), finding(suppressed=True, justification="agreed by panel")))
    report = json.loads(rendered(json_reporter.render, [doc]))
    jsonschema.Draft202012Validator(schema).validate(report)
    assert report["documents"][0]["findings"][0]["baselined"] is True
    assert "baselined" not in report["documents"][0]["findings"][1]


def test_schema_professions_and_regulators_follow_the_lexicon(schema: dict) -> None:
    lexicon = Path(__file__).resolve().parents[1] / "rules" / "lexicon"
    professions = tomllib.loads((lexicon / "professions.toml").read_text(encoding="utf-8"))
    regulators = tomllib.loads((lexicon / "regulators.toml").read_text(encoding="utf-8"))
    assert sorted(schema["$defs"]["profession"]["enum"]) == sorted(
        p["id"] for p in professions["profession"])
    assert sorted(schema["$defs"]["regulator"]["enum"]) == sorted(
        r["id"] for r in regulators["regulator"])


def test_schema_enums_follow_the_python_enums(schema: dict) -> None:
    defs = schema["$defs"]
    assert defs["document"]["properties"]["status"]["enum"] == [s.value for s in Status]
    assert defs["finding"]["properties"]["severity"]["enum"] == [s.value for s in Severity]
    assert defs["finding"]["properties"]["level"]["enum"] == [lv.value for lv in Level]
    assert defs["error"]["properties"]["category"]["enum"] == [c.value for c in ErrorCategory]
    assert len(defs["profession"]["enum"]) == 22
    assert len(defs["regulator"]["enum"]) == 13


@pytest.mark.parametrize(
    "spoil",
    [
        lambda r: r["documents"][4]["findings"][0].update(professions=["nurse"]),
        lambda r: r["documents"][4]["findings"][0].update(regulators=["RCN"]),
        lambda r: r["documents"][4].update(status="justified"),
        lambda r: r["documents"][0].update(error=None),
        lambda r: r["documents"][1].update(band="Band 7"),
        lambda r: r["documents"][4]["findings"][0]["location"].update(line=0),
        lambda r: r["summary"]["by_severity"].pop("info"),
        lambda r: r.update(extra=True),
    ],
)
def test_schema_rejects_reports_that_break_the_contract(schema: dict, spoil) -> None:
    report = json.loads(rendered(json_reporter.render, sample_results()))
    spoil(report)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema).validate(report)


# --- github -------------------------------------------------------------------------------

def test_github_escaping_follows_the_runner() -> None:
    assert github.escape_data("50% done\r\nnext") == "50%25 done%0Anext"
    assert github.escape_data("a\rb\x1b[2J") == "a<U+000D>b<U+001B>[2J"  # nothing the log obeys
    assert github.escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    assert github.command("warning", {"file": "x, y.txt", "line": "3"}, "m:1,2") == (
        "::warning file=x%2C y.txt,line=3::m:1,2"
    )


def test_github_annotations() -> None:
    lines = rendered(github.render, sample_results()).splitlines()
    suggestion = github.escape_data(NMC_SUGGESTION)
    assert lines == [
        "::error file=jds/broken.pdf,title=jdlint could not read this file::"
        "corrupt: The PDF is damaged.",
        "::warning file=jds/ward manager.pdf,title=JD103 profession-experience::"
        f"page 2, line 14: Message of JD103.%0ARequirement: Experience as a charge nurse"
        f"%0ASuggest: {suggestion}",
        "::error file=jds/zeta flow lead.txt,line=12,title=JD101 single-regulator-registration::"
        f"Message of JD101.%0ARequirement: Current NMC registration%0ASuggest: {suggestion}",
        "::notice file=jds/zeta flow lead.txt,line=20,title=JD102 profession-qualification::"
        f"Message of JD102.%0ARequirement: BSc Nursing or equivalent%0ASuggest: {suggestion}",
    ]


def test_github_baselined_findings_are_notices() -> None:
    doc = DocumentResult(path="a.txt", format="txt",
                         findings=(finding(baselined=True, location=Location(line=5)),))
    assert rendered(github.render, [doc]).startswith(
        "::notice file=a.txt,line=5,title=JD101 single-regulator-registration (baselined)::")


def test_github_skips_justified_findings() -> None:
    justified = [r for r in sample_results() if r.status is Status.JUSTIFIED]
    assert rendered(github.render, justified) == ""
    opened = [replace(r, findings=tuple(replace(f, suppressed=False) for f in r.findings))
              for r in justified]
    assert rendered(github.render, opened).startswith("::error file=jds/matron.docx,title=")


# --- registry -----------------------------------------------------------------------------

def test_every_format_has_a_renderer() -> None:
    for name in report_names():
        assert callable(renderer(name))
    assert renderer("json") is json_reporter.render
    with pytest.raises(KeyError, match="unknown output"):
        renderer("xml")


def test_text_and_github_suggest_the_requirement_rewritten() -> None:
    """A finding with a rewrite is suggested as its requirement with the rewrite in place."""
    rewritten = replace(finding(location=Location(line=12)), rewrite="registration with any "
                        "UK health or care regulator", start=8, end=24)
    doc = DocumentResult(path="jds/flow.txt", format="txt", findings=(rewritten,))
    out = rendered(text.render, [doc])
    assert "    Suggest: Current registration with any UK health or care regulator\n" in out
    assert NMC_SUGGESTION not in out
    annotation = rendered(github.render, [doc])
    assert "%0ASuggest: Current registration with any UK health or care regulator" in annotation


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner,
                                                                max_size=4),
    max_leaves=20)


@given(_JSON_VALUES)
def test_the_json_writer_writes_what_the_standard_library_writes(value: object) -> None:
    assert jsontext.dumps(value) == json.dumps(value, indent=2, ensure_ascii=False)


def test_the_json_writer_matches_on_every_corpus_document() -> None:
    from jdlint.api import lint_path

    corpus = Path(__file__).resolve().parents[1] / "corpora"
    for path in sorted(corpus.rglob("*")):
        if path.suffix in (".docx", ".pdf", ".txt", ".md"):
            data = lint_path(path).as_dict()
            assert jsontext.dumps(data) == json.dumps(data, indent=2, ensure_ascii=False), path

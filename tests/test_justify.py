"""Justified exceptions: the justifications file, matching, expiry, unused entries, directives."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from jdlint.document import Level, Location
from jdlint.errors import ConfigError, ErrorCategory, ReadError
from jdlint.read.directives import find_directives
from jdlint.results import DocumentResult, Finding, Severity, Status
from jdlint.run.justifications import (
    Justification,
    Justifications,
    inline_justifications,
    load_justifications,
)
from jdlint.run.justify import apply

TODAY = date(2026, 2, 1)
RULES = {"JD101": "JD101", "nmc-registration": "JD101", "JD201": "JD201"}
REASON = "Statutory requirement: the post holder supervises midwives."


def finding(text: str, rule: str = "JD101", line: int | None = None) -> Finding:
    return Finding(rule=rule, name="nmc-registration" if rule == "JD101" else "other",
                   severity=Severity.ERROR, message="m", professions=("nursing",),
                   regulators=("NMC",), level=Level.ESSENTIAL, section="Person specification",
                   text=text, match="NMC", location=Location(line=line), suggestion="s")


def result(path: str, *findings: Finding) -> DocumentResult:
    return DocumentResult(path=path, format=Path(path).suffix[1:], findings=findings)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def justifications(repo: Path, body: str) -> Justifications:
    path = repo / "jdlint-justifications.toml"
    path.write_text(body, encoding="utf-8")
    return load_justifications(path)


def run(results: list[DocumentResult], js: Justifications | list[Justification]):  # type: ignore[no-untyped-def]
    return apply(results, js, today=TODAY, resolve_rule=RULES.get)


ENTRY = ('[[justification]]\ndocuments = "jds/midwifery/*.docx"\nrule = "JD101"\n'
         f'reason = "{REASON}"\n')


# --- the file ------------------------------------------------------------------------------


def test_loads_every_field(repo: Path) -> None:
    js = justifications(repo, f"""
[[justification]]
documents = ["jds/a.docx", "jds/b/*.pdf"]
rule = "nmc-registration"
text = "current NMC registration"
reason = "{REASON}"
approved_by = "Workforce committee"
approved_on = 2025-03-01
expires = "2026-03-01"
""")
    (entry,) = js.entries
    assert entry.documents == ("jds/a.docx", "jds/b/*.pdf")
    assert (entry.rule, entry.text, entry.reason) == (
        "nmc-registration", "current NMC registration", REASON)
    assert (entry.approved_by, entry.approved_on, entry.expires) == (
        "Workforce committee", date(2025, 3, 1), date(2026, 3, 1))
    assert (entry.index, entry.base) == (1, repo)


OK = 'documents = "a.docx"\nrule = "JD101"\n'


@pytest.mark.parametrize(("body", "message"), [
    (OK, "justification #2: reason: missing"),
    (OK + 'reason = "  "', "justification #2: reason: expected a non-empty"),
    ('rule = "JD101"\nreason = "r"', "justification #2: documents: missing"),
    ('documents = "a.docx"\nreason = "r"', "justification #2: rule: missing"),
    ('documents = []\nrule = "JD101"\nreason = "r"',
     "justification #2: documents: expected a path"),
    ('documents = ["!a.docx"]\nrule = "JD101"\nreason = "r"',
     "justification #2: documents: negated"),
    ('documents = "a.docx"\nrule = "JD101"\nreason = "r"\nexpires = "soon"',
     "justification #2: expires: expected a date such as 2026-01-31, got 'soon'"),
    ('documents = "a.docx"\nrule = "JD101"\nreason = "r"\nexpires = 2026-01-31T10:00:00',
     "justification #2: expires: expected a date"),
    ('documents = "a.docx"\nrule = "JD101"\nreason = "r"\napproved = "me"',
     "justification #2: approved: unknown key"),
    ('documents = "a.docx"\nrule = 101\nreason = "r"',
     "justification #2: rule: expected a non-empty"),
])
def test_invalid_entry_names_file_entry_and_key(repo: Path, body: str, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        justifications(repo, f"{ENTRY}\n[[justification]]\n{body}\n")
    assert str(caught.value).startswith(f"jdlint-justifications.toml: {message}")


def test_unknown_top_level_key_and_bad_toml_and_missing_file(repo: Path) -> None:
    with pytest.raises(ConfigError, match=r"jdlint-justifications\.toml: exceptions: unknown key"):
        justifications(repo, "[[exceptions]]\nrule = 'x'\n")
    with pytest.raises(ConfigError, match=r"jdlint-justifications\.toml: not valid TOML"):
        justifications(repo, "[[justification]\n")
    with pytest.raises(ConfigError, match=r"other\.toml: justifications file not found"):
        load_justifications(repo / "other.toml")


# --- matching ------------------------------------------------------------------------------


def test_glob_and_rule_match_suppresses_with_the_reason(repo: Path) -> None:
    js = justifications(repo, ENTRY)
    results, problems = run([result("jds/midwifery/lead.docx", finding("Current NMC registration")),
                             result("jds/estates/lead.docx", finding("Current NMC registration"))],
                            js)
    justified, other = results
    assert justified.findings[0].suppressed and justified.findings[0].justification == REASON
    assert justified.status is Status.JUSTIFIED
    assert not other.findings[0].suppressed
    assert problems == []


def test_documents_glob_is_relative_to_the_justifications_file(repo: Path,
                                                               monkeypatch: pytest.MonkeyPatch,
                                                               ) -> None:
    js = justifications(repo, ENTRY)
    (repo / "jds").mkdir()
    monkeypatch.chdir(repo / "jds")  # the runner names documents relative to where it runs
    (res,), _ = run([result("midwifery/lead.docx", finding("NMC registration"))], js)
    assert res.findings[0].suppressed


def test_rule_by_name_and_other_rules_untouched(repo: Path) -> None:
    js = justifications(repo, ENTRY.replace('"JD101"', '"nmc-registration"'))
    (res,), _ = run([result("jds/midwifery/a.docx", finding("NMC registration"),
                            finding("HCPC registered physiotherapist", rule="JD201"))], js)
    assert [f.suppressed for f in res.findings] == [True, False]
    assert res.status is Status.RINGFENCED


def test_star_covers_every_rule(repo: Path) -> None:
    js = justifications(repo, ENTRY.replace('"JD101"', '"*"'))
    (res,), _ = run([result("jds/midwifery/a.docx", finding("NMC registration"),
                            finding("HCPC registered physiotherapist", rule="JD201"))], js)
    assert all(f.suppressed for f in res.findings)


def test_text_matches_after_whitespace_and_case_normalisation(repo: Path) -> None:
    js = justifications(repo, ENTRY + 'text = "current  nmc\\nREGISTRATION."\n')
    (res,), problems = run([result("jds/midwifery/a.docx",
                                   finding("Essential: Current NMC   registration as a midwife"),
                                   finding("NMC revalidation"))], js)
    assert [f.suppressed for f in res.findings] == [True, False]
    assert problems == []


def test_expired_justification_does_not_suppress_and_is_reported(repo: Path) -> None:
    js = justifications(repo, ENTRY + "expires = 2026-01-31\n")
    (res,), problems = run([result("jds/midwifery/a.docx", finding("NMC registration"))], js)
    assert not res.findings[0].suppressed
    assert [(p.kind, p.index, p.message) for p in problems] == [
        ("expired", 1, "expired on 2026-01-31 — review it")]
    assert str(problems[0]) == ("jdlint-justifications.toml: justification #1: "
                                "expired on 2026-01-31 — review it")


def test_justification_is_valid_on_its_expiry_day(repo: Path) -> None:
    js = justifications(repo, ENTRY + "expires = 2026-02-01\n")
    (res,), problems = run([result("jds/midwifery/a.docx", finding("NMC registration"))], js)
    assert res.findings[0].suppressed and problems == []


def test_unused_justification_is_reported_only_when_its_documents_were_checked(repo: Path) -> None:
    js = justifications(repo, ENTRY + 'text = "RM qualification"\n')
    _, problems = run([result("jds/midwifery/a.docx", finding("NMC registration"))], js)
    assert [(p.kind, p.index) for p in problems] == [("unused", 1)]
    _, problems = run([result("jds/estates/a.docx", finding("NMC registration"))], js)
    assert problems == []  # the entry's documents were not part of this run


def test_unknown_rule_is_reported_as_invalid(repo: Path) -> None:
    js = justifications(repo, ENTRY.replace('"JD101"', '"JD999"'))
    (res,), problems = run([result("jds/midwifery/a.docx", finding("NMC registration"))], js)
    assert not res.findings[0].suppressed
    assert [(p.kind, p.message) for p in problems] == [("invalid", "unknown rule 'JD999'")]


def test_inputs_are_not_modified_and_unreadable_documents_do_not_make_unused(repo: Path) -> None:
    js = justifications(repo, ENTRY)
    original = result("jds/midwifery/a.docx", finding("NMC registration"))
    results, _ = run([original], js)
    assert results[0].findings[0].suppressed and not original.findings[0].suppressed
    broken = DocumentResult(path="jds/midwifery/b.docx", format="docx",
                            error=ReadError(ErrorCategory.CORRUPT, "damaged"))
    assert run([broken], js) == ([broken], [])


# --- inline directives ---------------------------------------------------------------------


def inline(text: str, path: str) -> list[Justification]:
    """Return the justifications of a text file's directives, as its reader hands them on."""
    found = find_directives(text.split("\n"))
    return inline_justifications(DocumentResult(path=path, format="md", directives=found))

MARKDOWN = """# Ward Manager

## Person specification

<!-- jdlint: justify JD101 -- Statutory requirement for this post -->
- Current NMC registration
  as a registered nurse
- HCPC registration
"""


def test_markdown_directive_applies_to_the_next_requirement() -> None:
    (entry,) = inline(MARKDOWN, "jds/ward.md")
    assert (entry.rule, entry.reason, entry.lines, entry.index) == (
        "JD101", "Statutory requirement for this post", (6, 7), 5)
    results, problems = run([result("jds/ward.md", finding("Current NMC registration", line=6),
                                    finding("NMC registration", line=8))], [entry])
    assert [f.suppressed for f in results[0].findings] == [True, False]
    assert problems == []


def test_text_directive_has_the_same_syntax_and_takes_several_rules() -> None:
    text = ("Essential criteria\n\njdlint: justify JD101, JD201 — Statutory post\n\n"
            "NMC or HCPC registration\n")
    entries = inline(text, "ward.txt")
    assert [(e.rule, e.reason, e.lines) for e in entries] == [
        ("JD101", "Statutory post", (5, 5)), ("JD201", "Statutory post", (5, 5))]


def test_directive_only_applies_to_its_own_document() -> None:
    entries = inline(MARKDOWN, "jds/ward.md")
    (res,), problems = run([result("jds/other.md", finding("Current NMC registration", line=6))],
                           entries)
    assert not res.findings[0].suppressed and problems == []


def test_unused_directive_is_reported_with_its_line() -> None:
    entries = inline(MARKDOWN, "jds/ward.md")
    _, problems = run([result("jds/ward.md", finding("HCPC registration", rule="JD201", line=8))],
                      entries)
    assert [str(p) for p in problems] == [
        "jds/ward.md: line 5: JD101 matched no finding — remove it or correct its documents, "
        "rule or text"]


@pytest.mark.parametrize(("line", "problem"), [
    ("<!-- jdlint: justify JD101 -->", "a reason is required"),
    ("jdlint: justify JD101 --", "a reason is required"),
    ('jdlint: justify JD101 reason="Statutory"', "'reason=\"Statutory\"' is not a rule code"),
    ("jdlint: justify -- because", "name the rule to justify"),
    ("jdlint: ignore JD101 -- because", "unknown directive 'ignore'"),
])
def test_invalid_directive_becomes_an_invalid_problem(line: str, problem: str) -> None:
    (entry,) = inline(f"{line}\nNMC registration\n", "jd.txt")
    assert entry.error is not None and problem in entry.error
    (res,), problems = run([result("jd.txt", finding("NMC registration", line=2))], [entry])
    assert not res.findings[0].suppressed
    assert [(p.kind, p.index, p.inline) for p in problems] == [("invalid", 1, True)]


def test_directive_at_the_end_has_nothing_to_justify() -> None:
    (entry,) = inline("NMC registration\njdlint: justify JD101 -- why\n\n", "a.txt")
    assert entry.error == "no requirement follows the directive"


def test_ordinary_text_is_not_a_directive() -> None:
    text = "The jdlint tool: justify nothing\nNMC registration\n"
    assert inline(text, "a.md") == []


def test_inline_directives_travel_with_the_result_not_the_file(tmp_path: Path) -> None:
    """Justifying reads the directives the reader found: the file is not read a second time."""
    from jdlint.judge.catalogue import ruleset_for
    from jdlint.run.justify import justify
    from jdlint.run.runner import lint_files
    from jdlint.run.settings import Settings

    jd = tmp_path / "ward.txt"
    jd.write_text("Ward Manager\n\nPerson specification\n\nEssential criteria:\n\n"
                  "jdlint: justify JD101 -- Statutory for this post\n"
                  "- Current NMC registration\n", encoding="utf-8")
    settings = Settings(jobs=1)
    (result,) = lint_files([jd], settings)
    assert [d.line for d in result.directives] == [7]
    jd.unlink()
    (justified,), problems = justify([result], settings, today=date(2026, 1, 1),
                                     resolve_rule=ruleset_for(()).get)
    assert problems == [] and [f.suppressed for f in justified.findings] == [True]

"""The engine: findings per block and rule, severities, selection, placeholders, order."""

from __future__ import annotations

import pytest

from jdlint.document import Block, BlockKind, Document, Level, Location
from jdlint.errors import RuleError
from jdlint.judge.engine import lint, severity_for
from jdlint.judge.rules import load_ruleset
from jdlint.results import Severity

RULESET = load_ruleset()
SPEC = ("Person specification", "Qualifications")


def block(text: str, line: int, level: Level = Level.ESSENTIAL,
          section: tuple[str, ...] = SPEC, label: str | None = None) -> Block:
    kind = BlockKind.PARAGRAPH if level is Level.UNSPECIFIED else BlockKind.CRITERION
    return Block(text, kind, section, level, Location(line=line), label=label)


def document(*blocks: Block, title: str | None = "Head of Patient Flow",
             band: str | None = "8b") -> Document:
    return Document("jd.txt", "txt", blocks, title=title, band=band)


def test_a_ringfenced_leadership_post() -> None:
    doc = document(
        block("Reports to: Chief Nurse", 1, Level.UNSPECIFIED, ("Job details",), "Reports to"),
        block("Line manage registered nurses and ensure compliance with the NMC Code", 2,
              Level.UNSPECIFIED, ("Key responsibilities",)),
        block("Current NMC registration", 3),
        block("Nursing degree or equivalent", 4),
        block("Experience as a ward sister", 5, Level.DESIRABLE),
        block("Relevant professional registration (e.g. NMC, HCPC)", 6),
    )
    findings = lint(doc, RULESET)
    assert [(f.location.line, f.severity, f.hedged) for f in findings] == [
        (3, Severity.ERROR, False), (4, Severity.INFO, True), (5, Severity.INFO, False)]
    first = findings[0]
    assert first.professions == ("nursing",) and first.regulators == ("NMC",)
    assert first.text == "Current NMC registration"
    assert first.section == "Person specification › Qualifications"
    assert "NMC" in first.message and "nurses" in first.message and "{" not in first.message
    assert first.level is Level.ESSENTIAL and first.suggestion


def test_one_finding_per_rule_per_block_and_yielding() -> None:
    doc = document(block("Registered Nurse (RGN) with current NMC registration and a live NMC PIN",
                         1))
    findings = lint(doc, RULESET)
    assert [f.name for f in findings] == ["registration-single-regulator"]
    (found,) = findings
    assert found.match == "current NMC registration and a live NMC PIN"  # as written, one span
    assert found.text[found.start:found.end] == found.match and found.offset == found.start
    only_titles = lint(doc, RULESET, ignore=frozenset({"JD101"}))
    assert [f.rule for f in only_titles] == ["JD102"]
    assert only_titles[0].match == "Registered Nurse (RGN)"  # first word to last, bracket closed


def test_a_finding_quotes_the_words_as_written_and_locates_them_in_the_document() -> None:
    doc = document(block("Job purpose text", 1), block("RGN or RMN", 2))
    (found,) = lint(doc, RULESET)
    assert found.match == "RGN or RMN"  # never a joined "RGN, RMN"
    assert found.offset == len("Job purpose text") + 1 + found.start


def test_severity_by_level_and_post() -> None:
    doc = document(block("Registered Nurse", 1), block("Registered Nurse", 2, Level.UNSPECIFIED,
                                                       ("Person specification",)),
                   title="Discharge Coordinator", band="6")
    assert [f.severity for f in lint(doc, RULESET)] == [Severity.WARNING, Severity.WARNING]
    assert severity_for(Level.ESSENTIAL, hedged=False, leadership=True) is Severity.ERROR
    assert severity_for(Level.UNSPECIFIED, hedged=False, leadership=True) is Severity.WARNING
    assert severity_for(Level.ESSENTIAL, hedged=True, leadership=True) is Severity.INFO
    assert severity_for(Level.DESIRABLE, hedged=False, leadership=True) is Severity.INFO


def test_configured_severity_is_a_ceiling() -> None:
    doc = document(block("Current NMC registration", 1), block("Member of the RCN", 2,
                                                               Level.DESIRABLE))
    capped = lint(doc, RULESET, severities={"registration-single-regulator": Severity.INFO})
    assert [f.severity for f in capped] == [Severity.INFO, Severity.INFO]
    raised = lint(doc, RULESET, severities={"JD105": Severity.ERROR})
    assert [f.severity for f in raised] == [Severity.ERROR, Severity.INFO]


def test_outdated_regulator_caps_at_its_default_severity() -> None:
    doc = document(block("HCPC registered social worker", 1))
    assert [(f.rule, f.severity) for f in lint(doc, RULESET)] == [("JD106", Severity.WARNING)]


def test_select_and_ignore_accept_codes_and_names() -> None:
    doc = document(block("Current NMC registration", 1), block("MBBS", 2))
    assert [f.rule for f in lint(doc, RULESET, select=frozenset({"jd103"}))] == ["JD103"]
    assert [f.rule for f in lint(doc, RULESET,
                                 ignore=frozenset({"profession-only-qualification"}))] == ["JD101"]
    with pytest.raises(RuleError):
        lint(doc, RULESET, select=frozenset({"JD999"}))


def test_role_consistent_post_has_no_findings() -> None:
    doc = document(block("Current NMC registration", 1), block("BSc (Hons) Nursing", 2),
                   title="Staff Nurse", band="5")
    assert lint(doc, RULESET) == ()


def test_findings_are_deterministic_and_in_document_order() -> None:
    blocks = [block(text, n) for n, text in enumerate(
        ["MRCP", "Current GPhC registration", "Member of the RCN", "RGN"], start=1)]
    doc = document(*blocks)
    first, second = lint(doc, RULESET), lint(doc, RULESET)
    assert first == second
    assert [f.location.line for f in first] == [1, 2, 3, 4]


def test_empty_documents_and_plain_text() -> None:
    assert lint(document(), RULESET) == ()
    assert lint(document(block("Excellent communication skills", 1)), RULESET) == ()

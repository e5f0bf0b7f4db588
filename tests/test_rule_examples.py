"""Every rule's examples run as tests: the ``fire`` ones must fire, the ``pass`` ones must not."""

from __future__ import annotations

import pytest

from jdlint.judge.engine import lint
from jdlint.judge.examples import check_examples
from jdlint.judge.examples import example_document as _document
from jdlint.judge.rules import Example, Rule, load_ruleset

RULESET = load_ruleset()


def _cases(kind: str) -> list[tuple[Rule, Example]]:
    return [(rule, example) for rule in RULESET.rules
            for example in getattr(rule, f"examples_{kind}")]


def _id(case: object) -> str:
    if isinstance(case, Rule):
        return case.code
    assert isinstance(case, Example)
    return f"{case.text[:40]}|{case.title or '-'}"


@pytest.mark.parametrize("rule", RULESET.rules, ids=lambda r: r.code)
def test_rule_has_examples_of_both_kinds(rule: Rule) -> None:
    assert rule.examples_fire, f"{rule.code} has no examples that must fire"
    assert rule.examples_pass, f"{rule.code} has no examples that must not fire"


@pytest.mark.parametrize(("rule", "example"), _cases("fire"), ids=_id)
def test_example_fires(rule: Rule, example: Example) -> None:
    findings = [f for f in lint(_document(example), RULESET, select=frozenset({rule.code}))]
    assert len(findings) == 1, f"{rule.code} should fire once on {example.text!r}: {findings}"
    finding = findings[0]
    assert finding.rule == rule.code and finding.name == rule.name
    if example.hedged is not None:
        assert finding.hedged is example.hedged
    if example.severity is not None:
        assert finding.severity is example.severity
    assert finding.professions, "a finding names the professions it admits"
    assert "{" not in finding.message and "{" not in finding.suggestion


@pytest.mark.parametrize(("rule", "example"), _cases("pass"), ids=_id)
def test_example_passes(rule: Rule, example: Example) -> None:
    findings = lint(_document(example), RULESET, select=frozenset({rule.code}))
    assert findings == (), f"{rule.code} should not fire on {example.text!r}"


def test_the_loading_check_agrees_with_these_tests() -> None:
    assert [o.describe() for o in check_examples(RULESET) if o.problem] == []


@pytest.mark.parametrize(("rule", "example"), _cases("fire"), ids=_id)
def test_messages_read_as_sentences(rule: Rule, example: Example) -> None:
    (finding,) = lint(_document(example), RULESET, select=frozenset({rule.code}))
    for text in (finding.message, finding.suggestion):
        assert text[:1].isupper() and text.endswith((".", ")")), text
        assert "{" not in text and "  " not in text and " one of " not in text, text
        assert " ," not in text and ",," not in text, text

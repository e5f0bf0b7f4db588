"""Run rules' own examples: each ``fire`` example must fire once, each ``pass`` one not at all.

The shipped rules' examples run as tests (``tests/test_rule_examples.py``); a trust's own rule
folder is checked when it is loaded (:func:`jdlint.judge.catalogue.ruleset_for` refuses a folder
whose examples fail, naming the file, the rule and the example), and on demand by
``jdlint rules --check DIR``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from jdlint.document import Block, BlockKind, Document, Level, Location
from jdlint.judge.engine import lint
from jdlint.judge.rules import Example, Rule, RuleSet


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one example did: ``problem`` is None when it behaved as its rule says."""

    rule: Rule
    example: Example
    must_fire: bool
    problem: str | None = None

    def describe(self) -> str:
        """Return one line: the rule, the example and how it went."""
        kind = "fires" if self.must_fire else "passes"
        verdict = "ok" if self.problem is None else f"FAILED: {self.problem}"
        return f"{self.rule.code} {kind}: {self.example.text!r}: {verdict}"


def example_document(example: Example) -> Document:
    """Return a one-block document holding the example in its post, section and level."""
    kind = BlockKind.PARAGRAPH if example.level is Level.UNSPECIFIED else BlockKind.CRITERION
    block = Block(text=example.text, kind=kind, section=example.section, level=example.level,
                  location=Location(line=1), label=example.label)
    return Document(path="example.txt", format="txt", blocks=(block,), title=example.title,
                    band=example.band)


def check_examples(ruleset: RuleSet, rules: Iterable[Rule] | None = None) -> list[Outcome]:
    """Run the examples of ``rules`` (default: every rule of the set) under the whole set."""
    outcomes = []
    for rule in ruleset.rules if rules is None else rules:
        only = frozenset({rule.code})
        for example in rule.examples_fire:
            findings = lint(example_document(example), ruleset, select=only)
            outcomes.append(Outcome(rule, example, True, _fire_problem(example, findings)))
        for example in rule.examples_pass:
            findings = lint(example_document(example), ruleset, select=only)
            problem = f"fired ({findings[0].message})" if findings else None
            outcomes.append(Outcome(rule, example, False, problem))
    return outcomes


def _fire_problem(example: Example, findings: tuple[object, ...]) -> str | None:
    from jdlint.results import Finding

    if len(findings) != 1:
        return "did not fire" if not findings else f"fired {len(findings)} times"
    (finding,) = findings
    assert isinstance(finding, Finding)
    if example.hedged is not None and finding.hedged is not example.hedged:
        return f"fired {'hedged' if finding.hedged else 'not hedged'}"
    if example.severity is not None and finding.severity is not example.severity:
        return f"fired at {finding.severity}, not {example.severity}"
    return None

"""Rewrites are data in the rules: their examples run, and no rewrite raises a finding itself."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from jdlint.api import lint_document, read_path
from jdlint.judge.engine import lint
from jdlint.judge.examples import example_document
from jdlint.judge.rules import Example, Rule, load_ruleset

RULESET = load_ruleset()
CORPUS = Path(__file__).resolve().parents[1] / "corpora"
FORMATS = (".docx", ".txt", ".md", ".pdf")


def _cases() -> list[tuple[Rule, Example]]:
    return [(rule, example) for rule in RULESET.rules for example in rule.examples_rewrite]


def test_every_rule_has_rewrites_or_says_none() -> None:
    assert all(rule.rewrites for rule in RULESET.rules)
    assert sum(len(rule.examples_rewrite) for rule in RULESET.rules) >= 6


@pytest.mark.parametrize(("rule", "example"), _cases(),
                         ids=lambda c: c.code if isinstance(c, Rule) else c.text[:40])
def test_rewrite_example(rule: Rule, example: Example) -> None:
    (finding,) = lint(example_document(example), RULESET, select=frozenset({rule.code}))
    assert finding.rewrite is not None, f"{rule.code}: no rewrite for {finding.match!r}"
    fixed = finding.text[:finding.start] + finding.rewrite + finding.text[finding.end:]
    assert fixed == example.expected
    assert not lint(dataclasses.replace(example_document(example), blocks=(
        dataclasses.replace(example_document(example).blocks[0], text=fixed),)), RULESET)


def _corpus() -> list[Path]:
    return sorted(p for p in CORPUS.rglob("*") if p.suffix in FORMATS)


@pytest.mark.parametrize("path", _corpus(), ids=lambda p: p.name)
def test_corpus_rewrites_raise_no_finding(path: Path) -> None:
    document = read_path(path)
    result = lint_document(document)
    for finding in result.findings:
        if finding.rewrite is None:
            continue
        index = next(i for i, b in enumerate(document.blocks)
                     if b.text == finding.text and b.location == finding.location)
        fixed = finding.text[:finding.start] + finding.rewrite + finding.text[finding.end:]
        blocks = list(document.blocks)
        blocks[index] = dataclasses.replace(blocks[index], text=fixed)
        again = lint_document(dataclasses.replace(document, blocks=tuple(blocks)))
        span = (finding.start, finding.start + len(finding.rewrite))
        raised = [f for f in again.findings if f.location == finding.location
                  and f.text == fixed and f.start < span[1] and f.end > span[0]]
        assert not raised, f"{finding.rewrite!r} raises {[(f.rule, f.match) for f in raised]}"

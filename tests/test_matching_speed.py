"""Matching big patterns as templates around a class slot finds exactly what expansion finds."""

from __future__ import annotations

import random
from functools import cache
from pathlib import Path

import pytest

from jdlint.api import read_document, ruleset_for
from jdlint.judge import matching
from jdlint.judge.matching import CompiledRules, patterns
from jdlint.judge.matching.patterns import class_entries, split_template, variants

CORPUS = Path(__file__).resolve().parents[1] / "corpora"


@cache
def compiled(templates: bool) -> CompiledRules:
    """Build the matchers with templates, or with every phrase expanded (the reference)."""
    with pytest.MonkeyPatch.context() as patch:
        if not templates:
            patch.setattr(patterns, "TEMPLATE_MIN_PHRASES", 10**12)
        return CompiledRules(ruleset_for(()))


def sample_texts() -> list[str]:
    """Return rule examples, corpus blocks and phrases drawn from every template pattern."""
    ruleset = ruleset_for(())
    texts = [example.text for rule in ruleset.rules
             for example in (*rule.examples_fire, *rule.examples_pass)]
    for path in sorted(CORPUS.iterdir()):
        if path.suffix in {".docx", ".pdf", ".txt", ".md"}:
            texts += [block.text for block in read_document(path.read_bytes(), path.name).blocks]
    rng = random.Random(6)
    for rule in ruleset.rules:
        for pattern in rule.patterns:
            split = split_template(pattern, ruleset.lexicon)
            if split is None:
                continue
            before, name, after = split
            terms = [t for e in class_entries(name, ruleset.lexicon)
                     for t in (*e.terms, *e.abbreviations)]
            lefts, rights = list(variants(before)), list(variants(after))
            for _ in range(40):
                words = [*rng.choice(lefts), rng.choice(terms), *rng.choice(rights)]
                phrase = " ".join(words)
                texts += [f"Essential: {phrase}.", phrase.upper(), f"({phrase}) or similar"]
                texts.append(f"{rng.choice(lefts) and ' '.join(rng.choice(lefts))} and {phrase}")
    return texts


def test_some_patterns_are_templates() -> None:
    assert compiled(True).templates, "no pattern is big enough to be a template any more"


@pytest.mark.parametrize("templates", [True, False])
def test_blocks_skipped_unread_hold_no_hit(templates: bool) -> None:
    """The word-set prefilter is exact: every text it skips has no hit when matched in full."""
    rules = compiled(templates)
    texts = sample_texts()
    skipped = [t for t in texts if not rules.may_match(t)]
    assert len(skipped) > 1000  # the prefilter does skip
    full = [t for t in skipped if rules.find_in(t, rules.tokenizer(matching.normalise(t))).hits]
    assert full == []
    near = [f"{t} {w}" for t in texts[:400] for w in ("registration", "experience", "nurse")]
    assert [t for t in near if not rules.may_match(t) and rules.find_in(
        t, rules.tokenizer(matching.normalise(t))).hits] == []


def test_templates_find_what_expanded_phrases_find() -> None:
    fast, reference = compiled(True), compiled(False)
    texts = sample_texts()
    assert len(texts) > 500
    differences = [t for t in texts if fast.find(t) != reference.find(t)]
    assert differences == []
    assert sum(bool(fast.find(t).hits) for t in texts) > 100


def test_a_slot_tries_only_templates_whose_words_the_block_holds(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A title alone tries no template that needs a word the block lacks (work, not time)."""
    rules = compiled(True)
    calls: list[int] = []
    real = patterns.reach

    def counting(*args: object, **kwargs: object) -> set[int]:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    from jdlint.judge.matching import compiled as compiled_module
    monkeypatch.setattr(compiled_module, "reach", counting)
    text = "Nurse"
    rules.find_in(text, rules.tokenizer(matching.normalise(text)))
    free = [t for t in rules.templates["titles"] if not t.needs]
    assert len(rules.templates["titles"]) > 2 * len(free)
    assert len(calls) <= 2 * len(free)

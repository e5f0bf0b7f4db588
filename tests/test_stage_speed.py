"""The judge stage's shortcuts decide exactly what the plain checks they replace decide."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from jdlint.api import read_document, ruleset_for
from jdlint.judge.matching import CompiledRules, compile_rules, normalise
from jdlint.judge.matching.prefilter import _DOTTED, _SPELT, Prefilter
from jdlint.judge.matching.text import WORD, clean

CORPUS = Path(__file__).resolve().parents[1] / "corpora"
# Acronyms written with stops or spaces, near misses of both, and text around them.
SPELLINGS = ("N.M.C. registration", "N. M. C. registered", "N M C registration", "G P h C",
             "registered with the H C P C", "H.C.P.C", "nmc.", "a.b", "A. B. registered",
             "I am a R G N", "R.G.N or R.M.N", "x N M C", "e.g. N.M.C", "N M  C registration",
             "RGN/RMN", "S.W.E registered social worker", "G.M.C.-registered", "N.M.C.registration")


@cache
def sample_texts() -> tuple[str, ...]:
    """Return rule examples, corpus blocks and the spellings above in a few frames."""
    ruleset = ruleset_for(())
    texts = [example.text for rule in ruleset.rules
             for example in (*rule.examples_fire, *rule.examples_pass)]
    for path in sorted(CORPUS.iterdir()):
        if path.suffix in {".docx", ".pdf", ".txt", ".md"}:
            texts += [block.text for block in read_document(path.read_bytes(), path.name).blocks]
    for spelling in SPELLINGS:
        texts += [spelling, f"Essential: {spelling}.", f"({spelling})", f"{spelling} is desirable"]
    return tuple(texts)


def plain_may_match(prefilter: Prefilter, text: str) -> bool:
    """The prefilter as first written: every expression run on every text."""
    words = set(WORD.findall(text.lower()))
    if "." in text:
        words |= {found.replace(".", "").lower() for found in _DOTTED.findall(text)}
    if " " in text:
        words |= {re.sub(r"[. ]", "", found).lower() for found in _SPELT.findall(text)}
    return any(needed <= words for anchor in words
               for needed in prefilter.requirements.get(anchor, ()))


def test_the_prefilter_decides_as_its_plain_form() -> None:
    rules = compile_rules(ruleset_for(()))
    texts = sample_texts()
    decided = [rules.may_match(text) for text in texts]
    assert decided == [plain_may_match(rules.prefilter, text) for text in texts]
    assert any(decided) and not all(decided)


def test_viable_templates_are_those_whose_needs_the_block_meets() -> None:
    rules: CompiledRules = compile_rules(ruleset_for(()))
    assert rules.templates
    for text in sample_texts():
        words, _ = clean(rules.tokenizer(normalise(text)))
        tokens = {word.lower() for word in words}
        mask = rules.viability.mask(tokens)
        for name, templates in rules.templates.items():
            expected = [t for t in templates if t.may_match(tokens)]
            assert rules.viability.viable(name, mask) == expected, (text, name)

"""The plain-Python tokenizer and phrase index give exactly what spaCy's tokenizer and
PhraseMatcher give, and the shipped tokenizer rules are the installed spaCy's."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jdlint.api import read_document, ruleset_for
from jdlint.judge.matching import CompiledRules, normalise
from jdlint.judge.matching.phrases import PhraseIndex
from jdlint.judge.tokenizer import Tokenizer
from jdlint.judge.tokenizer_rules import (
    SHIPPED,
    _from_json,
    from_spacy,
    load_rules,
    shipped_json,
    spacy_tokenizer,
)

CORPUS = Path(__file__).resolve().parents[1] / "corpora"


@cache
def both() -> tuple[Tokenizer, object]:
    """Return (jdlint's tokenizer, spaCy's tokenizer) built from the same rules."""
    return Tokenizer(from_spacy()), spacy_tokenizer()


def differences(texts: list[str]) -> list[tuple[str, list[tuple[str, int]], list[tuple[str, int]]]]:
    """Return the texts the two tokenizers split differently, with both results."""
    ours, theirs = both()
    found = []
    for text in texts:
        expected = [(t.text, t.idx) for t in theirs(text)]  # type: ignore[operator]
        got = [(t.text, t.idx) for t in ours(text)]
        if got != expected:
            found.append((text, expected, got))
    return found


@cache
def corpus_texts() -> list[str]:
    """Every block of every corpus document, and the plain files whole."""
    texts = []
    for path in sorted(CORPUS.rglob("*")):
        if path.suffix in {".docx", ".pdf", ".txt", ".md"}:
            texts += [b.text for b in read_document(path.read_bytes(), path.name).blocks]
            if path.suffix in {".txt", ".md"}:
                texts.append(path.read_text(encoding="utf-8", errors="replace"))
    return texts


def test_corpus_tokens_are_spacys() -> None:
    texts = corpus_texts()
    assert len(texts) > 2000
    assert differences(texts) == []
    assert differences([normalise(t) for t in texts]) == []


def test_rule_phrases_and_examples_tokens_are_spacys() -> None:
    ruleset = ruleset_for(())
    texts = [e.text for r in ruleset.rules for e in (*r.examples_fire, *r.examples_pass)]
    texts += [term for c in ruleset.lexicon.classes for e in c.entries
              for term in (*e.terms, *e.abbreviations)]
    assert differences(texts) == []


def test_special_cases_with_punctuation_around_them_are_spacys() -> None:
    ours, _ = both()
    specials = list(ours.rules.specials)
    assert len(specials) > 1000
    texts = [f"{left}{chunk}{right}" for chunk in specials
             for left, right in (("", ""), ("(", ")"), ("'", "'."), ("", ","), ('"', '"?'))]
    texts += [" ".join(specials[i:i + 7]) for i in range(0, len(specials), 7)]
    assert differences(texts) == []


TRICKY = ["e.g.", "i.e.", "(Hons)", "NMC/HCPC", "U.K.", "Dr.", "don't", "10a.m.", ":)", "a&e",
          "http://nhs.uk/jobs.", "www.example.org", "B.Sc.", "8a-8b", "£45,000", "—", "’s",
          "non-medical", "(e.g.", "etc.)", "...", "?!", "'", '"', "V300/V150", "[Band", "7]"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(TRICKY), st.text(max_size=6),
                          st.sampled_from([" ", "  ", "\n", " \n ", "\t", "\u00a0", "\r\n"])),
                max_size=14))
def test_generated_text_tokens_are_spacys(parts: list[str]) -> None:
    text = "".join(parts)
    assert differences([text]) == []


def test_phrase_index_finds_what_spacys_phrase_matcher_finds() -> None:
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    compiled = CompiledRules(ruleset_for(()), both()[0])
    vocab = spacy_tokenizer().vocab
    reference = {}
    for name, index in (("lower", compiled.lower), ("orth", compiled.orth)):
        matcher = PhraseMatcher(vocab)  # ORTH: both indexes hold the words as compared
        for words, keys in index._keys.items():
            for key in keys:
                matcher.add(key, [Doc(vocab, words=list(words))])
        reference[name] = matcher
    checked = 0
    for text in corpus_texts():
        words = compiled._words(text)
        if not words:
            continue
        for name, index, seen in (("lower", compiled.lower, [w.lower() for w in words]),
                                  ("orth", compiled.orth, words)):
            doc = Doc(vocab, words=seen)
            expected = sorted((vocab.strings[m], s, e) for m, s, e in reference[name](doc))
            assert sorted(index.find(seen)) == expected, text
            checked += bool(expected)
    assert checked > 500


def test_phrase_index_finds_nested_and_overlapping_phrases_but_not_past_the_end() -> None:
    index = PhraseIndex()
    index.add("a", ["nmc", "registration"])
    index.add("b", ["nmc"])
    index.add("c", ["registration", "with", "nmc"])
    index.add("c", ["registration", "with", "nmc"])
    index.add("d", [])
    assert sorted(index.find(["registration", "with", "nmc", "registration"])) == [
        ("a", 2, 4), ("b", 2, 3), ("c", 0, 3)]
    assert index.find(["nmc"]) == [("b", 0, 1)]
    assert len(index) == 3


def test_lowercasing_is_spacys() -> None:
    _, theirs = both()
    text = "İstanbul ẞTRASSE ΣΊΣΥΦΟΣ NMC Ǆungla ﬁnance"
    assert [t.lower_ for t in theirs(text)] == [t.text.lower() for t in theirs(text)]  # type: ignore[operator]


def test_the_shipped_rules_are_the_installed_spacys() -> None:
    """If this fails after a spaCy upgrade, run ``python scripts/tokenizer_rules.py``."""
    import spacy

    assert load_rules() == from_spacy()
    assert SHIPPED.read_text(encoding="utf-8") == shipped_json(from_spacy(), spacy.__version__)


def test_damaged_rules_are_refused() -> None:
    good = json.loads(SHIPPED.read_text(encoding="utf-8"))
    damaged = [{"format": 999, "rules": {}}, {"format": 1, "rules": {"prefix": 3}},
               {**good, "rules": {**good["rules"], "specials": {"can't": ["ca", "nt"]}}}]
    for data in damaged:
        with pytest.raises((ValueError, TypeError, KeyError)):
            _from_json(data)
    assert _from_json(good) == load_rules()

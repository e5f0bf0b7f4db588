"""The tokenizer's rules: spaCy's English tokenizer rules, shipped with jdlint as data.

jdlint tokenizes with :mod:`jdlint.judge.tokenizer`, a port of spaCy's algorithm, run on the
rules of ``spacy.blank("en")`` (prefix, suffix and infix expressions, URL and token matches,
1,347 special cases) plus :data:`EXTRA_INFIXES`. Taking them from spaCy at run time means
importing it and building the pipeline (about 1.8 s on this project's 2-core machine, measured
2026-12-02, against 1.4 s for a bare ``import spacy``), so they are taken out once, when jdlint is
developed (``python scripts/tokenizer_rules.py``), and shipped as ``tokenizer_rules.json``
beside this module, with spaCy's MIT licence notice. Reading them takes milliseconds, no run
ever rebuilds them, and the same file gives the same tokens whatever spaCy release is installed.
``tests/test_tokenizer.py`` checks that the shipped file is what the installed spaCy gives and
that the port's tokens are spaCy's on the corpus, every rule phrase and generated text.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from jdlint.judge.tokenizer import TokenizerRules

# Brackets and slashes split words ("BSc (Hons) Nursing", "nurse/AHP") so that each side matches.
EXTRA_INFIXES = (r"[\(\)\[\]/]",)
FORMAT = 1
_EXPRESSIONS = ("prefix", "suffix", "infix", "token_match", "url_match")


def spacy_tokenizer() -> Any:
    """Return spaCy's English tokenizer with jdlint's extra infixes (imports spaCy)."""
    import spacy

    nlp = spacy.blank("en")
    tokenizer: Any = nlp.tokenizer
    tokenizer.infix_finditer = _infix_finditer(nlp)
    return tokenizer


def _infix_finditer(nlp: Any) -> Callable[..., object]:
    import spacy

    infixes = [*nlp.Defaults.infixes, *EXTRA_INFIXES]
    finditer: Callable[..., object] = spacy.util.compile_infix_regex(infixes).finditer
    return finditer


def from_spacy() -> TokenizerRules:
    """Read the rules out of spaCy's English tokenizer.

    The extra infixes are compiled beside the tokenizer rather than set on it: setting them
    makes spaCy reload every special case (about 0.2 s) for a tokenizer that is not used.
    """
    import spacy
    from spacy.symbols import ORTH

    nlp = spacy.blank("en")
    tokenizer: Any = nlp.tokenizer
    specials = {chunk: tuple(str(part.get(ORTH, part.get("ORTH", ""))) for part in parts)
                for chunk, parts in tokenizer.rules.items()}
    return TokenizerRules(
        prefix=_expression(tokenizer.prefix_search), suffix=_expression(tokenizer.suffix_search),
        infix=_expression(_infix_finditer(nlp)), token_match=_expression(tokenizer.token_match),
        url_match=_expression(tokenizer.url_match), specials=specials,
        faster_heuristics=bool(tokenizer.faster_heuristics))


def _expression(method: Callable[..., object] | None) -> tuple[str, int] | None:
    """Return the (pattern, flags) of a compiled expression's bound method."""
    if method is None:
        return None
    compiled = getattr(method, "__self__", None)
    if compiled is None or not isinstance(getattr(compiled, "pattern", None), str):
        raise TypeError(f"spaCy's tokenizer uses {method!r}, not a regular expression")
    return compiled.pattern, int(compiled.flags)


SHIPPED = Path(__file__).with_name("tokenizer_rules.json")
SPACY_NOTICE = ("From spaCy's English tokenizer (spacy.blank('en')), MIT License, Copyright (C) "
                "2016-2024 ExplosionAI GmbH, 2016 spaCy GmbH, 2015 Matthew Honnibal.")


@lru_cache(maxsize=1)
def load_rules() -> TokenizerRules:
    """Return the shipped rules (read once per process)."""
    return _from_json(json.loads(SHIPPED.read_text(encoding="utf-8")))


def shipped_json(rules: TokenizerRules, spacy_version: str) -> str:
    """Return the text of the shipped rules file for ``rules``."""
    data = _to_json(rules)
    data["source"] = f"{SPACY_NOTICE} spaCy {spacy_version}."
    return json.dumps(data, indent=0, sort_keys=True, ensure_ascii=False) + "\n"


def _to_json(rules: TokenizerRules) -> dict[str, Any]:
    data: dict[str, Any] = {name: getattr(rules, name) for name in _EXPRESSIONS}
    data["specials"] = {chunk: list(parts) for chunk, parts in sorted(rules.specials.items())}
    data["faster_heuristics"] = rules.faster_heuristics
    return {"format": FORMAT, "rules": data}


def _from_json(data: dict[str, Any]) -> TokenizerRules:
    if data["format"] != FORMAT:
        raise ValueError("another format of the rules file")
    body = data["rules"]
    expressions: dict[str, tuple[str, int] | None] = {}
    for name in _EXPRESSIONS:
        value = body[name]
        if value is not None and not (isinstance(value[0], str) and isinstance(value[1], int)):
            raise TypeError(f"{name} is not a (pattern, flags) pair")
        expressions[name] = None if value is None else (value[0], value[1])
    specials = {str(chunk): tuple(str(p) for p in parts)
                for chunk, parts in body["specials"].items()}
    if any("".join(parts) != chunk for chunk, parts in specials.items()):
        raise ValueError("special cases whose tokens do not spell them")
    return TokenizerRules(**expressions, specials=specials,
                          faster_heuristics=bool(body["faster_heuristics"]))

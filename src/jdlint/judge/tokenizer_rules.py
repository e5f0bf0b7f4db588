"""The tokenizer's rules: taken from spaCy's English tokenizer once, then kept in the cache folder.

Taking them from spaCy means importing it and building ``spacy.blank("en")`` (about 0.9 s
together, measured); they depend only on the spaCy release and the infixes jdlint adds, so they
are stored as JSON under ``<cache folder>/tokenizer/``, named by a digest of spaCy's
``about.py`` (found without importing spaCy), :data:`EXTRA_INFIXES` and :data:`FORMAT`, and read
back in a few milliseconds. A missing or damaged file is rebuilt from spaCy; an unwritable
cache folder only means spaCy is asked on every run.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from collections.abc import Callable
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
    nlp.tokenizer.infix_finditer = _infix_finditer(nlp)
    return nlp.tokenizer


def _infix_finditer(nlp: Any) -> Callable[..., object]:
    import spacy

    infixes = [*nlp.Defaults.infixes, *EXTRA_INFIXES]
    return spacy.util.compile_infix_regex(infixes).finditer  # type: ignore[no-any-return]


def from_spacy() -> TokenizerRules:
    """Read the rules out of spaCy's English tokenizer.

    The extra infixes are compiled beside the tokenizer rather than set on it: setting them
    makes spaCy reload every special case (about 0.2 s) for a tokenizer that is not used.
    """
    import spacy
    from spacy.symbols import ORTH

    nlp = spacy.blank("en")
    tokenizer = nlp.tokenizer
    methods = (tokenizer.prefix_search, tokenizer.suffix_search, _infix_finditer(nlp),
               tokenizer.token_match, tokenizer.url_match)
    specials = {chunk: tuple(str(part.get(ORTH, part.get("ORTH", ""))) for part in parts)
                for chunk, parts in tokenizer.rules.items()}
    return TokenizerRules(*(_expression(m) for m in methods), specials=specials,
                          faster_heuristics=bool(tokenizer.faster_heuristics))


def _expression(method: Callable[..., object] | None) -> tuple[str, int] | None:
    """Return the (pattern, flags) of a compiled expression's bound method."""
    if method is None:
        return None
    compiled = getattr(method, "__self__", None)
    if compiled is None or not isinstance(getattr(compiled, "pattern", None), str):
        raise TypeError(f"spaCy's tokenizer uses {method!r}, not a regular expression")
    return compiled.pattern, int(compiled.flags)


def load_rules(folder: Path | None) -> TokenizerRules:
    """Return the rules from the store in ``folder`` (None: no store), building it if need be."""
    path = store_path(folder) if folder is not None else None
    if path is not None:
        try:
            return _from_json(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError):
            pass  # missing or damaged: rebuilt below
    rules = from_spacy()
    if path is not None:
        _store(path, _to_json(rules))
    return rules


def _store(path: Path, data: dict[str, Any]) -> None:
    """Write the store atomically (a reader sees no file or a whole one); never fail the run."""
    from jdlint.outputs.atomic import atomic_writer

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_writer(path) as stream:
            stream.write(json.dumps(data, separators=(",", ":")))
    except OSError:
        return


def store_path(folder: Path) -> Path | None:
    """Return the store file for the installed spaCy, or None if spaCy cannot be found."""
    try:
        spec = importlib.util.find_spec("spacy")
        origin = spec.origin if spec else None
        release = (Path(origin).parent / "about.py").read_bytes() if origin else None
    except (ImportError, OSError, ValueError):
        release = None
    if release is None:
        return None
    digest = hashlib.sha256(json.dumps([FORMAT, EXTRA_INFIXES]).encode() + release)
    return Path(folder) / "tokenizer" / f"{digest.hexdigest()[:24]}.json"


def _to_json(rules: TokenizerRules) -> dict[str, Any]:
    data: dict[str, Any] = {name: getattr(rules, name) for name in _EXPRESSIONS}
    data["specials"] = {chunk: list(parts) for chunk, parts in sorted(rules.specials.items())}
    data["faster_heuristics"] = rules.faster_heuristics
    return {"format": FORMAT, "rules": data}


def _from_json(data: dict[str, Any]) -> TokenizerRules:
    if data["format"] != FORMAT:
        raise ValueError("an older store format")
    body = data["rules"]
    expressions = []
    for name in _EXPRESSIONS:
        value = body[name]
        if value is not None and not (isinstance(value[0], str) and isinstance(value[1], int)):
            raise TypeError(f"{name} is not a (pattern, flags) pair")
        expressions.append(None if value is None else (value[0], value[1]))
    specials = {str(chunk): tuple(str(p) for p in parts)
                for chunk, parts in body["specials"].items()}
    if any("".join(parts) != chunk for chunk, parts in specials.items()):
        raise ValueError("special cases whose tokens do not spell them")
    return TokenizerRules(*expressions, specials=specials,
                          faster_heuristics=bool(body["faster_heuristics"]))

"""Take spaCy's English tokenizer rules out of the installed spaCy and write jdlint's copy.

Run after upgrading spaCy (``tests/test_tokenizer.py`` fails until the shipped copy is what the
installed spaCy gives)::

    python scripts/tokenizer_rules.py
"""

from __future__ import annotations

from jdlint.judge.tokenizer_rules import SHIPPED, from_spacy, shipped_json


def main() -> None:
    """Write ``src/jdlint/judge/tokenizer_rules.json``."""
    import spacy

    SHIPPED.write_text(shipped_json(from_spacy(), spacy.__version__), encoding="utf-8")
    print(f"wrote {SHIPPED}")


if __name__ == "__main__":
    main()

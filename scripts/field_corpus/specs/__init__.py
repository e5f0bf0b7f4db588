"""Every field-corpus document, in pairs: one of each pair per split, in different words."""

from __future__ import annotations

from field_corpus.model import Doc
from field_corpus.specs import p1, p2, p3, p4

DOCS: list[Doc] = [*p1.DOCS, *p2.DOCS, *p3.DOCS, *p4.DOCS]

"""Stable fingerprints of findings, shared by SARIF output and baselines.

A fingerprint identifies "this rule flagged this requirement in this file": it survives
re-flowing a paragraph, a changed case or a trailing full stop, and moving the requirement to
another row, but changes when the requirement's wording changes.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import PurePath

from jdlint.results import Finding

FINGERPRINT_KEY = "jdlint/v1"  # the SARIF partialFingerprints key; bump when the recipe changes

_WHITESPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Return text casefolded, with whitespace collapsed and punctuation stripped at both ends."""
    collapsed = _WHITESPACE.sub(" ", text.casefold()).strip()
    start, end = 0, len(collapsed)
    while start < end and _is_edge_noise(collapsed[start]):
        start += 1
    while end > start and _is_edge_noise(collapsed[end - 1]):
        end -= 1
    return collapsed[start:end]


def _is_edge_noise(char: str) -> bool:
    return char.isspace() or unicodedata.category(char).startswith("P")


def fingerprint(rule: str, text: str, path: str) -> str:
    """Return the sha256 hex digest of a rule code, a normalised requirement text and a path."""
    posix = PurePath(path).as_posix()
    payload = "\x1f".join((rule, normalise(text), posix))
    # surrogateescape: a file name that is not UTF-8 hashes as its bytes on disk.
    return hashlib.sha256(payload.encode("utf-8", "surrogateescape")).hexdigest()


def finding_fingerprint(path: str, finding: Finding) -> str:
    """Return the fingerprint of one finding in the document at ``path``."""
    return fingerprint(finding.rule, finding.text, path)

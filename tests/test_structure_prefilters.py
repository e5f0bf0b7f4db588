"""The structure stage's cheap pre-checks skip only searches that could not have matched.

``levels.inline_marker`` and ``labels.split_label`` look at a line's first and last characters
(or the characters a separator needs) before running their regexes; each test compares them
with running every regex, on lines built to sit at the edges of those checks.
"""

from __future__ import annotations

import pytest

from jdlint.structure import labels, levels, vocabulary

MARKED = [
    "Degree in nursing (E)", "Degree in nursing (E).", "Degree in nursing (E) ;",
    "Degree in nursing [Desirable]\u00a0", "Degree (essential criteria),\n", "Degree – E",
    "Degree - Desirable criterion.", "Degree | D", "Degree: essential", "(E) Degree",
    "[Desirable] Degree", "Essential: degree", "E: degree", "D - degree", "desirable – degree",
    "Degree (e)", "Degree – d", "Degree -E", "e: degree", "Degree \u3000(D)\u3000",
    "Degree (E)\u2003.", "Degree (E)..", "Degree", "", " ", "(", "Essential", "Desirable.",
    "A degree or equivalent experience", "Able to drive – essential for the role",
    "Degree - essential", "Degree | Essential.", "Degree – desirable criteria ", "Degree : D",
]
FIELDS = [
    "Job title: Staff Nurse", "Job title :", "Job title:", "Band\t6", "Band | 6", "Band – 6",
    "Band - 6", "Band — 6", "Reports to\t\tWard Manager", "Reports to", "Reports to:",
    "Location: Leeds - St James", "No separator here", "Hours—37.5", "Base: ", "",
]


def _every_marker(text: str) -> tuple[levels.Level | None, str]:
    for regex in levels._MARKER_START + levels._MARKER_END:
        match = regex.search(text)
        if match:
            rest = (text[: match.start()] + " " + text[match.end():]).strip()
            if rest:
                return levels.level_named(match.group("m")), rest
    return None, text


def _every_separator(text: str) -> tuple[str, str] | None:
    stripped = text.strip()
    for _, separator in labels._SEPARATORS:
        parts = separator.split(stripped, maxsplit=1)
        if len(parts) == 2 and (label := vocabulary.label_of(parts[0])) is not None:
            return label, parts[1].strip()
    if stripped.endswith(":") and (label := vocabulary.label_of(stripped[:-1])) is not None:
        return label, ""
    return None


@pytest.mark.parametrize("text", MARKED)
def test_inline_marker_matches_every_regex(text: str) -> None:
    assert levels.inline_marker(text) == _every_marker(text)


@pytest.mark.parametrize("text", FIELDS)
def test_split_label_matches_every_separator(text: str) -> None:
    assert labels.split_label(text) == _every_separator(text)

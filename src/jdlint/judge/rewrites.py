"""A rule's rewrites: replacements for its matched words that open the post, as ``jdlint fix``
writes them and ``check`` suggests them.

Each ``[[rewrites]]`` table of a rule file has a ``when`` regex searched in the matched words
and, optionally, ``before`` and ``after`` regexes searched in the words either side of them
(so "NMC register" is rewritten one way after "the" and another way after "part of the"); the
first that holds wins, and an empty ``text`` says no safe rewrite exists for such words. The
text may use the ``when`` regex's named groups (``\\g<band>``) and is cased for where it sits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jdlint.errors import RuleError

_SENTENCE_START = re.compile(r"(^|[.:;!?•*–-])\W*$")
_OR_EQUIVALENT = ", or equivalent experience"
_HEDGE_AFTER = re.compile(r"^\s*(\([^)]*\)\s*)?,?\s*or (an? )?(equivalent|higher|above)\b",
                          re.IGNORECASE)
_ARTICLE = re.compile(r"\b(a|an|A|An) (\w+)")
_AN_LETTERS = frozenset("AEFHILMNORSX")  # an NMC, an RGN, an SPQ: letters said with a vowel


@dataclass(frozen=True, slots=True)
class Rewrite:
    """A replacement for a rule's matched words: ``when`` searched in them, ``text`` expanded."""

    when: re.Pattern[str]
    text: str  # "" when no safe rewrite exists for such words
    before: re.Pattern[str] | None = None  # when set, must be found in the words before the match
    after: re.Pattern[str] | None = None  # when set, must be found in the words after it


def rewrite_for(rewrites: Sequence[Rewrite], text: str, start: int, end: int) -> str | None:
    """Return the replacement for ``text[start:end]``, cased for where it sits, or None."""
    match = text[start:end]
    for rewrite in rewrites:
        found = rewrite.when.search(match)
        if found is None or (rewrite.before and not rewrite.before.search(text[:start])) or (
                rewrite.after and not rewrite.after.search(text[end:])):
            continue
        if not rewrite.text:
            return None
        replacement = found.expand(rewrite.text)
        if replacement.endswith(_OR_EQUIVALENT) and _HEDGE_AFTER.search(text[end:]):
            replacement = replacement[:-len(_OR_EQUIVALENT)]  # the criterion says it already
        return _cased(_ARTICLE.sub(_agreed, replacement), match, text[:start])
    return None


def load_rewrite(path: Path, item: Any) -> Rewrite:
    """Return one ``[[rewrites]]`` table of a rule file, validated."""
    keys = ("when", "before", "after")
    if not isinstance(item, dict) or set(item) - {"text", *keys} or not isinstance(
            item.get("text"), str) or not all(isinstance(item.get(k, ""), str) for k in keys):
        raise RuleError(f"{path}: rewrites: each needs a string 'text' and may have 'when', "
                        "'before' and 'after'")
    found: dict[str, re.Pattern[str]] = {}
    for key in keys:
        try:
            found[key] = re.compile(item.get(key, ""), re.IGNORECASE)
        except re.error as error:
            raise RuleError(f"{path}: rewrites: {key} {item.get(key)!r}: {error}") from None
    return Rewrite(when=found["when"], text=item["text"].strip(),
                   before=found["before"] if item.get("before") else None,
                   after=found["after"] if item.get("after") else None)


def _agreed(found: re.Match[str]) -> str:
    """Return "a"/"an" agreeing with the word after it: the frame kept from the matched words
    ("looking for an") may meet a new word ("health or care professional")."""
    article, word = found.group(1), found.group(2)
    if word.isupper() and len(word) > 1:
        vowel = word[0] in _AN_LETTERS
    else:
        vowel = word[0].lower() in "aeiou" and not word.lower().startswith(("uk", "uni", "use"))
    wanted = "an" if vowel else "a"
    return f"{wanted if article.islower() else wanted.capitalize()} {word}"


def _cased(rewrite: str, match: str, before: str) -> str:
    """Capitalise a rewrite that starts a criterion; lower-case it mid-sentence unless the
    words it replaces start with a capitalised word (a title such as "Registered Nurse")."""
    first = rewrite.split(" ", 1)[0]
    if first.isupper() and len(first) > 1:
        return rewrite  # an acronym ("V300") keeps its case
    word = match.split(" ", 1)[0]
    if _SENTENCE_START.search(before) or (word[:1].isupper() and not word.isupper()):
        return rewrite[:1].upper() + rewrite[1:]
    return rewrite[:1].lower() + rewrite[1:]

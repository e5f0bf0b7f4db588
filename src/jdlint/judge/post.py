"""The post a document is for, as the judgement needs it: the professions its title names,
whether it is a leadership post, and the employer's nation.

A post whose title names a profession keeps that profession's own requirements lawful (a Staff
Nurse's NMC registration); a leadership post (Band 8a and above, or a Head of, Lead, Manager,
Director title) is where the guide says ringfencing matters most (domain.md §5–6).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jdlint.judge.lexicon import Lexicon, Role


@dataclass(frozen=True, slots=True)
class Post:
    """What the document says about the post that the judgement needs."""

    professions: frozenset[str] = frozenset()
    leadership: bool = False
    nation: str | None = None  # where the employer is: which regulator a finding names


def post_for(title: str | None, band: str | None, lexicon: Lexicon,
             nation: str | None = None) -> Post:
    """Return what the judgement needs to know about a post from its title and band."""
    return Post(title_professions(title, lexicon), is_leadership_post(title, band, lexicon),
                nation)


def title_professions(title: str | None, lexicon: Lexicon) -> frozenset[str]:
    """Return the professions a post's title names ("Staff Nurse" → nursing), longest first."""
    text = f" {norm(title or '')} "
    found: set[str] = set()
    for term, professions in _post_terms(lexicon):
        for written in (f" {term} ", f" {term}s "):  # a pack for several posts: "Staff Nurses"
            if written in text:
                found.update(professions)
                text = text.replace(written, " | ")
    return frozenset(found)


# The post-title terms of each lexicon, normalised and longest first: built once per lexicon,
# not per document. Keyed by identity (a Lexicon's hash would walk all its entries); the entry
# holds the lexicon so its id is never reused while cached.
_TERMS: dict[int, tuple[Lexicon, tuple[tuple[str, frozenset[str]], ...]]] = {}


def _post_terms(lexicon: Lexicon) -> tuple[tuple[str, frozenset[str]], ...]:
    cached = _TERMS.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        entries = [e for c in lexicon.with_role(Role.POST_TITLES) for e in c.entries]
        terms = tuple(sorted(((norm(t), frozenset(e.professions)) for e in entries
                              for t in e.terms), key=lambda item: -len(item[0])))
        cached = _TERMS[id(lexicon)] = (lexicon, terms)
    return cached[1]


def is_leadership_post(title: str | None, band: str | None, lexicon: Lexicon) -> bool:
    """Tell whether the post is a leadership post: Band 8a and above, or a leadership title."""
    cues = lexicon.cues
    if band and re.sub(r"^(afc\s+)?band\s*", "", band.strip().lower()) in cues.leadership_bands:
        return True
    text = norm(title or "")
    return any(has_words(text, word) for word in cues.leadership_titles)


_NOT_WORD = re.compile(r"[^\w']+")


def norm(text: str) -> str:
    return _NOT_WORD.sub(" ", text.lower()).strip()


def has_words(text: str, words: str) -> bool:
    return re.search(rf"(?<![\w']){re.escape(norm(words))}(?![\w'])", text) is not None

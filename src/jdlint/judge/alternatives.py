"""Open alternatives: a branch of an either-or that any profession can meet opens the requirement.

"Experience in nursing or in operational management", "a degree in nursing, a life science or a
related subject", "a nursing qualification in education or a teaching qualification": the
restricted words sit beside a branch that names no profession and names something anyone can
have (a field of management, a science, a subject, a qualification: the ``open_heads`` of
``cues.toml``), or a post every profession fills ("a nurse or a consultant", "a nurse or a
senior manager": the ``open_roles``, offered by a spoken "or", never by a slash, which joins two
names of one post: "a Charge Nurse/Unit Manager"). Such a requirement does not shut other
professions out.
A branch that is a hedge ("or equivalent", "or a related subject") is not an alternative of its
own: it lowers the severity instead (:mod:`jdlint.judge.context`); an "or" in brackets that
leave the restricted words out qualifies them ("NMC registration (adult or children's field)")
and opens nothing, and so does one after a qualifier word with no comma before it ("a
registered nurse with acute or community experience": the ``qualifiers`` of ``cues.toml``), or
one that names a field of the register ("a level 1 nurse, child or mental health field": the
``register_fields``).
"""

from __future__ import annotations

import itertools
import re

from jdlint.judge.lexicon import Cues
from jdlint.judge.matching.kinds import CueKind, MentionKind
from jdlint.judge.matching.values import BlockMatches, Cue, Hit

_OR = frozenset({"or", "and/or", "and or", "/"})
_ARTICLES = frozenset({"a", "an", "the", "any", "another", "other"})
_CLAUSE = re.compile(r"[;:.!?]")
_FIELD = frozenset({"field", "fields"})


def has_open_branch(matches: BlockMatches, hit: Hit, start: int, end: int, cues: Cues) -> bool:
    """Tell whether the sentence ``start``–``end`` offers the hit an open alternative."""
    text = matches.text
    heads, roles = frozenset(cues.open_heads), frozenset(cues.open_roles)
    ors = [c for c in matches.cues if c.kind is CueKind.ALTERNATIVE and start <= c.start < end
           and text[c.start:c.end].lower() in _OR and not _qualifies(text, c, hit, start, end)]
    # An "or" after a qualifier word offers alternatives to the qualifier, unless what it
    # offers is a post ("a nurse with site experience or an operational manager").
    unqualified = [c for c in ors if not (c.start >= hit.end
                                          and attached(text, hit.end, c.start, cues.qualifiers))]
    # A slash offers no second post: "<nurse title>/<manager title>" names one post twice.
    spoken = [c for c in ors if text[c.start:c.end] != "/"]
    for branch_ors, opening in ((spoken, roles), (unqualified, heads)):
        if not branch_ors:
            continue
        for first, last in _branches(text, hit, branch_ors, start, end):
            words = _open_words(matches, first, last, cues)
            if opening is heads and len(words) >= 2 and set(words) & heads:
                return True  # "a life science", not a bare "degree"
            if opening is roles and set(words) & roles:
                return True  # "a consultant", "an operational manager"
    return False


def _open_words(matches: BlockMatches, first: int, last: int, cues: Cues) -> list[str]:
    """Return the words of a branch that names no profession, no hedge and no field of a
    register; none for any other branch."""
    if any(m.kind is MentionKind.PROFESSION and first <= m.start < last
           for m in matches.mentions):
        return []
    if any(c.kind is CueKind.HEDGE and first - 4 <= c.start < last for c in matches.cues):
        return []  # "or equivalent", "or a related subject"
    words = _words(matches.text[first:last])
    if _own_field(matches.text[first:last], words, cues.register_fields):
        return []  # "child or learning disability field": the register's own fields
    return words


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z']+", text.lower()) if w not in _ARTICLES]


def _own_field(branch: str, words: list[str], fields: tuple[str, ...]) -> bool:
    """Tell whether a branch names only a field of a register ("paediatric field", "the
    children's field"): it qualifies the registration before it. A setting in that field
    ("mental health services") is one anyone can work in, and stays open."""
    rest = branch.lower()
    for field in fields:
        rest = re.sub(rf"(?<![\w']){re.escape(field)}(?![\w'])", " ", rest)
    left = _words(rest)
    return left != words and set(left) <= _FIELD


def attached(text: str, start: int, end: int, qualifiers: tuple[str, ...]) -> bool:
    """Tell whether what stands at ``end`` qualifies the restriction that ends at ``start``:
    a qualifier word ("with", "plus", "for example") lies between them, and no comma closes the
    qualifier ("a registered nurse with acute or community experience"; not "a registered nurse
    with acute experience, or an operational manager")."""
    gap = text[start:end]
    if gap.rstrip().endswith(","):
        return False
    return any(re.search(rf"(?<![\w.]){re.escape(word)}(?!\w)", gap, re.IGNORECASE)
               for word in qualifiers)


def _qualifies(text: str, cue: Cue, hit: Hit, start: int, end: int) -> bool:
    """Tell whether ``cue`` sits in brackets that leave the hit out: "NMC registration (adult or
    children's field)" qualifies the registration and offers no alternative to it."""
    opened = text.rfind("(", start, cue.start)
    if opened < 0 or text.find(")", opened, cue.start) >= 0:
        return False
    closed = text.find(")", cue.end, end)
    return not opened <= hit.start < (closed if closed >= 0 else end)


def _branches(text: str, hit: Hit, ors: list[Cue], start: int,
              end: int) -> list[tuple[int, int]]:
    """Return the other branches of the list the hit is in: the items of its clause joined to it
    by commas and "or" — never a qualifier after the last branch ("RMN or LD nurse, with
    knowledge of service provision" offers no third option)."""
    before = [m.end() for m in _CLAUSE.finditer(text, start, hit.start)]
    clause_start = before[-1] if before else start
    after = _CLAUSE.search(text, hit.end, end)
    clause_end = after.start() if after else end
    cuts = {clause_start, clause_end}
    for cue in ors:
        if clause_start <= cue.start < clause_end:
            cuts |= {cue.start, cue.end}
    for comma in re.finditer(",", text[clause_start:clause_end]):
        cuts |= {clause_start + comma.start(), clause_start + comma.end()}
    items: list[tuple[int, int] | str] = []  # pieces of text, and "or" between them
    for a, b in itertools.pairwise(sorted(cuts)):
        piece = text[a:b].strip()
        if piece.lower() in _OR:
            items.append("or")
        elif piece.strip(" ,/"):
            items.append((a, b))
    hit_at = [i for i, item in enumerate(items)
              if not isinstance(item, str) and item[0] < hit.end and hit.start < item[1]]
    if not hit_at:
        return []
    left = [item for item in items[:hit_at[0]] if not isinstance(item, str)]
    return left + _linked(items[hit_at[-1] + 1:])


def _linked(items: list[tuple[int, int] | str]) -> list[tuple[int, int]]:
    """Return the items after the hit that belong to its list: comma-separated items count only
    when an "or" follows them, and the list ends with the item after the last "or"."""
    pending: list[tuple[int, int]] = []
    for index, item in enumerate(items):
        if isinstance(item, tuple):
            pending.append(item)
            continue
        rest = items[index + 1:]
        while rest and isinstance(rest[0], tuple):
            pending.append(rest[0])
            if len(rest) < 2 or rest[1] != "or":
                break  # "A or B or C" goes on; a comma after the last branch ends the list
            rest = rest[2:]
        return pending
    return []

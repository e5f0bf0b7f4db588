"""Exclusions: a condition that keeps one profession out ("must not be, nor ever have been, a
registered nurse", a regulator's lay seat) instead of requiring it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from jdlint.judge.matching.kinds import CueKind

if TYPE_CHECKING:
    from jdlint.judge.matching.values import BlockMatches, Hit, Mention

# Words allowed between an exclusion and the profession it keeps out: an article, a modifier.
_GAP_WORDS = 2


def excluded(matches: BlockMatches, hit: Hit, sentence_start: int) -> bool:
    """Tell whether an exclusion earlier in the hit's sentence keeps the hit's profession out.

    The exclusion reaches the profession it stands just before, and the same profession named
    again later in the sentence; a profession required before it, or another one after it, is
    still a condition ("must be a registered nurse and must not be subject to conditions").
    """
    if not (hit.professions or hit.regulators):
        return False
    for cue in matches.cues:
        if cue.kind is not CueKind.EXCLUSION or not sentence_start <= cue.start <= hit.start:
            continue
        professions: set[str] = set()
        regulators: set[str] = set()
        named: list[Hit | Mention] = [*matches.hits, *matches.mentions]
        for near in named:
            at = _named_at(matches, near)
            gap = matches.text[cue.end:at] if at >= cue.end else None
            if gap is not None and len(re.findall(r"\w+", gap)) <= _GAP_WORDS:
                professions.update(near.professions)
                regulators.update(near.regulators)
        if hit.professions <= professions and hit.regulators <= regulators:
            return True
    return False


def _named_at(matches: BlockMatches, near: Hit | Mention) -> int:
    """Return where ``near`` names its profession: a hit's first mention inside it, so that
    the frame words of a hit ("as a registered nurse") do not stand next to an exclusion
    ("working without supervision as a registered nurse" keeps no one out)."""
    inside = [m.start for m in matches.mentions
              if near.start <= m.start and m.end <= near.end and m is not near]
    return min(inside, default=near.start)

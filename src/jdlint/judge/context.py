"""Judge one match in its context: is it a condition of appointment that admits one profession?

The checks, in order (domain.md §5); the first that applies decides:

1. **not a condition** — headings, headers and footers, and "Label: value" fields such as
   "Reports to" or "Accountable to", never set conditions;
2. **duty** — the nearest cue before the match describes work with others ("line manage",
   "ensure compliance with", "work alongside", "knowledge of") rather than the candidate
   ("must be", "as a", "hold") — unless helping others with it needs the profession too
   (``even_as_duty``: only a registered social worker can support others through the ASYE);
3. **negated** — the sentence waives it ("not required", "not essential");
4. **multi-profession** — the match is part of, or right beside, a qualification or role open to
   several professions (V300, AMHP, Advanced Clinical Practitioner);
5. **inclusive** — the sentence offers alternatives ("or", "/", "e.g.", "and") across two or more
   regulator families, or an open class ("relevant professional registration", "AHP"), or a
   branch any profession can meet ("nursing or operational management": :mod:`.alternatives`);
6. **not a condition** — outside the person specification, a sentence is a condition only with a
   condition cue ("must", "required", "will hold") or when the hit's own frame is one (a rule's
   ``condition_patterns``: "As a registered nurse, you will ..." names the postholder);
7. **role-consistent** — every profession the post's title names is one the requirement admits
   (a Staff Nurse's NMC registration; not "HCPC registered physiotherapist" for a Therapies
   Manager, whose title covers other therapists too).

What survives is a finding; it is **hedged** when "or equivalent" or the like follows it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from jdlint.document import Block, BlockKind, Level
from jdlint.judge.alternatives import attached, has_open_branch
from jdlint.judge.exclusions import excluded
from jdlint.judge.lexicon import Lexicon
from jdlint.judge.matching.kinds import CueKind, MentionKind
from jdlint.judge.matching.patterns import THINGS
from jdlint.judge.post import Post, has_words, norm

if TYPE_CHECKING:
    from jdlint.judge.matching.values import BlockMatches, Cue, Hit, Mention

NEVER_CONDITIONS = frozenset({BlockKind.HEADING, BlockKind.HEADER, BlockKind.FOOTER})


class Reason(StrEnum):
    """Why a match is, or is not, a finding."""

    RESTRICTION = "restriction"
    NOT_A_CONDITION = "not-a-condition"
    DUTY = "duty"
    NEGATED = "negated"
    MULTI_PROFESSION = "multi-profession"
    INCLUSIVE = "inclusive"
    ROLE_CONSISTENT = "role-consistent"


@dataclass(frozen=True, slots=True)
class Judgement:
    """The verdict on one match, with the professions it restricts to once narrowed."""

    reason: Reason
    hedged: bool = False
    professions: frozenset[str] = frozenset()
    regulators: frozenset[str] = frozenset()

    @property
    def is_finding(self) -> bool:
        """Tell whether the match restricts the post to one profession."""
        return self.reason is Reason.RESTRICTION


def judge(hit: Hit, matches: BlockMatches, block: Block, post: Post, lexicon: Lexicon, *,
          inclusive_waives: bool = True, role_title_waives: bool = True) -> Judgement:
    """Decide whether one rule hit is a single-profession condition of appointment."""
    cues = lexicon.cues
    if block.kind in NEVER_CONDITIONS or norm(block.label or "") in cues.labels:
        return Judgement(Reason.NOT_A_CONDITION)
    start, end = _sentence(matches, hit.start)
    # Cues inside the hit ("as a", "looking for") are its own frame: they count as nearest.
    if not hit.even_as_duty and _in_duty(matches, hit.end, start, hit.start):
        return Judgement(Reason.DUTY)
    if _has(matches, CueKind.NEGATION, start, end) or excluded(matches, hit, start):
        return Judgement(Reason.NEGATED)
    if _addressed_to_a_profession(matches, hit, start, cues.addressed):
        return Judgement(Reason.INCLUSIVE)  # a per-profession condition ("Doctors must ...")
    if _beside_an_exception(matches, hit):
        return Judgement(Reason.MULTI_PROFESSION)
    others = [m for m in matches.mentions if start <= m.start < end
              and not _in_duty(matches, m.start, start)
              and not (m.kind is MentionKind.OPEN and m.start < hit.end and hit.start < m.end)]
    alternatives = _has(matches, CueKind.ALTERNATIVE, start, end)
    if inclusive_waives and alternatives:
        families = lexicon.families(hit.professions, hit.regulators).union(
            *(lexicon.families(m.professions, m.regulators) for m in others
              if m.kind is MentionKind.PROFESSION))
        if len(families) >= 2 or any(m.kind is MentionKind.OPEN for m in others):
            return Judgement(Reason.INCLUSIVE)
        if has_open_branch(matches, hit, start, end, cues):
            return Judgement(Reason.INCLUSIVE)
    conditional = hit.condition or _has(matches, CueKind.CONDITION, start, end)
    if not in_person_specification(block, lexicon) and not conditional:
        return Judgement(Reason.NOT_A_CONDITION)
    admitted, professions, regulators = _narrow(hit, others, alternatives, lexicon, post.nation)
    if role_title_waives and post.professions and post.professions <= admitted:
        return Judgement(Reason.ROLE_CONSISTENT, professions=professions, regulators=regulators)
    hedged = any(c.kind is CueKind.HEDGE and _hedges(matches.text, c, hit, end, cues.qualifiers)
                 for c in matches.cues)
    return Judgement(Reason.RESTRICTION, hedged, professions, regulators)


def in_person_specification(block: Block, lexicon: Lexicon) -> bool:
    """Tell whether a block is a person-specification criterion (marked or by its section)."""
    if block.level is not Level.UNSPECIFIED or block.kind is BlockKind.CRITERION or block.category:
        return True
    titles = " | ".join(norm(s) for s in block.section)
    return any(has_words(titles, word) for word in lexicon.cues.requirement_sections)


def _sentence(matches: BlockMatches, position: int) -> tuple[int, int]:
    for start, end in matches.sentences:
        if start <= position < end:
            return start, end
    return 0, len(matches.text)


def _has(matches: BlockMatches, kind: CueKind, start: int, end: int) -> bool:
    return any(c.kind == kind and start <= c.start < end for c in matches.cues)


# Words after which a duty word is a verb, whatever follows it ("will lead with", "to lead
# for"): auxiliaries, pronouns, "to" and conjunctions.
_NOT_A_NOUN = frozenset({
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "to", "and", "or",
    "also", "you", "we", "they", "i", "he", "she", "who", "help", "helping", "then", "not",
})


def _in_duty(matches: BlockMatches, position: int, sentence_start: int,
             start: int | None = None) -> bool:
    """Tell whether the nearest requirement-or-duty cue before a position is a duty.

    A duty word naming a kind of thing ("a teaching qualification", "leadership experience")
    describes the candidate's qualification, not work with others: it is not a duty cue. Nor
    is one inside the matched words (from ``start``): "core medical training" is a
    qualification.
    """
    start = position if start is None else start
    before = [c for c in matches.cues if c.kind in (CueKind.DUTY, CueKind.REQUIREMENT)
              and sentence_start <= c.start and c.end <= position
              and not (c.kind is CueKind.DUTY and (_names_a_thing(matches.text, c.end)
                                                   or _names_the_post(matches.text, c)
                                                   or c.end > start))]
    if not before:
        return False
    nearest = max(before, key=lambda c: (c.end, c.kind is CueKind.REQUIREMENT, -c.start))
    return nearest.kind is CueKind.DUTY


def _addressed_to_a_profession(matches: BlockMatches, hit: Hit, start: int,
                               addressed: tuple[str, ...]) -> bool:
    """Tell whether the sentence opens with a profession's members as the subject of its
    condition ("Doctors must ...", "Nursing applicants will ...") or as one of several labels,
    each before a requirement ("Nurses: NMC registration; therapists: HCPC registration"): it
    binds only them."""
    for mention in matches.mentions:
        if mention.kind is not MentionKind.PROFESSION or mention.start > hit.start:
            continue
        lead = matches.text[start:mention.start].strip(" \t-•*–(").lower()
        if lead not in ("", "all", "any"):
            continue
        rest = matches.text[mention.end:]
        group = re.match(r"\s*(applicants|candidates)\b", rest, re.I)
        if group:
            rest = rest[group.end():]
        elif not matches.text[mention.start:mention.end].lower().endswith("s"):
            continue  # one person ("a nurse must ...") is the post holder, not a group
        if any(re.match(rf"\s+{re.escape(word)}\b", rest, re.I) for word in addressed):
            return True
        # "Nurses: NMC registration; therapists: HCPC registration": groups as the labels of
        # requirements of their own. One label alone ("Midwives: current NMC PIN") is the
        # profession the post asks for, and one whose value names none ("Registered nurses:
        # essential") binds all.
        colon = re.match(r"\s*:", rest)
        if colon is None:
            continue
        after = len(matches.text) - len(rest) + colon.end()
        end = _sentence(matches, hit.start)[1]
        if (any(other.kind is MentionKind.PROFESSION and after <= other.start < end
                for other in matches.mentions)
                and len(_LABEL.findall(matches.text)) >= 2):
            return True
    return False


_LABEL = re.compile(r"(?:^|[;,])[\s\-•*–(]*[\w' ]+:", re.MULTILINE)  # "Nurses: ...; AHPs: ..."


def _names_the_post(text: str, cue: Cue) -> bool:
    """Tell whether a duty word is the post's own noun: "a discharge lead with experience",
    "an infection prevention lead who" (not "you will lead with compassion")."""
    after = re.match(r"\s+(with|who|for|to join)\b", text[cue.end:], re.IGNORECASE)
    before = re.search(r"([\w']+)\s+$", text[:cue.start])
    return after is not None and before is not None and (
        before.group(1).lower() not in _NOT_A_NOUN)


def _names_a_thing(text: str, end: int) -> bool:
    following = re.match(r"\s+([\w']+)", text[end:])
    return following is not None and following.group(1).lower() in THINGS


def _hedges(text: str, cue: Cue, hit: Hit, sentence_end: int,
            qualifiers: tuple[str, ...]) -> bool:
    """Tell whether a hedge follows the hit, or the hit is what the hedge offers ("or
    equivalent medical qualification"); one after a qualifier hedges that instead ("a
    registered nurse with a management qualification or equivalent")."""
    if hit.end <= cue.start < sentence_end:
        return not attached(text, hit.end, cue.start, qualifiers)
    return cue.end <= hit.start and not text[cue.end:hit.start].strip()


def _beside_an_exception(matches: BlockMatches, hit: Hit) -> bool:
    """Tell whether a qualification or role open to several professions stands right beside
    the hit ("nurse (V300)" reads as V300).

    A hit that holds such a qualification names one profession's route to it ("Nurse
    independent prescriber (V300)"): the code beside it is that same qualification, and
    does not open it again.
    """
    exceptions = [m for m in matches.mentions if m.kind is MentionKind.EXCEPTION]
    if any(_inside(m, hit) for m in exceptions):
        return False
    return any(_adjacent(matches.text, hit, m) for m in exceptions)


def _inside(mention: Mention, hit: Hit) -> bool:
    """Tell whether a hit holds a mention and more: "pharmacist independent prescriber" names
    one profession's route to a qualification that, unnamed, is open to several."""
    return (hit.start <= mention.start and mention.end <= hit.end
            and hit.end - hit.start > mention.end - mention.start)


def _adjacent(text: str, hit: Hit, other: Mention) -> bool:
    if other.start < hit.end and hit.start < other.end:
        return True
    gap = text[hit.end:other.start] if other.start >= hit.end else text[other.end:hit.start]
    return re.fullmatch(r"[\s()\[\]/,:-]*", gap) is not None


def _narrow(hit: Hit, others: list[Mention], alternatives: bool, lexicon: Lexicon,
            nation: str | None) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Return the professions the requirement admits, those to report, and the regulators.

    A regulator's professions narrow to those the sentence names ("HCPC registered OT"); a bare
    regulator is reported as the profession it usually means (``mainly`` in regulators.toml);
    alternatives in the same family widen the report ("nurse or midwife", "SWE, SSSC or NISCC").
    """
    admitted = hit.professions or lexicon.professions_of(hit.regulators)
    families = lexicon.families(admitted, hit.regulators)
    named = frozenset(p for m in others
                      if m.kind is MentionKind.PROFESSION and len(m.professions) == 1
                      for p in m.professions)
    reported = admitted
    if admitted & named:
        admitted = reported = admitted & named
    elif hit.regulators and not hit.professions:
        reported = lexicon.usual_professions(hit.regulators) or admitted
    regulators = hit.regulators or lexicon.named_regulators(reported, nation)
    if alternatives:
        # A same-family either-or admits each branch ("nurse or midwife", Nurse/Midwife title).
        same = frozenset(p for p in named if lexicon.families([p], []) <= families)
        admitted |= same
        reported |= same
        regulators |= frozenset(r for m in others if m.kind is MentionKind.PROFESSION
                                and lexicon.families([], m.regulators) <= families
                                for r in m.regulators)
    return admitted, reported, regulators

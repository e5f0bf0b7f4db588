"""The closed sets of kinds a match can be: rule hits, mentions of professions, context cues."""

from __future__ import annotations

from enum import StrEnum


class MatchKind(StrEnum):
    """What a phrase found in a block's text is."""

    HIT = "hit"  # a rule pattern: a possible restriction
    MENTION = "mention"  # a profession, regulator or open-class word, or an exception
    CUE = "cue"  # a context word (cues.toml)


class MentionKind(StrEnum):
    """What a mention names."""

    PROFESSION = "profession"  # one or more professions or regulators
    OPEN = "open"  # an open class that admits any registered profession ("AHP", "clinician")
    EXCEPTION = "exception"  # a role or qualification open to several professions (V300, AMHP)


class CueKind(StrEnum):
    """What a context word tells about its sentence (``cues.toml``)."""

    REQUIREMENT = "requirement"  # about the candidate ("must be", "as a")
    CONDITION = "condition"  # strong enough to make a sentence a condition of appointment
    DUTY = "duty"  # about work with others ("line manage", "support")
    NEGATION = "negation"  # a waiver ("not required")
    EXCLUSION = "exclusion"  # "must not be" just before a profession: it is kept out
    HEDGE = "hedge"  # "or equivalent"
    ALTERNATIVE = "alternative"  # "or", "/", "e.g."

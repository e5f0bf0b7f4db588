"""What matching finds in one block's text, handed to the context judgement (frozen values)."""

from __future__ import annotations

from dataclasses import dataclass

from jdlint.judge.matching.kinds import CueKind, MentionKind


@dataclass(frozen=True, slots=True)
class Hit:
    """A rule pattern found in a block: where, the words, and the professions they name."""

    rule: str
    start: int
    end: int
    text: str
    professions: frozenset[str]
    regulators: frozenset[str]
    even_as_duty: bool = False
    condition: bool = False  # the pattern's own frame sets a condition ("As a nurse, you ...")


@dataclass(frozen=True, slots=True)
class Mention:
    """A profession, regulator or open-class word, or a multi-profession exception."""

    kind: MentionKind
    start: int
    end: int
    professions: frozenset[str] = frozenset()
    regulators: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Cue:
    """A context word (see ``cues.toml``) at a place in the block."""

    kind: CueKind
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class BlockMatches:
    """Everything found in one block's text, for the context judgement."""

    text: str
    hits: tuple[Hit, ...]
    mentions: tuple[Mention, ...]
    cues: tuple[Cue, ...]
    sentences: tuple[tuple[int, int], ...]

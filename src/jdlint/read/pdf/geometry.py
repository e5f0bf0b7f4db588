"""Positioned text and ruling lines: what a PDF backend hands the layout logic.

Coordinates are PDF points with the origin at the top left of the page (``top`` grows
downwards), whatever the backend's own convention.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

# A gap wider than this many font sizes between two glyphs on a baseline splits the line into
# runs: an ordinary (even justified) space is 0.25-0.6 em, a gap between table cells or before
# a tab stop is wider.
GAP_EM = 0.9


@dataclass(frozen=True, slots=True)
class TextLine:
    """A run of text on one baseline with no wide gap or ruling line inside it."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    head: float = 0.0  # width of the first word (0 when the backend does not know)

    @property
    def center(self) -> float:
        """Return the horizontal middle of the run."""
        return (self.x0 + self.x1) / 2


@dataclass(frozen=True, slots=True)
class Rule:
    """A ruling line (a table border or an underline): a thin horizontal or vertical segment."""

    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def vertical(self) -> bool:
        """Tell whether the segment is taller than wide."""
        return self.bottom - self.top > self.x1 - self.x0


@dataclass(frozen=True, slots=True)
class PageLayout:
    """One page: its size, its text runs and its ruling lines.

    ``verticals`` and ``horizontals`` are ``rules`` split once, in order: table finding asks
    for one kind many times a page, and a page of bordered tables has hundreds of rules.
    """

    number: int
    width: float
    height: float
    lines: tuple[TextLine, ...]
    rules: tuple[Rule, ...]
    verticals: tuple[Rule, ...] = field(init=False, repr=False, compare=False)
    horizontals: tuple[Rule, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        kinds = [rule.vertical for rule in self.rules]
        object.__setattr__(self, "verticals",
                           tuple(r for r, v in zip(self.rules, kinds, strict=True) if v))
        object.__setattr__(self, "horizontals",
                           tuple(r for r, v in zip(self.rules, kinds, strict=True) if not v))


@dataclass(frozen=True, slots=True)
class Glyph:
    """One character as a backend sees it (whitespace included, possibly zero-width)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool


def is_bold_font(fontname: str) -> bool:
    """Tell whether a PDF font name names a bold weight."""
    name = fontname.lower()
    return any(word in name for word in ("bold", "black", "heavy", "semibold", "demi"))


def runs_from_glyphs(glyphs: Sequence[Glyph], cuts: Iterable[float] = ()) -> list[TextLine]:
    """Split one line's glyphs into runs at wide gaps and at the x of vertical rules (``cuts``)."""
    cut_xs = sorted(cuts)
    runs: list[list[Glyph]] = []
    current: list[Glyph] = []
    last: Glyph | None = None  # the last non-space glyph
    for glyph in glyphs:
        if glyph.text.isspace() or not glyph.text:
            if current:
                current.append(glyph)
            continue
        if last is not None:
            gap = glyph.x0 - last.x1
            left, right = (last.x0 + last.x1) / 2, (glyph.x0 + glyph.x1) / 2
            if gap > GAP_EM * max(glyph.size, last.size) or any(left < x < right for x in cut_xs):
                runs.append(current)
                current = []
        current.append(glyph)
        last = glyph
    if current:
        runs.append(current)
    return [line for line in map(_run, runs) if line is not None]


def _run(glyphs: list[Glyph]) -> TextLine | None:
    text = " ".join("".join(g.text for g in glyphs).split())
    ink = [g for g in glyphs if not g.text.isspace()]
    if not text or not ink:
        return None
    sizes = sorted(round(g.size, 1) for g in ink)
    word_end = ink[0].x1
    for glyph in glyphs[glyphs.index(ink[0]) :]:
        if glyph.text.isspace():
            break
        word_end = glyph.x1
    return TextLine(
        text=text,
        x0=min(g.x0 for g in ink),
        x1=max(g.x1 for g in ink),
        top=min(g.top for g in ink),
        bottom=max(g.bottom for g in ink),
        size=sizes[len(sizes) // 2],
        bold=all(g.bold for g in ink),
        head=word_end - ink[0].x0,
    )

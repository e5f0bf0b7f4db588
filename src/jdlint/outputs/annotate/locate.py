"""Find the ``w:p`` elements a finding's location names, numbered exactly as the docx reader does.

The reader's :class:`~jdlint.read.docx.blocks.Walker` decides what ``paragraph`` n and
``table``/``row``/``column`` mean; rather than copy its counting rules, :class:`Recorder`
walks the same body with the same Walker and writes down which elements it gave each
location. A paragraph number covers the paragraph and the text boxes anchored in it; a cell
covers its own paragraphs (nested tables have their own locations).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml.etree import _Element

from jdlint.document import Line, Location
from jdlint.read.docx.blocks import Walker, children
from jdlint.read.docx.names import TBL, P
from jdlint.read.docx.runs import ParagraphText
from jdlint.read.docx.styles import Styles


@dataclass
class Recorder(Walker):
    """A reader Walker that remembers which paragraphs it read for each location."""

    found: dict[tuple[int | None, ...], list[_Element]] = field(default_factory=dict)
    order: list[_Element] = field(default_factory=list)

    def _line(self, p: _Element, para: ParagraphText, location: Location) -> Line:
        self._note(location, [p])
        return super()._line(p, para, location)

    def _cell(self, container: _Element, draft: object) -> None:
        location: Location = draft.location  # type: ignore[attr-defined]
        # Only the container's own paragraphs: the Walker calls _cell again for text boxes.
        self._note(location, [el for el in children(container, P, TBL) if el.tag == P])
        super()._cell(container, draft)  # type: ignore[arg-type]

    def _note(self, location: Location, paragraphs: list[_Element]) -> None:
        key = _key(location)
        for p in paragraphs:
            self.found.setdefault(key, []).append(p)
            self.order.append(p)


def _key(location: Location) -> tuple[int | None, ...]:
    return (location.paragraph, location.table, location.row, location.column)


@dataclass(frozen=True)
class BodyMap:
    """The paragraphs of a document body, by reader location and in reading order."""

    by_location: dict[tuple[int | None, ...], list[_Element]]
    all_paragraphs: tuple[_Element, ...]

    def candidates(self, location: Location) -> list[list[_Element]]:
        """Return groups of paragraphs to search, nearest first: the location, its table, all."""
        groups: list[list[_Element]] = []
        exact = self.by_location.get(_key(location))
        if exact:
            groups.append(exact)
        if location.table is not None:
            same_table = [p for key, ps in self.by_location.items() if key[1] == location.table
                          for p in ps]
            if same_table:
                groups.append(same_table)
        groups.append(list(self.all_paragraphs))
        return groups


def map_body(body: _Element, styles_root: _Element | None) -> BodyMap:
    """Walk a ``w:body`` as the reader does and return where each location's paragraphs are."""
    recorder = Recorder(Styles.parse(styles_root))
    recorder.body(body)
    unique = tuple(dict.fromkeys(recorder.order))
    return BodyMap(recorder.found, unique)


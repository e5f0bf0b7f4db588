"""Read word/styles.xml: which paragraph styles are headings or lists, and which styles are bold.

Built-in style names are stored in English whatever the language of Word ("heading 1",
"Title", "List Bullet"), so names and ids are matched in English; a custom or localised
heading style is still found through its ``w:outlineLvl``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml.etree import _Element

from jdlint.read.docx.names import PPR, RPR, W_VAL, first_child, on, w

_HEADING = re.compile(r"heading\s*([1-9])")
_BODY_OUTLINE = 9  # w:outlineLvl 9 means "body text"
_STYLE, _TYPE, _STYLE_ID, _DEFAULT = w("style"), w("type"), w("styleId"), w("default")
_NAME, _BASED_ON, _NUM_PR, _NUM_ID, _OUTLINE, _B = (
    w("name"), w("basedOn"), w("numPr"), w("numId"), w("outlineLvl"), w("b")
)


@dataclass(frozen=True, slots=True)
class Style:
    """What the reader needs to know of one style (``None`` = not set on this style)."""

    name: str
    based_on: str | None
    outline: int | None = None
    numbered: bool | None = None
    bold: bool | None = None


def numbering(ppr: _Element | None) -> bool | None:
    """Return whether a ``w:pPr`` turns list numbering on (True), off (numId 0) or says nothing."""
    return numbered(first_child(ppr, _NUM_PR) if ppr is not None else None)


def numbered(num_pr: _Element | None) -> bool | None:
    """Return what a ``w:numPr`` says of list numbering: on, off (numId 0) or nothing."""
    num_id = first_child(num_pr, _NUM_ID) if num_pr is not None else None
    if num_id is None:
        return None
    return (num_id.get(W_VAL) or "0").strip() != "0"


def outline(ppr: _Element | None) -> int | None:
    """Return a ``w:pPr``'s outline level (0-9), or ``None``."""
    return level_of(first_child(ppr, _OUTLINE) if ppr is not None else None)


def level_of(level: _Element | None) -> int | None:
    """Return the value of a ``w:outlineLvl`` (0-9), or ``None``."""
    value = level.get(W_VAL, "") if level is not None else ""
    return int(value) if value.isdigit() else None


def bold(rpr: _Element | None) -> bool | None:
    """Return a ``w:rPr``'s bold setting, or ``None`` when it has none."""
    return on(first_child(rpr, _B)) if rpr is not None else None


def _style(el: _Element) -> Style:
    name_el, based_el = first_child(el, _NAME), first_child(el, _BASED_ON)
    ppr = first_child(el, PPR)
    return Style(
        name=(name_el.get(W_VAL, "") if name_el is not None else "").strip(),
        based_on=based_el.get(W_VAL) if based_el is not None else None,
        outline=outline(ppr),
        numbered=numbering(ppr),
        bold=bold(first_child(el, RPR)),
    )


@dataclass
class Styles:
    """Paragraph and character styles by id (read on first use), with the document's defaults."""

    paragraph: dict[str, _Element] = field(default_factory=dict)
    character: dict[str, _Element] = field(default_factory=dict)
    default_paragraph: str | None = None
    default_bold: bool = False
    _levels: dict[str | None, int | None] = field(default_factory=dict)
    _bold: dict[tuple[str | None, str | None], bool] = field(default_factory=dict)
    _read: dict[tuple[bool, str], Style] = field(default_factory=dict)
    _lists: dict[str | None, bool] = field(default_factory=dict)

    @classmethod
    def parse(cls, root: _Element | None) -> Styles:
        """Build from the root of word/styles.xml (``None`` when the part is missing)."""
        styles = cls()
        if root is None:
            return styles
        styles.default_bold = bool(bold(root.find(f"{w('docDefaults')}/{w('rPrDefault')}/{RPR}")))
        for el in root.iterchildren(_STYLE):
            kind, style_id = el.get(_TYPE), el.get(_STYLE_ID)
            if style_id is None:
                continue
            if kind == "paragraph":
                styles.paragraph.setdefault(style_id, el)
                if el.get(_DEFAULT) in {"1", "true", "on"}:
                    styles.default_paragraph = style_id
            elif kind == "character":
                styles.character.setdefault(style_id, el)
        return styles

    def chain(self, style_id: str | None, character: bool = False) -> list[tuple[str, Style]]:
        """Return a style and its ``basedOn`` ancestors, nearest first (cycles cut)."""
        table = self.character if character else self.paragraph
        if style_id is None and not character:
            style_id = self.default_paragraph
        found: list[tuple[str, Style]] = []
        while style_id is not None and len(found) < 20:
            if any(seen == style_id for seen, _ in found):
                break
            key = (character, style_id)
            style = self._read.get(key)
            if style is None:
                el = table.get(style_id)
                if el is None:
                    break
                style = self._read[key] = _style(el)
            found.append((style_id, style))
            style_id = style.based_on
        return found

    def detached(self) -> Styles:
        """Return a copy with every style read and no XML kept, safe to share between threads."""
        read = {(False, sid): _style(el) for sid, el in self.paragraph.items()}
        read.update({(True, sid): _style(el) for sid, el in self.character.items()})
        return Styles(
            default_paragraph=self.default_paragraph, default_bold=self.default_bold, _read=read
        )

    def heading_level(self, style_id: str | None) -> int | None:
        """Return the heading level a paragraph style gives (Title = 0), or ``None``."""
        if style_id not in self._levels:
            self._levels[style_id] = self._heading_level(style_id)
        return self._levels[style_id]

    def _heading_level(self, style_id: str | None) -> int | None:
        for sid, style in self.chain(style_id):
            for label in (style.name.lower(), sid.lower()):
                if label == "title":
                    return 0
                match = _HEADING.fullmatch(label)
                if match:
                    return int(match.group(1))
            if style.outline is not None:
                return style.outline + 1 if style.outline < _BODY_OUTLINE else None
        return None

    def is_list(self, style_id: str | None) -> bool:
        """Tell whether a paragraph style makes a list item (numbering or a "List…" name)."""
        if style_id not in self._lists:
            self._lists[style_id] = self._is_list(style_id)
        return self._lists[style_id]

    def _is_list(self, style_id: str | None) -> bool:
        for _sid, style in self.chain(style_id):
            if style.name.lower().startswith("list"):
                return True
            if style.numbered is not None:
                return style.numbered
        return False

    def is_bold(self, paragraph_style: str | None, run_style: str | None) -> bool:
        """Return the bold a run inherits from its character style, paragraph style or defaults."""
        key = (paragraph_style, run_style)
        if key not in self._bold:
            self._bold[key] = self._is_bold(paragraph_style, run_style)
        return self._bold[key]

    def _is_bold(self, paragraph_style: str | None, run_style: str | None) -> bool:
        for _sid, style in self.chain(run_style, character=True) + self.chain(paragraph_style):
            if style.bold is not None:
                return style.bold
        return self.default_bold

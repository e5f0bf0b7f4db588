"""Resolve OpenDocument styles: which paragraph styles are headings or lists, which are bold.

An .odt keeps its common styles in styles.xml and the automatic styles ("P1", "T3") of the
body in content.xml, of headers and footers in styles.xml; the two sets of automatic names
overlap, so the body and the page margins each get their own :class:`Styles`. Style names
are stored encoded (``Heading_20_1`` for "Heading 1"); the display name, when there is one,
is what Word and LibreOffice show, and both are matched in English.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from lxml.etree import _Element

from jdlint.read.odt.names import fo, style, text

_HEADING = re.compile(r"heading\s*([1-9])")
_STYLE, _DEFAULT_STYLE, _PROPS = style("style"), style("default-style"), style("text-properties")
_NAME, _FAMILY, _PARENT = style("name"), style("family"), style("parent-style-name")
_DISPLAY, _OUTLINE, _LIST_STYLE = (
    style("display-name"), style("default-outline-level"), style("list-style-name"))
_WEIGHT, _FONT, _DISPLAY_TEXT = fo("font-weight"), style("font-name"), text("display")
_MAX_CHAIN = 20


@dataclass(frozen=True, slots=True)
class Style:
    """What the reader needs to know of one style (``None`` = not set on this style)."""

    name: str  # the display name, or the decoded style name
    parent: str | None
    outline: int | None = None
    listed: bool = False
    bold: bool | None = None
    font: str | None = None
    hidden: bool | None = None


def _weight(value: str | None) -> bool | None:
    if value is None:
        return None
    value = value.strip().lower()
    return value == "bold" or (value.isdigit() and int(value) >= 600)


def _read(el: _Element) -> Style:
    props = el.find(_PROPS)
    name = el.get(_DISPLAY) or el.get(_NAME, "").replace("_20_", " ")
    outline = el.get(_OUTLINE, "")
    display = props.get(_DISPLAY_TEXT) if props is not None else None
    return Style(
        name=name.strip(),
        parent=el.get(_PARENT),
        outline=int(outline) if outline.isdigit() else None,
        listed=bool(el.get(_LIST_STYLE)),
        bold=_weight(props.get(_WEIGHT)) if props is not None else None,
        font=(props.get(_FONT) or "").strip("'\" ") or None if props is not None else None,
        hidden=display == "none" if display is not None else None,
    )


@dataclass
class Styles:
    """Paragraph and text styles by (family, name), nearest definition winning."""

    elements: dict[tuple[str, str], _Element] = field(default_factory=dict)  # read on first use
    defaults: dict[str, Style] = field(default_factory=dict)
    _read: dict[tuple[str, str], Style] = field(default_factory=dict)
    _found: dict[tuple[str, str | None, str], object] = field(default_factory=dict)

    @classmethod
    def parse(cls, containers: Iterable[_Element | None]) -> Styles:
        """Build from ``office:styles`` and ``office:automatic-styles`` elements, later winning."""
        found = cls()
        for container in containers:
            if container is None:
                continue
            for el in container:
                family = el.get(_FAMILY, "")
                if el.tag == _STYLE and el.get(_NAME):
                    key = (family, el.get(_NAME, ""))
                    found.elements[key] = el
                    found._read.pop(key, None)
                elif el.tag == _DEFAULT_STYLE:
                    found.defaults[family] = _read(el)
        return found

    def chain(self, family: str, name: str | None) -> list[Style]:
        """Return a style and its parents, nearest first, then the family default (cycles cut)."""
        found: list[Style] = []
        seen: set[str] = set()
        while name is not None and name not in seen and len(found) < _MAX_CHAIN:
            seen.add(name)
            current = self._style(family, name)
            if current is None:
                break
            found.append(current)
            name = current.parent
        default = self.defaults.get(family)
        return [*found, default] if default is not None else found

    def _style(self, family: str, name: str) -> Style | None:
        key = (family, name)
        current = self._read.get(key)
        if current is None and key in self.elements:
            current = self._read[key] = _read(self.elements[key])
        return current

    def heading_level(self, name: str | None) -> int | None:
        """Return the heading level a paragraph style gives (Title = 0), or ``None``."""
        for current in self.chain("paragraph", name):
            label = current.name.lower()
            if label == "title":
                return 0
            match = _HEADING.fullmatch(label)
            if match:
                return int(match.group(1))
            if current.outline is not None and 1 <= current.outline <= 9:
                return current.outline
        return None

    def is_list(self, name: str | None) -> bool:
        """Tell whether a paragraph style makes a list item (a list style or a "List…" name)."""
        return any(s.listed or s.name.lower().startswith("list")
                   for s in self.chain("paragraph", name))

    def first(self, family: str, name: str | None, attribute: str) -> object:
        """Return the nearest set value of one of :class:`Style`'s fields along the chain."""
        key = (family, name, attribute)
        if key not in self._found:
            values = (getattr(current, attribute) for current in self.chain(family, name))
            self._found[key] = next((v for v in values if v is not None), None)
        return self._found[key]

"""OpenDocument namespaces and the qualified names the .odt reader looks for."""

from __future__ import annotations

OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
STYLE_NS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
DRAW_NS = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
FO_NS = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"


def office(name: str) -> str:
    """Return ``{office}name``."""
    return f"{{{OFFICE_NS}}}{name}"


def style(name: str) -> str:
    """Return ``{style}name``."""
    return f"{{{STYLE_NS}}}{name}"


def text(name: str) -> str:
    """Return ``{text}name``."""
    return f"{{{TEXT_NS}}}{name}"


def table(name: str) -> str:
    """Return ``{table}name``."""
    return f"{{{TABLE_NS}}}{name}"


def draw(name: str) -> str:
    """Return ``{draw}name``."""
    return f"{{{DRAW_NS}}}{name}"


def fo(name: str) -> str:
    """Return ``{fo}name``."""
    return f"{{{FO_NS}}}{name}"


P, H = text("p"), text("h")
LIST, LIST_ITEM, LIST_HEADER = text("list"), text("list-item"), text("list-header")
TABLE, ROW, CELL, COVERED = table("table"), table("table-row"), table("table-cell"), table(
    "covered-table-cell")
STYLE_NAME = text("style-name")
FRAME, TEXT_BOX = draw("frame"), draw("text-box")

# Containers whose children are read as if they stood in their parent's place.
TRANSPARENT = frozenset(
    {text(n) for n in ("section", "index-body", "index-title", "table-of-content",
                       "illustration-index", "table-index", "object-index", "user-index",
                       "alphabetical-index", "bibliography")}
    | {office("text"), FRAME, TEXT_BOX, draw("a")}
)
# Row containers inside a table:table.
ROW_GROUPS = frozenset(table(n) for n in ("table-header-rows", "table-rows", "table-row-group"))

"""Line-level patterns shared by the plain-text and markdown readers.

Bullets, numbering, pipe and tab table rows, and rules (``-----``) look the same in a
``.txt`` and a ``.md`` file; the two readers differ in what else they recognise.
"""

from __future__ import annotations

import re

from jdlint.document import Cell, Table
from jdlint.read.locations import in_table

# A bullet glyph or a list number, then whitespace, then the item text.
BULLET = re.compile(
    r"""^(?P<indent>[ \t]*)
    (?P<bullet>
        [•◦▪▫■□●○‣⁃∙·►▸▶➢➤→✓✔*+\-–—]   # glyphs (a hyphen or dash needs the space after it)
      | o(?=[ \t])                       # Word's plain-text export of a second-level bullet
      | \(?\d{1,2}(?:\.\d{1,2})*[.)]      # 1.  1)  (1)  2.1.
      | \d{1,2}(?:\.\d{1,2})+            # 2.1
      | \(?[a-zA-Z]\)                    # a)  (b)
      | [a-z]\.                          # a.
      | \(?(?:i{1,3}|iv|vi{0,3}|ix|x)[.)] # i.  (iv)
    )
    [ \t]+(?P<text>\S.*)$""",
    re.VERBOSE,
)
RULE = re.compile(r"^\s*([-=_*~#+])(?:\s*\1){2,}\s*$")
UNDERLINE = re.compile(r"^\s*(=+|-+)\s*$")
_ASCII_BORDER = re.compile(r"^\s*\+[-=+:]+\+\s*$")
_SEPARATOR_CELL = re.compile(r"^\s*:?-+:?\s*$|^\s*=+\s*$")
_PIPE = re.compile(r"(?<!\\)\|")
# A criterion that ends with its own level ("… - E", "… (D)", "… – Desirable"): the author
# ended the line there, so the next line is the next criterion, not its wrapped tail.
# The level may carry how it is assessed: "- E/I", "(D/A)", "(Essential, assessed at interview)",
# "– Desirable – interview", ". Essential – application form".
_LEVEL_WORD = r"(?:essential|desirable)"
_LEVEL_TOKEN = rf"(?:{_LEVEL_WORD}|(?-i:[ED](?:\s*/\s*[AITRP])*))"
_LEVEL_END = re.compile(
    rf"(?:[(\[]\s*{_LEVEL_TOKEN}\s*(?:[-–—:,;][^()\[\]]{{1,40}})?[)\]]"
    rf"|\s[-–—:|]\s*{_LEVEL_TOKEN}"
    rf"|(?:\s[-–—:|]|[.;])\s*{_LEVEL_WORD}\s*[-–—:,]\s*[A-Za-z][A-Za-z /,&]{{0,30}})"
    r"(?:\s*[(\[][^()\[\]]{1,30}[)\]])?\s*[.;,]?\s*$",  # then how assessed: "(E) (A/I)"
    re.I,
)


def ends_with_level(line: str) -> bool:
    """Tell whether a line ends with an Essential/Desirable marker (``(E)``, ``- Desirable``)."""
    return _LEVEL_END.search(line) is not None


def split_bullet(line: str) -> tuple[str, str] | None:
    """Return ``(indent, text)`` when the line starts with a bullet or list number."""
    match = BULLET.match(line)
    if match is None:
        return None
    return match.group("indent"), match.group("text").strip()


def pipe_cells(line: str) -> list[str] | None:
    """Split a ``a | b | c`` row into cells; ``None`` when it is not a row of two or more."""
    stripped = line.strip()
    if "|" not in stripped:
        return None
    if stripped.startswith("|"):
        stripped = stripped[1:]
    if stripped.endswith("|") and not stripped.endswith("\\|"):
        stripped = stripped[:-1]
    cells = [cell.strip().replace("\\|", "|") for cell in _PIPE.split(stripped)]
    if len(cells) < 2 or not any(cells):
        return None
    return cells


def tab_cells(line: str) -> list[str] | None:
    """Split a tab-separated row into cells; ``None`` unless two or more cells have text."""
    stripped = line.strip(" \n").lstrip("\t")
    if "\t" not in stripped:
        return None
    cells = [cell.strip() for cell in stripped.split("\t")]
    if sum(1 for cell in cells if cell) < 2:
        return None
    return cells


_COLUMN_GAP = 2  # spaces between the columns of a table laid out with spaces
_PIECE = re.compile(r"\S+(?: \S+)*")  # text with no two spaces in a row


# Inside a stripped line, a gap that is not one plain space: it parts two pieces.
_WIDE_GAP = re.compile(r"\s\s|[^\S ]")


def has_columns(line: str) -> bool:
    """Tell whether ``column_starts(line)`` finds columns, without listing where they start."""
    inner = line.expandtabs().strip()
    if inner.isascii() and inner.isprintable():  # its only white space is the plain space
        return "  " in inner
    return _WIDE_GAP.search(inner) is not None


def column_starts(line: str) -> list[int]:
    """Return where each piece of a space-aligned row starts (2+ spaces apart), or ``[]``."""
    starts = [m.start() for m in _PIECE.finditer(line.expandtabs())]
    return starts if len(starts) >= 2 else []


def table_columns(lines: list[str]) -> list[int]:
    """Return the column starts of a space-aligned table: places many rows start text at."""
    votes: dict[int, int] = {}
    for line in lines:
        for start in {m.start() for m in _PIECE.finditer(line.expandtabs())}:
            votes[start] = votes.get(start, 0) + 1
    needed = max(2, len(lines) * 2 // 5)
    return sorted(start for start, count in votes.items() if count >= needed)


def aligned_cells(line: str, starts: list[int]) -> list[str]:
    """Split a row at its table's column starts: one cell per column.

    A piece of text goes to the column whose start is nearest at or before it, so a row whose
    first column is empty ("   more criteria   E") keeps its cells in their columns.
    """
    cells = [""] * len(starts)
    for piece in _PIECE.finditer(line.expandtabs()):
        column = max((i for i, start in enumerate(starts) if start <= piece.start()), default=0)
        cells[column] = f"{cells[column]} {piece.group(0)}".strip()
    return cells


_NUMBER = re.compile(r"^\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-zA-Z]|i{1,3}|iv|vi{0,3}|ix|x)[.)]?$")


def tab_numbered(line: str) -> str | None:
    """Return the text of a list item numbered with a tab ("1.<tab>text<tab>(E)"), or ``None``."""
    cells = tab_cells(line)
    if cells is None or not _NUMBER.match(cells[0]):
        return None
    return " ".join(cell for cell in cells[1:] if cell)


def is_separator_row(cells: list[str]) -> bool:
    """Tell whether a table row is a markdown ``|---|:--:|`` separator."""
    return all(_SEPARATOR_CELL.match(cell) or not cell for cell in cells) and any(cells)


def is_border(line: str) -> bool:
    """Tell whether a line is an ASCII-art table border such as ``+-----+----+``."""
    return bool(_ASCII_BORDER.match(line))


def is_rule(line: str) -> bool:
    """Tell whether a line is a horizontal rule (``----``, ``====``, ``***``)."""
    return bool(RULE.match(line))


_ASCII_LOWER = re.compile("[a-z]")


def is_all_caps_heading(text: str) -> bool:
    """Tell whether a short line is written in capitals, as plain-text headings are."""
    if _ASCII_LOWER.search(text):  # a lower-case letter: not capitals (most lines stop here)
        return False
    letters = [ch for ch in text if ch.isalpha()]
    return (
        len(letters) >= 4
        and all(ch.isupper() for ch in letters)
        and len(text) <= 80
        and len(text.split()) <= 10
        and not text.rstrip().endswith((".", ";", ","))
    )


def is_colon_label(text: str) -> bool:
    """Tell whether a short line ends with a colon and nothing after it (``Essential:``)."""
    stripped = text.strip()
    return stripped.endswith(":") and 1 <= len(stripped[:-1].split()) <= 8


def is_title_case(text: str) -> bool:
    """Tell whether a short line capitalises every long word, as headings do (``Job Purpose``)."""
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", text)
    long_words = [word for word in words if len(word) >= 4]
    return (
        1 <= len(words) <= 6
        and bool(long_words)
        and all(word[0].isupper() for word in long_words)
        and not text.rstrip().endswith((".", ";", ",", ":"))
    )


def make_table(rows: list[list[str]], lines: list[int], number: int, first_line: int) -> Table:
    """Build a table of text rows (padded to the widest row) with line-numbered locations."""
    width = max(len(row) for row in rows)
    return Table(
        tuple(
            tuple(
                Cell(text, in_table(number, r, c, line))
                for c, text in enumerate(row + [""] * (width - len(row)), start=1)
            )
            for r, (row, line) in enumerate(zip(rows, lines, strict=True), start=1)
        ),
        in_table(number, line=first_line),
    )

"""Join rows back into paragraphs and list items: unwrap lines, mend hyphens, strip bullets.

A row continues the block above it when all of these hold:

- it does not start with a bullet;
- the gap above it is no wider than the usual leading plus 0.35 em (ignored across a page
  break);
- it has the same size and weight, and starts where the block's wrapped lines start (the text
  after a bullet, the value of a ``Label  value`` pair);
- the line above is *wrapped*: its first word would not have fitted on the line above, or it
  starts in lower case after a line not ending a sentence, or the line above ends with a
  hyphen, a comma or a joining word ("and", "of"...). In a table cell a line ending in ``.``
  or ``;`` followed by a capital starts a new criterion even when the line above is full, and
  in an Essential or Desirable column holding the criteria themselves so does any line
  starting with a capitalised word ("Excellent ...", not "NMC ...") unless the line above ends
  in one too (a name running on: "Nursing & Midwifery" / "Council"). A line ending with its
  level ("… - E", "… (D)") ends its criterion: a capitalised line after it starts the next.

Hyphenation (a line ending in letter + ``-`` followed by a lower-case letter) is mended by
dropping the hyphen, except that it is kept when the document elsewhere writes the hyphenated
form, when the first part is a prefix usually hyphenated in NHS writing (non-, self-, post-,
pre-, co-, cross-, well-, ...) or the second a usual compound ending (-based, -centred,
-led, -making, ...), or when the first part is not all letters ("8a-level"); when the
document elsewhere writes the closed form the hyphen is dropped in any case.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from jdlint.document import BlockKind
from jdlint.read.lines import ends_with_level
from jdlint.read.pdf.rows import Metrics, Row

BULLET = re.compile(
    r"^(?:[•▪■●◦○◆◇►▸➢➤✦∙·\uf0b7\uf0a7\uf076\uf0d8\uf0a8*\-–—o]|\(?\d{1,2}[.)]|\(?[a-zA-Z][.)]"
    r"|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\))(?:\s+|$)"
)
_KEEP_PREFIX = frozenset(
    {
        "non", "self", "post", "pre", "co", "cross", "well", "full", "part", "half", "ex", "inter",
        "intra", "long", "short", "high", "low", "first", "second", "third", "anti", "over",
        "under",
    }
)
_KEEP_SUFFIX = frozenset(
    {
        "based", "centred", "centered", "led", "making", "term", "time", "level", "wide",
        "specific", "related", "being", "focused", "facing", "date", "day", "to", "by",
    }
)
_JOINERS = frozenset(
    {
        "and", "or", "of", "the", "a", "an", "to", "in", "with", "for", "on", "at", "by", "as",
        "&", "nor", "including",
    }
)
_LABEL_MAX = 40  # characters of a job-details label
_TITLE = re.compile(r"[A-Z][a-z'’]+\b")


@dataclass(frozen=True, slots=True)
class Para:
    """A paragraph or list item rebuilt from one or more rows."""

    rows: tuple[Row, ...]
    text: str
    kind: BlockKind


def split_bullet(text: str) -> tuple[str | None, str]:
    """Return the leading bullet glyph or number (or ``None``) and the text after it."""
    match = BULLET.match(text)
    if match is None or len(text) == match.end():
        return None, text
    return match.group().strip(), text[match.end() :]


def paragraphs(
    rows: Sequence[Row], metrics: Metrics, *, edge: float, cell: bool = False, many: bool = False
) -> list[Para]:
    """Join ``rows`` into paragraphs and list items (``many``: a cell listing several criteria)."""
    blocks: list[Para] = []
    indent, labelled_block = 0.0, False
    for row in rows:
        bullet, text, row_indent, labelled = _row_text(row, cell=cell)
        if blocks and bullet is None and _continues(
            blocks[-1], row, indent, labelled_block, metrics, edge, cell, many
        ):
            last = blocks[-1]
            blocks[-1] = Para((*last.rows, row), mend(last.text, text, metrics.words), last.kind)
            indent = row.x0
            continue
        kind = BlockKind.LIST_ITEM if bullet is not None else BlockKind.PARAGRAPH
        blocks.append(Para((row,), text, kind))
        indent = row_indent if (bullet is not None or labelled) else row.x0
        labelled_block = labelled
    return blocks


def _row_text(row: Row, *, cell: bool) -> tuple[str | None, str, float, bool]:
    """Return bullet, text, the x where wrapped lines start, and whether it is a label pair."""
    runs = row.runs
    bullet, rest = split_bullet(runs[0].text)
    if bullet is not None:
        share = (len(runs[0].text) - len(rest)) / len(runs[0].text)
        indent = runs[0].x0 + share * (runs[0].x1 - runs[0].x0)
        return bullet, " ".join([rest, *(r.text for r in runs[1:])]), indent, False
    if bullet is None and len(runs) > 1 and BULLET.fullmatch(runs[0].text + " "):
        return runs[0].text, " ".join(r.text for r in runs[1:]), runs[1].x0, False
    if not cell and len(runs) == 2 and _is_label(runs[0].text):
        label = runs[0].text
        sep = " " if label.endswith(":") else ": "
        return None, label + sep + runs[1].text, runs[1].x0, True
    return None, row.text, row.x0, False


def _is_label(text: str) -> bool:
    # the runs of a row are apart by a wide gap or a ruling line already (geometry.GAP_EM)
    return (
        len(text) <= _LABEL_MAX
        and len(text.split()) <= 6
        and not text.endswith((".", ","))
    )


def _continues(
    block: Para,
    row: Row,
    indent: float,
    labelled: bool,
    m: Metrics,
    edge: float,
    cell: bool,
    many: bool,
) -> bool:
    prev = block.rows[-1]
    if row.page == prev.page:
        if row.top - prev.bottom > m.leading + 0.35 * prev.size or row.top < prev.bottom - 1:
            return False
    elif row.page != prev.page + 1:
        return False
    if abs(row.size - prev.size) > 0.5 or row.bold != prev.bold:
        return False
    tolerance = 0.6 * row.size
    first = block.rows[0]
    hanging = len(block.rows) == 1 and first.x0 - 3 * row.size <= row.x0 <= first.x0 + tolerance
    if block.kind is BlockKind.LIST_ITEM:
        hanging = abs(row.x0 - first.x0) <= tolerance  # wrapped back under the bullet
    elif labelled:
        hanging = False  # a label pair wraps under its value only
    if abs(row.x0 - indent) > tolerance and not hanging:
        return False
    return _wrapped(block.text, prev, row, edge, cell, many)


def _wrapped(before: str, prev: Row, row: Row, edge: float, cell: bool, many: bool) -> bool:
    after = row.text
    words = before.rsplit(None, 1)  # only the last word counts: a long paragraph has many
    last_word = words[-1].lower() if words else ""
    if (before.endswith(("-", ",")) and not before.endswith(" -")) or last_word in _JOINERS:
        return True
    ends_sentence = before.endswith((".", ";", ":", "?", "!"))
    if after[:1].islower() and not ends_sentence:
        return True
    if cell and ends_sentence and after[:1].isupper():
        return False
    if after[:1].isupper() and ends_with_level(before):
        return False  # "… - E" / "… (D)": a criterion ends with its level, the next begins
    head = after.split(None, 1)
    first_word = head[0] if head else ""
    if many and _TITLE.match(first_word) and not words[-1][:1].isupper():
        return False  # a capitalised word not continuing a name starts the next criterion
    run = row.runs[0]
    width = run.head or 0.8 * len(first_word) * (run.x1 - run.x0) / max(len(run.text), 1)
    return prev.x1 + 0.25 * row.size + width > edge - 1.0


def mend(before: str, after: str, words: frozenset[str]) -> str:
    """Join two wrapped lines, mending a hyphenated word as the module docstring says."""
    if not before.endswith("-") or before.endswith(" -") or len(before) < 2:
        return f"{before} {after}" if before else after
    head = before[:-1].split()[-1] if before[:-1].split() else ""
    tail_match = re.match(r"[^\W\d_]+", after)
    tail = tail_match.group() if tail_match else ""
    if not after[:1].islower() or not head.isalpha():
        return before + after
    hyphenated, closed = f"{head}-{tail}".lower(), f"{head}{tail}".lower()
    if closed in words:
        return before[:-1] + after
    if hyphenated in words or head.lower() in _KEEP_PREFIX or tail.lower() in _KEEP_SUFFIX:
        return before + after
    return before[:-1] + after

"""Turn pages of positioned text into reader items: margins, tables, paragraphs, headings.

Headings: a paragraph of at most 12 words and 100 characters that does not end with a full
stop is a heading when its type is 15% larger than the body text (level 1 for the largest
such size, 2 for the next...) or bold at body size (the level after the sized ones). Any other
bold or larger text is a paragraph (or list item) with ``emphasis``.
"""

from __future__ import annotations

from collections.abc import Sequence

from jdlint.document import BlockKind, Line, Location, RawDocument, RawItem
from jdlint.read.pdf.cells import Draft, resume, start
from jdlint.read.pdf.geometry import PageLayout
from jdlint.read.pdf.margins import find_margins
from jdlint.read.pdf.paragraphs import Para, paragraphs
from jdlint.read.pdf.rows import Metrics, Row, measure, rows_of

_LARGER = 1.15
_HEADING_WORDS = 12
_HEADING_CHARS = 100

Key = tuple[int, int]  # (page, line): items are emitted in this order


def assemble(pages: Sequence[PageLayout], name: str) -> RawDocument:
    """Read the items of a laid-out PDF in reading order."""
    page_rows = [rows_of(page) for page in pages]
    margins = find_margins(page_rows, [page.height for page in pages])
    body = [[r for r in rows if (r.page, r.number) not in margins] for rows in page_rows]
    metrics = measure([row for rows in body for row in rows])
    items: list[tuple[Key, RawItem | Draft]] = []
    for rows in page_rows:
        for row in rows:
            kind, first = margins.get((row.page, row.number), (None, False))
            if kind is not None and first:
                where = Location(page=row.page, line=row.number)
                items.append(((row.page, row.number), Line(row.text, kind, where)))
    paras: list[Para] = []
    pending: list[Row] = []
    draft: Draft | None = None
    tables = 0
    for page, rows in zip(pages, body, strict=False):
        index = 0
        if draft is not None:
            found = resume(draft, rows, page, metrics)
            if found is not None:
                draft.add(found, page, metrics, header=False)
                index = found.end
            if found is None or found.end < len(rows):
                draft = None
        while index < len(rows):
            started = start(rows, index, page, metrics, tables + 1)
            if started is None:
                pending.append(rows[index])
                index += 1
                continue
            paras += paragraphs(pending, metrics, edge=metrics.right_edge)
            pending = []
            draft, found = started
            tables += 1
            draft.add(found, page, metrics, header=True)
            items.append(((page.number, found.header[0].number), draft))
            index = found.end
            if index < len(rows):
                draft = None
    paras += paragraphs(pending, metrics, edge=metrics.right_edge)
    items += [((p.rows[0].page, p.rows[0].number), line) for p, line in _lines(paras, metrics)]
    items.sort(key=lambda item: item[0])
    return RawDocument(
        path=name,
        format="pdf",
        items=tuple(item.table() if isinstance(item, Draft) else item for _, item in items),
        pages=len(pages),
    )


def _lines(paras: Sequence[Para], metrics: Metrics) -> list[tuple[Para, Line]]:
    body = metrics.body_size
    sizes = sorted(
        {round(p.rows[0].size * 2) / 2 for p in paras if _larger(p, body) and _short(p)},
        reverse=True,
    )
    out = []
    for para in paras:
        first = para.rows[0]
        bold = all(row.bold for row in para.rows)
        larger = _larger(para, body)
        where = Location(page=first.page, line=first.number)
        # _short splits the text: ask it last, of the few larger or bold paragraphs
        if (larger or bold) and para.kind is BlockKind.PARAGRAPH and _short(para):
            size = round(first.size * 2) / 2
            level = sizes.index(size) + 1 if larger else len(sizes) + 1
            line = Line(para.text, BlockKind.HEADING, where, heading_level=level, emphasis=True)
        else:
            line = Line(para.text, para.kind, where, emphasis=bold or larger)
        out.append((para, line))
    return out


def _short(para: Para) -> bool:
    text = para.text
    return (
        len(text.split()) <= _HEADING_WORDS
        and len(text) <= _HEADING_CHARS
        and not text.endswith(".")
    )


def _larger(para: Para, body: float) -> bool:
    return para.rows[0].size >= _LARGER * body

"""Bar charts of ringfencing per band, profession or directorate, as inline SVG with a table.

Each chart is a ``figure``: a caption, an SVG (``role="img"``, a ``title`` and a ``desc``
listing every value) in which each group has a bar for its documents, a darker bar for the
ringfenced ones and the numbers written beside it, so nothing depends on colour; then the
same counts as a table inside ``details`` for screen readers, copying and printing.
The counts come from :func:`jdlint.outputs.summary.aggregate`, exactly as ``summary --by`` has them.
"""

from __future__ import annotations

from collections.abc import Sequence

from jdlint.outputs import GroupBy
from jdlint.outputs.html.markup import e
from jdlint.outputs.summary import NONE_GROUP, GroupRow, aggregate
from jdlint.results import DocumentResult

ROW_HEIGHT = 30
BAR_HEIGHT = 18
LABEL_WIDTH = 200
BAR_WIDTH = 340
NUMBER_WIDTH = 190
TOP = 8
LABEL_CHARS = 26

TITLES = {
    GroupBy.BAND: ("Ringfencing by band", "Band"),
    GroupBy.PROFESSION: ("Ringfencing by profession", "Profession"),
    GroupBy.DIRECTORATE: ("Ringfencing by directorate", "Directorate"),
}
NONE_LABELS = {
    GroupBy.BAND: "No band",
    GroupBy.PROFESSION: "No restriction found",
    GroupBy.DIRECTORATE: "Not stated",
}
NOTES = {
    GroupBy.PROFESSION: "A document restricted to two professions counts under both.",
}


def group_label(row: GroupRow, by: GroupBy) -> str:
    """Return how a group is named on the page: ``Band 8a``, ``nursing``, ``Not stated``."""
    if row.group == NONE_GROUP:
        return NONE_LABELS[by]
    return f"Band {row.group}" if by is GroupBy.BAND else row.group


def render_chart(results: Sequence[DocumentResult], by: GroupBy) -> str:
    """Return one chart figure (SVG plus data table) for the results grouped ``by``."""
    rows = aggregate(results, by)
    title, column = TITLES[by]
    ident = f"chart-{by.value}"
    note = NOTES.get(by, "")
    caption = f"<figcaption><h3 id='{ident}-title'>{e(title)}</h3>"
    caption += f"<p class='note'>{e(note)}</p>" if note else ""
    caption += "</figcaption>"
    if not rows:
        return f"<figure class='chart' id='{ident}'>{caption}<p>No documents.</p></figure>"
    svg = _svg(rows, by, ident, title)
    table = _table(rows, by, column, title)
    return f"<figure class='chart' id='{ident}'>{caption}{svg}{table}</figure>"


def _svg(rows: Sequence[GroupRow], by: GroupBy, ident: str, title: str) -> str:
    most = max(row.documents for row in rows) or 1
    width = LABEL_WIDTH + BAR_WIDTH + NUMBER_WIDTH
    height = TOP * 2 + ROW_HEIGHT * len(rows)
    described = "; ".join(
        f"{group_label(row, by)}: {row.ringfenced} of {row.documents} ringfenced" for row in rows
    )
    parts = [
        f"<svg class='bars' role='img' aria-labelledby='{ident}-svg-title {ident}-desc' "
        f"viewBox='0 0 {width} {height}' width='{width}' height='{height}' "
        "xmlns='http://www.w3.org/2000/svg'>",
        f"<title id='{ident}-svg-title'>{e(title)}</title>",
        f"<desc id='{ident}-desc'>{e(described)}.</desc>",
    ]
    for index, row in enumerate(rows):
        y = TOP + index * ROW_HEIGHT
        total = max(1.0, BAR_WIDTH * row.documents / most)
        ringfenced = BAR_WIDTH * row.ringfenced / most
        label = group_label(row, by)
        shown = label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…"
        middle = y + BAR_HEIGHT / 2
        parts.append(
            f"<g class='bar-row'><text class='bar-label' x='{LABEL_WIDTH - 8}' y='{middle:.1f}' "
            f"text-anchor='end' dominant-baseline='middle'><title>{e(label)}</title>{e(shown)}"
            "</text>"
            f"<rect class='bar bar-total' x='{LABEL_WIDTH}' y='{y}' width='{total:.1f}' "
            f"height='{BAR_HEIGHT}'/>"
            f"<rect class='bar bar-ringfenced' x='{LABEL_WIDTH}' y='{y}' "
            f"width='{ringfenced:.1f}' height='{BAR_HEIGHT}'/>"
            f"<text class='bar-value' x='{LABEL_WIDTH + total + 8:.1f}' y='{middle:.1f}' "
            f"dominant-baseline='middle'>{row.ringfenced} of {row.documents} ringfenced</text>"
            "</g>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _table(rows: Sequence[GroupRow], by: GroupBy, column: str, title: str) -> str:
    head = (column, "Documents", "Ringfenced", "Justified", "Clean", "Could not be read",
            "Leadership posts", "Leadership posts ringfenced")
    cells = "".join(f"<th scope='col'>{e(h)}</th>" for h in head)
    body = []
    for row in rows:
        values = (row.documents, row.ringfenced, row.justified, row.clean, row.errors,
                  row.leadership_posts, row.ringfenced_leadership)
        tds = "".join(f"<td class='num'>{value}</td>" for value in values)
        body.append(f"<tr><th scope='row'>{e(group_label(row, by))}</th>{tds}</tr>")
    return (
        "<details class='chart-data'><summary>Show the numbers as a table</summary>"
        f"<table><caption>{e(title)}: counts of documents</caption>"
        f"<thead><tr>{cells}</tr></thead><tbody>{''.join(body)}</tbody></table></details>"
    )

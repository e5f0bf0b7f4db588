"""Bar charts of ringfencing per band and directorate, and of the professions posts require.

Each chart is a ``figure``: a caption, a list with one row per group (its name, a bar, and the
numbers written out) and the same numbers as a table inside ``details``, for screen readers,
copying and printing. Names and numbers are HTML text laid out by the browser, so a long
directorate name wraps onto a second line instead of being cut off, at any width. The bar is a
small SVG (it prints, unlike a CSS background), hidden from screen readers because the words
beside it say all it shows; nothing depends on colour.

Band and directorate counts come from :func:`jdlint.outputs.summary.aggregate`, exactly as
``summary --by`` has them; the profession chart shows shares of every post checked
(:mod:`jdlint.outputs.html.shares`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from jdlint.outputs import GroupBy
from jdlint.outputs.html.markup import e, percent
from jdlint.outputs.html.shares import (
    ProfessionShare,
    posts_checked,
    profession_shares,
    unrestricted,
)
from jdlint.outputs.summary import NONE_GROUP, GroupRow, aggregate
from jdlint.results import DocumentResult

Namer = Callable[[str], str]

TITLES = {
    GroupBy.BAND: ("Ringfencing by band", "Band"),
    GroupBy.PROFESSION: ("Professions that posts require", "Profession"),
    GroupBy.DIRECTORATE: ("Ringfencing by directorate", "Directorate"),
}
NONE_LABELS = {GroupBy.BAND: "No band", GroupBy.DIRECTORATE: "Not stated"}
KEY = ("Each bar is a group's documents; its dark part, the ringfenced ones. The numbers are "
       "written beside each bar.")


@dataclass(frozen=True, slots=True)
class Bar:
    """One row of a chart: the group it names, its bar, and the words beside the bar."""

    label: str
    length: float  # 0..1 of the bar's full width
    part: float  # 0..1: the dark part (ringfenced), drawn from the bar's start
    value: str


def group_label(row: GroupRow, by: GroupBy) -> str:
    """Return how a band or directorate is named on the page: ``Band 8a``, ``Not stated``."""
    if row.group == NONE_GROUP:
        return NONE_LABELS[by]
    return f"Band {row.group}" if by is GroupBy.BAND else row.group


def capitalised(text: str) -> str:
    """Return text with its first letter in capitals (``nurses`` → ``Nurses``)."""
    return text[:1].upper() + text[1:]


def render_chart(results: Sequence[DocumentResult], by: GroupBy, name: Namer) -> str:
    """Return one chart figure (bars plus a data table) for the results grouped ``by``."""
    if by is GroupBy.PROFESSION:
        return _professions(results, name)
    title, column = TITLES[by]
    rows = aggregate(results, by)
    most = max((row.documents for row in rows), default=0) or 1
    bars = [Bar(group_label(row, by), row.documents / most, row.ringfenced / most,
                f"{row.ringfenced} of {row.documents} ringfenced") for row in rows]
    head = (column, "Documents", "Ringfenced", "Justified", "Clean", "Could not be read",
            "Leadership posts", "Leadership posts ringfenced")
    body = [(group_label(row, by), (row.documents, row.ringfenced, row.justified, row.clean,
                                    row.errors, row.leadership_posts, row.ringfenced_leadership))
            for row in rows]
    note = "" if by is GroupBy.BAND else "Directorates as the documents name them."
    return _figure(f"chart-{by.value}", title, note, KEY, bars,
                   _table(f"{title}: counts of documents", head, body))


def _professions(results: Sequence[DocumentResult], name: Namer) -> str:
    shares = profession_shares(results, name)
    checked = posts_checked(results)
    free = unrestricted(results)
    note = (f"The share of all {checked} posts checked (files that could be read) that require "
            "each profession, justified or not. A post restricted to two professions counts "
            f"under both. {free} of {checked} posts checked ({percent(free, checked)}) have no "
            "profession restriction.")
    key = ("Each bar's full width is every post checked; the filled part, the posts that "
           "require the profession. The numbers are written beside each bar.")
    bars = [Bar(capitalised(name(s.profession)), s.posts / (s.checked or 1), 0.0, _share(s))
            for s in shares]
    head = ("Profession", "Posts that require it", "Posts checked", "Share of posts checked",
            "Ringfenced (no justification)", "Justified")
    body = [(capitalised(name(s.profession)),
             (s.posts, s.checked, percent(s.posts, s.checked), s.ringfenced, s.justified))
            for s in shares]
    table = _table("Professions that posts require: posts checked", head, body)
    return _figure("chart-profession", TITLES[GroupBy.PROFESSION][0], note, key, bars, table,
                   track=True, empty="No post checked requires a single profession.")


def _share(share: ProfessionShare) -> str:
    """Return ``12 of 140 posts checked (9%)``."""
    return (f"{share.posts} of {share.checked} posts checked "
            f"({percent(share.posts, share.checked)})")


def _figure(ident: str, title: str, note: str, key: str, bars: Sequence[Bar], table: str, *,
            track: bool = False, empty: str = "No documents.") -> str:
    caption = f"<figcaption><h3 id='{ident}-title'>{e(title)}</h3>"
    caption += f"<p class='note'>{e(note)}</p>" if note else ""
    caption += f"<p class='key'>{e(key)}</p>" if bars else ""
    caption += "</figcaption>"
    start = f"<figure class='chart' id='{ident}' aria-labelledby='{ident}-title'>{caption}"
    if not bars:
        return f"{start}<p>{e(empty)}</p></figure>"
    rows = "".join(
        f"<li class='bar-row'><span class='bar-label'>{e(bar.label)}</span>"
        f"<span class='bar-track' aria-hidden='true'>{_svg(bar, track)}</span>"
        f"<span class='bar-value'>{e(bar.value)}</span></li>"
        for bar in bars
    )
    return f"{start}<ul class='bars'>{rows}</ul>{table}</figure>"


def _svg(bar: Bar, track: bool) -> str:
    """Return a bar drawn on a 100-wide canvas stretched to its column's width."""
    parts = ["<svg class='bar-svg' viewBox='0 0 100 10' preserveAspectRatio='none' "
             "focusable='false' xmlns='http://www.w3.org/2000/svg'>"]
    if track:
        parts.append("<rect class='bar bar-scale' x='0' y='0' width='100' height='10'/>")
    parts.append(f"<rect class='bar bar-total' x='0' y='0' width='{max(0.5, 100 * bar.length):.1f}'"
                 " height='10'/>")
    if bar.part:
        parts.append(f"<rect class='bar bar-ringfenced' x='0' y='0' "
                     f"width='{100 * bar.part:.1f}' height='10'/>")
    parts.append("</svg>")
    return "".join(parts)


def _table(caption: str, head: Sequence[str],
           body: Sequence[tuple[str, Sequence[int | str]]]) -> str:
    """Return a chart's numbers as a table; each cell names its column for narrow screens."""
    cells = "".join(f"<th scope='col'>{e(h)}</th>" for h in head)
    rows = []
    for label, values in body:
        tds = "".join(f"<td class='num' data-label='{e(column)}'>{e(value)}</td>"
                      for column, value in zip(head[1:], values, strict=True))
        rows.append(f"<tr><th scope='row'>{e(label)}</th>{tds}</tr>")
    return (
        "<details class='chart-data'><summary>Show the numbers as a table</summary>"
        f"<table class='stack'><caption>{e(caption)}</caption>"
        f"<thead><tr>{cells}</tr></thead><tbody>{''.join(rows)}</tbody></table></details>"
    )

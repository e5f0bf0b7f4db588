"""The headline figures: documents reviewed, by status, and leadership posts ringfenced."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from jdlint.outputs.common import tally
from jdlint.outputs.html.markup import e
from jdlint.results import DocumentResult, Status


@dataclass(frozen=True, slots=True)
class Figures:
    """The numbers a committee reads first."""

    documents: int
    ringfenced: int
    justified: int
    clean: int
    unreadable: int
    leadership_posts: int
    leadership_ringfenced: int

    @property
    def leadership_share(self) -> str:
        """Return the percentage of leadership posts ringfenced, one decimal, or ``"—"``."""
        if not self.leadership_posts:
            return "—"
        return f"{100 * self.leadership_ringfenced / self.leadership_posts:.1f}%"


def figures(results: Sequence[DocumentResult]) -> Figures:
    """Count the results for the headline."""
    totals = tally(results)
    leaders = [r for r in results if r.leadership]
    return Figures(
        documents=totals.documents,
        ringfenced=totals.ringfenced,
        justified=totals.justified,
        clean=totals.clean,
        unreadable=totals.errors,
        leadership_posts=len(leaders),
        leadership_ringfenced=sum(r.status is Status.RINGFENCED for r in leaders),
    )


def render_figures(results: Sequence[DocumentResult]) -> str:
    """Return the headline section."""
    f = figures(results)
    share_note = (f"{f.leadership_ringfenced} of {f.leadership_posts} leadership posts"
                  if f.leadership_posts else "no leadership posts reviewed")
    cards = (
        ("figure-documents", "Documents reviewed", str(f.documents), ""),
        ("figure-ringfenced", "Ringfenced", str(f.ringfenced), "restricted to one profession"),
        ("figure-justified", "Justified", str(f.justified), "restrictions with a reason"),
        ("figure-clean", "Clean", str(f.clean), "no restriction found"),
        ("figure-unreadable", "Could not be read", str(f.unreadable), "not reviewed"),
        ("figure-leadership", "Leadership posts ringfenced", f.leadership_share, share_note),
    )
    items = "".join(
        f"<div class='figure' id='{ident}'><dt>{e(label)}</dt><dd><span class='value'>"
        f"{e(value)}</span>" + (f"<span class='detail'>{e(note)}</span>" if note else "")
        + "</dd></div>"
        for ident, label, value, note in cards
    )
    return ("<section id='figures' aria-labelledby='figures-heading'>"
            "<h2 id='figures-heading'>At a glance</h2>"
            f"<dl class='figures'>{items}</dl></section>\n")

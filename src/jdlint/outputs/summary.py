"""The committee summary: one CSV row per document, or counts grouped by band, profession or
directorate, written so Excel opens it cleanly (UTF-8 with BOM, CRLF, formulas neutralised).
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from dataclasses import astuple, dataclass
from typing import TextIO

from jdlint.document import Level
from jdlint.outputs import GroupBy, RenderContext
from jdlint.outputs.common import ordered
from jdlint.results import DocumentResult, Finding, Status

# The columns of ``jdlint summary``, in their stable order (documented in the README).
COLUMNS: tuple[str, ...] = (
    "path",  # the file as given
    "title",  # job title read from the document
    "band",  # Agenda for Change band: 2..9, 8a..8d; empty for medical grades or when absent
    "directorate",
    "leadership",  # yes/no: a leadership or corporate post
    "status",  # clean / ringfenced / justified / error
    "professions",  # restricted profession ids, sorted, ";"-separated
    "regulators",  # their regulators, sorted, ";"-separated
    "essential",  # unjustified restrictions in essential criteria
    "desirable",  # ... in desirable criteria
    "unspecified",  # ... outside the person specification or not marked
    "justified",  # restrictions covered by a justification
    "first_requirement",  # the first unjustified restriction, as written
    "suggestion",  # jdlint's suggested wording for it
    "error",  # "category: message" when the file could not be read
    "format",  # what it was read as, by content: docx, pdf, txt, md, odt, html, doc, rtf;
    # last so that the columns before it keep the positions they had before it was added
)

# The columns of ``jdlint summary --by band|profession|directorate``.
GROUP_COLUMNS: tuple[str, ...] = (
    "group",  # the band, profession id or directorate; "none" when absent
    "documents",
    "leadership_posts",
    "ringfenced",
    "ringfenced_leadership",  # leadership posts that are ringfenced
    "justified",
    "clean",
    "errors",
    "share_leadership_ringfenced",  # percent of leadership posts ringfenced, one decimal
)

NONE_GROUP = "none"
BAND_ORDER: tuple[str, ...] = ("2", "3", "4", "5", "6", "7", "8a", "8b", "8c", "8d", "9")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """One document as the committee sees it; fields follow :data:`COLUMNS`."""

    path: str
    title: str
    band: str
    directorate: str
    leadership: str
    status: str
    professions: str
    regulators: str
    essential: int
    desirable: int
    unspecified: int
    justified: int
    first_requirement: str
    suggestion: str
    error: str
    format: str


@dataclass(frozen=True, slots=True)
class GroupRow:
    """Counts for one band, profession or directorate; fields follow :data:`GROUP_COLUMNS`."""

    group: str
    documents: int
    leadership_posts: int
    ringfenced: int
    ringfenced_leadership: int
    justified: int
    clean: int
    errors: int
    share_leadership_ringfenced: str


def restricting_findings(result: DocumentResult) -> tuple[Finding, ...]:
    """Return the findings behind a document's status: unjustified ones, else justified ones."""
    open_findings = tuple(f for f in result.findings if not f.suppressed)
    return open_findings or result.findings


def professions_of(result: DocumentResult) -> tuple[str, ...]:
    """Return the sorted profession ids a document is restricted to (justified or not)."""
    return tuple(sorted({p for f in restricting_findings(result) for p in f.professions}))


def document_row(result: DocumentResult) -> DocumentRow:
    """Return the summary row of one document."""
    open_findings = [f for f in result.findings if not f.suppressed]
    levels = [f.level for f in open_findings]
    first = open_findings[0] if open_findings else None
    regulators = sorted({r for f in restricting_findings(result) for r in f.regulators})
    return DocumentRow(
        path=result.path,
        title=result.title or "",
        band=result.band or "",
        directorate=result.directorate or "",
        leadership="yes" if result.leadership else "no",
        status=str(result.status),
        professions=";".join(professions_of(result)),
        regulators=";".join(regulators),
        essential=levels.count(Level.ESSENTIAL),
        desirable=levels.count(Level.DESIRABLE),
        unspecified=levels.count(Level.UNSPECIFIED),
        justified=len(result.findings) - len(open_findings),
        first_requirement=first.text if first else "",
        suggestion=first.suggestion if first else "",
        error=f"{result.error.category}: {result.error.message}" if result.error else "",
        format=result.format,
    )


def document_rows(results: Iterable[DocumentResult]) -> list[DocumentRow]:
    """Return one row per document, sorted by path."""
    return [document_row(r) for r in ordered(results)]


def aggregate(results: Iterable[DocumentResult], by: GroupBy) -> list[GroupRow]:
    """Return counts per group; bands sort 2..7, 8a..8d, 9, other bands, then ``none``."""
    groups: dict[str, list[DocumentResult]] = {}
    for result in results:
        for key in _keys(result, by):
            groups.setdefault(key, []).append(result)
    return [_group_row(key, groups[key]) for key in sorted(groups, key=_sort_key(by))]


def _keys(result: DocumentResult, by: GroupBy) -> tuple[str, ...]:
    if by is GroupBy.BAND:
        return (result.band.casefold() if result.band else NONE_GROUP,)
    if by is GroupBy.DIRECTORATE:
        return (result.directorate.strip() if result.directorate else NONE_GROUP,)
    return professions_of(result) or (NONE_GROUP,)


def _sort_key(by: GroupBy) -> Callable[[str], tuple[int, int, str, str]]:
    def key(group: str) -> tuple[int, int, str, str]:
        if group == NONE_GROUP:
            return (2, 0, "", "")
        if by is GroupBy.BAND and group in BAND_ORDER:
            return (0, BAND_ORDER.index(group), "", "")
        return (1, 0, group.casefold(), group)

    return key


def _group_row(group: str, results: Sequence[DocumentResult]) -> GroupRow:
    statuses = [r.status for r in results]
    leaders = [r for r in results if r.leadership]
    ringfenced_leaders = sum(r.status is Status.RINGFENCED for r in leaders)
    share = f"{100 * ringfenced_leaders / len(leaders):.1f}" if leaders else ""
    return GroupRow(
        group=group,
        documents=len(results),
        leadership_posts=len(leaders),
        ringfenced=statuses.count(Status.RINGFENCED),
        ringfenced_leadership=ringfenced_leaders,
        justified=statuses.count(Status.JUSTIFIED),
        clean=statuses.count(Status.CLEAN),
        errors=statuses.count(Status.ERROR),
        share_leadership_ringfenced=share,
    )


def neutralise(cell: str) -> str:
    """Return a cell Excel will not run as a formula: a quote before = + - @ tab or CR."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def write_csv(
    header: Sequence[str],
    rows: Iterable[DocumentRow | GroupRow],
    stream: TextIO,
    *,
    bom: bool = True,
) -> None:
    """Write a header and rows as Excel-friendly CSV (open ``stream`` with ``newline=""``)."""
    if bom:
        stream.write("\ufeff")
    writer = csv.writer(stream)
    writer.writerow(header)
    for row in rows:
        writer.writerow([neutralise(v) if isinstance(v, str) else v for v in astuple(row)])


def write_summary(
    results: Sequence[DocumentResult],
    stream: TextIO,
    *,
    by: GroupBy | None = None,
    bom: bool = True,
) -> None:
    """Write the per-document summary, or the grouped counts when ``by`` is given."""
    if by is None:
        # Row by row: a row is made as it is written, so no archive's rows are held at once.
        rows = (document_row(r) for r in ordered(results))
        write_csv(COLUMNS, rows, stream, bom=bom)
    else:
        write_csv(GROUP_COLUMNS, aggregate(results, by), stream, bom=bom)


def render(results: Sequence[DocumentResult], stream: TextIO, context: RenderContext) -> None:
    """Write the CSV summary (grouped by ``context.group_by`` when it is set), BOM first.

    A document restricted to two professions counts in both professions' groups.
    """
    write_summary(results, stream, by=context.group_by)

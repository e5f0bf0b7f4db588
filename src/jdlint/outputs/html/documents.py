"""The table of documents: one ``tbody`` per document, its findings in a ``details`` row.

A ``tbody`` per document keeps a document's row and its findings row together, so the page
script can sort and filter whole documents. Sort keys sit in ``data-sort-value`` so bands
sort 2..7, 8a..8d, 9 and counts sort as numbers; ``data-search`` holds the lower-cased text
the filter box looks in. Without the script the table reads in path order, fully. Each cell
names its column in ``data-label``, which the stylesheet shows when a narrow screen stacks a
document's cells instead of squeezing seven columns. Professions are named as people write
them (``nurses``), never by the lexicon's ids.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from jdlint.document import Level
from jdlint.outputs import RuleLike
from jdlint.outputs.common import ordered, short_location
from jdlint.outputs.html.markup import e, highlight
from jdlint.outputs.summary import BAND_ORDER, professions_of
from jdlint.results import DocumentResult, Finding, Status

STATUS_LABELS = {
    Status.RINGFENCED: "Ringfenced",
    Status.JUSTIFIED: "Justified",
    Status.CLEAN: "Clean",
    Status.ERROR: "Could not be read",
}
LEVEL_LABELS = {
    Level.ESSENTIAL: "Essential criterion",
    Level.DESIRABLE: "Desirable criterion",
    Level.UNSPECIFIED: "Not marked essential or desirable",
}
COLUMNS: tuple[tuple[str, str], ...] = (
    # (heading, sort kind for the page script)
    ("Title", "text"),
    ("Band", "number"),
    ("Directorate", "text"),
    ("Leadership post", "text"),
    ("Status", "text"),
    ("Professions", "text"),
    ("Findings", "number"),
)


def render_documents(results: Sequence[DocumentResult], rules: Mapping[str, RuleLike],
                     name: Callable[[str], str]) -> str:
    """Return the documents table, sorted by path, naming professions with ``name``."""
    heads = "".join(
        f"<th scope='col' data-sort='{kind}'>{e(name)}</th>" for name, kind in COLUMNS
    )
    bodies = "".join(_document(index, result, rules, name)
                     for index, result in enumerate(ordered(results)))
    return (
        "<table id='documents' class='documents stack'>"
        f"<caption>Documents reviewed ({len(results)}). Open a document's findings to see each "
        "requirement as written and a suggested wording.</caption>"
        f"<thead><tr>{heads}</tr></thead>{bodies}</table>"
    )


def _band_key(band: str | None) -> str:
    if not band:
        return "999"
    folded = band.casefold()
    return f"{BAND_ORDER.index(folded):03d}" if folded in BAND_ORDER else f"500{folded}"


def _document(index: int, result: DocumentResult, rules: Mapping[str, RuleLike],
              name: Callable[[str], str]) -> str:
    status = result.status
    title = result.title or result.path.rsplit("/", 1)[-1]
    professions = ", ".join(name(p) for p in professions_of(result))
    open_count = sum(not f.suppressed for f in result.findings)
    justified = len(result.findings) - open_count
    count = str(open_count)
    if justified:
        count = f"{open_count} + {justified} justified" if open_count else f"{justified} justified"
    searchable = " ".join([title, result.path, result.band or "", result.directorate or "",
                           professions, STATUS_LABELS[status],
                           *(f.text for f in result.findings)]).casefold()
    row = (
        f"<tr><th scope='row' data-sort-value='{e(title.casefold())}'>{e(title)}"
        f"<span class='path'>{e(result.path)}</span></th>"
        f"<td data-label='Band' data-sort-value='{_band_key(result.band)}'>"
        f"{e(result.band or '—')}</td>"
        f"<td data-label='Directorate'>{e(result.directorate or '—')}</td>"
        f"<td data-label='Leadership post'>{'Yes' if result.leadership else 'No'}</td>"
        f"<td data-label='Status'><span class='status status-{status.value}'>"
        f"{STATUS_LABELS[status]}</span></td>"
        f"<td data-label='Professions'>{e(professions or '—')}</td>"
        f"<td class='num' data-label='Findings' data-sort-value='{open_count}'>{count}</td></tr>"
    )
    detail = _detail(title, result, rules, name)
    return (
        f"<tbody class='doc' data-index='{index}' data-status='{status.value}' "
        f"data-search='{e(' '.join(searchable.split()))}'>{row}{detail}</tbody>"
    )


def _detail(title: str, result: DocumentResult, rules: Mapping[str, RuleLike],
            name: Callable[[str], str]) -> str:
    if result.error is not None:
        inner = (f"<p class='read-error'><strong>Could not be read</strong> "
                 f"({e(result.error.category)}): {e(result.error.message)}</p>")
    elif result.findings:
        noun = "finding" if len(result.findings) == 1 else "findings"
        items = "".join(_finding(f, rules, name) for f in result.findings)
        inner = (f"<details><summary>{len(result.findings)} {noun} in {e(title)}</summary>"
                 f"<ol class='findings'>{items}</ol></details>")
    else:
        return ""
    return f"<tr class='detail'><td colspan='{len(COLUMNS)}'>{inner}</td></tr>"


def _finding(finding: Finding, rules: Mapping[str, RuleLike], name: Callable[[str], str]) -> str:
    where = short_location(finding.location) or "start of document"
    if finding.section:
        where = f"{finding.section}; {where}"
    status = "justified" if finding.suppressed else finding.severity.value
    label = "Justified" if finding.suppressed else finding.severity.value.capitalize()
    restricted = ", ".join(name(p) for p in finding.professions)
    if finding.regulators:
        restricted += f" ({', '.join(finding.regulators)})"
    rule = rules.get(finding.rule)
    pairs = [
        ("Rule", f"{e(finding.rule)} {e(finding.name)}"),
        ("Severity", f"{e(finding.severity.value)}" + (" (hedged)" if finding.hedged else "")),
        ("Level", e(LEVEL_LABELS[finding.level])),
        ("Where", e(where)),
        ("Requirement as written",
         f"<q class='requirement'>{highlight(finding.text, finding.match)}</q>"),
        ("What it restricts", e(restricted or "—")),
        ("Suggested wording", e(finding.suggestion or "—")),
    ]
    if rule is not None and rule.rationale.strip():
        pairs.append(("Why it matters", f"<a href='#rule-{e(finding.rule)}'>About "
                      f"{e(finding.rule)}, in “The rules” below</a>"))
    if finding.suppressed:
        pairs.append(("Justification", e(finding.justification or "No reason recorded")))
    if finding.baselined:
        pairs.append(("Baseline", "Known from the baseline"))
    rows = "".join(f"<dt>{name}</dt><dd>{value}</dd>" for name, value in pairs)
    return (
        f"<li class='finding finding-{status}'><p class='finding-head'>"
        f"<span class='badge badge-{status}'>{label}</span> {e(finding.message)}</p>"
        f"<dl>{rows}</dl></li>"
    )

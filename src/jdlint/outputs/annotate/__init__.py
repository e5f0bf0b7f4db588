"""Write a reviewed copy of a .docx: a Word comment on the exact words of each finding.

Only comments are added: runs are split at the match boundaries (each half keeps the run's
properties), and ``w:commentRangeStart``/``w:commentRangeEnd`` plus a comment reference run
are inserted; formatting, tables, headers, footers and tracked changes are left as they were.
A finding's words are looked for in the paragraph or table cell its location names (numbered
as the docx reader numbers them), then in the rest of that table, then anywhere in the body.
Justified findings become resolved comments (see :mod:`.parts`) or are left out. With
``rewrite=True`` (``jdlint fix``) a finding that has a rewrite also becomes a tracked change
(see :mod:`.revise`); justified findings are never rewritten.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from lxml.etree import _Element

from jdlint.errors import ErrorCategory, ReadError
from jdlint.outputs import RenderContext, RuleLike
from jdlint.outputs.annotate.locate import BodyMap, map_body
from jdlint.outputs.annotate.parts import comment_date, mark_resolved, reproducible_zip
from jdlint.outputs.annotate.revise import RevisionIds, run_range, track_change
from jdlint.outputs.annotate.spans import Span, find_span, isolate, paragraph_chars
from jdlint.outputs.annotate.wording import comment_text
from jdlint.results import DocumentResult, Finding

AUTHOR = "jdlint"
INITIALS = "JD"


class Justified(StrEnum):
    """What to do with justified findings."""

    RESOLVED = "resolved"  # a comment marked resolved, its text starting "[Justified] reason"
    OMIT = "omit"  # no comment


@dataclass(frozen=True, slots=True)
class Annotated:
    """A reviewed copy's bytes and which findings got a comment."""

    data: bytes
    placed: tuple[Finding, ...]
    unplaced: tuple[Finding, ...]  # their words were not found in the document body
    omitted: tuple[Finding, ...] = ()  # justified findings left out on request
    rewritten: tuple[Finding, ...] = ()  # placed as a tracked change too (``rewrite=True``)


def copy(data: bytes, result: DocumentResult, context: RenderContext) -> Annotated:
    """Return the reviewed copy of one document (the contract of copy outputs)."""
    return annotate(data, result.findings, rules=context.rules,
                    justified=Justified(context.justified), when=context.generated)


def annotate(
    data: bytes,
    findings: Sequence[Finding],
    *,
    rules: Sequence[RuleLike] | Mapping[str, RuleLike] = (),
    justified: Justified = Justified.RESOLVED,
    when: date | None = None,
    rewrite: bool = False,
) -> Annotated:
    """Return a copy of a .docx with one comment per finding; ``data`` itself is not changed."""
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many types for damaged packages
        message = f"The document could not be opened for annotation ({type(exc).__name__})."
        raise ReadError(ErrorCategory.CORRUPT, message) from exc
    by_code = dict(rules) if isinstance(rules, Mapping) else {rule.code: rule for rule in rules}
    body_map = map_body(document.element.body, document.styles.element)
    placed: list[Finding] = []
    unplaced: list[Finding] = []
    omitted: list[Finding] = []
    resolved: list[_Element] = []
    rewritten: list[Finding] = []
    ids = RevisionIds(document.element)
    for finding in findings:
        if finding.suppressed and justified is Justified.OMIT:
            omitted.append(finding)
            continue
        span = _locate(body_map, finding)
        if span is None:
            unplaced.append(finding)
            continue
        first, last = isolate(span)
        runs = run_range(first, last) if rewrite and finding.rewrite and not finding.suppressed \
            else None
        text = comment_text(finding, by_code, rewritten=runs is not None)
        last_paragraph = _comment(document, first, last, text, when)
        if runs is not None and finding.rewrite:
            track_change(runs, finding.rewrite, AUTHOR, when, ids)
            rewritten.append(finding)
        if finding.suppressed:
            resolved.append(last_paragraph)
        placed.append(finding)
    mark_resolved(document, resolved)
    out = io.BytesIO()
    document.save(out)
    return Annotated(reproducible_zip(out.getvalue()), tuple(placed), tuple(unplaced),
                     tuple(omitted), tuple(rewritten))


def _locate(body_map: BodyMap, finding: Finding) -> Span | None:
    """Return the finding's words in the nearest paragraphs to its location that hold them."""
    for group in body_map.candidates(finding.location):
        for p in group:
            span = find_span(paragraph_chars(p), finding.match, finding.text)
            if span is not None:
                return span
    return None


def _comment(document: object, first: _Element, last: _Element, text: str,
             when: date | None) -> _Element:
    """Anchor a comment on the runs first..last; return the comment's last paragraph element."""
    from docx.text.run import Run

    # Only the run elements matter to add_comment: it places the range markers around them.
    runs = [Run(first, None), Run(last, None)]  # type: ignore[arg-type]
    add = document.add_comment  # type: ignore[attr-defined]
    comment = add(runs, text=text, author=AUTHOR, initials=INITIALS)
    paragraph: _Element = comment.paragraphs[-1]._p
    comment_date(paragraph, when)
    return paragraph

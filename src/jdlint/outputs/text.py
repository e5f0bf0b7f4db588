"""The text report for people: one line per finding, the requirement as written, a suggestion.

::

    jds/head-of-flow.docx:table 2, row 4: JD101 error: Requires one regulator's registration.
        Requirement: Current NMC registration
        Suggest: Current registration with a UK statutory health or care regulator
    jds/matron.docx:paragraph 12: JD104 justified: Role-consistent: the post is a nursing post.
        Requirement: Registered Nurse (Adult)
    jds/scan.pdf: error (no-text): The PDF has no text layer (a scanned image?).

    3 documents checked: 1 ringfenced, 1 justified, 0 clean, 1 could not be read; 1 finding \
(1 error, 0 warnings, 0 info)

Findings known from a baseline are marked "(baselined)" and counted in the summary line.
What a reading library said about a file (a damaged font, a repaired stream) is one dimmed
``reading warning`` line per message with ``verbose``; otherwise a line before the summary
says how many files had some.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

import click

from jdlint.outputs import RenderContext
from jdlint.outputs.common import ordered, short_location, suggested, tally
from jdlint.outputs.terminal import visible
from jdlint.results import DocumentResult, Finding

INDENT = "    "

# Colours through click's styling (it resets after each span, and the CLI decides whether).
_STYLES: dict[str, dict[str, object]] = {
    "path": {"bold": True},
    "error": {"fg": "red", "bold": True},
    "warning": {"fg": "yellow"},
    "info": {"fg": "cyan"},
    "justified": {"fg": "green"},
    "label": {"dim": True},
}


def render(results: Sequence[DocumentResult], stream: TextIO, context: RenderContext) -> None:
    """Write the findings of each document, then (unless ``quiet``) one summary line."""
    paint = _Paint(context.color)
    for result in ordered(results):
        if result.error is not None:
            category = paint("error", f"error ({result.error.category})")
            stream.write(f"{paint('path', _one_line(result.path))}: {category}: "
                         f"{_one_line(result.error.message)}\n")
        for finding in () if result.error else result.findings:
            stream.write(_finding(result.path, finding, paint))
        for line in result.warnings if context.verbose else ():
            stream.write(paint("label", f"{_one_line(result.path)}: reading warning: "
                                        f"{_one_line(line)}") + "\n")
    if context.quiet:
        return
    if results:
        stream.write("\n")
    warned = sum(bool(r.warnings) for r in results)
    if warned and not context.verbose:
        stream.write(f"{_count(warned, 'file')} had reading warnings (use --verbose to see "
                     "them).\n")
    stream.write(summary_line(results) + "\n")


def summary_line(results: Sequence[DocumentResult]) -> str:
    """Return the closing line: documents by status, then findings by severity."""
    totals = tally(results)
    baselined = sum(f.baselined for r in results for f in r.findings if not f.suppressed)
    known = f"; {baselined} baselined" if baselined else ""
    return (
        f"{_count(totals.documents, 'document')} checked: {totals.ringfenced} ringfenced, "
        f"{totals.justified} justified, {totals.clean} clean, {totals.errors} could not be read; "
        f"{_count(totals.findings, 'finding')} ({_count(totals.error_findings, 'error')}, "
        f"{_count(totals.warning_findings, 'warning')}, {totals.info_findings} info{known})"
    )


def _finding(path: str, finding: Finding, paint: _Paint) -> str:
    where = short_location(finding.location)
    head = paint("path", _one_line(path)) + (f":{where}:" if where else ":")
    if finding.suppressed:
        reason = finding.justification or "(no reason given)"
        lines = [f"{head} {finding.rule} {paint('justified', 'justified')}: {_one_line(reason)}",
                 _field("Requirement", finding.text, paint)]
    else:
        severity = paint(str(finding.severity), str(finding.severity))
        if finding.baselined:
            severity += " (baselined)"
        lines = [f"{head} {finding.rule} {severity}: {_one_line(finding.message)}",
                 _field("Requirement", finding.text, paint)]
        if suggestion := suggested(finding):
            lines.append(_field("Suggest", suggestion, paint))
    return "\n".join(lines) + "\n"


def _field(label: str, value: str, paint: _Paint) -> str:
    """Return an indented ``Label: value`` with continuation lines indented under the value."""
    first, *rest = _clean(value).strip().splitlines() or [""]
    hanging = INDENT + " " * (len(label) + 2)
    return "\n".join([f"{INDENT}{paint('label', label + ':')} {first}",
                      *(hanging + line.strip() for line in rest)])


def _clean(text: str) -> str:
    return visible(text)  # a document's controls and bidi overrides never reach the terminal


def _one_line(text: str) -> str:
    return " ".join(_clean(text).split())


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


class _Paint:
    def __init__(self, color: bool) -> None:
        self.color = color

    def __call__(self, style: str, text: str) -> str:
        if not self.color:
            return text
        return click.style(text, **_STYLES[style])  # type: ignore[arg-type]

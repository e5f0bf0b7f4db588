"""The report's header: its title, when it was generated, and what was checked with which rules.

A committee reading a printed copy months later needs to know which documents and which rules
the numbers come from. The date is the one in the context (the CLI fixes it from ``--date``,
``SOURCE_DATE_EPOCH`` or today); without one the header says nothing of a date, so the output
still depends only on what it is given.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from jdlint.outputs import RenderContext
from jdlint.outputs.html.markup import e
from jdlint.outputs.html.shares import posts_checked
from jdlint.results import DocumentResult

FINGERPRINT_CHARS = 12  # enough to tell two rule sets apart; short enough to read out


def long_date(day: date) -> str:
    """Return a date as people in the UK write it: ``5 March 2025``."""
    return f"{day.day} {day:%B %Y}"


def render_header(results: Sequence[DocumentResult], title: str, context: RenderContext) -> str:
    """Return the ``header`` element: the title and a list of generated-on, scope and rules."""
    pairs: list[tuple[str, str]] = []
    if context.generated is not None:
        pairs.append(("Generated on", long_date(context.generated)))
    if context.scope:
        pairs.append(("Files and folders checked", ", ".join(_place(p) for p in context.scope)))
    pairs.append(("Documents", _documents(results)))
    pairs.append(("Rules", _rules(context)))
    items = "".join(f"<div><dt>{e(name)}</dt><dd>{e(value)}</dd></div>" for name, value in pairs)
    return (f"<header><h1>{e(title)}</h1>"
            f"<dl class='scope' aria-label='About this report'>{items}</dl></header>\n")


def _place(path: str) -> str:
    return "the current folder (.)" if path in (".", "./") else path


def _documents(results: Sequence[DocumentResult]) -> str:
    total = len(results)
    read = posts_checked(results)
    noun = "document" if total == 1 else "documents"
    if read == total:
        return f"{total} {noun}, all read and checked"
    return f"{total} {noun}: {read} read and checked, {total - read} could not be read"


def _rules(context: RenderContext) -> str:
    count = len(context.rules)
    noun = "rule" if count == 1 else "rules"
    text = f"{count} {noun} of jdlint {context.tool_version}"
    if context.rules_fingerprint:
        text += f" (rule set {context.rules_fingerprint[:FINGERPRINT_CHARS]})"
    return text

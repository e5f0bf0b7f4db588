"""A self-contained HTML report for workforce committees: figures, charts and a document table.

One file with its stylesheet and script inline and a Content-Security-Policy that allows
nothing else (no network, fonts, images or CDNs), so it works as an email attachment or from
an intranet share. Everything from a document is HTML-escaped. The page reads fully without
its script, which only adds sorting, filtering and opening all findings for printing; its
print stylesheet fits charts and tables to A4 portrait. The output depends only on the results,
the rules and the context (no clock: the CLI chooses the date).
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable, Mapping, Sequence
from importlib import resources
from typing import TextIO

from jdlint.outputs import GroupBy, RenderContext, RuleLike
from jdlint.outputs.html.charts import render_chart
from jdlint.outputs.html.documents import STATUS_LABELS, render_documents
from jdlint.outputs.html.figures import render_figures
from jdlint.outputs.html.header import render_header
from jdlint.outputs.html.markup import e, profession_namer
from jdlint.results import DocumentResult, Status

DEFAULT_TITLE = "Profession ringfencing in job descriptions"


def asset(name: str) -> str:
    """Return a packaged asset (``report.css``, ``report.js``) as text."""
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def _hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def render(results: Sequence[DocumentResult], stream: TextIO, context: RenderContext) -> None:
    """Write the HTML report of ``results`` to a text stream."""
    title = context.title or DEFAULT_TITLE
    by_code = {rule.code: rule for rule in context.rules}
    name = profession_namer(context.profession_names)
    css, script = asset("report.css"), asset("report.js")
    policy = (f"default-src 'none'; style-src {_hash(css)}; script-src {_hash(script)}; "
              "img-src data:; base-uri 'none'; form-action 'none'")
    stream.write(
        "<!DOCTYPE html>\n<html lang='en-GB'><head><meta charset='utf-8'>"
        f"<meta http-equiv='Content-Security-Policy' content=\"{policy}\">"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<meta name='generator' content='jdlint {e(context.tool_version)}'>"
        f"<title>{e(title)}</title><style>{css}</style></head>\n<body>"
        "<a class='skip-link' href='#documents-section'>Skip to the documents</a>"
    )
    stream.write(render_header(results, title, context))
    stream.write("<main>")
    stream.write(render_figures(results))
    stream.write(_how_to_read())
    stream.write("<section id='charts' aria-labelledby='charts-heading'>"
                 "<h2 id='charts-heading'>Where ringfencing is</h2>")
    for by in (GroupBy.BAND, GroupBy.PROFESSION, GroupBy.DIRECTORATE):
        stream.write(render_chart(results, by, name))
    stream.write("</section>\n")
    stream.write(_documents_section(results, by_code, name))
    stream.write(_rules_section(results, by_code))
    stream.write(f"</main><script>{script}</script></body></html>\n")


def _how_to_read() -> str:
    meanings = {
        Status.RINGFENCED: "at least one requirement restricts the post to one profession "
        "and has no recorded justification.",
        Status.JUSTIFIED: "every restriction found has a recorded justification.",
        Status.CLEAN: "no profession-restricted requirement was found.",
        Status.ERROR: "the file could not be read; it was not reviewed.",
    }
    items = "".join(f"<li><strong>{STATUS_LABELS[s]}</strong>: {e(text)}</li>"
                    for s, text in meanings.items())
    return ("<section aria-labelledby='statuses-heading'><h2 id='statuses-heading'>"
            f"What the statuses mean</h2><ul class='statuses'>{items}</ul></section>\n")


def _documents_section(results: Sequence[DocumentResult], rules: Mapping[str, RuleLike],
                       name: Callable[[str], str]) -> str:
    options = "".join(f"<option value='{s.value}'>{STATUS_LABELS[s]}</option>" for s in Status)
    controls = (
        "<form class='controls' id='controls' role='search' hidden "
        "aria-label='Filter the documents'>"
        "<label for='filter-text'>Filter by text</label>"
        "<input type='search' id='filter-text' autocomplete='off' "
        "placeholder='title, directorate, profession, requirement…'>"
        "<label for='filter-status'>Status</label>"
        f"<select id='filter-status'><option value=''>All statuses</option>{options}</select>"
        f"<p id='filter-count' class='filter-count' aria-live='polite'>"
        f"Showing all {len(results)} documents.</p></form>"
    )
    return ("<section id='documents-section' aria-labelledby='documents-heading'>"
            "<h2 id='documents-heading'>Documents</h2>"
            f"{controls}{render_documents(results, rules, name)}</section>\n")


def _rules_section(results: Sequence[DocumentResult], rules: Mapping[str, RuleLike]) -> str:
    used = sorted({f.rule for r in results for f in r.findings if f.rule in rules})
    if not used:
        return ""
    items = "".join(
        f"<div class='rule' id='rule-{e(code)}'><dt>{e(code)} {e(rules[code].name)}</dt>"
        f"<dd><p>{e(' '.join(rules[code].rationale.split()))}</p>"
        f"<p><strong>Instead:</strong> {e(rules[code].suggestion)}</p></dd></div>"
        for code in used
    )
    return ("<section id='rules' aria-labelledby='rules-heading'><h2 id='rules-heading'>"
            f"The rules</h2><dl class='rules'>{items}</dl></section>\n")

"""Tests of the HTML committee report: self-contained, escaped, accessible, deterministic.

The browser-side checks (labels never clipped at 1280 and 390 px, the print layout on A4) are in
``test_report_browser.py``; these read the HTML itself.
"""

from __future__ import annotations

import base64
import hashlib
import io
import re
from dataclasses import replace
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from jdlint.cli import main
from jdlint.judge.catalogue import ruleset_for
from jdlint.outputs import RenderContext
from jdlint.outputs.html import asset, render
from jdlint.outputs.html.markup import percent
from jdlint.outputs.summary import GroupBy, aggregate
from jdlint.results import DocumentResult, Status
from sample_results import RULES, finding, sample_results

VOID = {"meta", "br", "input", "img", "link", "rect", "hr", "col", "source", "wbr"}


class Tree(HTMLParser):
    """Collect start tags with attributes and check that elements nest properly."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, (tag, self.stack[-5:])
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def find(self, tag: str, **attrs: str) -> list[dict[str, str]]:
        """Return the attributes of every ``tag`` whose attributes include ``attrs``."""
        return [a for t, a in self.tags
                if t == tag and all(a.get(k) == v for k, v in attrs.items())]


def page(results: list[DocumentResult] | None = None, **options: object) -> str:
    stream = io.StringIO()
    render(sample_results() if results is None else results, stream,
           RenderContext(rules=RULES, tool_version="9.9", **options))  # type: ignore[arg-type]
    return stream.getvalue()


def parsed(html: str) -> Tree:
    tree = Tree()
    tree.feed(html)
    tree.close()
    assert tree.stack == []
    return tree


def test_page_is_self_contained_and_locked_down() -> None:
    html = page()
    tree = parsed(html)
    assert tree.find("html", lang="en-GB")
    assert not tree.find("link") and not tree.find("img") and not tree.find("iframe")
    assert all("src" not in attrs for _, attrs in tree.tags)
    urls = set(re.findall(r"https?://[^\s'\"<>)]+", html))
    assert urls <= {"http://www.w3.org/2000/svg"}  # the SVG namespace name, never fetched
    (policy,) = tree.find("meta", **{"http-equiv": "Content-Security-Policy"})
    for name, kind in (("report.css", "style-src"), ("report.js", "script-src")):
        digest = base64.b64encode(hashlib.sha256(asset(name).encode()).digest()).decode()
        assert f"{kind} 'sha256-{digest}'" in policy["content"]
        assert asset(name) in html
    assert "default-src 'none'" in policy["content"]


def test_headline_figures() -> None:
    tree = parsed(page())
    text = " ".join(" ".join(tree.text).split())
    for label, value in (("Documents reviewed", "5"), ("Ringfenced", "2"), ("Justified", "1"),
                         ("Could not be read", "1"), ("Leadership posts ringfenced", "50.0%")):
        assert f"{label} {value}" in text
    assert "1 of 2 leadership posts" in text


def chart(html: str, by: GroupBy) -> str:
    """Return the HTML of one chart figure."""
    return html.split(f"<figure class='chart' id='chart-{by.value}'")[1].split("</figure>")[0]


def test_band_and_directorate_charts_follow_the_summary_aggregation() -> None:
    results = sample_results()
    html = page(results)
    for by in (GroupBy.BAND, GroupBy.DIRECTORATE):
        rows = aggregate(results, by)
        figure = chart(html, by)
        assert figure.count("<li class='bar-row'>") == len(rows)
        for row in rows:
            assert f"{row.ringfenced} of {row.documents} ringfenced</span>" in figure
        assert "<table class='stack'><caption>" in figure and "<th scope='row'>" in figure
        widths = [float(w) for w in re.findall(r"bar-total' x='0' y='0' width='([\d.]+)'", figure)]
        assert max(widths) == pytest.approx(100) and min(widths) > 0
    labels = re.findall(r"<span class='bar-label'>([^<]*)</span>", chart(html, GroupBy.BAND))
    assert labels == ["Band 2", "Band 7", "Band 8a", "No band"]


def test_long_labels_are_written_in_full() -> None:
    long = "Community Services, Mental Health and Learning Disabilities"
    results = [replace(r, directorate=long) for r in sample_results()]
    figure = chart(page(results), GroupBy.DIRECTORATE)
    assert f"<span class='bar-label'>{long}</span>" in figure
    assert f"<th scope='row'>{long}</th>" in figure
    assert "…" not in figure


def names() -> tuple[tuple[str, str], ...]:
    """Return the shipped lexicon's profession names, as ``write_output`` passes them."""
    return tuple((p.id, p.people) for p in ruleset_for(()).lexicon.professions)


def restricted(path: str, *professions: str, justified: bool = False) -> DocumentResult:
    """Return a readable post restricted to ``professions``."""
    return DocumentResult(path=path, format="txt", title=path, findings=(
        finding(professions=professions, suppressed=justified,
                justification="Reason" if justified else None),))


def test_profession_chart_is_a_share_of_every_post_checked() -> None:
    # sample: 4 posts read (one file unreadable); 3 require nurses (2 ringfenced, 1 justified)
    html = page(profession_names=names())
    figure = chart(html, GroupBy.PROFESSION)
    assert re.findall(r"<span class='bar-label'>([^<]*)</span>", figure) == ["Nurses"]
    assert "<span class='bar-value'>3 of 4 posts checked (75%)</span>" in figure
    assert ("<tr><th scope='row'>Nurses</th><td class='num' data-label='Posts that require it'>3"
            "</td><td class='num' data-label='Posts checked'>4</td><td class='num' "
            "data-label='Share of posts checked'>75%</td><td class='num' "
            "data-label='Ringfenced (no justification)'>2</td><td class='num' "
            "data-label='Justified'>1</td></tr>") in figure
    assert "1 of 4 posts checked (25%) have no profession restriction." in figure
    assert "width='75.0'" in figure and "bar bar-scale" in figure  # the full width is 4 posts


def test_profession_shares_count_against_all_posts_not_only_ringfenced() -> None:
    results = [restricted(f"jds/pharmacy-{i:03}.txt", "pharmacy") for i in range(12)]
    results += [restricted("jds/dual.txt", "nursing", "midwifery", justified=True)]
    results += [DocumentResult(path=f"jds/clean-{i:03}.txt", format="txt") for i in range(127)]
    figure = chart(page(results, profession_names=names()), GroupBy.PROFESSION)
    values = re.findall(r"<span class='bar-label'>([^<]*)</span>.*?"
                        r"<span class='bar-value'>([^<]*)</span>", figure)
    assert values == [("Pharmacists and pharmacy technicians", "12 of 140 posts checked (9%)"),
                      ("Midwives", "1 of 140 posts checked (1%)"),
                      ("Nurses", "1 of 140 posts checked (1%)")]


def test_percent_never_rounds_to_a_misleading_figure() -> None:
    assert [percent(0, 140), percent(1, 300), percent(1, 140), percent(12, 140),
            percent(279, 280), percent(140, 140), percent(0, 0)] == [
        "0%", "under 1%", "1%", "9%", "over 99%", "100%", "—"]


def test_professions_are_named_as_people_write_them_never_as_ids() -> None:
    slugs = ("occupational-therapy", "speech-and-language-therapy")
    results = [*sample_results(), restricted("jds/therapy lead.txt", *slugs)]
    html = page(results, profession_names=names())
    for slug in slugs:
        assert slug not in html
    assert "occupational therapists, speech and language therapists</td>" in html  # table
    assert "<span class='bar-label'>Speech and language therapists</span>" in html  # chart
    assert "What it restricts</dt><dd>occupational therapists, speech and language " \
        "therapists (NMC)</dd>" in html  # a finding
    assert ">nursing<" not in html and "nurses</td>" in html
    # An id no lexicon names (a trust's own, or a library caller passing no names) is spelled out.
    plain = page(results)
    assert all(slug not in plain for slug in slugs)
    assert "occupational therapy, speech and language therapy</td>" in plain


def test_documents_table_rows_and_findings() -> None:
    html = page()
    tree = parsed(html)
    bodies = tree.find("tbody", **{"class": "doc"})
    assert [b["data-status"] for b in bodies] == [
        "error", "clean", "justified", "ringfenced", "ringfenced"]  # sorted by path
    assert len(tree.find("th", scope="col", **{"data-sort": "text"})) == 5
    assert "Role-consistent: matron is a nursing post" in html
    assert "No reason recorded" in html  # justified without a recorded reason
    assert "BSc Nursing or <mark>equivalent</mark>" in html
    assert "The PDF is damaged." in html
    assert "<caption>Documents reviewed (5)." in html
    assert html.count("<details><summary>") == 3


def test_document_text_is_escaped() -> None:
    evil = "<script>alert('x')</script> & \"NMC\""
    result = DocumentResult(path="jds/<img src=x>.docx", format="docx", title=evil,
                            directorate="<b>Ops</b>",
                            findings=(replace(finding(text=evil), match="<script>"),))
    html = page([result])
    tree = parsed(html)
    assert len(tree.find("script")) == 1  # the report's own
    assert not tree.find("img") and not tree.find("b")
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "<mark>&lt;script&gt;</mark>" in html


def test_output_is_deterministic_and_dated_only_on_request() -> None:
    assert page() == page()
    assert "2025" not in page() and "Generated on" not in page()
    assert "<dt>Generated on</dt><dd>5 March 2025</dd>" in page(generated=date(2025, 3, 5))


def test_header_states_date_scope_documents_and_rules() -> None:
    html = page(generated=date(2025, 3, 5), scope=("jds/", "extra/matron.docx"),
                rules_fingerprint="0123456789abcdef" * 4)
    header = html.split("<header>")[1].split("</header>")[0]
    assert header == (
        "<h1>Profession ringfencing in job descriptions</h1>"
        "<dl class='scope' aria-label='About this report'>"
        "<div><dt>Generated on</dt><dd>5 March 2025</dd></div>"
        "<div><dt>Files and folders checked</dt><dd>jds/, extra/matron.docx</dd></div>"
        "<div><dt>Documents</dt><dd>5 documents: 4 read and checked, 1 could not be read</dd></div>"
        "<div><dt>Rules</dt><dd>2 rules of jdlint 9.9 (rule set 0123456789ab)</dd></div></dl>")


def test_tables_have_header_scopes_and_charts_carry_their_numbers_as_text() -> None:
    html = page(profession_names=names())
    tree = parsed(html)
    assert all(attrs.get("scope") in ("col", "row") for tag, attrs in tree.tags if tag == "th")
    for by in GroupBy:
        figure = chart(html, by)
        assert "<details class='chart-data'><summary>Show the numbers as a table" in figure
        assert figure.count("<span class='bar-track' aria-hidden='true'>") == \
            figure.count("<span class='bar-value'>")  # every bar's numbers written beside it
    assert not re.search(r"<svg(?![^>]*focusable='false')", html)


def test_print_stylesheet_is_shipped() -> None:
    css = asset("report.css")
    assert "@page { size: A4 portrait;" in css
    printing = css.split("@media print {")[1]
    hidden = ".controls, .skip-link, th button::after, .chart-data summary { display: none"
    assert hidden in printing and "break-inside: avoid" in printing
    assert "a { color: inherit; text-decoration: none; }" in printing


def test_empty_run_still_renders() -> None:
    tree = parsed(page([]))
    assert tree.find("table", id="documents")


def test_status_is_written_not_only_coloured() -> None:
    html = page()
    for status, label in ((Status.RINGFENCED, "Ringfenced"), (Status.CLEAN, "Clean")):
        assert f"<span class='status status-{status.value}'>{label}</span>" in html


def test_cli_writes_the_report(tmp_path: Path) -> None:
    folder = tmp_path / "jds"
    folder.mkdir()
    (folder / "flow.txt").write_text("Job title: Head of Patient Flow\nBand 8a\n\nEssential:\n"
                                     "Current NMC registration\n", encoding="utf-8")
    (folder / "porter.txt").write_text("Job title: Porter\nBand 2\n\nEssential:\nGood "
                                       "communication skills\n", encoding="utf-8")
    out = tmp_path / "report.html"
    args = ["report", str(folder), "-o", str(out), "--no-cache"]
    result = CliRunner().invoke(main, args, env={"SOURCE_DATE_EPOCH": "1741176000"})
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    tree = parsed(html)
    assert [b["data-status"] for b in tree.find("tbody", **{"class": "doc"})] == [
        "ringfenced", "clean"]
    assert "NMC registration</mark>" in html
    assert "<dt>Generated on</dt><dd>5 March 2025</dd>" in html
    assert f"<dt>Files and folders checked</dt><dd>{folder}</dd>" in html
    assert "<dt>Documents</dt><dd>2 documents, all read and checked</dd>" in html
    assert re.search(r"<dt>Rules</dt><dd>\d+ rules of jdlint [^<]+ \(rule set [0-9a-f]{12}\)", html)
    assert "nurses</td>" in html
    again = tmp_path / "again.html"
    CliRunner().invoke(main, [*args[:3], str(again), *args[4:]],
                       env={"SOURCE_DATE_EPOCH": "1741176000"})
    assert again.read_text(encoding="utf-8") == html
    dated = tmp_path / "dated.html"
    CliRunner().invoke(main, [*args[:3], str(dated), *args[4:], "--date", "2024-12-01"],
                       env={"SOURCE_DATE_EPOCH": "1741176000"})
    assert "<dd>1 December 2024</dd>" in dated.read_text(encoding="utf-8")  # --date wins


def test_cli_refuses_a_malformed_source_date_epoch(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["report", str(tmp_path), "-o", str(tmp_path / "r.html")],
                                env={"SOURCE_DATE_EPOCH": "yesterday"})
    assert result.exit_code == 2
    assert "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, got 'yesterday'" \
        in result.output
    assert not (tmp_path / "r.html").exists()

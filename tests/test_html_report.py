"""Tests of the HTML committee report: self-contained, escaped, accessible, deterministic."""

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
from jdlint.outputs import RenderContext
from jdlint.outputs.html import asset, render
from jdlint.outputs.html.charts import BAR_WIDTH
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


def test_charts_follow_the_summary_aggregation() -> None:
    results = sample_results()
    html = page(results)
    tree = parsed(html)
    for by in GroupBy:
        rows = aggregate(results, by)
        chart = html.split(f"<figure class='chart' id='chart-{by.value}'>")[1].split("</figure>")[0]
        assert chart.count("class='bar bar-total'") == len(rows)
        for row in rows:
            assert f"{row.ringfenced} of {row.documents} ringfenced</text>" in chart
        assert "<table><caption>" in chart and "<th scope='row'>" in chart
        (svg,) = [a for a in tree.find("svg")
                  if a["aria-labelledby"].startswith(f"chart-{by.value}")]
        assert svg["role"] == "img"
    widths = [float(w) for w in re.findall(r"bar-total' x='\d+' y='\d+' width='([\d.]+)'", html)]
    assert max(widths) == pytest.approx(BAR_WIDTH) and min(widths) > 0


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
    assert "2025" not in page()
    assert "on 5 March 2025." in page(generated=date(2025, 3, 5))


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
    args = ["report", str(folder), "-o", str(out), "--no-cache", "--date", "2025-03-05"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    tree = parsed(html)
    assert [b["data-status"] for b in tree.find("tbody", **{"class": "doc"})] == [
        "ringfenced", "clean"]
    assert "NMC registration</mark>" in html and "on 5 March 2025." in html
    again = tmp_path / "again.html"
    CliRunner().invoke(main, [*args[:3], str(again), *args[4:]])
    assert again.read_text(encoding="utf-8") == html

"""Drive the HTML report in headless Chromium: charts drawn, filter and sort, labels never
clipped at a desktop's and a phone's width, and the print layout on A4.

Chromium runs through :mod:`chromium` (a DevTools client on the standard library). Without
Debian's ``chromium`` the tests are skipped. A screenshot is kept in ``tests/output/`` (git-ignored)
for a look at each width.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest

from chromium import CHROMIUM, Page, chromium
from jdlint.judge.catalogue import ruleset_for
from jdlint.outputs import RenderContext
from jdlint.outputs.html import render
from jdlint.results import DocumentResult
from sample_results import RULES, finding, sample_results

OUTPUT = Path(__file__).parent / "output"
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="needs Debian's chromium at /usr/bin/chromium "
                                "(apt-get install chromium)")
LONG_DIRECTORATES = (
    "Community Services, Mental Health and Learning Disabilities",
    "Women's, Children's and Sexual Health Services (Maternity, Neonatal and Gynaecology)",
    "Pharmacy-Medicines-Optimisation-and-Procurement",  # one long word: must still wrap
)
A4_POINTS = (595.28, 841.89)  # width, height


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Page]:
    """Start headless Chromium on about:blank and return a session on its page."""
    with chromium(tmp_path / "profile") as page:
        yield page


def long_named_results() -> list[DocumentResult]:
    """Return the sample with long directorate names and a post restricted to three professions."""
    results = sample_results()
    results[0] = replace(results[0], directorate=LONG_DIRECTORATES[0])
    results[2] = replace(results[2], directorate=LONG_DIRECTORATES[1])
    therapies = ("speech-and-language-therapy", "occupational-therapy",
                 "operating-department-practice")
    results.append(DocumentResult(
        path="jds/therapies and theatres lead.txt", format="txt", band="8b",
        title="Head of Therapies, Theatres and Rehabilitation", directorate=LONG_DIRECTORATES[2],
        leadership=True, findings=(finding(professions=therapies, regulators=("HCPC",)),)))
    return results


def open_report(page: Page, tmp_path: Path, results: list[DocumentResult] | None = None) -> None:
    stream = io.StringIO()
    names = tuple((p.id, p.people) for p in ruleset_for(()).lexicon.professions)
    render(sample_results() if results is None else results, stream,
           RenderContext(rules=RULES, tool_version="test", profession_names=names))
    report = tmp_path / "report.html"
    report.write_text(stream.getvalue(), encoding="utf-8")
    page.events.clear()
    page.call("Page.navigate", url=report.as_uri())
    page.wait_for("Page.loadEventFired")


VISIBLE_TITLES = ("[...document.querySelectorAll('tbody.doc')]"
                  ".filter(b => b.getClientRects().length > 0)"
                  ".map(b => b.rows[0].cells[0].firstChild.textContent)")


def test_report_in_chromium(browser: Page, tmp_path: Path) -> None:
    open_report(browser, tmp_path)
    assert browser.js("document.getElementById('controls').hidden") is False  # the script ran
    bars = browser.js("[...document.querySelectorAll('svg.bar-svg rect.bar-total')].map(r => {"
                      " const b = r.getBoundingClientRect(); return [b.width, b.height]; })")
    assert len(bars) == 4 + 1 + 3  # bands, professions, directorates in the sample
    assert all(width > 0 and height > 0 for width, height in bars)

    browser.js("document.getElementById('filter-text').focus()")
    browser.call("Input.insertText", text="matron")
    assert browser.js(VISIBLE_TITLES) == ["Matron"]
    assert browser.js("document.getElementById('filter-count').textContent") == (
        "Showing 1 of 5 documents.")
    browser.js("document.getElementById('filter-text').select()")
    browser.call("Input.dispatchKeyEvent", type="keyDown", key="Backspace",
                 windowsVirtualKeyCode=8)
    browser.call("Input.dispatchKeyEvent", type="keyUp", key="Backspace",
                 windowsVirtualKeyCode=8)
    assert len(browser.js(VISIBLE_TITLES)) == 5
    browser.js("(() => { const s = document.getElementById('filter-status');"
               " s.value = 'ringfenced'; s.dispatchEvent(new Event('change')); })()")
    assert browser.js(VISIBLE_TITLES) == ["Ward Manager", "Head of Patient Flow"]
    browser.js("(() => { const s = document.getElementById('filter-status');"
               " s.value = ''; s.dispatchEvent(new Event('change')); })()")

    browser.click("#documents thead th:nth-child(2) button")  # Band
    assert browser.js("document.querySelector('#documents thead th:nth-child(2)')"
                      ".getAttribute('aria-sort')") == "ascending"
    assert browser.js(VISIBLE_TITLES) == [
        "Porter", "Ward Manager", "Matron", "Head of Patient Flow", "broken.pdf"]
    browser.click("#documents thead th:nth-child(2) button")
    assert browser.js(VISIBLE_TITLES)[0] == "broken.pdf"
    assert browser.js("document.querySelector('#documents thead th:nth-child(2)')"
                      ".getAttribute('aria-sort')") == "descending"

    browser.js("document.querySelectorAll('#documents details')[2].open = true")
    shot = browser.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)
    OUTPUT.mkdir(exist_ok=True)
    (OUTPUT / "report.png").write_bytes(base64.b64decode(shot["data"]))
    assert browser.errors() == []


# Every label, heading and table cell that is rendered: its box must lie within the viewport
# and within its figure, table or header; its text within its box; nothing may scroll sideways.
MEASURE = """(() => {
  const viewport = document.documentElement.clientWidth;
  const problems = [];
  let checked = 0;
  const selector = '.bar-label, .bar-value, th, td, caption, .scope dt, .scope dd, ' +
    '.figure dt, .figure dd, h1, h2, h3, .status, .badge';
  for (const el of document.querySelectorAll(selector)) {
    if (!el.getClientRects().length) { continue; }
    checked += 1;
    const box = el.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(el);
    const text = range.getBoundingClientRect();
    const holder = el.closest('figure, table, header, dl, section').getBoundingClientRect();
    const name = el.tagName + '.' + el.className + ' "' + el.textContent.trim().slice(0, 50) + '"';
    const inline = getComputedStyle(el).display === 'inline';
    if (!inline && el.scrollWidth > el.clientWidth + 1) {
      problems.push(name + ': scrollWidth ' + el.scrollWidth + ' > clientWidth ' + el.clientWidth);
    }
    if (text.width && (text.left < box.left - 1 || text.right > box.right + 1)) {
      problems.push(name + ': text ' + text.left + '..' + text.right + ' outside its box ' +
                    box.left + '..' + box.right);
    }
    if (box.left < -0.5 || box.right > viewport + 0.5) {
      problems.push(name + ': ' + box.left + '..' + box.right + ' outside 0..' + viewport);
    }
    if (box.left < holder.left - 1 || box.right > holder.right + 1) {
      problems.push(name + ': ' + box.left + '..' + box.right + ' outside its container ' +
                    holder.left + '..' + holder.right);
    }
  }
  if (document.documentElement.scrollWidth > viewport) {
    problems.push('the page scrolls sideways: ' + document.documentElement.scrollWidth);
  }
  return {checked: checked, problems: problems,
          labels: [...document.querySelectorAll('.bar-label')].map(l => l.textContent)};
})()"""


def measure(page: Page) -> dict[str, Any]:
    """Open every ``details`` and return the clipping check's counts, problems and labels."""
    page.js("document.querySelectorAll('details').forEach(d => { d.open = true; })")
    result: dict[str, Any] = page.js(MEASURE)
    return result


@pytest.mark.parametrize("width", [1280, 390])
def test_no_label_is_clipped_or_overflows(browser: Page, tmp_path: Path, width: int) -> None:
    browser.call("Emulation.setDeviceMetricsOverride", width=width, height=900,
                 deviceScaleFactor=1, mobile=False)
    open_report(browser, tmp_path, long_named_results())
    assert browser.js("document.documentElement.clientWidth") == width
    found = measure(browser)
    assert found["problems"] == []
    assert found["checked"] > 150  # labels, headings and every cell of every table
    for name in LONG_DIRECTORATES:
        assert name in found["labels"]  # in full, not cut to fit
    assert "Speech and language therapists" in found["labels"]
    shot = browser.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)
    OUTPUT.mkdir(exist_ok=True)
    (OUTPUT / f"report-{width}.png").write_bytes(base64.b64decode(shot["data"]))
    assert browser.errors() == []


def test_print_layout_fits_a4_portrait(browser: Page, tmp_path: Path) -> None:
    # 210 mm less the stylesheet's 12 mm margins, at 96 CSS pixels to the inch
    width = round((210 - 2 * 12) / 25.4 * 96)
    browser.call("Emulation.setDeviceMetricsOverride", width=width, height=1000,
                 deviceScaleFactor=1, mobile=False)
    open_report(browser, tmp_path, long_named_results())
    browser.call("Emulation.setEmulatedMedia", media="print")
    shown = ("(s => [...document.querySelectorAll(s)].filter(e => e.getClientRects().length)"
             ".length)")
    assert browser.js(f"{shown}('#controls, .skip-link, .chart-data summary')") == 0
    assert browser.js(f"{shown}('.finding')") == 6  # findings print without opening them
    avoid = browser.js("[...document.querySelectorAll('tr:not(.detail), .bar-row, .figure, "
                       ".finding, .chart-data table')].map(e => getComputedStyle(e).breakInside)")
    assert len(avoid) > 40 and set(avoid) == {"avoid"}  # no page break inside a row or card
    kept = browser.js("[...document.querySelectorAll('tbody.doc tr:first-child')]"
                      ".map(e => getComputedStyle(e).breakAfter)")
    assert set(kept) == {"avoid"}  # a document's row stays with its findings
    link = browser.js("getComputedStyle(document.querySelector('.finding a'))"
                      ".textDecorationLine")
    assert link == "none"
    assert measure(browser)["problems"] == []

    pdf = base64.b64decode(browser.call("Page.printToPDF", preferCSSPageSize=True)["data"])
    OUTPUT.mkdir(exist_ok=True)
    (OUTPUT / "report.pdf").write_bytes(pdf)
    document = pdfium.PdfDocument(pdf)
    try:
        pages = [document[i] for i in range(len(document))]
        assert 1 <= len(pages) <= 6
        text = ""
        for page in pages:
            assert page.get_size() == pytest.approx(A4_POINTS, abs=1)
            textpage = page.get_textpage()
            text += textpage.get_text_range()
            right = max(textpage.get_charbox(i)[2] for i in range(textpage.count_chars()))
            assert right <= A4_POINTS[0] - 12 / 25.4 * 72 + 1  # inside the right margin
        flat = " ".join(text.split())
        assert "Professions that posts require" in flat and LONG_DIRECTORATES[0] in flat
        assert "Role-consistent: matron is a nursing post" in flat  # findings opened
        assert "Filter by text" not in flat and "Show the numbers" not in flat
    finally:
        document.close()


def test_report_reads_without_javascript(browser: Page, tmp_path: Path) -> None:
    browser.call("Emulation.setScriptExecutionDisabled", value=True)
    open_report(browser, tmp_path)
    assert browser.js("document.getElementById('controls').getClientRects().length") == 0
    assert len(browser.js(VISIBLE_TITLES)) == 5
    assert browser.js("document.querySelectorAll('svg.bar-svg rect.bar-total').length") == 8
    assert browser.errors() == []

"""In-process measurements for the benchmark: extraction floor, page counts, stage split."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx_text(path: Path) -> str:
    from lxml import etree

    with zipfile.ZipFile(path) as archive, archive.open("word/document.xml") as part:
        return " ".join(el.text or "" for _, el in etree.iterparse(part, tag=f"{_W}t"))


def _pdf_text(path: Path) -> str:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(path)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


def raw_text(path: Path) -> str:
    """Extract a file's text the fastest way there is, with no structure or analysis."""
    if path.suffix == ".docx":
        return _docx_text(path)
    if path.suffix == ".pdf":
        return _pdf_text(path)
    return path.read_bytes().decode("utf-8", errors="replace")


def extraction_floor(files: list[Path]) -> float:
    """Return the seconds raw extraction of every file takes in one process."""
    raw_text(files[0])  # import the readers before timing
    start = time.perf_counter()
    for path in files:
        raw_text(path)
    return time.perf_counter() - start


def page_count(path: Path) -> int:
    """Return a file's pages: real for PDF, estimated at 3,000 characters a page otherwise."""
    if path.suffix == ".pdf":
        import pypdfium2

        pdf = pypdfium2.PdfDocument(path)
        try:
            return len(pdf)
        finally:
            pdf.close()
    return max(1, round(len(raw_text(path)) / 3000))


def stage_split(files: list[Path]) -> dict[str, float]:
    """Time read, structure, judge and report for every file in one process (jdlint's stages)."""
    from jdlint.api import Settings, lint_document, ruleset_for
    from jdlint.judge.matching import compile_rules
    from jdlint.outputs import RenderContext
    from jdlint.outputs import json as json_reporter
    from jdlint.read import read
    from jdlint.structure import assemble

    options = Settings()
    compile_rules(ruleset_for(()))  # load and compile the rules before timing
    spent = {"read": 0.0, "structure": 0.0, "judge": 0.0, "report": 0.0}
    results = []
    for path in files:
        data = path.read_bytes()
        t0 = time.perf_counter()
        try:
            raw = read(data, str(path))
            t1 = time.perf_counter()
            document = assemble(raw)
        except Exception:
            spent["read"] += time.perf_counter() - t0
            continue
        t2 = time.perf_counter()
        results.append(lint_document(document, options))
        t3 = time.perf_counter()
        spent["read"] += t1 - t0
        spent["structure"] += t2 - t1
        spent["judge"] += t3 - t2
    t4 = time.perf_counter()
    json_reporter.render(results, io.StringIO(),
                         RenderContext(rules=ruleset_for(()).rules, tool_version="bench"))
    spent["report"] = time.perf_counter() - t4
    return spent

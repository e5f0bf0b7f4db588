"""``jdlint fix``: text diffs that apply with patch, and Word copies with tracked changes that,
accepted, clear the rewritten findings and, rejected, give back the original text exactly."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from jdlint.api import lint_bytes, lint_path
from jdlint.cli import main
from jdlint.read.docx.names import DEL, INS, T, w

CORPUS = Path(__file__).resolve().parents[1] / "corpora"
TEXTS = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".md")
               and any(f.rewrite for f in lint_path(p).findings))
DOCX = sorted(p for p in CORPUS.glob("*.docx") if lint_path(p).findings)
P = w("p")


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["fix", *args])
    return result.exit_code, result.stdout, result.stderr


def _keys(findings: object) -> set[tuple[str, str]]:
    return {(f.rule, " ".join(f.match.split()).lower()) for f in findings}  # type: ignore[attr-defined]


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_diff_applies_with_patch_and_clears_rewritten(path: Path, tmp_path: Path) -> None:
    before = path.read_bytes()
    copy = tmp_path / "corpora" / path.name
    copy.parent.mkdir()
    shutil.copy(path, copy)
    code, diff, _ = _run(str(path), "--diff")
    assert code == 0 and diff.startswith("--- a/")
    diff = diff.replace(f"a/{str(path).lstrip('/')}", f"a/corpora/{path.name}").replace(
        f"b/{str(path).lstrip('/')}", f"b/corpora/{path.name}")
    subprocess.run(["patch", "-p1", "--quiet"], input=diff.encode(), cwd=tmp_path, check=True)
    rewritten = _keys(f for f in lint_path(path).findings if f.rewrite)
    left = _keys(lint_path(copy).findings)
    assert not rewritten & left
    assert path.read_bytes() == before


def _fix_all(tmp_path: Path) -> dict[Path, Path]:
    out = tmp_path / "out"
    befores = {p: p.read_bytes() for p in DOCX}
    code, _, _ = _run(*map(str, DOCX), "--output-dir", str(out), "--date", "2026-01-02")
    assert code == 0
    assert all(p.read_bytes() == data for p, data in befores.items())
    return {p: out / p.name for p in DOCX}


def _document_xml(data: bytes) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return etree.fromstring(z.read("word/document.xml"))


def _with_xml(data: bytes, root: etree._Element) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            body = etree.tostring(root) if info.filename == "word/document.xml" \
                else source.read(info)
            target.writestr(info, body)
    return out.getvalue()


def _jdlint_revisions(root: etree._Element, tag: str) -> list[etree._Element]:
    return [el for el in root.iter(tag) if el.get(w("author")) == "jdlint"]


def _unwrap(el: etree._Element) -> None:
    parent = el.getparent()
    index = parent.index(el)
    for child in list(el):
        parent.insert(index, child)
        index += 1
    parent.remove(el)


def accept_all(data: bytes) -> bytes:
    """Accept jdlint's changes: drop its w:del, unwrap its w:ins."""
    root = _document_xml(data)
    for el in _jdlint_revisions(root, DEL):
        el.getparent().remove(el)
    for el in _jdlint_revisions(root, INS):
        _unwrap(el)
    return _with_xml(data, root)


def reject_all(data: bytes) -> bytes:
    """Reject jdlint's changes: drop its w:ins, unwrap its w:del (delText back to t)."""
    root = _document_xml(data)
    for el in _jdlint_revisions(root, INS):
        el.getparent().remove(el)
    for el in _jdlint_revisions(root, DEL):
        for text in el.iter(w("delText")):
            text.tag = T
        _unwrap(el)
    return _with_xml(data, root)


def _paragraph_texts(data: bytes) -> list[str]:
    root = _document_xml(data)
    return ["".join(t.text or "" for t in p.iter(T)) for p in root.iter(P)]


def test_docx_copies_open_accept_and_reject(tmp_path: Path) -> None:
    import docx

    copies = _fix_all(tmp_path)
    total = rewritten_total = left_total = 0
    for original, fixed in copies.items():
        data = fixed.read_bytes()
        docx.Document(io.BytesIO(data))
        root = _document_xml(data)
        dels, inss = _jdlint_revisions(root, DEL), _jdlint_revisions(root, INS)
        assert len(dels) == len(inss)
        assert all(el.get(w("date")) == "2026-01-02T00:00:00Z" for el in dels + inss)
        assert _paragraph_texts(reject_all(data)) == _paragraph_texts(original.read_bytes())
        findings = lint_path(original).findings
        rewritten = _keys(f for f in findings if f.rewrite and not f.suppressed)
        left = _keys(lint_bytes(accept_all(data), original.name).findings)
        assert not rewritten & left, f"{original.name}: {rewritten & left}"
        total += len(findings)
        rewritten_total += len(dels)
        left_total += len(left)
    assert rewritten_total >= total // 2


def test_docx_change_keeps_run_properties(tmp_path: Path) -> None:
    copies = _fix_all(tmp_path)
    for fixed in copies.values():
        root = _document_xml(fixed.read_bytes())
        for deletion in _jdlint_revisions(root, DEL):
            first = deletion.find(w("r"))
            inserted = deletion.getnext().find(w("r"))
            old, new = first.find(w("rPr")), inserted.find(w("rPr"))
            assert (old is None) == (new is None)
            if old is not None:
                assert etree.tostring(old) == etree.tostring(new)


def test_pdf_is_refused_with_a_message(tmp_path: Path) -> None:
    pdf = next(CORPUS.glob("*.pdf"))
    code, _, err = _run(str(pdf), "--output-dir", str(tmp_path / "out"))
    assert code == 0 and "PDF cannot be edited" in err and "source document" in err


def test_odt_and_web_pages_are_checked_not_fixed_with_a_message(tmp_path: Path) -> None:
    from test_reader_html import advert
    from test_reader_odt import odt

    (tmp_path / "jd.odt").write_bytes(odt())
    (tmp_path / "advert.html").write_bytes(advert())
    code, _, err = _run(str(tmp_path), "--output-dir", str(tmp_path / "out"))
    assert code == 0 and not (tmp_path / "out").exists()
    assert "jd.odt: OpenDocument files are checked, not fixed" in err
    assert "advert.html: web pages are checked, not fixed" in err


@pytest.mark.skipif(not Path("/usr/bin/soffice").exists(), reason="LibreOffice not installed")
def test_fixed_copy_opens_in_libreoffice(tmp_path: Path) -> None:
    fixed = next(p for p in _fix_all(tmp_path).values())
    subprocess.run(["/usr/bin/soffice", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--headless", "--convert-to", "txt:Text", "--outdir", str(tmp_path),
                    str(fixed)], check=True, capture_output=True, timeout=180)
    assert (tmp_path / f"{fixed.stem}.txt").read_text(encoding="utf-8-sig").strip()


def test_justified_findings_are_not_rewritten() -> None:
    import dataclasses

    from jdlint.outputs.annotate import annotate

    path = next(p for p in DOCX if any(f.rewrite for f in lint_path(p).findings))
    findings = [dataclasses.replace(f, suppressed=True, justification="agreed")
                for f in lint_path(path).findings]
    fixed = annotate(path.read_bytes(), findings, rewrite=True)
    assert not fixed.rewritten and fixed.placed
    assert not _jdlint_revisions(_document_xml(fixed.data), DEL)

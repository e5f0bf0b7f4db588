"""``jdlint fix``: text diffs that apply with patch, and Word copies with tracked changes that,
accepted, clear the rewritten findings and, rejected, give back the original text exactly."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from jdlint.api import lint_bytes, lint_path
from jdlint.cli import main
from jdlint.read.docx.names import DEL, INS, w
from revisions import (
    W,
    accept_all,
    comments_text,
    document_xml,
    jdlint_revisions,
    paragraph_texts,
    reject_all,
)

CORPUS = Path(__file__).resolve().parents[1] / "corpora"
TEXTS = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".md")
               and any(f.rewrite for f in lint_path(p).findings))
DOCX = sorted(p for p in CORPUS.rglob("*.docx") if lint_path(p).findings)
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


# What accepting every change leaves on the corpus Word files, each kept with a comment only:
# a degree or college named in brackets after words that name the profession themselves, a
# named part of a register, and a chartered title inside a sentence naming its body.
LEFT_AFTER_ACCEPTING = {
    ("brackenfield-deputy-director-of-quality-8d.docx", "JD103", "mbbs / mbchb"),
    ("brackenfield-deputy-director-of-quality-8d.docx", "JD103", "mrcp or frcs"),
    ("calder-assistant-practitioner-frailty-4.docx", "JD101", "nmc register"),
}


def test_docx_copies_open_accept_and_reject(tmp_path: Path) -> None:
    import docx

    copies = _fix_all(tmp_path)
    total = rewritten_total = 0
    left_total: set[tuple[str, str, str]] = set()
    for original, fixed in copies.items():
        data = fixed.read_bytes()
        docx.Document(io.BytesIO(data))
        root = document_xml(data)
        dels, inss = jdlint_revisions(root, DEL), jdlint_revisions(root, INS)
        assert len(dels) == len(inss)
        assert all(el.get(w("date")) == "2026-01-02T00:00:00Z" for el in dels + inss)
        assert paragraph_texts(reject_all(data)) == paragraph_texts(original.read_bytes())
        findings = lint_path(original).findings
        rewritten = _keys(f for f in findings if f.rewrite and not f.suppressed)
        left = _keys(lint_bytes(accept_all(data), original.name).findings)
        assert not rewritten & left, f"{original.name}: {rewritten & left}"
        for finding in findings:
            if (finding.rule, " ".join(finding.match.split()).lower()) in left:
                assert finding.rewrite is None and finding.message in comments_text(data)
        total += len(findings)
        rewritten_total += len(dels)
        left_total |= {(original.name, *key) for key in left}
    assert left_total == LEFT_AFTER_ACCEPTING
    assert (total, rewritten_total) == (53, 50)


def test_docx_change_keeps_run_properties(tmp_path: Path) -> None:
    copies = _fix_all(tmp_path)
    for fixed in copies.values():
        root = document_xml(fixed.read_bytes())
        for deletion in jdlint_revisions(root, DEL):
            first = deletion.find(w("r"))
            inserted = deletion.getnext().find(w("r"))
            old, new = first.find(w("rPr")), inserted.find(w("rPr"))
            assert (old is None) == (new is None)
            if old is not None:
                assert etree.tostring(old) == etree.tostring(new)


def test_pdf_is_refused_with_a_message(tmp_path: Path) -> None:
    pdf = next(p for p in sorted(CORPUS.glob("*.pdf")) if lint_path(p).findings)
    code, _, err = _run(str(pdf), "--output-dir", str(tmp_path / "out"))
    assert code == 0 and "PDF cannot be edited" in err and "source document" in err


def test_files_without_findings_get_no_copy(tmp_path: Path) -> None:
    """Only files with findings are copied; the rest are counted in one line, not listed."""
    clean = sorted(p for p in CORPUS.iterdir() if p.suffix in (".docx", ".pdf", ".txt")
                   and not lint_path(p).findings)[:3]
    ringfenced = DOCX[0]
    code, _, err = _run(*map(str, [*clean, ringfenced]), "--output-dir", str(tmp_path / "out"))
    assert code == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [ringfenced.name]
    assert "jdlint: 3 files have no findings; no copy written for them." in err
    assert not any(p.name in err for p in clean)


def test_odt_and_web_pages_are_checked_not_fixed_with_a_message(tmp_path: Path) -> None:
    from test_reader_html import advert
    from test_reader_odt import content_xml, odt

    (tmp_path / "jd.odt").write_bytes(odt(content_xml(
        '<text:h text:outline-level="1">Head of Patient Flow</text:h>'
        "<text:p>Person specification</text:p>"
        "<text:p>Essential: current NMC registration</text:p>")))
    (tmp_path / "advert.html").write_bytes(advert())
    code, _, err = _run(str(tmp_path), "--output-dir", str(tmp_path / "out"))
    assert code == 0 and not (tmp_path / "out").exists()
    assert "jd.odt: OpenDocument files are checked, not fixed" in err
    assert "advert.html: web pages are checked, not fixed" in err


@pytest.mark.skipif(not Path("/usr/bin/soffice").exists(), reason="LibreOffice not installed")
def test_fixed_copy_opens_in_libreoffice(tmp_path: Path) -> None:
    """Every fixed copy of the corpus opens in LibreOffice (one headless call for all)."""
    fixed = sorted(_fix_all(tmp_path).values())
    subprocess.run(["/usr/bin/soffice", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--headless", "--convert-to", "txt:Text", "--outdir", str(tmp_path / "txt"),
                    *map(str, fixed)], check=True, capture_output=True, timeout=600)
    texts = {p.stem: p.read_text(encoding="utf-8-sig") for p in (tmp_path / "txt").glob("*.txt")}
    assert sorted(texts) == sorted(p.stem for p in fixed)
    assert all(text.strip() for text in texts.values())


def test_justified_findings_are_not_rewritten() -> None:
    import dataclasses

    from jdlint.outputs.annotate import annotate

    path = next(p for p in DOCX if any(f.rewrite for f in lint_path(p).findings))
    findings = [dataclasses.replace(f, suppressed=True, justification="agreed")
                for f in lint_path(path).findings]
    fixed = annotate(path.read_bytes(), findings, rewrite=True)
    assert not fixed.rewritten and fixed.placed
    assert not jdlint_revisions(document_xml(fixed.data), DEL)


def test_others_revisions_inside_a_match_are_kept_and_commented(tmp_path: Path) -> None:
    """Words that sit partly in someone else's tracked change are not rewritten over it: their
    revision stays exactly as it was and the finding gets a comment; words split across runs
    of different formatting elsewhere are still rewritten."""
    import docx

    document = docx.Document()
    document.add_heading("Head of Patient Flow", 0)
    document.add_paragraph("Person specification")
    split = document.add_paragraph("Essential: current ")
    split.add_run("NMC regis").bold = True
    split.add_run("tration")
    theirs = document.add_paragraph("Essential: BSc ")
    insertion = etree.fromstring(
        f'<w:ins xmlns:w="{W}" w:id="7" w:author="HR" w:date="2024-01-01T00:00:00Z">'
        "<w:r><w:t>Nursing</w:t></w:r></w:ins>")
    theirs._p.append(insertion)
    source = tmp_path / "jd.docx"
    document.save(source)
    before = source.read_bytes()
    findings = lint_path(source).findings
    assert {f.match for f in findings} == {"current NMC registration", "BSc Nursing"}
    code, _, _ = _run(str(source), "--output-dir", str(tmp_path / "out"))
    assert code == 0 and source.read_bytes() == before
    fixed = (tmp_path / "out" / "jd.docx").read_bytes()
    root = document_xml(fixed)
    hr = [el for el in root.iter(INS) if el.get(w("author")) == "HR"]
    assert [(dict(el.attrib), "".join(el.itertext()), el.getparent().tag) for el in hr] == [
        (dict(insertion.attrib), "Nursing", P)]
    deleted = ["".join(t.text or "" for t in el.iter(w("delText")))
               for el in jdlint_revisions(root, DEL)]
    assert deleted == ["current NMC registration"]
    degree = next(f for f in findings if f.match == "BSc Nursing")
    assert degree.message in comments_text(fixed)
    assert paragraph_texts(reject_all(fixed)) == paragraph_texts(before)

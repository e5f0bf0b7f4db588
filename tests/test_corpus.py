"""Check the labelled example corpus itself: pairing, label validity, label text, coverage."""

from __future__ import annotations

import functools
import html
import json
import re
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path
from typing import Any

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpora"
DOC_SUFFIXES = (".docx", ".pdf", ".txt", ".md")
GROUPS = {".docx": "docx", ".pdf": "pdf", ".txt": "text", ".md": "text"}

PROFESSIONS = [
    "nursing", "midwifery", "medicine", "dentistry", "pharmacy", "optometry", "osteopathy",
    "chiropractic", "physiotherapy", "occupational-therapy", "speech-and-language-therapy",
    "dietetics", "podiatry", "radiography", "paramedicine", "operating-department-practice",
    "orthoptics", "prosthetics-orthotics", "arts-therapies", "practitioner-psychology",
    "healthcare-science", "social-work",
]
REGULATORS = ["NMC", "GMC", "GDC", "GPhC", "PSNI", "GOC", "GOsC", "GCC", "HCPC", "SWE", "SSSC",
              "SCW", "NISCC"]
WHYS = ["inclusive", "negated", "duty", "role-consistent", "multi-profession", "context"]
CATEGORIES = ["finding", "hedged", *WHYS]

_TEXT = {"type": "string", "minLength": 1}
SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["title", "band", "directorate", "criteria", "findings", "not_findings"],
    "properties": {
        "title": _TEXT,
        "band": {"oneOf": [{"type": "null"}, {"type": "string", "pattern": "^([2-7]|8[a-d]|9)$"}]},
        "directorate": {"type": ["string", "null"]},
        "criteria": {"type": "array", "minItems": 1, "items": {
            "type": "object", "additionalProperties": False, "required": ["text", "level"],
            "properties": {"text": _TEXT, "level": {"enum": ["essential", "desirable"]}}}},
        "findings": {"type": "array", "items": {
            "type": "object", "additionalProperties": False,
            "required": ["contains", "professions", "regulators", "level", "hedged"],
            "properties": {
                "contains": _TEXT,
                "professions": {"type": "array", "minItems": 1, "uniqueItems": True,
                                "items": {"enum": PROFESSIONS}},
                "regulators": {"type": "array", "minItems": 1, "uniqueItems": True,
                               "items": {"enum": REGULATORS}},
                "level": {"enum": ["essential", "desirable", "unspecified"]},
                "hedged": {"type": "boolean"}}}},
        "not_findings": {"type": "array", "items": {
            "type": "object", "additionalProperties": False, "required": ["contains", "why"],
            "properties": {"contains": _TEXT, "why": {"enum": WHYS}}}},
    },
}

# Forms domain.md §4/§4a says a linter must flag; each must be in some finding's "contains".
FINDING_FORMS = [
    r"current NMC registration", r"NMC registered", r"live NMC PIN",
    r"registered with the Nursing & Midwifery Council", r"NMC Part 1", r"sub-part 1",
    r"first level registered nurse", r"Level 1 Registered Nurse", r"evidence of NMC revalidation",
    r"Registered Nurse", r"RN(?! \(Adult\))", r"RN \(Adult\)", r"RNA", r"RN1", r"RGN", r"RMN",
    r"RNMH", r"RN3", r"RNLD", r"RN5", r"RSCN", r"RNC", r"RN8", r"EN", r"RN2", r"RM", r"RHV", r"RSN",
    r"nursing degree", r"BSc \(Hons\) Nursing", r"Diploma in Nursing", r"SPQ", r"SPDN", r"SCPHN",
    r"V100", r"V150", r"independent nurse prescriber", r"post-registration nursing experience",
    r"experience as a ward sister/charge nurse", r"Band 6 staff nurse experience",
    r"a nursing background", r"full GMC registration with a licence to practise",
    r"GMC Specialist Register", r"CCT", r"MBBS", r"MBChB", r"MRCP", r"MRCPsych", r"FRCS",
    r"medically qualified", r"must be a doctor", r"Social Work England", r"SSSC",
    r"Social Care Wales", r"NISCC", r"qualified social worker", r"DipSW", r"CQSW", r"ASYE",
    r"BASW membership", r"post-qualifying social work experience",
    r"HCPC registered Clinical Psychologist", r"DClinPsy", r"BPS chartership",
    r"HCPC registered physiotherapist", r"occupational therapist",
    r"HCPC registered Speech and Language Therapist", r"HCPC registered dietitian", r"MCSP",
    r"RCOT", r"RCSLT membership", r"BDA membership", r"Specialist Paramedic",
    r"experience as a physiotherapist", r"MPharm", r"GPhC registration",
    r"HCPC registered physiotherapist or occupational therapist", r"RGN or RMN",
    r"registered nurse or midwife", r"HCPC registered social worker",
]
# Forms domain.md §5 says a linter must not flag, with the reason each must carry.
NOT_FINDING_FORMS = [
    ("inclusive", r"NMC or HCPC"), ("inclusive", r"NMC, HCPC or GMC"),
    ("inclusive", r"registered healthcare professional \(e\.g\. NMC, HCPC\)"),
    ("inclusive", r"relevant professional registration"),
    ("inclusive", r"nurse, AHP or other registered clinician"),
    ("inclusive", r"a clinical qualification"), ("negated", r"NMC registration is not required"),
    ("negated", r"not essential for this role"), ("duty", r"line manage registered nurses"),
    ("duty", r"ensure compliance with the NMC Code"),
    ("duty", r"support nurses through revalidation"), ("duty", r"liaise with the RCN"),
    ("context", r"^Chief Nurse$"), ("context", r"^Director of Nursing$"),
    ("context", r"work alongside physiotherapists"), ("role-consistent", r"NMC"),
    ("role-consistent", r"HCPC registered physiotherapist"), ("role-consistent", r"GPhC"),
    ("role-consistent", r"GMC"), ("role-consistent", r"\(RM\)"), ("multi-profession", r"V300"),
    ("multi-profession", r"non-medical prescriber"), ("multi-profession", r"AMHP"),
    ("multi-profession", r"Best Interests Assessor"), ("multi-profession", r"Approved Clinician"),
    ("multi-profession", r"Advanced Clinical Practitioner"), ("multi-profession", r"CBT"),
]


def documents() -> list[Path]:
    """Return every corpus document."""
    return sorted(p for p in CORPUS.iterdir() if p.name.endswith(DOC_SUFFIXES))


def expected_of(doc: Path) -> dict[str, Any]:
    """Return a document's expected labels."""
    return json.loads((CORPUS / f"{doc.stem}.expected.json").read_text(encoding="utf-8"))


def _xml(doc: Path, part: str = "word/document.xml") -> str:
    return zipfile.ZipFile(doc).read(part).decode("utf-8")


@functools.cache
def text_of(doc: Path) -> str:
    """Return a document's text, crudely extracted, with whitespace collapsed."""
    if doc.suffix == ".docx":
        xml = _xml(doc).replace("<w:br/>", "<w:t> </w:t>")
        paragraphs = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
        text = "\n".join("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p))
                         for p in paragraphs)
        text = html.unescape(text)
    elif doc.suffix == ".pdf":
        from pdfminer.high_level import extract_text

        text = extract_text(str(doc))
    else:
        text = doc.read_text(encoding="utf-8")
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _categories(expected: dict[str, Any]) -> set[str]:
    cats = {"hedged" if f["hedged"] else "finding" for f in expected["findings"]}
    return cats | {n["why"] for n in expected["not_findings"]}


def _all_expected() -> list[tuple[Path, dict[str, Any]]]:
    return [(doc, expected_of(doc)) for doc in documents()]


def _manifest() -> dict[str, Any]:
    return json.loads((CORPUS / "MANIFEST.json").read_text(encoding="utf-8"))


def test_corpus_size_and_formats() -> None:
    counts = {s: sum(d.suffix == s for d in documents()) for s in DOC_SUFFIXES}
    assert len(documents()) >= 36
    assert counts[".docx"] >= 12 and counts[".pdf"] >= 9
    assert counts[".txt"] >= 5 and counts[".md"] >= 5
    total = sum(p.stat().st_size for p in CORPUS.iterdir())
    assert total < 3 * 1024 * 1024


def test_documents_and_expected_files_pair_up() -> None:
    stems = {d.stem for d in documents()}
    assert len(stems) == len(documents())
    labelled = {p.name.removesuffix(".expected.json") for p in CORPUS.glob("*.expected.json")}
    assert stems == labelled


@pytest.mark.parametrize("doc", documents(), ids=lambda p: p.name)
def test_expected_is_valid(doc: Path) -> None:
    expected = expected_of(doc)
    jsonschema.validate(expected, SCHEMA)
    contains = [f["contains"] for f in expected["findings"]]
    assert len(contains) == len(set(contains))


@pytest.mark.parametrize("doc", documents(), ids=lambda p: p.name)
def test_labels_occur_in_document(doc: Path) -> None:
    text = text_of(doc)
    expected = expected_of(doc)
    assert expected["title"] in text
    for finding in expected["findings"]:
        assert text.count(finding["contains"]) == 1, finding["contains"]
    for item in expected["not_findings"]:
        assert item["contains"] in text, item["contains"]
    for criterion in expected["criteria"]:
        assert criterion["text"] in text, criterion["text"]


@pytest.mark.parametrize("group", ["docx", "pdf", "text"])
def test_every_case_category_in_every_format_group(group: str) -> None:
    found: set[str] = set()
    for doc, expected in _all_expected():
        if GROUPS[doc.suffix] == group:
            found |= _categories(expected)
    assert set(CATEGORIES) <= found, set(CATEGORIES) - found


def test_every_finding_form_is_labelled() -> None:
    contains = [f["contains"] for _, e in _all_expected() for f in e["findings"]]
    missing = [form for form in FINDING_FORMS
               if not any(re.search(rf"(?<![\w-]){form}(?!\w)", c, re.I if " " in form else 0)
                          for c in contains)]
    assert not missing


def test_every_not_finding_form_is_labelled() -> None:
    items = [n for _, e in _all_expected() for n in e["not_findings"]]
    missing = [(why, form) for why, form in NOT_FINDING_FORMS
               if not any(n["why"] == why and re.search(form, n["contains"], re.I)
                          for n in items)]
    assert not missing


def test_findings_cover_other_professions_and_levels() -> None:
    findings = [f for _, e in _all_expected() for f in e["findings"]]
    professions = {p for f in findings for p in f["professions"]}
    assert {"nursing", "midwifery", "medicine", "social-work", "pharmacy", "physiotherapy",
            "practitioner-psychology", "paramedicine"} <= professions
    assert {f["level"] for f in findings} >= {"essential", "desirable"}
    assert any(len(f["regulators"]) > 1 for f in findings)


def test_job_details_vary() -> None:
    expected = [e for _, e in _all_expected()]
    assert any(e["band"] is None for e in expected)  # a medical grade
    assert any(e["directorate"] for e in expected)
    bands = {e["band"] for e in expected}
    assert {"5", "6", "7", "8a", "8b", "8c", "8d"} <= bands


def test_manifest_layouts_span_formats() -> None:
    entries = _manifest()["documents"]
    assert {e["file"] for e in entries} == {d.name for d in documents()}
    by_group: dict[str, set[str]] = {}
    for e in entries:
        by_group.setdefault(GROUPS[Path(e["file"]).suffix], set()).add(e["layout"])
    tables, lists = {"ticks", "edcol", "textcols"}, {"headings", "inline", "prefix"}
    assert tables | lists <= by_group["docx"]
    assert tables | lists <= by_group["pdf"]
    assert tables | lists <= by_group["text"]
    assert {e["tick"] for e in entries if e["layout"] == "ticks"} >= {"✓", "X", "Yes", "ED"}
    assert {e["details"] for e in entries} >= {"table", "lines", "heading", "post"}


def test_docx_features_present() -> None:
    xmls = {d.name: _xml(d) for d in documents() if d.suffix == ".docx"}
    assert any("<w:ins " in x and "<w:del " in x for x in xmls.values())  # tracked changes
    assert any("<w:br/>" in x for x in xmls.values())  # soft line break
    assert any("<w:gridSpan " in x for x in xmls.values())  # horizontal merge
    assert any("<w:vMerge" in x for x in xmls.values())  # vertical merge
    assert any(re.search(r"<w:tc>(?:(?!</w:tc>).)*<w:tbl>", x, re.S) for x in xmls.values())
    assert any('w:val="ListNumber"' in x for x in xmls.values())  # list numbering
    for name in xmls:
        footers = [n for n in zipfile.ZipFile(CORPUS / name).namelist() if "footer" in n]
        assert any("NUMPAGES" in _xml(CORPUS / name, f) for f in footers), name


def test_tracked_docx_and_pdf_export_agree() -> None:
    pairs = [(e["file"], e["export_of"]) for e in _manifest()["documents"] if e["export_of"]]
    assert pairs
    for pdf_name, docx_name in pairs:
        pdf, docx = CORPUS / pdf_name, CORPUS / docx_name
        assert expected_of(pdf) == expected_of(docx)
        deleted = re.findall(r"<w:delText(?: [^>]*)?>([^<]*)</w:delText>", _xml(docx))
        assert deleted
        for text in deleted:
            assert " ".join(text.split()) not in text_of(pdf)
            assert " ".join(text.split()) not in text_of(docx)


def test_generator_reproduces_committed_corpus(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_corpus.py"), "--out",
                    str(tmp_path), "--skip-pdf"], check=True, capture_output=True)
    generated = sorted(p.name for p in tmp_path.iterdir())
    committed = sorted(p.name for p in CORPUS.iterdir() if p.is_file() and p.suffix != ".pdf"
                       and p.name != "KNOWN-DEVIATIONS.json")  # jdlint's record, not the corpus
    assert generated == committed
    for name in generated:
        assert (tmp_path / name).read_bytes() == (CORPUS / name).read_bytes(), name

"""Check the field corpus data itself: pairing, labels, label text, manifest and its two halves.

Nothing here asks jdlint anything: the labels are checked against the documents' own text
(crudely extracted) and against the schema of the main corpus.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import re
import subprocess
import sys
from collections import defaultdict
from importlib import metadata
from pathlib import Path
from types import ModuleType
from typing import Any

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parent.parent
FIELD = ROOT / "corpora" / "field"
FORMATS = ("docx", "pdf", "txt", "md")
SPLITS = ("tuning", "check")


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCHEMA: dict[str, Any] = _load("_corpus_schema", ROOT / "tests" / "test_corpus.py").SCHEMA
EXTRACT = _load("_field_extract", ROOT / "scripts" / "field_corpus" / "extract.py")


def documents() -> list[Path]:
    """Return every field-corpus document."""
    return sorted(p for p in FIELD.iterdir() if p.suffix.lstrip(".") in FORMATS)


def expected_of(doc: Path) -> dict[str, Any]:
    """Return a document's expected labels."""
    return json.loads((FIELD / f"{doc.stem}.expected.json").read_text(encoding="utf-8"))


@functools.cache
def text_of(doc: Path) -> str:
    """Return a document's text (body, headers, footers), whitespace collapsed."""
    return str(EXTRACT.text_of(doc.read_bytes(), doc.suffix))


@functools.cache
def manifest() -> dict[str, Any]:
    """Return the field corpus manifest."""
    return json.loads((FIELD / "MANIFEST.json").read_text(encoding="utf-8"))


def _entries() -> list[dict[str, Any]]:
    return list(manifest()["documents"])


def test_size_and_formats() -> None:
    docs = documents()
    assert len(docs) >= 64
    for fmt in FORMATS:
        assert sum(d.suffix == f".{fmt}" for d in docs) >= 16, fmt
    assert sum(p.stat().st_size for p in FIELD.iterdir()) < 3 * 1024 * 1024


def test_documents_and_expected_files_pair_up() -> None:
    stems = [d.stem for d in documents()]
    assert len(stems) == len(set(stems))
    labelled = {p.name.removesuffix(".expected.json") for p in FIELD.glob("*.expected.json")}
    assert set(stems) == labelled


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


def test_manifest_lists_every_document_with_a_split() -> None:
    entries = _entries()
    assert sorted(e["file"] for e in entries) == [d.name for d in documents()]
    for e in entries:
        assert e["split"] in SPLITS, e["file"]
        assert e["expected"] == f"{Path(e['file']).stem}.expected.json"
        assert e["format"] == Path(e["file"]).suffix.lstrip(".")
        assert e["nation"] in ("England", "Scotland", "Wales", "Northern Ireland")
        assert e["forms"] and e["layout"]


def test_halves_are_even_and_hold_every_format_layout_and_nation() -> None:
    entries = _entries()
    sizes = {s: sum(e["split"] == s for e in entries) for s in SPLITS}
    assert abs(sizes["tuning"] - sizes["check"]) <= 1
    for key in ("format", "layout", "spec_style", "nation"):
        for value in {e[key] for e in entries}:
            halves = {e["split"] for e in entries if e[key] == value}
            assert halves == set(SPLITS), (key, value)


def test_every_form_is_in_both_halves() -> None:
    halves: dict[str, set[str]] = defaultdict(set)
    for e in _entries():
        for form in e["forms"]:
            halves[form].add(e["split"])
    assert {f for f, s in halves.items() if s != set(SPLITS)} == set()


def test_halves_word_each_form_differently() -> None:
    label = re.compile(r"^[a-z0-9-]+$")
    by_split: dict[str, dict[str, set[str]]] = {s: defaultdict(set) for s in SPLITS}
    for e in _entries():
        expected = json.loads((FIELD / e["expected"]).read_text(encoding="utf-8"))
        words = {f["contains"].casefold() for f in expected["findings"]}
        words |= {n["contains"].casefold() for n in expected["not_findings"]}
        for form in e["forms"]:
            assert label.match(form), form
            by_split[e["split"]][form] |= words
    shared = {form: by_split["tuning"][form] & by_split["check"][form]
              for form in by_split["tuning"]}
    # The same form is exercised by different requirement words in the two halves.
    assert all(not words for words in shared.values()), {f: w for f, w in shared.items() if w}


def test_mix_of_findings_levels_and_posts() -> None:
    expected = [expected_of(d) for d in documents()]
    with_findings = sum(bool(e["findings"]) for e in expected)
    assert 0.5 <= with_findings / len(expected) <= 0.75
    findings = [f for e in expected for f in e["findings"]]
    assert {f["level"] for f in findings} == {"essential", "desirable", "unspecified"}
    assert any(f["hedged"] for f in findings)
    assert any(len(f["regulators"]) > 1 for f in findings)
    assert {"PSNI", "SSSC", "SCW", "NISCC", "SWE"} <= {r for f in findings
                                                        for r in f["regulators"]}
    bands = {e["band"] for e in expected}
    assert {None, "4", "5", "6", "7", "8a", "8b", "8c", "8d", "9"} <= bands
    whys = {n["why"] for e in expected for n in e["not_findings"]}
    assert whys == {"inclusive", "negated", "duty", "role-consistent", "multi-profession",
                    "context"}


def test_generator_reproduces_committed_corpus(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(ROOT / "scripts" / "field_corpus" / "make.py"),
                    "--out", str(tmp_path)], check=True, capture_output=True)
    generated = sorted(p.name for p in tmp_path.iterdir())
    # KNOWN-DEVIATIONS.json is jdlint's record against the corpus, not part of it.
    assert generated == sorted(p.name for p in FIELD.iterdir() if p.name != "KNOWN-DEVIATIONS.json")
    versions = manifest()["generator"]
    same = all(metadata.version(k) == v for k, v in versions.items())
    for name in generated:
        if name.endswith((".docx", ".pdf")) and not same:
            continue  # binary output depends on the library versions recorded in the manifest
        assert (tmp_path / name).read_bytes() == (FIELD / name).read_bytes(), name

"""The registries of readers and outputs: every entry works, and nothing bypasses them."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from click.testing import CliRunner

import legacy_samples
from jdlint.cli import main
from jdlint.document import RawDocument
from jdlint.outputs import OUTPUTS, OutputKind, RenderContext, output, report_names
from jdlint.read import sniff
from jdlint.read.registry import READERS, extensions, format_of, reader
from jdlint.run.discover import discover
from sample_results import RULES, sample_results
from test_reader_html import advert
from test_reader_odt import odt

CORPUS = Path(__file__).resolve().parents[1] / "corpora"


@pytest.mark.parametrize("entry", READERS, ids=lambda r: r.format)
def test_every_reader_reads_a_corpus_document_of_its_format(entry: object,
                                                            tmp_path: Path) -> None:
    from jdlint.read.registry import Reader

    assert isinstance(entry, Reader)
    built = {"odt": odt, "html": advert}  # formats the corpus does not hold: built in the tests
    if entry.format in built:
        data, name = built[entry.format](), f"jd{entry.extensions[0]}"
    elif entry.converter is not None:  # no shipped sample: LibreOffice makes one from a .docx
        sample = legacy_samples.convert([CORPUS / "kestrel-charge-nurse-6.docx"],
                                        entry.format, tmp_path / "made")[0]
        data, name = sample.read_bytes(), sample.name
    else:
        sample = next(p for p in sorted(CORPUS.iterdir()) if p.suffix in entry.extensions)
        data, name = sample.read_bytes(), sample.name
    raw = entry.load()(data, name)
    assert isinstance(raw, RawDocument) and raw.format == entry.format and raw.items


def test_every_extension_names_one_reader_and_folders_pick_them_all_up(tmp_path: Path) -> None:
    assert len(extensions()) == sum(len(r.extensions) for r in READERS)
    for entry in READERS:
        for extension in entry.extensions:
            assert format_of(f"JD{extension.upper()}") == entry.format
            (tmp_path / f"jd{extension}").write_text("x", encoding="utf-8")
    found = {p.suffix for p in discover([tmp_path])}
    assert extensions() <= found


def test_every_kind_sniffing_recognises_is_read_by_a_registered_reader() -> None:
    kinds = [v for v in vars(sniff).values() if isinstance(v, sniff.Kind)]
    for kind in kinds:
        if kind.reader is not None:
            assert reader(kind.reader).format == kind.reader


@pytest.mark.parametrize("name", report_names())
def test_every_report_output_renders_the_same_bytes_twice(name: str) -> None:
    render = output(name).renderer()
    first, second = io.StringIO(), io.StringIO()
    context = RenderContext(rules=RULES, tool_version="9.9.9")
    render(sample_results(), first, context)
    render(sample_results(), second, context)
    assert first.getvalue() and first.getvalue() == second.getvalue()


def test_every_copy_output_names_the_formats_it_edits() -> None:
    copies = [o for o in OUTPUTS if o.kind is OutputKind.COPY]
    assert copies
    for entry in copies:
        assert entry.formats and all(reader(f) for f in entry.formats)
        assert callable(entry.load().copy)
        with pytest.raises(TypeError):
            entry.renderer()


def test_check_offers_every_report_output(tmp_path: Path) -> None:
    (tmp_path / "jd.txt").write_text("Job title: Porter\n\nEssential: good humour\n",
                                     encoding="utf-8")
    assert "xml" not in report_names()
    for name in report_names():
        done = CliRunner().invoke(main, ["check", "--no-cache", "-q", "--format", name,
                                         str(tmp_path / "jd.txt")])
        assert done.exit_code == 0, (name, done.output)
    refused = CliRunner().invoke(main, ["check", "--format", "xml", str(tmp_path)])
    assert refused.exit_code == 2

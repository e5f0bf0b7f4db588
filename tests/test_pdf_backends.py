"""The pdfium backend reads every corpus PDF as the pdfminer reference does; selection works."""

from __future__ import annotations

import json
from functools import cache, partial
from pathlib import Path

import numpy as np
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import pdfgen
from jdlint.api import read_document
from jdlint.document import Document, Level
from jdlint.errors import ConfigError, ErrorCategory, ReadError
from jdlint.read import pdf as pdf_reader
from jdlint.read.pdf.geometry import Glyph, Rule, runs_from_glyphs
from jdlint.read.pdf.pdfium_chars import Chars, page_chars
from jdlint.read.pdf.pdfium_lines import page_lines, runs
from jdlint.read.pdf.pdfium_paths import page_rules
from jdlint.read.pdf.pdfium_runs import page_runs

pytest.importorskip("pypdfium2")

CORPUS = Path(__file__).resolve().parents[1] / "corpora"
PDFS = sorted(CORPUS.glob("*.pdf"))


@cache
def read_with(backend: str, path: Path) -> Document:
    """Read a corpus PDF through jdlint.api with one backend forced."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(pdf_reader.BACKEND_ENV, backend)
        return read_document(path.read_bytes(), path.name)


def criteria(document: Document) -> list[tuple[str, Level]]:
    """Return the person-specification criteria with their levels, in order."""
    return [(b.text, b.level) for b in document.blocks if b.in_person_specification]


def test_the_corpus_has_pdfs_with_expectations() -> None:
    assert len(PDFS) >= 5
    assert all(p.with_suffix(".expected.json").exists() for p in PDFS)


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.stem)
def test_backends_agree_on_criteria_levels_title_and_band(path: Path) -> None:
    reference, fast = read_with("pdfminer", path), read_with("pdfium", path)
    assert criteria(fast) == criteria(reference)
    assert (fast.title, fast.band) == (reference.title, reference.band)
    assert fast.pages == reference.pages


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.stem)
def test_pdfium_reads_the_expected_title_band_and_criteria(path: Path) -> None:
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    document = read_with("pdfium", path)
    assert (document.title, document.band) == (expected["title"], expected["band"])
    found = {text for text, level in criteria(document) if level is not Level.UNSPECIFIED}
    missing = [c["text"] for c in expected["criteria"] if not any(c["text"] in f for f in found)]
    assert not missing


def test_auto_is_the_default_and_bad_names_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(pdf_reader.BACKEND_ENV, raising=False)
    assert pdf_reader.backend_choice() == "auto"
    assert pdf_reader.backend_choice("PDFMiner") == "pdfminer"
    monkeypatch.setenv(pdf_reader.BACKEND_ENV, "ghostscript")
    with pytest.raises(ConfigError):
        pdf_reader.backend_choice()


def test_auto_falls_back_to_pdfminer_when_pdfium_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    from jdlint.read.pdf import pdfium_backend

    def broken(data: bytes) -> list[object]:
        raise RuntimeError("PDFium fell over")

    monkeypatch.setattr(pdfium_backend, "extract", broken)
    raw = pdf_reader.read(pdfgen.one_page(), "x.pdf", backend="auto")
    assert raw.pages == 1
    with pytest.raises(ReadError) as info:
        pdf_reader.read(pdfgen.one_page(), "x.pdf", backend="pdfium")
    assert info.value.category is ErrorCategory.CORRUPT
    assert isinstance(info.value.__cause__, RuntimeError)


def test_auto_falls_back_when_pypdfium2_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    real = pdf_reader.importlib.import_module

    def no_pdfium(name: str) -> object:
        if name.endswith("pdfium_backend"):
            raise ImportError("no pypdfium2", name="pypdfium2")
        return real(name)

    monkeypatch.setattr(pdf_reader.importlib, "import_module", no_pdfium)
    assert pdf_reader.read(pdfgen.one_page(), "x.pdf").pages == 1
    with pytest.raises(ConfigError):
        pdf_reader.read(pdfgen.one_page(), "x.pdf", backend="pdfium")


@pytest.mark.parametrize("backend", ["pdfium", "pdfminer"])
def test_encrypted_pdf_is_encrypted_on_either_backend(backend: str) -> None:
    with pytest.raises(ReadError) as info:
        pdf_reader.read(pdfgen.encrypted(), "locked.pdf", backend=backend)
    assert info.value.category is ErrorCategory.ENCRYPTED


_text = st.sampled_from(["a", "B", "7", " ", "", "\u00a0", "é"])
_glyph = st.tuples(_text, st.floats(0, 500), st.floats(0, 20), st.floats(0, 800),
                   st.floats(6, 20), st.booleans())


@given(st.lists(_glyph, max_size=30), st.lists(st.floats(0, 520), max_size=3))
def test_fused_runs_equal_runs_from_glyphs(raw: list[tuple], cuts: list[float]) -> None:
    glyphs, x = [], 0.0
    for text, gap, width, top, size, bold in raw:
        x0 = x + gap
        glyphs.append((text, x0, x0 + width, top, top + size, size, bold))
        x = x0 + width
    out: list = []
    runs(glyphs, sorted(cuts), out)
    assert out == runs_from_glyphs([Glyph(*g) for g in glyphs], cuts)


def _lines_by_tuples(chars: Chars, top: float, rules: list[Rule]) -> list:
    """Run the per-character reference (pdfium_lines.page_lines) on the same characters."""
    rows = zip(chars.text, chars.x0.tolist(), chars.x1.tolist(), chars.y0.tolist(),
               chars.y1.tolist(), chars.size.tolist(), chars.bold.tolist(),
               chars.upright.tolist(), strict=True)
    return page_lines(list(rows), top, rules)


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.stem)
def test_column_runs_equal_per_character_runs_on_the_corpus(path: Path) -> None:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path.read_bytes())
    try:
        for page in pdf:
            textpage = page.get_textpage()
            height = page.get_height()
            chars = page_chars(textpage.raw, 0.0)
            textpage.close()
            rules = page_rules(page.raw, 0.0, height)
            assert len(chars.text) > 0
            assert page_runs(chars, height, rules) == _lines_by_tuples(chars, height, rules)
    finally:
        pdf.close()


@pytest.mark.parametrize("path", PDFS[:3], ids=lambda p: p.stem)
def test_characters_read_in_blocks_match_pdfiums_declared_calls(
        path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The reused pointer slots give each character what PDFium's own prototypes give, across
    block boundaries (blocks of 5 here, so every page spans many): the loose box's right edge,
    the baseline plus the descent, and as left edge the origin or, inside a level run, the
    loose box's left (the same point, or the ink's left where a glyph reaches back past its
    origin, as an italic "j" does)."""
    import ctypes
    import threading

    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    from jdlint.read.pdf import pdfium_chars

    monkeypatch.setattr(pdfium_chars._Slots, "SIZE", 5)
    monkeypatch.setattr(pdfium_chars, "_LOCAL", threading.local())
    pdf = pdfium.PdfDocument(path.read_bytes())
    try:
        for page in pdf:
            textpage = page.get_textpage()
            chars = page_chars(textpage.raw, 0.0)
            handle = ctypes.cast(textpage.raw, ctypes.c_void_p).value
            fonts = pdfium_chars._Fonts()
            x0, loose, x1, y0 = [], [], [], []
            for index in range(pdfium_c.FPDFText_CountChars(textpage.raw)):
                obj = pdfium_c.FPDFText_GetTextObject(textpage.raw, index)
                if not obj:
                    continue
                across, up = ctypes.c_double(), ctypes.c_double()
                pdfium_c.FPDFText_GetCharOrigin(textpage.raw, index, across, up)
                rect = pdfium_c.FS_RECTF()
                pdfium_c.FPDFText_GetLooseCharBox(textpage.raw, index, rect)
                x0.append(across.value)
                loose.append(float(rect.left))
                x1.append(float(rect.right))
                address = ctypes.cast(obj, ctypes.c_void_p).value
                y0.append(up.value + pdfium_chars._style(handle, index, address, fonts)[1])
            textpage.close()
            assert len(x0) > 5
            assert all(x in (origin, left) for x, origin, left in zip(
                chars.x0.tolist(), x0, loose, strict=True))
            assert chars.x1.tolist() == x1
            assert chars.y0.tolist() == y0
    finally:
        pdf.close()


def test_level_runs_ask_one_origin_each(monkeypatch: pytest.MonkeyPatch) -> None:
    """PDFium is asked the origin once per run of a level text object, not per character."""
    import pypdfium2 as pdfium

    from jdlint.read.pdf import pdfium_chars

    asked = []
    declared = pdfium_chars._origin

    def origin(*args: object) -> object:
        asked.append(args[1])
        return declared(*args)  # type: ignore[operator]

    monkeypatch.setattr(pdfium_chars, "_origin", origin)
    pdf = pdfium.PdfDocument(PDFS[0].read_bytes())
    try:
        page = pdf[0]
        textpage = page.get_textpage()
        chars = page_chars(textpage.raw, 0.0)
        textpage.close()
    finally:
        pdf.close()
    assert len(chars.text) > 200
    assert 0 < len(asked) < len(chars.text) / 5


_gap = st.one_of(st.sampled_from([0.0, 0.0, 0.5, 2.0, 12.0, 30.0]), st.floats(0, 30))
_char = st.tuples(_text, _gap, st.floats(0, 12), st.sampled_from([0.0, 0.0, 1.0, -3.0, 8.0]),
                  st.sampled_from([6.0, 9.5, 10.04, 12.0, 14.0]), st.booleans())


@given(st.lists(_char, min_size=1, max_size=40),
       st.lists(st.tuples(st.floats(0, 200), st.floats(0, 20), st.floats(40, 100)),
                max_size=4))
@example([(c, 0.0, 5.0, 0.0, 10.0, False) for c in "abcd"], [(9.8, 0.0, 50.0)])  # a cut word
def test_column_runs_equal_per_character_runs(raw: list[tuple], walls: list[tuple]) -> None:
    text, x0, x1, y0, size, bold = [], [], [], [], [], []
    x, y = 0.0, 100.0
    for glyph, gap, width, rise, em, heavy in raw:
        if gap > 25:  # a new line now and then
            x, y = gap, y - 14
        x += gap
        text.append(glyph or "x")
        x0.append(x)
        x1.append(x + width)
        y0.append(y + rise)
        size.append(em)
        bold.append(heavy)
        x += width
    f = partial(np.array, dtype=float)
    chars = Chars("".join(text), f(x0), f(x1), f(y0), f(y0) + f(size), f(size), np.array(bold),
                  np.ones(len(text), dtype=bool))
    rules = [Rule(wx, wx + 0.5, top, top + tall) for wx, top, tall in walls]
    assert page_runs(chars, 120.0, rules) == _lines_by_tuples(chars, 120.0, rules)


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.stem)
def test_text_objects_probed_every_few_indices_equal_those_asked_at_every_index(
        path: Path) -> None:
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    from jdlint.read.pdf import pdfium_objects

    pdf = pdfium.PdfDocument(path.read_bytes())
    try:
        for page in pdf:
            textpage = page.get_textpage()
            count = pdfium_c.FPDFText_CountChars(textpage.raw)
            handle = ctypes.cast(textpage.raw, ctypes.c_void_p).value or 0
            codes = np.full(count, ord("a"), dtype=np.uint32)
            every = pdfium_objects.every_object(handle, count)
            assert (pdfium_objects.text_objects(handle, codes) == every).all()
            assert len(set(every.tolist())) > 2  # several objects and made-up characters
            textpage.close()
    finally:
        pdf.close()


@pytest.mark.parametrize("code", [0x05D0, 0x0627, 0xFB50, 0xFEFC, 0xD83D, 0xFFFD, 0x200F])
def test_a_page_that_may_hold_right_to_left_text_is_asked_at_every_index(
        code: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """PDFium reverses right-to-left stretches, which may interleave two text objects."""
    from jdlint.read.pdf import pdfium_objects

    asked: list[int] = []
    monkeypatch.setattr(pdfium_objects, "_ask", lambda handle, indices: (
        asked.extend(indices), np.ones(len(indices), dtype=np.uint64))[1])
    codes = np.full(100, ord("a"), dtype=np.uint32)
    pdfium_objects.text_objects(0, codes)
    assert len(asked) < 30
    asked.clear()
    codes[57] = code
    assert (pdfium_objects.text_objects(0, codes) == 1).all()
    assert asked == list(range(100))

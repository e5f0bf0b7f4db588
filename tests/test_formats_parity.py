"""The same JD saved as .docx, .doc, .odt, .rtf and .html gives the same findings, title and band.

LibreOffice (which the test set-up installs) saves one corpus Word file in the four other
formats with one call each; each copy is then checked as a user would check it.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from jdlint.api import lint_path
from legacy_samples import CORPUS, soffice_or_skip

SOURCE = CORPUS / "kestrel-infection-prevention-lead-8a.docx"
FILTERS = {"doc": "doc:MS Word 97", "odt": "odt", "rtf": "rtf:Rich Text Format",
           "html": "html:HTML (StarWriter)"}


@pytest.fixture(scope="module")
def copies(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    program = soffice_or_skip()
    folder = tmp_path_factory.mktemp("formats")
    made = {}
    for fmt, conversion in FILTERS.items():
        subprocess.run([program, f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                        "--headless", "--convert-to", conversion, "--outdir", str(folder),
                        str(SOURCE)], check=True, capture_output=True, timeout=300,
                       env={**os.environ, "HOME": str(folder)})
        made[fmt] = folder / f"{SOURCE.stem}.{fmt}"
    return made


def _judged(path: Path) -> tuple[object, ...]:
    result = lint_path(path)
    assert result.error is None, result.error
    return (result.title, result.band,
            sorted((f.rule, " ".join(f.match.split()), str(f.level)) for f in result.findings))


@pytest.mark.parametrize("fmt", sorted(FILTERS))
def test_each_format_gives_what_the_docx_gives(copies: dict[str, Path], fmt: str) -> None:
    expected = _judged(SOURCE)
    assert expected[2], "the sample JD must have findings"
    assert lint_path(copies[fmt]).format == fmt
    assert _judged(copies[fmt]) == expected

"""Make .doc and .rtf copies of corpus Word files with LibreOffice, for the legacy tests."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest

from jdlint.read.legacy.soffice import locate

CORPUS = Path(__file__).resolve().parents[1] / "corpora"
FILTERS = {"doc": "doc:MS Word 97", "rtf": "rtf:Rich Text Format"}


def soffice_or_skip() -> str:
    """Return the soffice program, or skip the test saying LibreOffice is missing."""
    program = locate()
    if program is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install "
                    "libreoffice-writer-nogui")
    return program


def convert(sources: Sequence[Path], fmt: str, outdir: Path) -> list[Path]:
    """Save ``sources`` as ``fmt`` ("doc" or "rtf") in ``outdir`` with one LibreOffice call."""
    program = soffice_or_skip()
    outdir.mkdir(parents=True, exist_ok=True)
    profile = outdir.parent / f".profile-{fmt}-{os.getpid()}"
    subprocess.run([program, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", FILTERS[fmt], "--outdir", str(outdir), *map(str, sources)],
                   check=True, capture_output=True, timeout=600)
    made = [outdir / f"{s.stem}.{fmt}" for s in sources]
    missing = [p.name for p in made if not p.is_file()]
    assert not missing, f"LibreOffice did not make {missing}"
    return made

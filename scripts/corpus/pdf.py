"""Convert a .docx to PDF with LibreOffice headless and pin its volatile metadata."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

FIXED_DATE = b"D:20240301090000Z"


def convert(docx: bytes, stem: str) -> bytes:
    """Return the PDF LibreOffice makes of the given .docx bytes."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise RuntimeError("LibreOffice (soffice) is needed to make the PDF examples")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{stem}.docx"
        src.write_bytes(docx)
        profile = Path(tmp) / "profile"
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", tmp, str(src)],
            check=True, capture_output=True, timeout=180,
        )
        return pin(Path(tmp, f"{stem}.pdf").read_bytes())


def pin(pdf: bytes) -> bytes:
    """Replace dates, document id and checksum with fixed values of the same length."""
    def date(m: re.Match[bytes]) -> bytes:
        value = m[2]
        fixed = (FIXED_DATE + b"'" * len(value))[: len(value)] if len(value) >= len(FIXED_DATE) \
            else FIXED_DATE[: len(value)]
        return m[1] + fixed + b")"

    pdf = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()([^)]*)\)", date, pdf)

    def zeros(m: re.Match[bytes]) -> bytes:
        return re.sub(rb"<[0-9A-Fa-f]+>", lambda h: b"<" + b"0" * (len(h[0]) - 2) + b">", m[0])

    pdf = re.sub(rb"/ID\s*\[[^\]]*\]", zeros, pdf)
    return re.sub(rb"(?<=/DocChecksum /)[0-9A-Fa-f]+", lambda m: b"0" * len(m[0]), pdf)

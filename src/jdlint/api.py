"""The library API: read and lint documents from Python, as the CLI does.

    from jdlint.api import Settings, lint_bytes, lint_path
    result = lint_path(Path("matron.docx"))           # a DocumentResult
    result.as_dict()                                  # the JSON schema of ``jdlint check``

bytes → :class:`~jdlint.document.RawDocument` (:mod:`jdlint.read`) →
:class:`~jdlint.document.Document` (:mod:`jdlint.structure`) → findings (:mod:`jdlint.judge`)
→ :class:`~jdlint.results.DocumentResult`. Results are frozen values. This module only gathers
the public names: nothing inside jdlint imports it.
"""

from __future__ import annotations

from pathlib import Path

from jdlint.document import Document
from jdlint.judge.catalogue import ruleset_for
from jdlint.results import DocumentResult, Finding, Severity, Status
from jdlint.run.settings import Settings, build_settings
from jdlint.run.unit import (
    error_result,
    lint_bytes,
    lint_document,
    read_bytes,
    read_document,
    read_path,
)

__all__ = [
    "Document", "DocumentResult", "Finding", "Settings", "Severity", "Status", "build_settings",
    "error_result", "lint_bytes", "lint_document", "lint_path", "read_bytes", "read_document",
    "read_path", "ruleset_for",
]


def lint_path(path: Path, settings: Settings | None = None) -> DocumentResult:
    """Read and lint one file (never modifying it); an unreadable file gives an error result."""
    from jdlint.run.unit import read_capped_bytes

    settings = settings or Settings()
    from jdlint.errors import ReadError

    try:
        data = read_capped_bytes(path, settings.max_file_mb)
    except ReadError as error:
        return error_result(str(path), error)
    return lint_bytes(data, str(path), settings)

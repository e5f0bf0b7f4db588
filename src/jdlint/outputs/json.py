"""The JSON report: every document's findings plus totals, described by docs/json-schema.json."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, TextIO

from jdlint.outputs import RenderContext
from jdlint.outputs.common import ordered, tally
from jdlint.results import SCHEMA_VERSION, DocumentResult


def report(results: Sequence[DocumentResult], *, tool_version: str) -> dict[str, Any]:
    """Return the report as a JSON-ready dictionary."""
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "jdlint", "version": tool_version},
        "documents": [result.as_dict() for result in ordered(results)],
        "summary": tally(results).as_dict(),
    }


def render(results: Sequence[DocumentResult], stream: TextIO, context: RenderContext) -> None:
    """Write the report as indented UTF-8 JSON with a final newline."""
    json.dump(report(results, tool_version=context.tool_version), stream, indent=2,
              ensure_ascii=False)
    stream.write("\n")

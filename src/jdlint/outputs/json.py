"""The JSON report: every document's findings plus totals, described by docs/json-schema.json."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TextIO

from jdlint.outputs import RenderContext, jsontext
from jdlint.outputs.common import ordered, tally
from jdlint.results import SCHEMA_VERSION, DocumentResult

_INDENT = 2


def report(results: Sequence[DocumentResult], *, tool_version: str) -> dict[str, Any]:
    """Return the report as a JSON-ready dictionary."""
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "jdlint", "version": tool_version},
        "documents": [result.as_dict() for result in ordered(results)],
        "summary": tally(results).as_dict(),
    }


def render(results: Sequence[DocumentResult], stream: TextIO, context: RenderContext) -> None:
    """Write the report as indented UTF-8 JSON with a final newline.

    The text is exactly ``json.dump(report(...), indent=2)``'s, written one document at a time
    so that only one document's dictionary exists at once, however large the archive.
    """
    head = {"schema_version": SCHEMA_VERSION,
            "tool": {"name": "jdlint", "version": context.tool_version}}
    stream.write(_dumps(head)[:-2])  # without the closing "\n}"
    stream.write(',\n  "documents": [')
    for index, result in enumerate(ordered(results)):
        stream.write("," if index else "")
        stream.write("\n    " + _dumps(result.as_dict()).replace("\n", "\n    "))
    stream.write("\n  ]" if results else "]")
    summary = _dumps(tally(results).as_dict()).replace("\n", "\n  ")
    stream.write(f',\n  "summary": {summary}\n}}\n')


def _dumps(value: dict[str, Any]) -> str:
    # json escapes newlines inside strings, so every newline here is one of the layout's own.
    return jsontext.dumps(value, indent=_INDENT)

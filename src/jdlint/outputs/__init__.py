"""Output formats: one module per format, each exposing the same ``render`` function.

``render(results, stream, *, rules=(), tool_version, **options)`` writes one report of the
given :class:`~jdlint.results.DocumentResult` values to a text stream. Reporters are pure:
they sort documents by path, keep findings in document order, and never touch files.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import Protocol, TextIO

from jdlint.results import DocumentResult, Severity

FORMATS: dict[str, str] = {
    "text": "jdlint.outputs.text",
    "json": "jdlint.outputs.json",
    "sarif": "jdlint.outputs.sarif",
    "github": "jdlint.outputs.github",
}


class RuleLike(Protocol):
    """What a reporter reads from a rule (``jdlint.judge.rules.Rule`` provides it)."""

    @property
    def code(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def severity(self) -> Severity: ...
    @property
    def message(self) -> str: ...
    @property
    def rationale(self) -> str: ...
    @property
    def suggestion(self) -> str: ...
    @property
    def description(self) -> str: ...


class Renderer(Protocol):
    """The signature every reporter's ``render`` has."""

    def __call__(
        self,
        results: Sequence[DocumentResult],
        stream: TextIO,
        *,
        rules: Sequence[RuleLike] = (),
        tool_version: str,
    ) -> None: ...


def renderer(format_name: str) -> Renderer:
    """Return the ``render`` function of the named output format."""
    if format_name not in FORMATS:
        raise KeyError(f"unknown output format {format_name!r}; choose from {', '.join(FORMATS)}")
    module = importlib.import_module(FORMATS[format_name])
    render: Renderer = module.render
    return render

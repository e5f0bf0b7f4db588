"""Outputs: what jdlint writes from results, one module per output, all in one registry.

Takes :class:`~jdlint.results.DocumentResult` values and gives a report or reviewed copies.
A **report** output (``text``, ``json``, ``sarif``, ``github``, ``csv``, ``html``) writes one
stream for all results through ``render(results, stream, context)``; a **copy** output
(``annotate``) writes, for each document it can edit, a copy of the original file through
``copy(data, result, context)``. Outputs are pure: they sort documents by path, keep findings
in document order, read nothing but what they are given, and never touch files (the CLI
writes what they give, atomically, with :mod:`jdlint.outputs.atomic`).

Adding an output is one module plus one :class:`Output` line in :data:`OUTPUTS`; the CLI lists
its ``--format`` choices from here, and ``tests/test_outputs_registry.py`` walks the registry.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from types import ModuleType
from typing import Protocol, TextIO

from jdlint import __version__
from jdlint.results import DocumentResult, Severity


class OutputKind(StrEnum):
    """How an output is written."""

    REPORT = "report"  # one stream for every result
    COPY = "copy"  # one edited copy of each original document


class GroupBy(StrEnum):
    """What the CSV summary and the report's charts group documents by."""

    BAND = "band"
    PROFESSION = "profession"
    DIRECTORATE = "directorate"


class RuleLike(Protocol):
    """What an output reads from a rule (``jdlint.judge.rules.Rule`` provides it)."""

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


@dataclass(frozen=True, slots=True)
class RenderContext:
    """What an output may need besides the results; each output reads the fields it uses."""

    rules: Sequence[RuleLike] = ()
    tool_version: str = __version__
    color: bool = False  # text: ANSI colours
    quiet: bool = False  # text: no closing summary line
    verbose: bool = False  # text: each file's reading warnings, not just how many files had some
    title: str | None = None  # html: the report's heading (None: its default)
    generated: date | None = None  # html, annotate: the date shown (None: undated, reproducible)
    scope: tuple[str, ...] = ()  # html: the files and folders checked, as given
    rules_fingerprint: str = ""  # html: identifies the rule files the run used
    # html: (profession id, how people name its members: "nurses"); ids not listed are spelled out
    profession_names: tuple[tuple[str, str], ...] = ()
    group_by: GroupBy | None = None  # csv: counts per group instead of a row per document
    justified: str = "resolved"  # annotate: justified findings as resolved comments, or "omit"


class Renderer(Protocol):
    """The ``render`` function every report output has."""

    def __call__(self, results: Sequence[DocumentResult], stream: TextIO,
                 context: RenderContext) -> None: ...


@dataclass(frozen=True, slots=True)
class Output:
    """One output: its name, module, kind and what it is for."""

    name: str
    module: str
    kind: OutputKind
    description: str
    newline: str | None = None  # how the file is opened for writing ("" for CSV)
    bom: bool = False  # write a UTF-8 byte-order mark (Excel needs it to read UTF-8 CSV)
    formats: tuple[str, ...] = ()  # copy outputs: the document formats they can edit

    def load(self) -> ModuleType:
        """Import the output's module."""
        return importlib.import_module(self.module)

    def renderer(self) -> Renderer:
        """Return a report output's ``render`` function."""
        if self.kind is not OutputKind.REPORT:
            raise TypeError(f"{self.name} writes copies of documents, not a report")
        render: Renderer = self.load().render
        return render


OUTPUTS: tuple[Output, ...] = (
    Output("text", "jdlint.outputs.text", OutputKind.REPORT,
           "findings one per line, for a terminal"),
    Output("json", "jdlint.outputs.json", OutputKind.REPORT,
           "every document and finding (schema: docs/json-schema.json)"),
    Output("sarif", "jdlint.outputs.sarif", OutputKind.REPORT,
           "SARIF 2.1.0, for code scanning and SARIF viewers"),
    Output("github", "jdlint.outputs.github", OutputKind.REPORT,
           "GitHub Actions annotations"),
    Output("csv", "jdlint.outputs.summary", OutputKind.REPORT,
           "one row per document, for workforce committees", newline="", bom=True),
    Output("html", "jdlint.outputs.html", OutputKind.REPORT,
           "a self-contained committee report: date and scope, charts, documents; prints on A4"),
    Output("annotate", "jdlint.outputs.annotate", OutputKind.COPY,
           "Word copies with a comment on each finding", formats=("docx",)),
)


def output(name: str) -> Output:
    """Return the output of this name (KeyError naming the choices if there is none)."""
    for entry in OUTPUTS:
        if entry.name == name:
            return entry
    raise KeyError(f"unknown output {name!r}; choose from {', '.join(o.name for o in OUTPUTS)}")


def report_names() -> tuple[str, ...]:
    """Return the names of the report outputs, in registry order."""
    return tuple(o.name for o in OUTPUTS if o.kind is OutputKind.REPORT)


def renderer(name: str) -> Renderer:
    """Return the ``render`` function of the named report output."""
    return output(name).renderer()

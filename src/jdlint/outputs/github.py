"""GitHub Actions workflow commands: findings appear as annotations on the pull request.

One ``::error``/``::warning``/``::notice`` command per finding not justified (severity error,
warning, info; a finding known from a baseline is a ``::notice`` titled "(baselined)"), with
``line=`` only for .txt and .md files; for .docx, .pdf, .odt and .html the position ("table 2,
row 4") opens the message. Files that could not be read are ``::error`` commands. Escaping follows
GitHub's runner: ``%``, CR and LF in the message; also ``:`` and ``,`` in properties. Before
that, controls, bidi overrides and invisible format characters from a document or a file name
are shown as visible escapes (``<U+001B>``): the CI log would otherwise interpret them.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath
from typing import TextIO

from jdlint.outputs import RenderContext
from jdlint.outputs.common import file_line, ordered, short_location, suggested
from jdlint.outputs.terminal import visible
from jdlint.results import DocumentResult, Finding, Severity

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """Escape a workflow command's message."""
    return visible(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow command's property value."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: dict[str, str], message: str) -> str:
    """Return one workflow command line, escaped."""
    props = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
    return f"::{name} {props}::{escape_data(message)}"


def render(results: Sequence[DocumentResult], stream: TextIO, context: RenderContext) -> None:
    """Write one workflow command per unjustified finding and per unreadable file."""
    del context  # each finding carries its code and name
    for document in ordered(results):
        if document.error is not None:
            properties = {
                "file": PurePath(document.path).as_posix(),
                "title": "jdlint could not read this file",
            }
            message = f"{document.error.category}: {document.error.message}"
            stream.write(command("error", properties, message) + "\n")
            continue
        for finding in document.findings:
            if not finding.suppressed:
                stream.write(_annotation(document, finding) + "\n")


def _annotation(document: DocumentResult, finding: Finding) -> str:
    properties = {"file": PurePath(document.path).as_posix()}
    line = file_line(document, finding.location)
    message = finding.message
    if line is not None:
        properties["line"] = str(line)
    elif where := short_location(finding.location):
        message = f"{where}: {message}"
    properties["title"] = f"{finding.rule} {finding.name}"
    name = COMMANDS[finding.severity]
    if finding.baselined:
        name = "notice"
        properties["title"] += " (baselined)"
    message += f"\nRequirement: {finding.text}"
    if suggestion := suggested(finding):
        message += f"\nSuggest: {suggestion}"
    return command(name, properties, message)

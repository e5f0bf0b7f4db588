"""The SARIF 2.1.0 report, for GitHub code scanning, Azure DevOps and SARIF viewers.

Locations: every result names its file as a relative POSIX URI against ``%SRCROOT%``, the
repository root when the run is inside a git repository (else the working folder), given in
``originalUriBaseIds``; absolute paths outside it become ``file:`` URIs. Every result has a
``region`` with the words as a ``snippet``: for .txt and .md files the line and columns of the
words in the file (only the ``startLine`` when the file cannot be read again, e.g. standard
input); for a .docx, .pdf, .odt or .html, which has no lines a viewer could open, ``charOffset`` and
``charLength`` into the text jdlint extracted (``jdlint extract``), with its position ("table
2, row 4", "page 3, line 12") as a logical location of kind ``element``; the full location is
in the result's ``properties.location``. Columns count code points (``columnKind``
``unicodeCodePoints``). A .txt or .md finding with a rewrite also gets a ``fixes`` entry
replacing the words with the rewrite, the edit ``jdlint fix`` makes; other formats suggest the
rewrite in the message only (a text replacement cannot be applied to a .docx or .pdf).
``partialFingerprints`` holds jdlint's own fingerprint and ``primaryLocationLineHash`` (the
same hash with its occurrence in the file), which GitHub code scanning reads to follow a result
across commits. Justified findings carry an ``external`` suppression with the reason; files
that could not be read are tool execution notifications, and ``executionSuccessful`` is false
when there is any. Findings known from a baseline have ``baselineState: unchanged`` (others
carry no baseline state).
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path, PurePath
from typing import Any, TextIO
from urllib.parse import quote

from jdlint.errors import ReadError
from jdlint.judge.fingerprint import FINGERPRINT_KEY, finding_fingerprint
from jdlint.judge.messages import readable
from jdlint.outputs import RenderContext, RuleLike
from jdlint.outputs.common import file_line, ordered, short_location, suggested
from jdlint.outputs.fixtext import text_spans
from jdlint.results import DocumentResult, Finding, Severity

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/jdlint/jdlint"
SRCROOT = "%SRCROOT%"

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def render(results: Sequence[DocumentResult], stream: TextIO, context: RenderContext) -> None:
    """Write one SARIF log with one run as indented JSON."""
    log = sarif_log(results, rules=context.rules, tool_version=context.tool_version)
    json.dump(log, stream, indent=2, ensure_ascii=False)
    stream.write("\n")


def sarif_log(
    results: Sequence[DocumentResult], *, rules: Sequence[RuleLike] = (), tool_version: str
) -> dict[str, Any]:
    """Return the SARIF log as a JSON-ready dictionary."""
    documents = list(ordered(results))  # one log holds every document anyway
    descriptors = _descriptors(documents, rules)
    index = {descriptor["id"]: position for position, descriptor in enumerate(descriptors)}
    sarif_results = []
    for document in documents:
        seen: dict[str, int] = {}
        spans = text_spans(document)
        for finding in document.findings:
            result = _result(document, finding, index[finding.rule], spans.get(id(finding)))
            fingerprint = result["partialFingerprints"][FINGERPRINT_KEY]
            seen[fingerprint] = seen.get(fingerprint, 0) + 1
            result["partialFingerprints"]["primaryLocationLineHash"] = (
                f"{fingerprint[:16]}:{seen[fingerprint]}")
            sarif_results.append(result)
    notifications = [
        _notification(document.path, document.error) for document in documents if document.error
    ]
    successful = not notifications
    notifications += [_warning(document.path, line) for document in documents
                      for line in document.warnings]
    invocation: dict[str, Any] = {"executionSuccessful": successful}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    run = {
        "tool": {"driver": {
            "name": "jdlint",
            "version": tool_version,
            "informationUri": INFORMATION_URI,
            "rules": descriptors,
        }},
        "invocations": [invocation],
        "originalUriBaseIds": {SRCROOT: {"uri": source_root().as_uri() + "/"}},
        "columnKind": "unicodeCodePoints",
        "results": sarif_results,
    }
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def source_root() -> Path:
    """Return the repository root above the working folder, or the working folder itself."""
    here = Path.cwd().absolute()
    for folder in (here, *here.parents):
        if (folder / ".git").exists():
            return folder
    return here


def artifact_location(path: str) -> dict[str, str]:
    """Return the SARIF artifactLocation of a document path (relative to the source root)."""
    pure = PurePath(path)
    root = source_root()
    if not pure.is_absolute() and root != Path.cwd().absolute():
        pure = PurePath(os.path.relpath(Path.cwd().absolute() / pure, root))
        if pure.parts[:1] == ("..",):
            pure = PurePath(Path(path).absolute())
    if pure.is_absolute():
        return {"uri": pure.as_uri()}
    # fsencode: a file name that is not UTF-8 is percent-encoded byte by byte, as RFC 3986 wants.
    return {"uri": quote(os.fsencode(pure.as_posix()), safe="/"), "uriBaseId": SRCROOT}


def _descriptors(
    documents: Sequence[DocumentResult], rules: Sequence[RuleLike]
) -> list[dict[str, Any]]:
    """Describe the given rules, plus any rule a finding names that was not given, by code."""
    described = {rule.code: _descriptor(rule) for rule in rules}
    for document in documents:
        for finding in document.findings:
            described.setdefault(finding.rule, _fallback_descriptor(finding))
    return [described[code] for code in sorted(described)]


def _descriptor(rule: RuleLike) -> dict[str, Any]:
    help_text = f"{rule.rationale}\n\nSuggest: {rule.suggestion}"
    help_markdown = f"{rule.rationale}\n\n**Suggest:** {rule.suggestion}"
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": readable(rule.message)},
        "fullDescription": {"text": rule.description or readable(rule.message)},
        "help": {"text": help_text, "markdown": help_markdown},
        "defaultConfiguration": {"level": LEVELS[Severity(rule.severity)]},
    }


def _fallback_descriptor(finding: Finding) -> dict[str, Any]:
    return {
        "id": finding.rule,
        "name": finding.name,
        "shortDescription": {"text": finding.message},
        "defaultConfiguration": {"level": LEVELS[finding.severity]},
    }


def _result(document: DocumentResult, finding: Finding, rule_index: int,
            span: dict[str, int] | None) -> dict[str, Any]:
    text = f"{finding.message}\nRequirement: {finding.text}"
    if suggestion := suggested(finding):
        text += f"\nSuggest: {suggestion}"
    physical: dict[str, Any] = {"artifactLocation": artifact_location(document.path)}
    line = file_line(document, finding.location)
    snippet = {"text": finding.match or finding.text}
    if span is not None:
        physical["region"] = {**span, "snippet": snippet}
    elif line is not None:
        physical["region"] = {"startLine": line, "snippet": snippet}
    else:
        physical["region"] = {"charOffset": finding.offset,
                              "charLength": max(finding.end - finding.start, 0),
                              "snippet": snippet}
    location: dict[str, Any] = {"physicalLocation": physical}
    where = short_location(finding.location)
    if line is None and where:
        location["logicalLocations"] = [{"name": where, "kind": "element"}]
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity],
        "message": {"text": text},
        "locations": [location],
        "partialFingerprints": {FINGERPRINT_KEY: finding_fingerprint(document.path, finding)},
        "properties": {
            "professions": list(finding.professions),
            "regulators": list(finding.regulators),
            "requirementLevel": str(finding.level),
            "section": finding.section,
            "hedged": finding.hedged,
            "location": finding.location.as_dict(),
        },
    }
    if span is not None and finding.rewrite is not None and not finding.suppressed:
        result["fixes"] = [{
            "description": {"text": f"Rewrite as: {suggested(finding)}"},
            "artifactChanges": [{
                "artifactLocation": physical["artifactLocation"],
                "replacements": [{"deletedRegion": span,
                                  "insertedContent": {"text": finding.rewrite}}],
            }],
        }]
    if finding.baselined:
        result["baselineState"] = "unchanged"
        result["properties"]["baselined"] = True
    if finding.suppressed:
        suppression: dict[str, str] = {"kind": "external"}
        if finding.justification:
            suppression["justification"] = finding.justification
        result["suppressions"] = [suppression]
    return result


def _warning(path: str, line: str) -> dict[str, Any]:
    """A reading library's warning about one file (the file was still read)."""
    return {
        "level": "warning",
        "message": {"text": f"{path}: {line}"},
        "descriptor": {"id": "reading-warning"},
        "locations": [{"physicalLocation": {"artifactLocation": artifact_location(path)}}],
    }


def _notification(path: str, error: ReadError) -> dict[str, Any]:
    return {
        "level": "error",
        "message": {"text": f"{path}: {error.category}: {error.message}"},
        "descriptor": {"id": str(error.category)},
        "locations": [{"physicalLocation": {"artifactLocation": artifact_location(path)}}],
    }

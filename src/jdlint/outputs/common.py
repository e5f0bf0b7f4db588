"""What several reporters share: document order, locations people can follow, and totals."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from jdlint.document import Location
from jdlint.results import DocumentResult, Finding, Severity, Status

LINE_FORMATS = frozenset({"txt", "md"})  # formats whose ``line`` is a line of the file itself


def ordered(results: Iterable[DocumentResult]) -> Iterator[DocumentResult]:
    """Yield the results sorted by path (findings keep their document order).

    A run's spool (:class:`jdlint.run.spool.Spool`) sorts its paths, not its results, and
    loads one result at a time: its ``by_path`` method is used where there is one.
    """
    by_path = getattr(results, "by_path", None)
    if by_path is not None:
        return iter(by_path())
    return iter(sorted(results, key=lambda result: result.path))


def suggested(finding: Finding) -> str:
    """Return what to write instead: the requirement with the rule's rewrite in place of the
    matched words when there is one (what ``jdlint fix`` writes), else the rule's advice."""
    if finding.rewrite is None or finding.suppressed or finding.end <= finding.start:
        return finding.suggestion
    return finding.text[:finding.start] + finding.rewrite + finding.text[finding.end:]


def short_location(location: Location) -> str:
    """Return where to look, briefly: ``table 2, row 4``, ``page 3, line 12`` or ``line 40``.

    Columns are left out: a person-specification row is what a reader looks for.
    """
    parts: list[str] = []
    if location.page is not None:
        parts.append(f"page {location.page}")
    if location.table is not None:
        parts.append(f"table {location.table}")
        if location.row is not None:
            parts.append(f"row {location.row}")
    elif location.paragraph is not None:
        parts.append(f"paragraph {location.paragraph}")
    if location.line is not None and location.table is None:
        parts.append(f"line {location.line}")
    return ", ".join(parts)


def file_line(result: DocumentResult, location: Location) -> int | None:
    """Return the line of the file an editor can jump to, or ``None`` (docx, pdf, unknown)."""
    if result.format in LINE_FORMATS and location.line is not None and location.line >= 1:
        return location.line
    return None


@dataclass(frozen=True, slots=True)
class Tally:
    """Totals over a set of results; findings count only those not justified."""

    documents: int
    ringfenced: int
    justified: int
    clean: int
    errors: int  # documents that could not be read
    error_findings: int
    warning_findings: int
    info_findings: int

    @property
    def findings(self) -> int:
        """Return the number of findings not justified."""
        return self.error_findings + self.warning_findings + self.info_findings

    def as_dict(self) -> dict[str, object]:
        """Return the totals as the JSON report's ``summary`` carries them."""
        return {
            "documents": self.documents,
            "ringfenced": self.ringfenced,
            "justified": self.justified,
            "clean": self.clean,
            "errors": self.errors,
            "findings": self.findings,
            "by_severity": {
                "error": self.error_findings,
                "warning": self.warning_findings,
                "info": self.info_findings,
            },
        }


def tally(results: Sequence[DocumentResult]) -> Tally:
    """Count documents by status and unsuppressed findings by severity."""
    statuses = [result.status for result in results]
    severities = [
        finding.severity
        for result in results
        for finding in result.findings
        if not finding.suppressed
    ]
    return Tally(
        documents=len(results),
        ringfenced=statuses.count(Status.RINGFENCED),
        justified=statuses.count(Status.JUSTIFIED),
        clean=statuses.count(Status.CLEAN),
        errors=statuses.count(Status.ERROR),
        error_findings=severities.count(Severity.ERROR),
        warning_findings=severities.count(Severity.WARNING),
        info_findings=severities.count(Severity.INFO),
    )

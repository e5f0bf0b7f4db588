"""Small, varied DocumentResults shared by the reporter, SARIF and summary tests."""

from __future__ import annotations

from dataclasses import dataclass

from jdlint.document import Level, Location
from jdlint.errors import ErrorCategory, ReadError
from jdlint.results import DocumentResult, Finding, Severity

NMC_SUGGESTION = (
    "Current registration with a UK statutory health or care regulator (e.g. NMC, HCPC)"
)


@dataclass(frozen=True)
class FakeRule:
    """The attributes reporters read from a rule."""

    code: str
    name: str
    severity: Severity
    message: str
    rationale: str
    suggestion: str
    description: str


RULES = (
    FakeRule("JD101", "single-regulator-registration", Severity.ERROR,
             "Requires one regulator's registration.",
             "Requiring NMC registration shuts out AHPs who could lead the service.",
             NMC_SUGGESTION, "Flags registration with a single regulator as a condition."),
    FakeRule("JD102", "profession-qualification", Severity.WARNING,
             "Requires a qualification only one profession holds.",
             "A nursing degree is held only by nurses.",
             "A relevant health or care degree", "Flags single-profession qualifications."),
)


def finding(
    rule: str = "JD101",
    *,
    severity: Severity = Severity.ERROR,
    text: str = "Current NMC registration",
    location: Location | None = None,
    level: Level = Level.ESSENTIAL,
    professions: tuple[str, ...] = ("nursing",),
    regulators: tuple[str, ...] = ("NMC",),
    suppressed: bool = False,
    justification: str | None = None,
    suggestion: str = NMC_SUGGESTION,
    hedged: bool = False,
    baselined: bool = False,
) -> Finding:
    """Return a finding with sensible defaults (its match: the text's last word)."""
    match = text.split()[-1]
    start = text.rindex(match)
    names = {"JD101": "single-regulator-registration", "JD102": "profession-qualification",
             "JD103": "profession-experience"}
    return Finding(
        rule=rule, name=names[rule], severity=severity,
        message=f"Message of {rule}.", professions=professions, regulators=regulators,
        level=level, section="Person specification › Qualifications", text=text,
        match=match, location=location or Location(line=1), suggestion=suggestion,
        hedged=hedged, suppressed=suppressed, justification=justification, baselined=baselined,
        start=start, end=start + len(match), offset=start,
    )


def sample_results() -> list[DocumentResult]:
    """Return one ringfenced, one justified, one mixed, one clean and one unreadable document."""
    return [
        DocumentResult(
            path="jds/zeta flow lead.txt", format="txt", title="Head of Patient Flow", band="8a",
            directorate="Operations", leadership=True,
            findings=(
                finding(location=Location(line=12)),
                finding("JD102", severity=Severity.INFO, text="BSc Nursing or equivalent",
                        location=Location(line=20), level=Level.DESIRABLE, hedged=True),
            ),
        ),
        DocumentResult(
            path="jds/matron.docx", format="docx", title="Matron", band="8a",
            directorate="Medicine", leadership=True,
            findings=(finding(location=Location(table=2, row=4, column=1), suppressed=True,
                              justification="Role-consistent: matron is a nursing post"),),
        ),
        DocumentResult(
            path="jds/ward manager.pdf", format="pdf", title="Ward Manager", band="7",
            directorate="Medicine",
            findings=(
                finding("JD103", severity=Severity.WARNING, text="Experience as a charge nurse",
                        location=Location(page=2, line=14), level=Level.UNSPECIFIED),
                finding(location=Location(page=3, table=1, row=2, column=2), suppressed=True,
                        justification=None, text="=NMC registration, current"),
            ),
        ),
        DocumentResult(path="jds/clean.md", format="md", title="Porter", band="2"),
        DocumentResult(path="jds/broken.pdf", format="pdf",
                       error=ReadError(ErrorCategory.CORRUPT, "The PDF is damaged.")),
    ]

"""What a Word comment on a finding says: what is restricted, why it matters, what to write."""

from __future__ import annotations

import re
from collections.abc import Mapping

from jdlint.document import Level
from jdlint.outputs import RuleLike
from jdlint.results import Finding

JUSTIFIED_PREFIX = "[Justified]"
_LEVELS = {
    Level.ESSENTIAL: "essential criterion",
    Level.DESIRABLE: "desirable criterion",
    Level.UNSPECIFIED: "not marked essential or desirable",
}
# Characters XML 1.0 cannot carry (python-docx refuses them); a document could hold any of them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def comment_text(finding: Finding, rules: Mapping[str, RuleLike], *,
                 rewritten: bool = False) -> str:
    """Return the comment for one finding, one paragraph per line (``rewritten``: by ``fix``)."""
    lines: list[str] = []
    if finding.suppressed:
        reason = finding.justification or "no reason recorded"
        lines.append(f"{JUSTIFIED_PREFIX} {reason}")
    lines.append(f"jdlint {finding.rule} {finding.name} ({finding.severity}, "
                 f"{_LEVELS[finding.level]}): {finding.message}")
    restricted = restricted_to(finding)
    if restricted:
        lines.append(f"Restricts the post to: {restricted}.")
    rule = rules.get(finding.rule)
    if rule is not None and rule.rationale.strip():
        lines.append(f"Why it matters: {_flat(rule.rationale)}")
    if rewritten:
        lines.append("jdlint has rewritten these words as a tracked change: accept it, or "
                     "reject it to keep the original wording.")
    elif finding.suggestion:
        lines.append(f"Suggested skills-based wording: {finding.suggestion}")
    return "\n".join(_NOT_XML.sub("", _flat_line(line)) for line in lines)


def restricted_to(finding: Finding) -> str:
    """Return the professions and regulators a finding restricts to, e.g. ``nursing (NMC)``."""
    professions = ", ".join(finding.professions)
    regulators = ", ".join(finding.regulators)
    if professions and regulators:
        return f"{professions} ({regulators})"
    return professions or regulators


def _flat(text: str) -> str:
    return " ".join(text.split())


def _flat_line(text: str) -> str:
    """Keep a line on one comment paragraph: newlines inside it become spaces."""
    return text.replace("\r", " ").replace("\n", " ")

"""The fields a rule's message template may use, and the template read before a finding.

A message such as "Requires {regulators} registration, which only {profession_names} can
hold." is filled from each finding (:mod:`jdlint.judge.engine`). Where no finding is at hand
(``jdlint rules``, SARIF rule descriptions), :func:`readable` fills it with general words so
that it still reads as a sentence.
"""

from __future__ import annotations

MESSAGE_FIELDS = ("profession_names", "professions", "regulators")
# What a message says before it knows its finding (``jdlint rules``, SARIF rule descriptions).
_UNFILLED = {"profession_names": "members of one profession", "professions": "one profession",
             "regulators": "a single regulator's"}


def readable(message: str) -> str:
    """Return a rule's message template as a sentence for people, its fields in general words."""
    try:
        return message.format(**_UNFILLED)
    except (KeyError, IndexError, ValueError):  # a trust's template with other braces: as is
        return message

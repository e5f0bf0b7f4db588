"""The inline directive syntax of .txt and .md files (``jdlint: justify JD101 -- reason``).

The text and Markdown readers keep directive lines out of the document's text and hand them on
as :class:`~jdlint.document.Directive` values, each with the line range of the requirement it
applies to: the first non-blank line after it (further directives skipped) and the lines that
continue that paragraph or list item. :mod:`jdlint.run.justifications` reads what they say.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from jdlint.document import Directive

DIRECTIVE = re.compile(r"^\s*(?:<!--\s*)?jdlint\s*:\s*(?P<body>.*?)\s*(?:-->)?\s*$", re.I)
_NEW_ITEM = re.compile(r"^\s*(?:[-*+•▪◦]\s|\d{1,3}[.)]\s|#|\|)")


_MENTION = re.compile("jdlint", re.I)  # what every directive holds, matched as DIRECTIVE is


def may_hold_directives(lines: Sequence[str]) -> bool:
    """Tell whether any of the lines can be a directive (one search instead of one per line)."""
    joined = "\n".join(lines)
    # Only "i" has look-alikes that match it ignoring case ("ı", "İ"), so "jdl" is in the
    # lower-cased text of any line the pattern matches, and a plain search for it is quick.
    return "jdl" in joined.lower() and _MENTION.search(joined) is not None


def is_directive(line: str) -> bool:
    """Tell whether a source line is a jdlint directive rather than document text."""
    return DIRECTIVE.match(line) is not None


def find_directives(lines: Sequence[str]) -> tuple[Directive, ...]:
    """Return every directive among a file's lines, with the requirement each applies to."""
    if "jdlint" not in "\n".join(lines).lower():  # one pass over the text, not one per line
        return ()
    found = []
    for number, line in enumerate(lines, 1):
        match = DIRECTIVE.match(line)
        if match is not None:
            found.append(Directive(number, match["body"], _target(lines, number)))
    return tuple(found)


def _target(lines: Sequence[str], directive: int) -> tuple[int, int] | None:
    """Return the 1-based line range of the requirement after the directive on ``directive``."""
    start = directive  # 0-based index of the line after the directive
    while start < len(lines) and (not lines[start].strip() or DIRECTIVE.match(lines[start])):
        start += 1
    if start == len(lines):
        return None
    end = start
    while (end + 1 < len(lines) and lines[end + 1].strip() and not _NEW_ITEM.match(lines[end + 1])
           and not DIRECTIVE.match(lines[end + 1])):
        end += 1
    return start + 1, end + 1

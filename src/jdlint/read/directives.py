"""The inline directive syntax of .txt and .md files (``jdlint: justify JD101 -- reason``).

Shared by the text reader, which keeps directive lines out of the document's text, and by
:mod:`jdlint.run.justify`, which reads what they say.
"""

from __future__ import annotations

import re

DIRECTIVE = re.compile(r"^\s*(?:<!--\s*)?jdlint\s*:\s*(?P<body>.*?)\s*(?:-->)?\s*$", re.I)


def is_directive(line: str) -> bool:
    """Tell whether a source line is a jdlint directive rather than document text."""
    return DIRECTIVE.match(line) is not None

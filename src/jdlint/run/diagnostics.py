"""What the readers' libraries complain about, kept with the file it concerns.

pdfminer, pypdfium2, python-docx and lxml report damaged input through Python's ``warnings``
and ``logging`` ("Could not get FontBBox from font descriptor …"). Left alone, those lines
reach the user's terminal bare, without the file they are about, and cannot be silenced.
:func:`captured` collects them while one document is read; the run attaches them to that
document's result as ``warnings`` (JSON, a dimmed line in the text output with ``--verbose``,
a SARIF notification). Repeats are folded into one line with a count. ``warnings`` capture is
process-wide, so a threaded executor (Dask threads) may file a warning under a neighbour.
"""

from __future__ import annotations

import logging
import warnings
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

MAX_WARNINGS = 20  # distinct lines kept per document
MAX_LENGTH = 300  # characters kept per line


class _Collect(logging.Handler):
    def __init__(self, lines: list[str]) -> None:
        super().__init__(logging.WARNING)
        self.lines = lines

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(record.getMessage())
        except Exception:  # a library's malformed log call must not stop the reading
            self.lines.append(str(record.msg))


@contextmanager
def captured() -> Iterator[list[str]]:
    """Collect library warnings and log records (WARNING and above) while the block runs.

    The list yielded is filled when the block ends: one line per distinct message, in the
    order first seen, ``(×N)`` after a repeated one.
    """
    raw: list[str] = []
    folded: list[str] = []
    handler = _Collect(raw)
    root = logging.getLogger()
    root.addHandler(handler)  # with a handler in place, logging's last resort stays silent
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                yield folded
            finally:
                raw.extend(str(w.message) for w in caught)
    finally:
        root.removeHandler(handler)
        folded.extend(fold(raw))


def fold(lines: list[str]) -> list[str]:
    """Return distinct lines (whitespace collapsed, cut to length) with repeat counts."""
    counts = Counter(" ".join(line.split())[:MAX_LENGTH] for line in lines if line.strip())
    return [line if count == 1 else f"{line} (×{count})"
            for line, count in list(counts.items())[:MAX_WARNINGS]]

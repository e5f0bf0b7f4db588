"""Convert a chunk's .doc and .rtf files with one LibreOffice start before they are linted.

A worker lints files in chunks (:mod:`jdlint.run.pool`); :func:`converted_first` gives the
chunk's legacy files to LibreOffice in one call (:mod:`jdlint.read.legacy.batch`) so a folder
of 500 .doc files starts it a few times per worker, not 500 times. The batch call has a time
limit of its own (:func:`batch_timeout`); a file it did not convert (a time-out) is converted
again on its own when it is read, under its own limit. Only files whose name says .doc or .rtf
are batched: a legacy file under another name is still read, converted on its own.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from jdlint.errors import ReadError
from jdlint.read.registry import format_of
from jdlint.run.settings import Settings
from jdlint.run.unit import read_capped_bytes

_LEGACY = {"doc": "doc", "rtf": "rtf"}  # sniffed kind -> the reader's format
_SECONDS_PER_FILE = 3.0  # generous: a JD converts in about 0.1 s, 2 s on a machine under load


@contextmanager
def converted_first(paths: Sequence[str], settings: Settings) -> Iterator[None]:
    """Convert the legacy files among ``paths`` in one LibreOffice call for this block."""
    from jdlint.read.legacy import batch, soffice
    from jdlint.read.sniff import sniff

    items: list[tuple[bytes, str]] = []
    if soffice.available():
        for path in paths:
            if not is_legacy(path):
                continue
            try:
                data = read_capped_bytes(Path(path), settings.max_file_mb)
            except ReadError:
                continue  # reported when the file itself is linted
            kind = sniff(data)
            if kind is not None and kind.name in _LEGACY:
                items.append((data, _LEGACY[kind.name]))
    with batch.prepared(items, batch_timeout(settings.timeout_seconds, len(items))):
        yield


def batch_timeout(per_file: float, files: int) -> float:
    """Return how long one call converting ``files`` files may take (0: no limit).

    Never more than the files' limits added up, and usually far less: one file's limit plus
    a few seconds a file, since a conversion takes a fraction of a second. A call that runs
    out loses nothing: what it did not convert is converted on its own, under its own limit.
    """
    if per_file <= 0:
        return 0
    return min(per_file * files, per_file + _SECONDS_PER_FILE * files)


def is_legacy(path: str) -> bool:
    """Tell whether a file's name says it is a .doc or .rtf file."""
    return format_of(path) in _LEGACY


def chunked(paths: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    """Yield ``paths`` in blocks of ``size`` (the sequential run converts block by block)."""
    for start in range(0, len(paths), size):
        yield paths[start:start + size]

"""Convert many legacy files with one LibreOffice start, and remember the results.

:func:`prepared` converts a group of files (a worker's chunk) in one ``soffice`` call and
keeps the .docx bytes for the reader to pick up by content (:func:`take`); whatever it could
not convert is converted again on its own when it is read, within that file's own time limit,
so one file that hangs LibreOffice costs the group its batch call, never its findings. The
originals are never touched: LibreOffice works on copies in a scratch folder, removed at once.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from jdlint.errors import ErrorCategory, ReadError
from jdlint.read.legacy import soffice

_SUFFIX = {"doc": ".doc", "rtf": ".rtf"}
_remembered: dict[str, bytes | ReadError] = {}
CEILING_SECONDS = 600.0  # for library callers without a time limit; check's is shorter
starts = 0  # LibreOffice calls made by this process (the tests and the benchmark count them)


def digest(data: bytes) -> str:
    """Return the key a file's bytes are remembered under."""
    return hashlib.blake2b(data, digest_size=20).hexdigest()


def convert_many(items: Sequence[tuple[bytes, str]], timeout: float,
                 ) -> dict[str, bytes | ReadError]:
    """Convert ``(bytes, format)`` pairs to .docx with one LibreOffice call, by digest.

    A file LibreOffice skipped although it finished cleanly, or a lone file it crashed on, is
    damaged (a ``corrupt`` error); after a time-out, or a crash with several files, files
    without output are left out of the answer (to be converted again one by one).
    """
    global starts
    program = soffice.locate()
    if program is None or not items:
        return {}
    work = Path(tempfile.mkdtemp(prefix="batch-", dir=soffice.scratch_root()))
    try:
        (work / "in").mkdir()
        (work / "out").mkdir()
        keys: dict[str, str] = {}
        inputs = []
        for number, (data, fmt) in enumerate(items):
            key = digest(data)
            if key in keys.values():  # the same bytes twice in a chunk: convert them once
                continue
            stem = f"{number:05d}"
            path = work / "in" / f"{stem}{_SUFFIX[fmt]}"
            path.write_bytes(data)
            keys[stem] = key
            inputs.append(path)
        starts += 1
        status = soffice.convert(program, inputs, work / "out", timeout)
        made = [stem for stem in keys if (work / "out" / f"{stem}.docx").is_file()]
        if status != 0 and made:  # LibreOffice goes in order: the last one may be half written
            made.pop()
        found: dict[str, bytes | ReadError] = {}
        for stem, key in keys.items():
            output = work / "out" / f"{stem}.docx"
            if stem in made and output.stat().st_size:
                found[key] = output.read_bytes()
            elif status == 0 or (status is not None and len(keys) == 1):
                said = "could not convert" if status == 0 else "stopped while converting"
                found[key] = ReadError(
                    ErrorCategory.CORRUPT, f"LibreOffice {said} this file to .docx; it is "
                    "probably damaged. Try opening it in Word or LibreOffice and saving it "
                    "again.")
        return found
    finally:
        shutil.rmtree(work, ignore_errors=True)


def convert_one(data: bytes, fmt: str, timeout: float = CEILING_SECONDS) -> bytes:
    """Return one file converted to .docx (remembered, else converted now); raise ReadError."""
    found = _remembered.pop(digest(data), None)
    if found is None:
        found = convert_many([(data, fmt)], timeout).get(digest(data))
    if found is None:
        raise ReadError(ErrorCategory.TIMEOUT, f"LibreOffice took longer than {timeout:g} "
                        "seconds converting this file to .docx, so it was stopped. It may be "
                        "damaged; try opening it and saving it again.")
    if isinstance(found, ReadError):
        raise found
    return found


@contextmanager
def prepared(items: Sequence[tuple[bytes, str]], timeout: float) -> Iterator[None]:
    """Convert ``items`` in one call now; forget what was not read on leaving."""
    try:
        if len(items) > 1:  # a single file is converted when read, under its own time limit
            _remembered.update(convert_many(items, timeout))
        yield
    finally:
        _remembered.clear()

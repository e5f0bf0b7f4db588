"""Write output files atomically: a temporary file in the same folder, then a rename."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO


def _special(path: Path) -> bool:
    """Tell whether ``path`` exists and is not a regular file (a device, a FIFO...)."""
    try:
        return not stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def _final_mode(path: Path) -> int:
    """Return the mode the output should have: the replaced file's, else 0666 less the umask."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextmanager
def atomic_writer(path: Path, *, encoding: str = "utf-8", newline: str | None = None,
                  ) -> Iterator[TextIO]:
    """Yield a text stream whose content replaces ``path`` only if the block succeeds.

    Characters the encoding cannot carry (a file name that is not valid UTF-8 decodes to lone
    surrogates) are written as backslash escapes rather than failing the whole report.
    """
    path = Path(path)
    if _special(path):  # /dev/null, a FIFO, a terminal: renaming over it would replace it
        with path.open("w", encoding=encoding, newline=newline,
                       errors="backslashreplace") as stream:
            yield stream
        return
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline=newline,
                       errors="backslashreplace") as stream:
            yield stream
        os.chmod(tmp, _final_mode(path))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def atomic_binary_writer(path: Path) -> Iterator[Path]:
    """Yield a temporary path to write; it replaces ``path`` only if the block succeeds."""
    path = Path(path)
    if _special(path):
        raise IsADirectoryError(f"{path} is not a regular file")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, _final_mode(path))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

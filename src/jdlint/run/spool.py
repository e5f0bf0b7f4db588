"""A run's results in the order of its files, most of them kept in a temporary file.

A run holds every document's result until the reports are written, and a result is about
1.6 KB in memory. Past :data:`KEEP` results a :class:`Spool` pickles the rest into a
temporary file with no name (the system deletes it however the run ends) and keeps in memory
only each document's path and where its bytes lie, so the parent's memory stays flat as an
archive grows: 20,000 documents hold 1,000 results, not 20,000. A run of up to :data:`KEEP`
documents (a pre-commit hook, most folders) never touches the disk.

Reading a spooled result back unpickles it; reporters make a few passes over the results, and
each pass holds one spooled result at a time. :meth:`Spool.by_path` gives them in the order of
their paths without loading them to sort.

Written here rather than taken from a library: ``shelve`` and ``sqlite3`` would key by string
and cost a hash table or an index per document; what is needed is an append-only file and an
offset per position.
"""

from __future__ import annotations

import os
import pickle
import tempfile
import weakref
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import overload

from jdlint.results import DocumentResult

KEEP = 1000  # results held as objects (about 1.6 MB); the rest go to the temporary file


class Spool(Sequence[DocumentResult]):
    """``size`` results, set once each by position (:meth:`put`), read back in any order.

    The file is a bare descriptor written and read with ``pwrite``/``pread`` at offsets kept
    here: a file object would flush, close and warn (ResourceWarning) from whichever process
    the garbage collector happens to run in, forked readers included, and ``pread`` never
    moves the file offset those children share. Without ``pread`` (Windows) every result is
    held in memory.
    """

    def __init__(self, size: int, keep: int | None = None) -> None:
        self._held: dict[int, DocumentResult] = {}
        self._paths: list[str | None] = [None] * size
        self._at = array("q", [-1]) * size  # where a result's bytes start; -1: none
        self._length = array("q", [0]) * size
        self.keep = KEEP if keep is None else keep
        if not hasattr(os, "pread"):
            self.keep = size
        self._fd: int | None = None
        self._end = 0

    def put(self, index: int, result: DocumentResult) -> None:
        """Set the result at ``index`` (a position is set once)."""
        self._paths[index] = result.path
        if len(self._held) < self.keep:
            self._held[index] = result
            return
        if self._fd is None:
            self._fd = _anonymous_file()
            weakref.finalize(self, _close, self._fd, os.getpid())
        data = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
        written = 0
        while written < len(data):
            written += os.pwrite(self._fd, data[written:], self._end + written)
        self._at[index], self._length[index] = self._end, len(data)
        self._end += len(data)

    @property
    def spooled(self) -> int:
        """Return how many results are in the file, not in memory."""
        return sum(1 for at in self._at if at >= 0)

    def __len__(self) -> int:
        return len(self._paths)

    @overload
    def __getitem__(self, index: int) -> DocumentResult: ...

    @overload
    def __getitem__(self, index: slice) -> list[DocumentResult]: ...

    def __getitem__(self, index: int | slice) -> DocumentResult | list[DocumentResult]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("spool index out of range")
        held = self._held.get(index)
        if held is not None:
            return held
        at = self._at[index]
        if at < 0 or self._fd is None:
            raise LookupError(f"no result was put at {index}")
        result: DocumentResult = pickle.loads(os.pread(self._fd, self._length[index], at))
        return result

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # equal to a list of the same results

    def __iter__(self) -> Iterator[DocumentResult]:
        return (self[i] for i in range(len(self)))

    def by_path(self) -> Iterator[DocumentResult]:
        """Yield the results sorted by path (ties in position order), one loaded at a time."""
        paths = self._paths
        return (self[i] for i in sorted(range(len(paths)), key=lambda i: paths[i] or ""))


def _anonymous_file() -> int:
    """Open a temporary file that has no name: the system deletes it when it is closed."""
    fd, name = tempfile.mkstemp(prefix="jdlint-results-")
    os.unlink(name)
    return fd


def _close(fd: int, owner: int) -> None:
    if os.getpid() == owner:  # a forked child's copy goes with the child
        os.close(fd)


def gather(results: Iterable[DocumentResult], like: Sequence[DocumentResult],
           ) -> Sequence[DocumentResult]:
    """Collect results made one for one from ``like``'s: into a spool if ``like`` is one."""
    if not isinstance(like, Spool):
        return list(results)
    spool = Spool(len(like), like.keep)
    for index, result in enumerate(results):
        spool.put(index, result)
    return spool

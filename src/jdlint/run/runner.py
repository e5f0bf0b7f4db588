"""Lint many files under one Settings value: the results cache, then workers for the rest.

:func:`lint_files` answers the files whose results are cached (so a fully cached run reads no
document and imports neither spaCy nor a reader library), then has the rest linted by
:func:`jdlint.run.worker.lint_file` on this machine's worker processes (:mod:`jdlint.run.pool`)
or on a Dask cluster. The cache is one object per process, given by
:func:`jdlint.run.cache.cache_for` from the settings: this module reads it, and each local
worker stores the result of the bytes it read, so the writes run in parallel with the reading
and a file that changes after it was looked up is stored under its new content, never its old.
Inputs are only ever opened for reading.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from jdlint.errors import ConfigError
from jdlint.results import DocumentResult, with_shared_strings
from jdlint.run.cache import cache_for
from jdlint.run.discover import names_of
from jdlint.run.pool import run
from jdlint.run.settings import Executor, Settings
from jdlint.run.spool import Spool

Progress = Callable[[int, int, str], None]


def lint_files(files: Sequence[Path | str], settings: Settings,
               progress: Progress | None = None) -> Spool:
    """Lint ``files`` (from the cache where possible); results in the order given.

    Results go into a :class:`~jdlint.run.spool.Spool` as they come, cached ones first, so a
    large run holds few of them in memory. Files are handled by name from here on (a
    :class:`~jdlint.run.discover.FileList`'s own strings): the workers fork with this
    process's memory, and a ``Path`` a file is four times a name's size.
    """
    cache = cache_for(settings)
    names = names_of(files)
    spool = Spool(len(names))
    # Where each file is first, and where it comes again (rarely: named twice). One int a
    # file, not a list: a run of 20,000 files held 20,000 lists (tracemalloc, 2026-12-04).
    positions: dict[str, int] = {}
    again: dict[int, list[int]] = {}
    for index, name in enumerate(names):
        first = positions.setdefault(name, index)
        if first != index:
            again.setdefault(first, []).append(index)

    filled = 0  # positions with their result

    def put(path: str, result: DocumentResult) -> None:
        nonlocal filled
        index = positions.pop(path, None)
        if index is not None:
            spool.put(index, result)
            for other in again.get(index, ()):
                spool.put(other, result)
            filled += 1 + len(again.get(index, ()))

    keys: dict[str, str] = {}
    if cache is not None:
        keys = cache.keys(names)
        for path, result in cache.get_many(keys):
            put(path, result)
        cache.close()  # no connection may be open when the workers are forked
    misses = list(positions)
    done = filled
    if settings.executor is not Executor.DASK:
        keys = {}  # local workers key what they read themselves; the parent needs none now

    def relay(index: int, total: int, name: str) -> None:
        if progress:
            # A local run's results are put before their progress, a file named twice at
            # both places; Dask's come after: counted by the files it has done.
            progress(max(filled, done + index), len(names), name)

    if settings.executor is Executor.DASK and misses:
        linted = [with_shared_strings(r) for r in _lint_on_dask(misses, settings, relay)]
        for path, result in zip(misses, linted, strict=True):
            if cache is not None and path in keys:
                cache.put(keys[path], result)  # Dask workers have no cache folder
            put(path, result)
    else:
        run(misses, settings, relay, lambda index, result: put(misses[index], result))
    if cache is not None:
        cache.close()
    return spool


def _lint_on_dask(files: list[str], settings: Settings, progress: Progress,
                  ) -> list[DocumentResult]:
    try:
        from jdlint.run.distributed.dask_runner import lint_paths
    except ImportError as exc:
        raise ConfigError('--executor dask needs Dask: pip install "jdlint[dask]"') from exc
    return lint_paths(files, settings, scheduler=settings.scheduler, workers=settings.jobs,
                      progress=progress)

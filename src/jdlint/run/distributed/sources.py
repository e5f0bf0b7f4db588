"""Name the documents of a distributed run, and read one of them on a worker.

A source is a local path or an fsspec URL (``s3://bucket/jds/``, ``abfs://…``, ``file:///…``).
The client expands folders into files; each worker reads its own files' bytes, so documents
never pass through the client or the scheduler. Local paths must be visible to the workers
(a shared file system, or a LocalCluster on this machine).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path, PurePosixPath

from jdlint.errors import ErrorCategory, ReadError
from jdlint.run.discover import SUFFIXES, discover
from jdlint.run.patterns import gitignore_matcher
from jdlint.run.unit import read_capped_bytes, too_large_error

_GLOB_CHARS = frozenset("*?[")


def is_url(source: str) -> bool:
    """Tell whether a source is an fsspec URL rather than a local path."""
    protocol, sep, _ = source.partition("://")
    return bool(sep) and protocol.replace("+", "").replace("-", "").isalnum()


def expand(paths_or_urls: Iterable[str | Path], exclude: Sequence[str] = (),
           exclude_base: Path | None = None) -> list[str]:
    """Return the files to lint, in the order given, each folder's files sorted, no repeats."""
    found: list[str] = []
    seen: set[str] = set()
    for given in paths_or_urls:
        if isinstance(given, str) and is_url(given):
            names = _expand_url(given, exclude)
        else:
            names = [str(p) for p in discover([given], exclude=exclude, exclude_base=exclude_base)]
        for name in names:
            key = name if is_url(name) else str(Path(name).absolute())
            if key not in seen:
                seen.add(key)
                found.append(name)
    return found


def read_source(source: str, max_file_mb: float) -> bytes:
    """Return a source's bytes, raising ReadError (``unreadable``, ``too-large``) when it fails."""
    if not is_url(source):
        return read_capped_bytes(Path(source), max_file_mb)
    import fsspec

    try:
        fs, path = fsspec.core.url_to_fs(source)
        size = fs.size(path)
        if size is not None and size > max_file_mb * 1024 * 1024:
            raise too_large_error(size, max_file_mb)
        data: bytes = fs.cat_file(path)
        return data
    except ReadError:
        raise
    except Exception as error:  # every storage back end raises its own types
        raise ReadError(ErrorCategory.UNREADABLE,
                        f"The file could not be read ({type(error).__name__}: {error}).") from error


def _expand_url(url: str, exclude: Sequence[str]) -> list[str]:
    import fsspec

    fs, path = fsspec.core.url_to_fs(url)
    if _GLOB_CHARS & set(path):
        root = path[:min(path.index(c) for c in _GLOB_CHARS if c in path)].rpartition("/")[0]
        files = [p for p in fs.glob(path) if fs.isfile(p)]
    elif fs.isdir(path):
        root, files = path, fs.find(path)
    else:
        return [fs.unstrip_protocol(path)]
    excluded = gitignore_matcher(list(exclude)) if exclude else None
    chosen = []
    for file in files:
        relative = PurePosixPath(file).relative_to(root.rstrip("/") or "/")
        if _is_candidate(relative) and not (excluded and excluded(relative.as_posix())):
            chosen.append(file)
    return [fs.unstrip_protocol(p) for p in sorted(chosen)]


def _is_candidate(relative: PurePosixPath) -> bool:
    """Apply discover's rules to a file found under a URL: known suffix, nothing hidden."""
    return (relative.suffix.lower() in SUFFIXES and not relative.name.startswith("~$")
            and not any(part.startswith(".") for part in relative.parts))

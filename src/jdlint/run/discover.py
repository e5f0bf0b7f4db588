"""Find the job descriptions to read among the files and folders given on the command line.

A file named on the command line is taken even if ``exclude`` matches it, unless
``force_exclude`` is set (if jdlint cannot read it, that is reported for that file). A
folder is searched recursively for every extension a reader takes
(:func:`jdlint.read.registry.extensions`: ``.docx``, ``.pdf``, ``.txt``, ``.md``, ``.odt``,
``.html`` and their variants, and ``.doc`` and ``.rtf``, read through LibreOffice), sorted by
path; hidden files and folders, Word lock files (``~$…``) and anything an ``exclude`` glob
matches (relative to ``exclude_base``) are passed over. Folder symlinks are followed once: a
link back to a folder already searched is not searched again.

``.doc`` and ``.rtf`` files are taken even when LibreOffice is not installed, so that each is
reported (``unsupported-format``, with what to install) rather than silently passed over. A
folder that cannot be opened (permissions) is returned in place, in its sorted position, so the
runner reports it as ``unreadable`` instead of the run quietly checking fewer files; so is a
broken symlink with a job description's name.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import overload

from jdlint.read.registry import extensions
from jdlint.run.gitignore import GitIgnores
from jdlint.run.patterns import Matcher, gitignore_matcher

LEGACY_SUFFIXES = frozenset({".doc", ".rtf"})
SUFFIXES = extensions() | LEGACY_SUFFIXES


class FileList(Sequence[Path]):
    """The files found, held as their names: a :class:`Path` is made only when one is asked for.

    A run holds its file list from discovery to the end, and the local workers are forked
    with it in memory: a ``Path`` costs about 450 bytes against a name's 100 (tracemalloc, 20,000
    files: 9 MB of ``pathlib`` objects in the parent when its workers forked, which each
    worker and PDF child then carried as the parent's heap was rewritten under them).
    """

    def __init__(self, names: Sequence[str]) -> None:
        self.names: tuple[str, ...] = tuple(names)

    def __len__(self) -> int:
        return len(self.names)

    @overload
    def __getitem__(self, index: int) -> Path: ...

    @overload
    def __getitem__(self, index: slice) -> list[Path]: ...

    def __getitem__(self, index: int | slice) -> Path | list[Path]:
        if isinstance(index, slice):
            return [Path(name) for name in self.names[index]]
        return Path(self.names[index])

    def __iter__(self) -> Iterator[Path]:
        return map(Path, self.names)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]  # equal to a list of the same paths


def names_of(files: Sequence[Path | str]) -> Sequence[str]:
    """Return the files' names: a :class:`FileList`'s own strings, no copy."""
    return files.names if isinstance(files, FileList) else [os.fspath(f) for f in files]


def discover(paths: Sequence[Path | str], exclude: Sequence[str] = (),
             exclude_base: Path | None = None, force_exclude: bool = False,
             respect_gitignore: bool = True) -> FileList:
    """Return the files to read, in the order given, each folder's files sorted, no repeats.

    ``force_exclude`` applies ``exclude`` to files named directly too (a pre-commit hook
    names every changed file, so excluded drafts would otherwise be checked there).
    ``respect_gitignore`` passes over, in folders, what ``.gitignore`` files ignore.
    """
    excluded = gitignore_matcher(list(exclude)) if exclude else None
    base = (exclude_base or Path.cwd()).absolute()
    found: list[str] = []
    # Absolute names, to drop a file reached twice; one folder's walk names each file once.
    seen: set[str] | None = set() if len(paths) > 1 else None
    cwd = os.getcwd()
    for given in map(Path, paths):
        candidates = (_walk(given, GitIgnores(given) if respect_gitignore else None)
                      if given.is_dir() else iter([os.fspath(given)]))
        for name in candidates:
            if ((force_exclude or given.is_dir()) and excluded is not None
                    and _matches(excluded, Path(name), base)):
                continue
            if seen is not None:
                key = os.path.join(cwd, name)  # what Path(name).absolute() names
                if key in seen:
                    continue
                seen.add(key)
            found.append(name)
    return FileList(found)


def is_candidate(path: Path) -> bool:
    """Tell whether a file found in a folder is one jdlint should read."""
    return _named_like_a_jd(path.name) and _a_file(os.fspath(path))


def _named_like_a_jd(name: str) -> bool:
    return os.path.splitext(name)[1].lower() in SUFFIXES and not name.startswith(("~$", "."))


def _a_file(path: str) -> bool:
    """A regular file, or a broken link with a JD's name (reported, not passed over)."""
    return os.path.isfile(path) or (os.path.islink(path) and not os.path.exists(path))


def _walk(folder: Path, ignores: GitIgnores | None) -> Iterator[str]:
    """Yield the names of the candidate files under ``folder``, sorted by their path relative
    to it.

    Names are tested as strings before any :class:`Path` is built, and ``.gitignore`` rules
    are asked about only in folders where one applies: a folder of 5,000 JDs was walked in
    1.0 s with a Path per name and per question (profiled 2026-12-03).
    """
    visited: set[tuple[int, int]] = set()
    files: list[str] = []
    top = os.fspath(folder)

    def unreadable(error: OSError) -> None:
        if error.filename is not None and not isinstance(error, FileNotFoundError):
            name = os.fsdecode(error.filename)
            files.append(name)

    for root, dirs, names in os.walk(top, onerror=unreadable, followlinks=True):
        try:
            stat = os.stat(root)
        except OSError:  # the folder vanished after it was listed
            continue
        identity = (stat.st_dev, stat.st_ino)
        if identity in visited:
            dirs[:] = []  # a symlink loop, or a second link to a folder already searched
            continue
        visited.add(identity)
        asked = ignores if ignores is not None and ignores.any_in(Path(root)) else None
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not (
            asked and asked.ignored(Path(root) / d, folder=True)))
        for name in names:
            full = os.path.join(root, name)
            if not (_named_like_a_jd(name) and _a_file(full)):
                continue
            if asked is None or not asked.ignored(Path(full), folder=False):
                files.append(full)
    files.sort(key=lambda full: _relative(top, full))
    yield from files


def _relative(top: str, full: str) -> str:
    """Return ``full`` relative to ``top`` with ``/`` separators (the walk's sort key)."""
    prefix = os.path.join(top, "")
    relative = full[len(prefix):] if full.startswith(prefix) else os.path.relpath(full, top)
    return relative.replace(os.sep, "/")


def _matches(excluded: Matcher, path: Path, base: Path) -> bool:
    try:
        relative = path.absolute().relative_to(base)
    except ValueError:
        return False
    return excluded(relative.as_posix())

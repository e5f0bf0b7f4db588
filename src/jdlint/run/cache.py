"""A content cache of results, so unchanged files are not read again.

Key: sha256 of the file's bytes + jdlint's version + a digest of every rule and lexicon file
+ the lint options + the PDF backend setting (``JDLINT_PDF_BACKEND``, and whether pypdfium2 is
installed: the two backends may place a line differently). The results, as JSON, are rows of
one SQLite database in the user cache folder (``$XDG_CACHE_HOME/jdlint/v2/results.sqlite3`` on
Linux), in write-ahead-log mode: concurrent runs read while another writes, and a writer waits
for another's short transaction. Each row is whole or absent, so no run sees half a result; a
database that is damaged, locked for too long or cannot be opened makes the cache miss or skip
a write, never fail the run, and a damaged one is replaced. Results that depend on the machine
rather than the file (timeouts, permissions, size limits) are never cached.

Measured on 1,000 results (2026-11-26): writing them one file each, as the first layout did,
took the parent 0.4-0.8 s after a cold run; as rows, 25 ms. Reading them back takes about
35 ms. Each worker writes the rows of the files it read, under the key of the bytes it read.

A second table indexes files by their ``stat`` (size, modification and change times, inode,
device) under the salt: a file whose ``stat`` is what it was when its key was computed is not
read and hashed again, as git's index and ruff's cache trust them. A file changed within two
seconds of being hashed is not indexed (a later change in the same clock tick would keep its
``stat``), so it is hashed again next time. Re-running an unchanged folder of 5,000 JDs read and
hashed every file (about 0.4 s of a 1.5 s re-run, 2026-12-03); with the index it reads none.

A connection is never carried across ``fork``: the session closes its own before the workers
start, and a process that finds a connection its parent opened opens its own and leaves the
parent's untouched (even closing it from the child could drop the parent's locks).
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import os
import sqlite3
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from jdlint import __version__
from jdlint.errors import ErrorCategory
from jdlint.results import DocumentResult
from jdlint.run.settings import Settings

# What a stored result holds; raised when DocumentResult gains a field (2: inline directives;
# 3: library warnings).
RESULT_LAYOUT = 3
_UNCACHED = {ErrorCategory.TIMEOUT, ErrorCategory.UNREADABLE, ErrorCategory.TOO_LARGE}

# jdlint.read.pdf.BACKEND_ENV, spelled out so that a cached run need not import the PDF reader.
PDF_BACKEND_ENV = "JDLINT_PDF_BACKEND"


def default_cache_dir() -> Path:
    """Return the platform's user cache folder for jdlint."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
        return base / "jdlint" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "jdlint"
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "jdlint"


def shipped_rules_dir() -> Path:
    """Return the folder of the rules shipped with jdlint (installed or source tree)."""
    from jdlint.judge.rules import rules_dir

    return rules_dir()


def rules_digest(folders: Iterable[Path],
                 suffixes: frozenset[str] = frozenset({".toml", ".yaml", ".yml"})) -> str:
    """Hash every rule and lexicon file (names and bytes) without parsing or importing spaCy."""
    digest = hashlib.sha256()
    for folder in folders:
        for path in sorted(Path(folder).rglob("*")):
            if path.is_file() and path.suffix in suffixes:
                digest.update(path.relative_to(folder).as_posix().encode())
                digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def package_dir() -> Path:
    """Return the folder of jdlint's own code."""
    return Path(__file__).resolve().parent.parent


def code_digest() -> str:
    """Hash jdlint's own modules and data (about 5 ms): every commit installed from source has
    the same version number, and a changed reader must not be answered with the old one's
    results (two of us were, 2026-12-05)."""
    return rules_digest([package_dir()], frozenset({".py", ".json"}))


def options_salt(settings: Settings) -> str:
    """Return a digest of everything besides the file that decides its result."""
    folders = [shipped_rules_dir(), *settings.extra_rules]
    pdf = [os.environ.get(PDF_BACKEND_ENV, "auto").strip().lower() or "auto",
           importlib.util.find_spec("pypdfium2") is not None]
    blob = json.dumps([__version__, code_digest(), RESULT_LAYOUT, rules_digest(folders),
                       settings.judging(), pdf, _libreoffice()], sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()


def _libreoffice() -> list[object]:
    """Say which LibreOffice reads .doc and .rtf files (installed, upgraded: results change)."""
    from jdlint.read.legacy.soffice import locate

    program = locate()
    if program is None:
        return [None]
    try:
        return [program, os.stat(program).st_mtime_ns]
    except OSError:
        return [program]


FORMAT = "v2"  # the folder, under the cache folder, of this layout (v1: one JSON file a result)
_DATABASE = "results.sqlite3"
_BUSY_SECONDS = 10.0  # how long a writer waits for another run's transaction before skipping
_DAMAGED = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}
_SCHEMA = ("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, result TEXT NOT NULL) "
           "WITHOUT ROWID")
_STATS_SCHEMA = ("CREATE TABLE IF NOT EXISTS stats (path TEXT NOT NULL, salt TEXT NOT NULL, "
                 "signature TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (path, salt)) "
                 "WITHOUT ROWID")
_SETTLED_NS = 2_000_000_000  # a file changed more recently than this is hashed, not indexed
_CHUNK = 500  # keys or paths per SELECT ... IN (...)

# This process's open connection to each database, with the process id that opened it; and
# connections a parent opened before forking this process, kept so that none is ever closed here.
_Name = TypeVar("_Name", str, Path)  # a file, keyed as the caller names it
_OPEN: dict[Path, tuple[int, sqlite3.Connection]] = {}
_INHERITED: list[sqlite3.Connection] = []


class ResultCache:
    """Results stored by content key in a folder; safe to share between concurrent runs."""

    def __init__(self, folder: Path, salt: str) -> None:
        self.folder = Path(folder) / FORMAT
        self.database = self.folder / _DATABASE
        self.salt = salt

    def key(self, data: bytes) -> str:
        """Return the cache key of a file's bytes under this cache's salt."""
        digest = hashlib.sha256(self.salt.encode() + b"\0")
        digest.update(data)  # not salt + data: that would copy every file once more
        return digest.hexdigest()

    def keys(self, paths: Sequence[_Name]) -> dict[_Name, str]:
        """Return each readable file's key, from the stat index where the file is unchanged."""
        # Paths as bytes: a file name that is not UTF-8 (surrogate-escaped) is still a key.
        names = {path: os.fsencode(os.path.abspath(path)) for path in paths}
        known = self._select("SELECT path, signature, key FROM stats WHERE salt = ? AND path IN",
                             list(names.values()), (self.salt,))
        found: dict[_Name, str] = {}
        fresh: list[tuple[bytes, str, str, str]] = []
        now = time.time_ns()
        for path, name in names.items():
            try:
                stat = os.stat(path)
                signature = (f"{stat.st_size}:{stat.st_mtime_ns}:{stat.st_ctime_ns}:"
                             f"{stat.st_ino}:{stat.st_dev}")
                row = known.get(name)
                if row is not None and row[0] == signature:
                    found[path] = row[1]
                    continue
                found[path] = self.key(Path(path).read_bytes())
            except OSError:
                continue  # the worker reports the unreadable file
            if now - stat.st_mtime_ns > _SETTLED_NS:
                fresh.append((name, self.salt, signature, found[path]))
        if fresh:
            try:
                with self._connection() as connection:
                    connection.executemany("INSERT OR REPLACE INTO stats VALUES (?, ?, ?, ?)",
                                           fresh)
            except (sqlite3.Error, OSError, ValueError) as error:  # never fail the run
                self._recover(error)
        return found

    def get_many(self, keys: dict[_Name, str]) -> Iterator[tuple[_Name, DocumentResult]]:
        """Yield the cached results of the files whose keys are stored, relabelled; decoded a
        chunk of rows at a time, so no more than a chunk of stored JSON is held at once."""
        paths: dict[str, list[_Name]] = {}
        for path, key in keys.items():
            paths.setdefault(key, []).append(path)
        for stored_key, (text,) in self._rows("SELECT key, result FROM results WHERE key IN",
                                              sorted(paths)):
            try:
                stored = DocumentResult.from_dict(json.loads(text))
            except (ValueError, KeyError, TypeError):
                continue
            for path in paths.get(str(stored_key), ()):
                yield path, replace(stored, path=str(path))  # its strings already shared

    def _select(self, query: str, values: Sequence[str | bytes], fixed: tuple[str, ...] = ()
                ) -> dict[str | bytes, tuple[str, ...]]:
        """Run ``query (?, ?, ...)`` over ``values`` in chunks; rows by their first column."""
        return dict(self._rows(query, values, fixed))

    def _rows(self, query: str, values: Sequence[str | bytes], fixed: tuple[str, ...] = ()
              ) -> Iterator[tuple[str | bytes, tuple[str, ...]]]:
        """Yield ``query (?, ?, ...)``'s rows over ``values``, a chunk of values at a time, as
        (first column, the rest); a database error ends them early (a cache miss)."""
        try:
            connection = self._connection()
            for at in range(0, len(values), _CHUNK):
                chunk = values[at:at + _CHUNK]
                marks = ", ".join("?" * len(chunk))
                rows = connection.execute(f"{query} ({marks})", (*fixed, *chunk)).fetchall()
                for first, *rest in rows:
                    yield first, tuple(rest)
        except (sqlite3.Error, OSError, ValueError) as error:  # never fail the run
            self._recover(error)

    def get(self, key: str, path: str) -> DocumentResult | None:
        """Return the cached result for ``key``, relabelled with ``path``, or None."""
        try:
            row = self._connection().execute(
                "SELECT result FROM results WHERE key = ?", (key,)).fetchone()
        except (sqlite3.Error, OSError) as error:
            self._recover(error)
            return None
        if row is None:
            return None
        try:
            return replace(DocumentResult.from_dict(json.loads(row[0])), path=path)
        except (ValueError, KeyError, TypeError):
            return None

    def put(self, key: str, result: DocumentResult) -> None:
        """Store a result unless it depends on the machine; never fail the run."""
        if result.error is not None and result.error.category in _UNCACHED:
            return
        text = json.dumps(result.as_dict(), separators=(",", ":"))
        try:
            with self._connection() as connection:  # one transaction: the row is whole or absent
                connection.execute("INSERT OR REPLACE INTO results VALUES (?, ?)", (key, text))
        except (sqlite3.Error, OSError) as error:
            self._recover(error)

    def close(self) -> None:
        """Close this process's connection (before forking workers, and when done)."""
        opened = _OPEN.pop(self.database, None)
        if opened is None:
            return
        if opened[0] == os.getpid():
            opened[1].close()
        else:
            _INHERITED.append(opened[1])

    def _connection(self) -> sqlite3.Connection:
        """Return this process's connection, opening (and creating) the database if need be."""
        opened = _OPEN.get(self.database)
        if opened is not None and opened[0] == os.getpid():
            return opened[1]
        if opened is not None:  # opened by the process this one was forked from
            _INHERITED.append(opened[1])
        self.folder.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self.database, timeout=_BUSY_SECONDS,
                                     check_same_thread=False)
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")  # a cache: durable enough
            connection.execute(_SCHEMA)
            connection.execute(_STATS_SCHEMA)
        except BaseException:
            connection.close()
            raise
        _OPEN[self.database] = (os.getpid(), connection)
        return connection

    def _recover(self, error: Exception) -> None:
        """After an error: replace a damaged database; anything else (locked, no access) passes."""
        if getattr(error, "sqlite_errorname", "") not in _DAMAGED:
            return
        self.close()
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                Path(f"{self.database}{suffix}").unlink()


_CACHES: dict[str, ResultCache] = {}  # by folder and judging settings, one per process


def cache_for(settings: Settings) -> ResultCache | None:
    """Return the results cache the settings name (None: no cache), one object per process."""
    if settings.cache_dir is None:
        return None
    key = json.dumps([str(settings.cache_dir), settings.judging()])
    if key not in _CACHES:
        _CACHES[key] = ResultCache(settings.cache_dir, options_salt(settings))
    return _CACHES[key]

"""A content cache of results, so unchanged files are not read again.

Key: sha256 of the file's bytes + jdlint's version + a digest of every rule and lexicon file
+ the lint options + the PDF backend setting (``JDLINT_PDF_BACKEND``, and whether pypdfium2 is
installed: the two backends may place a line differently). One JSON file per key under the user
cache folder (``$XDG_CACHE_HOME/jdlint`` on Linux), written atomically, so concurrent runs never
see half a file; a damaged entry is treated as a miss. (Measured: a re-run of 1,000 unchanged
files reads, hashes and loads every entry in about 0.1 s, so one file per entry is kept.)
Results that depend on the machine rather than the file (timeouts,
permissions, size limits) are never cached.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import sys
from collections.abc import Iterable
from dataclasses import asdict, replace
from pathlib import Path

from jdlint import __version__
from jdlint.errors import ErrorCategory
from jdlint.lint import LintOptions
from jdlint.results import DocumentResult

_UNCACHED = {ErrorCategory.TIMEOUT, ErrorCategory.UNREADABLE, ErrorCategory.TOO_LARGE}

# jdlint.readers.pdf.BACKEND_ENV, spelled out so that a cached run need not import the PDF reader.
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
    installed = Path(__file__).parent / "rules"
    return installed if installed.is_dir() else Path(__file__).parents[2] / "rules"


def rules_digest(folders: Iterable[Path]) -> str:
    """Hash every rule and lexicon file (names and bytes) without parsing or importing spaCy."""
    digest = hashlib.sha256()
    for folder in folders:
        for path in sorted(Path(folder).rglob("*")):
            if path.is_file() and path.suffix in {".toml", ".yaml", ".yml"}:
                digest.update(path.relative_to(folder).as_posix().encode())
                digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def options_salt(options: LintOptions) -> str:
    """Return a digest of everything besides the file that decides its result."""
    folders = [shipped_rules_dir(), *options.extra_rules]
    settings = asdict(options)
    settings["select"] = sorted(options.select) if options.select is not None else None
    settings["ignore"] = sorted(options.ignore)
    settings["severities"] = sorted((k, str(v)) for k, v in options.severities.items())
    settings["extra_rules"] = [str(p) for p in options.extra_rules]
    pdf = [os.environ.get(PDF_BACKEND_ENV, "auto").strip().lower() or "auto",
           importlib.util.find_spec("pypdfium2") is not None]
    blob = json.dumps([__version__, rules_digest(folders), settings, pdf], sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()


class ResultCache:
    """Results stored by content key in a folder; safe to share between concurrent runs."""

    def __init__(self, folder: Path, salt: str) -> None:
        self.folder = Path(folder) / "v1"
        self.salt = salt

    def key(self, data: bytes) -> str:
        """Return the cache key of a file's bytes under this cache's salt."""
        return hashlib.sha256(self.salt.encode() + b"\0" + data).hexdigest()

    def _entry(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str, path: str) -> DocumentResult | None:
        """Return the cached result for ``key``, relabelled with ``path``, or None."""
        try:
            data = json.loads(self._entry(key).read_text(encoding="utf-8"))
            return replace(DocumentResult.from_dict(data), path=path)
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, key: str, result: DocumentResult) -> None:
        """Store a result unless it depends on the machine; never fail the run."""
        if result.error is not None and result.error.category in _UNCACHED:
            return
        store_json(self._entry(key), result.as_dict())


def store_json(path: Path, data: object) -> None:
    """Write JSON atomically (a reader sees the old file or the new one); never fail the run."""
    from jdlint.atomic import atomic_writer

    try:
        text = json.dumps(data, separators=(",", ":"))  # the C encoder: 5x faster than dump
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_writer(path) as stream:
            stream.write(text)
    except (OSError, TypeError, ValueError):
        return

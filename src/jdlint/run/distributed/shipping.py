"""Carry the settings, and a trust's own rule folders, to workers that cannot see the client's disk.

``Settings.extra_rules`` names folders on the machine that starts the run; a Dask or Spark
worker elsewhere has no such folders. :func:`ship` reads their rule and lexicon files into a
small frozen value that travels with the tasks (a few kilobytes); :func:`unpack` writes them
once per worker process into a temporary folder named by their digest and returns settings that
point there. The compiled rule set itself is not shipped: it holds spaCy matchers bound to a
vocabulary, so each worker process builds it once through :func:`jdlint.run.unit.ruleset_for`'s
cache, which costs about as much as unpickling it would.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import threading
from dataclasses import dataclass, replace
from pathlib import Path

from jdlint.errors import RuleError
from jdlint.run.settings import Settings

_RULE_SUFFIXES = frozenset({".toml", ".yaml", ".yml"})

RuleFolder = tuple[tuple[str, bytes], ...]  # (relative posix path, bytes), sorted


@dataclass(frozen=True, slots=True)
class ShippedSettings:
    """Settings plus the contents of their extra rule folders, ready to pickle."""

    settings: Settings
    folders: tuple[RuleFolder, ...] = ()

    @property
    def digest(self) -> str:
        """Return a digest of the shipped rule files (names and bytes)."""
        digest = hashlib.sha256()
        for index, folder in enumerate(self.folders):
            for name, data in folder:
                digest.update(f"{index}/{name}\0".encode() + hashlib.sha256(data).digest())
        return digest.hexdigest()


def ship(settings: Settings | None) -> ShippedSettings:
    """Read the settings' extra rule folders so they can travel to the workers.

    The results cache is a folder of the machine that starts the run: it does not travel.
    """
    settings = replace(settings or Settings(), cache_dir=None)
    return ShippedSettings(settings=settings,
                          folders=tuple(_read_folder(Path(f)) for f in settings.extra_rules))


def unpack(shipped: ShippedSettings) -> Settings:
    """Return settings usable on this worker, writing shipped rule folders once per process."""
    if not shipped.folders:
        return shipped.settings
    digest = shipped.digest
    if digest not in _UNPACKED:
        _UNPACKED[digest] = _write_folders(shipped.folders, digest)
    return replace(shipped.settings, extra_rules=_UNPACKED[digest])


_UNPACKED: dict[str, tuple[Path, ...]] = {}  # digest -> folders written by this process


def _write_folders(shipped: tuple[RuleFolder, ...], digest: str) -> tuple[Path, ...]:
    root = Path(tempfile.gettempdir()) / f"jdlint-rules-{digest[:16]}"
    folders = []
    for index, folder in enumerate(shipped):
        target = root / str(index)
        for name, data in folder:
            path = target / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if not path.is_file() or path.read_bytes() != data:
                partial = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}")
                partial.write_bytes(data)
                partial.replace(path)  # atomic: worker processes on one host share the folder
        target.mkdir(parents=True, exist_ok=True)
        folders.append(target)
    return tuple(folders)


def _read_folder(folder: Path) -> RuleFolder:
    if not folder.is_dir():
        raise RuleError(f"{folder}: not a folder of rule files")
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in _RULE_SUFFIXES)
    return tuple((p.relative_to(folder).as_posix(), p.read_bytes()) for p in files)

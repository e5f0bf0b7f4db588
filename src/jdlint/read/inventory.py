"""Say which readers this installation can use: the library or program behind each, and its
version (what ``jdlint doctor`` shows).

Takes nothing but the reader registry and the environment; gives one frozen
:class:`ReaderStatus` per registered format. Nothing is imported to find a version (the
installed distributions' metadata is read instead), so asking is quick and cannot fail on a
broken library; LibreOffice is asked for ``--version`` only when it is found.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata

from jdlint.read.legacy import soffice
from jdlint.read.registry import READERS, Reader


@dataclass(frozen=True, slots=True)
class Library:
    """One Python distribution a reader uses, and its installed version (``None``: missing)."""

    name: str
    version: str | None


@dataclass(frozen=True, slots=True)
class Program:
    """An outside program a reader needs: where it was found and its version."""

    name: str
    path: str | None  # None: not found
    version: str | None
    install: str  # what to install when it is missing


@dataclass(frozen=True, slots=True)
class ReaderStatus:
    """One format: what reads it and whether that is available here."""

    format: str
    extensions: tuple[str, ...]
    label: str
    libraries: tuple[Library, ...]
    program: Program | None

    @property
    def available(self) -> bool:
        """Tell whether files of this format can be read here."""
        has_library = not self.libraries or any(lib.version for lib in self.libraries)
        return has_library and (self.program is None or self.program.path is not None)

    def as_dict(self) -> dict[str, object]:
        """Return the JSON form (``jdlint doctor --format json``)."""
        program = None if self.program is None else {
            "name": self.program.name, "found": self.program.path is not None,
            "path": self.program.path, "version": self.program.version,
            "install": self.program.install}
        return {"format": self.format, "extensions": list(self.extensions),
                "label": self.label, "available": self.available,
                "libraries": [{"name": lib.name, "version": lib.version}
                              for lib in self.libraries],
                "program": program}


def inventory() -> tuple[ReaderStatus, ...]:
    """Return the status of every registered reader, in the registry's order."""
    return tuple(_status(entry) for entry in READERS)


def _status(entry: Reader) -> ReaderStatus:
    program = None
    if entry.converter is not None:
        path = soffice.locate()
        program = Program(entry.converter, path, soffice.version(path) if path else None,
                          soffice.INSTALL)
    return ReaderStatus(entry.format, entry.extensions, entry.label,
                        tuple(Library(name, _version(name)) for name in entry.libraries),
                        program)


def _version(distribution: str) -> str | None:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None

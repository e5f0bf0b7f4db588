"""Where ``annotate`` and ``fix`` write their copies of Word files, and the clashes they refuse.

A copy is ``OUTPUT_DIR/<stem><suffix>.docx``; a copy that would overwrite an input, or two
inputs that would be written to one copy, stop the run with a usage error before anything is
written, so nothing a user gave jdlint is ever replaced.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import click

from jdlint.outputs import output
from jdlint.results import DocumentResult

ANNOTATE = output("annotate")


def copy_targets(results: Sequence[DocumentResult], output_dir: Path, suffix: str
                 ) -> dict[str, Path]:
    """Return the copy's path for each .docx; refuse clashes with inputs or with each other."""
    inputs = {_resolved(Path(r.path)) for r in results}
    targets: dict[str, Path] = {}
    seen: dict[Path, str] = {}
    for result in results:
        if result.format not in ANNOTATE.formats or result.error is not None:
            continue
        source = Path(result.path)
        target = output_dir / f"{source.stem}{suffix}{source.suffix}"
        key = _resolved(target)
        if key in inputs:
            raise click.UsageError(
                f"the copy of {source} would replace the input {target}; choose another "
                "--output-dir or a --suffix.")
        if key in seen:
            raise click.UsageError(
                f"{seen[key]} and {source} would both be written to {target}; use separate "
                "output folders or rename one.")
        seen[key] = str(source)
        targets[result.path] = target
    return targets


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()


def same_folder(output_dir: Path, path: Path) -> bool:
    """Tell whether output_dir is the folder given, or the folder of a file given."""
    folder = path if path.is_dir() else path.parent
    return _resolved(output_dir) == _resolved(folder)

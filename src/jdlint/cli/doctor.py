"""``jdlint doctor``: say in plain words which readers this installation can use."""

from __future__ import annotations

import json
import platform

import click

from jdlint import __version__


@click.command("doctor")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Plain sentences, or JSON for tools.")
def command(output_format: str) -> None:
    """Say which file formats jdlint can read here, and with what.

    For each format: its extensions, the library or program that reads it and its version;
    for .doc and .rtf, whether LibreOffice was found (its path and version) and, if not, what
    to install. Always exits 0: a missing optional reader is information, not a failure.
    """
    from jdlint.read.inventory import inventory

    statuses = inventory()
    if output_format == "json":
        click.echo(json.dumps({"schema_version": 1, "jdlint": __version__,
                               "python": platform.python_version(),
                               "readers": [s.as_dict() for s in statuses]}, indent=2))
        return
    click.echo(f"jdlint {__version__} on Python {platform.python_version()}")
    for status in statuses:
        mark = "yes" if status.available else "NO "
        click.echo(f"  [{mark}] {status.label} ({', '.join(status.extensions)}): "
                   f"{_behind(status)}")
    missing = [s for s in statuses if not s.available]
    if missing:
        click.echo("Files of the formats marked NO are reported as unsupported-format, "
                   "with what to install.")


def _behind(status: object) -> str:
    """Say what reads a format, with versions, in words."""
    from jdlint.read.inventory import ReaderStatus

    assert isinstance(status, ReaderStatus)
    parts = [f"{lib.name} {lib.version}" if lib.version else f"{lib.name} (not installed)"
             for lib in status.libraries]
    said = "read with " + " or ".join(parts) if parts else "read by jdlint itself"
    program = status.program
    if program is None:
        return said
    if program.path is None:
        return f"needs {program.name}, which was not found. {program.install}."
    version = program.version or "version unknown"
    return f"converted to .docx by {program.name} ({version}, {program.path}), then {said}"

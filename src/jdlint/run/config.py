"""Load and validate the configuration: ``.jdlint.toml`` or ``[tool.jdlint]`` in pyproject.toml.

Discovery works like ruff's: from each file or folder checked, walk up the folders to the
filesystem root (a ``.git`` folder does not stop the walk); the nearest folder holding a
``.jdlint.toml`` (settings at the top level, no table) or a ``pyproject.toml`` with a
``[tool.jdlint]`` table wins, ``.jdlint.toml`` first when a folder has both. A pyproject.toml
without ``[tool.jdlint]`` is passed over. ``--config FILE`` skips discovery. There is no
user-wide configuration, so a run in CI sees exactly what the repository says.

Keys are kebab-case (``fail-on``); snake_case spellings are accepted too. Paths (``extra-rules``,
``justifications``) and ``exclude`` globs are relative to the configuration file's folder.
This module reads the file; :mod:`jdlint.run.settings` lays it over the defaults and under the
command line's flags.
"""

from __future__ import annotations

import difflib
import os
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jdlint.errors import ConfigError
from jdlint.read.decoding import not_utf8
from jdlint.results import FailOn, Severity
from jdlint.run.patterns import check_pattern

CONFIG_NAME = ".jdlint.toml"
PYPROJECT_NAME = "pyproject.toml"
JUSTIFICATIONS_NAME = "jdlint-justifications.toml"
SEVERITIES = tuple(s.value for s in Severity)[::-1]  # error, warning, info

# Keys of the file and the Settings field each one sets.
FIELDS = {"select": "select", "ignore": "ignore", "severity": "severities",
          "fail_on": "fail_on", "extra_rules": "extra_rules", "exclude": "exclude",
          "justifications": "justifications", "max_file_size_mb": "max_file_mb",
          "timeout_seconds": "timeout_seconds", "jobs": "jobs",
          "extend_exclude": "extend_exclude"}  # added to ``exclude`` (ruff's name for it)


@dataclass(frozen=True, slots=True)
class ConfigFile:
    """What one configuration file says, parsed and checked; paths made absolute."""

    values: Mapping[str, Any] = field(default_factory=dict)  # Settings field -> value
    source: Path | None = None  # the file, or None when there is none
    root: Path = field(default_factory=Path.cwd)  # the folder its paths and globs are relative to
    keys: Mapping[str, str] = field(default_factory=dict)  # Settings field -> key as spelled

    def where(self, name: str) -> str | None:
        """Return the file and key that set a Settings field, for messages (None: not set)."""
        if self.source is None or name not in self.keys:
            return None
        return f"{display(self.source)}: {_table(self.source)}{self.keys[name]}"


def load_config(start: Sequence[Path], explicit: Path | None = None) -> ConfigFile:
    """Load the configuration named by ``explicit`` or found above the paths in ``start``."""
    if explicit is not None:
        path = Path(explicit).absolute()
        if not path.is_file():
            raise ConfigError(f"{display(path)}: configuration file not found")
        table = _read_table(path, required=True)
        assert table is not None
        return _build(table, path)
    found = {start_path: find_config(start_path) for start_path in (start or [Path(".")])}
    sources = set(found.values())
    if len(sources) > 1:
        listing = "; ".join(f"{p}: {display(s) if s else 'no configuration'}"
                            for p, s in found.items())
        raise ConfigError("the paths checked fall under different configurations "
                          f"({listing}); check them separately or pass --config")
    source = sources.pop() if sources else None
    if source is None:
        return _build({}, None)
    table = _read_table(source, required=True)
    assert table is not None
    return _build(table, source)


def find_config(start: Path) -> Path | None:
    """Return the nearest configuration file at or above ``start``, or ``None``."""
    folder = Path(os.path.normpath(Path(start).absolute()))
    if not folder.is_dir():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        if (candidate / CONFIG_NAME).is_file():
            return candidate / CONFIG_NAME
        pyproject = candidate / PYPROJECT_NAME
        if pyproject.is_file() and _read_table(pyproject, required=False) is not None:
            return pyproject
    return None


def _read_table(path: Path, *, required: bool) -> dict[str, Any] | None:
    try:
        with path.open("rb") as stream:
            data = tomllib.load(stream)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{display(path)}: not valid TOML: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(not_utf8(display(path), exc)) from None
    except OSError as exc:
        raise ConfigError(f"{display(path)}: cannot be read ({exc.strerror or exc})") from exc
    if path.name != PYPROJECT_NAME:
        return data
    table = data.get("tool", {}).get("jdlint") if isinstance(data.get("tool"), dict) else None
    if table is None and required:
        raise ConfigError(f"{display(path)}: has no [tool.jdlint] table")
    if table is not None and not isinstance(table, dict):
        raise ConfigError(f"{display(path)}: [tool.jdlint] must be a table")
    return table


def _build(table: Mapping[str, Any], source: Path | None) -> ConfigFile:
    base = source.parent if source else Path.cwd()
    prefix = f"{display(source)}: {_table(source)}" if source else ""
    values: dict[str, Any] = {}
    spelled: dict[str, str] = {}
    for raw_key, value in table.items():
        key = _KEY_ALIASES.get(raw_key.replace("_", "-"), raw_key.replace("_", "-"))
        name = key.replace("-", "_")
        if name not in PARSERS:
            raise ConfigError(f"{prefix}{raw_key}: {_unknown_key(raw_key, source)}")
        if FIELDS[name] in values:
            raise ConfigError(f"{prefix}{raw_key}: also given as {spelled[FIELDS[name]]!r}; "
                              "keep one")
        spelled[FIELDS[name]] = raw_key
        values[FIELDS[name]] = PARSERS[name](value, f"{prefix}{raw_key}", base)
    if "extend_exclude" in values:
        values["exclude"] = (*values.get("exclude", ()), *values.pop("extend_exclude"))
    if "justifications" not in values and (base / JUSTIFICATIONS_NAME).is_file():
        values["justifications"] = base / JUSTIFICATIONS_NAME
    return ConfigFile(values=values, source=source, root=base, keys=spelled)


def _unknown_key(key: str, source: Path | None) -> str:
    known = sorted(name.replace("_", "-") for name in PARSERS)
    if source is not None and source.name != PYPROJECT_NAME and key in ("jdlint", "tool"):
        return (f"unknown key; in {source.name} put the settings at the top level, "
                f"without a [{key}] table")
    close = difflib.get_close_matches(key.replace("_", "-"), known, n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    return f"unknown key ({hint}known keys: {', '.join(known)})"


def _table(source: Path | None) -> str:
    return "[tool.jdlint] " if source is not None and source.name == PYPROJECT_NAME else ""


def display(path: Path | None) -> str:
    """Return a path as messages show it: relative to the working folder when below it."""
    if path is None:
        return "(defaults)"
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return str(path)


# --- value parsers: (value, where, base folder) -> value, raising ConfigError -----------


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, list | tuple | set | frozenset):
        raise ConfigError(f"{where}: expected a list of strings, got {value!r}")
    for item in value:
        if not isinstance(item, str) or not item.strip():
            raise ConfigError(f"{where}: expected non-empty strings, got {item!r}")
    return tuple(item.strip() for item in value)


def _rules(value: Any, where: str, base: Path) -> tuple[str, ...]:
    return _strings(value, where)


def _severity(value: Any, where: str, base: Path) -> dict[str, Severity]:
    if not isinstance(value, Mapping):
        raise ConfigError(f"{where}: expected a table of rule = level, got {value!r}")
    levels = {}
    for rule, level in value.items():
        if level not in SEVERITIES:
            raise ConfigError(f"{where}: {rule}: expected one of {', '.join(SEVERITIES)}, "
                              f"got {level!r}")
        levels[str(rule)] = Severity(level)
    return levels


def _fail_on(value: Any, where: str, base: Path) -> FailOn:
    choices = [f.value for f in FailOn]
    if value not in choices:
        raise ConfigError(f"{where}: expected one of {', '.join(choices)}, got {value!r}")
    return FailOn(value)


def _folders(value: Any, where: str, base: Path) -> tuple[Path, ...]:
    if isinstance(value, tuple):  # from the command line: Path objects
        value = [str(item) for item in value]
    paths = tuple(base / item for item in _strings(value, where))
    for path in paths:
        if not path.is_dir():
            raise ConfigError(f"{where}: {display(path)} is not a folder")
    return paths


def _globs(value: Any, where: str, base: Path) -> tuple[str, ...]:
    patterns = _strings(value, where)
    for pattern in patterns:
        problem = check_pattern(pattern, negation=True)
        if problem:
            raise ConfigError(f"{where}: {problem}")
    return patterns


def _file(value: Any, where: str, base: Path) -> Path:
    if not isinstance(value, str | Path) or not str(value).strip():
        raise ConfigError(f"{where}: expected a file path, got {value!r}")
    path = base / value
    if not path.is_file():
        raise ConfigError(f"{where}: {display(path)} not found")
    return path


def _positive(value: Any, where: str, base: Path) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ConfigError(f"{where}: expected a positive number, got {value!r}")
    return float(value)


def _seconds(value: Any, where: str, base: Path) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise ConfigError(f"{where}: expected a number of seconds (0 = no limit), got {value!r}")
    return float(value)


def _jobs(value: Any, where: str, base: Path) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(f"{where}: expected a whole number of at least 1, got {value!r}")
    return value


PARSERS: dict[str, Callable[[Any, str, Path], Any]] = {
    "select": _rules, "ignore": _rules, "severity": _severity, "fail_on": _fail_on,
    "extra_rules": _folders, "exclude": _globs, "justifications": _file,
    "max_file_size_mb": _positive, "timeout_seconds": _seconds, "jobs": _jobs,
    "extend_exclude": _globs,
}
_KEY_ALIASES = {"per-rule-severity": "severity"}

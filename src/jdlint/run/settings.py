"""The settings of one run, built once: defaults, then the configuration file, then flags.

:class:`Settings` is the one value every part of a run reads: the CLI builds it with
:func:`build_settings`, the runner hands it to each worker process, the cache keys results on
its :meth:`Settings.judging` part, and the distributed executors ship it to their workers.
Every default is written here, once, as a field default. Rule references (codes or names) are
resolved to codes while building, so an unknown rule is reported before any file is read, with
where it was given ("pyproject.toml: [tool.jdlint] ignore", "command line: --select").

Flags replace the file's value, except the lists that add to it as ruff's ``extend-`` options
do: ``ignore``, ``extra_rules``, ``exclude`` and ``severities`` given on the command line are
added to the file's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from jdlint.errors import ConfigError, RuleError
from jdlint.results import FailOn, Severity
from jdlint.run.config import FIELDS, PARSERS, ConfigFile, load_config
from jdlint.run.patterns import gitignore_matcher

DEFAULT_MAX_FILE_MB = 50.0


class Executor(StrEnum):
    """Where the documents are linted."""

    LOCAL = "local"  # worker processes on this machine
    DASK = "dask"  # a Dask cluster (jdlint[dask])


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything one run is set to; every default of jdlint is written here."""

    # What decides a document's findings: the results cache keys on these (judging()).
    select: frozenset[str] | None = None  # rule codes; None: every rule
    ignore: frozenset[str] = frozenset()
    severities: Mapping[str, Severity] = field(default_factory=dict)  # rule code -> ceiling
    extra_rules: tuple[Path, ...] = ()
    max_file_mb: float = DEFAULT_MAX_FILE_MB
    # How the run goes.
    timeout_seconds: float = 60.0  # per file; 0: no limit
    jobs: int | None = None  # worker processes; None: one per core
    fail_on: FailOn = FailOn.WARNING
    exclude: tuple[str, ...] = ()  # gitignore-style globs, relative to ``root``
    root: Path = field(default_factory=Path.cwd)
    justifications: Path | None = None
    cache_dir: Path | None = None  # the results cache; None: no cache
    executor: Executor = Executor.LOCAL
    scheduler: str | None = None  # with the Dask executor: a scheduler address
    quiet: bool = False
    config_file: Path | None = None  # the configuration file read, if any

    def judging(self) -> dict[str, Any]:
        """Return, as plain sorted data, the settings that decide a document's findings."""
        return {
            "select": sorted(self.select) if self.select is not None else None,
            "ignore": sorted(self.ignore),
            "severities": sorted((code, str(level)) for code, level in self.severities.items()),
            "extra_rules": [str(path) for path in self.extra_rules],
            "max_file_mb": self.max_file_mb,
        }

    def is_excluded(self, path: Path) -> bool:
        """Tell whether an exclude glob matches ``path`` or a folder above it (below ``root``)."""
        if not self.exclude:
            return False
        try:
            relative = Path(path).absolute().relative_to(self.root.absolute())
        except ValueError:
            return False
        return gitignore_matcher(self.exclude)(relative.as_posix())


class RuleLookup(Protocol):
    """What resolving rule references needs: ``RuleSet.get`` (raises for an unknown rule)."""

    def __call__(self, code_or_name: str, /) -> Any: ...


# Command-line flag of each Settings field that the configuration file can also set.
FLAGS = {"select": "--select", "ignore": "--ignore", "severities": "--severity",
         "fail_on": "--fail-on", "extra_rules": "--extra-rules", "exclude": "--exclude",
         "justifications": "--justifications", "max_file_mb": "--max-file-size",
         "timeout_seconds": "--timeout", "jobs": "--jobs"}
_KEYS = {name: key for key, name in FIELDS.items()}  # Settings field -> parser key
_EXTENDING = frozenset({"ignore", "extra_rules", "exclude", "severities"})
_RUN_ONLY = frozenset({"cache_dir", "executor", "scheduler", "quiet"})  # never in the file


def build_settings(paths: Sequence[Path], flags: Mapping[str, Any] | None = None, *,
                   config_file: Path | None = None, rules: RuleLookup | None = None,
                   ) -> Settings:
    """Build a run's settings from the defaults, the configuration file and the flags.

    ``flags`` holds Settings field names; ``None`` means not given. The configuration is
    ``config_file`` or the one found above ``paths``. Rule references are resolved with
    ``rules`` (default: the rule set the settings load).
    """
    given = {name: value for name, value in (flags or {}).items() if value is not None}
    extend_select = given.pop("extend_select", ())  # added to select; no-op when all rules run
    unknown = set(given) - set(FLAGS) - _RUN_ONLY
    if unknown:
        raise TypeError(f"build_settings() got unexpected flags {sorted(unknown)}")
    file = load_config(list(paths), explicit=config_file)
    values: dict[str, Any] = dict(file.values)
    for name, value in given.items():
        if name in _RUN_ONLY:
            values[name] = value
            continue
        parsed = PARSERS[_KEYS[name]](value, f"command line: {FLAGS[name]}", Path.cwd())
        values[name] = _extend(values.get(name), parsed) if name in _EXTENDING else parsed
    if rules is None:
        from jdlint.judge.catalogue import ruleset_for

        rules = ruleset_for(tuple(values.get("extra_rules", ()))).get
    where = _Where(file, frozenset(given))
    extended = resolve_rule_refs(extend_select, rules, where="command line: --extend-select")
    if values.get("select") is not None:
        values["select"] = resolve_rule_refs(values["select"], rules, where=where("select"))
        values["select"] |= extended
    values["ignore"] = resolve_rule_refs(values.get("ignore", ()), rules, where=where("ignore"))
    severities: dict[str, Severity] = {}
    for ref, level in values.get("severities", {}).items():
        (code,) = resolve_rule_refs([ref], rules, where=where("severities"))
        severities[code] = level
    values["severities"] = dict(sorted(severities.items()))
    return Settings(**values, root=file.root, config_file=file.source)


def default(name: str) -> Any:
    """Return a setting's default (for help texts, which must not repeat it)."""
    (found,) = [f for f in fields(Settings) if f.name == name]
    return found.default


def _extend(before: Any, added: Any) -> Any:
    if before is None:
        return added
    if isinstance(added, Mapping):
        return {**before, **added}
    return tuple(before) + tuple(added)


@dataclass(frozen=True, slots=True)
class _Where:
    """Where a setting was given, for messages: the file's key, the flag, or both."""

    file: ConfigFile
    flagged: frozenset[str]

    def __call__(self, name: str) -> str:
        in_file = self.file.where(name)
        if name not in self.flagged:
            return in_file or _KEYS[name].replace("_", "-")
        if in_file:
            return f"{in_file} or command line {FLAGS[name]}"
        return f"command line: {FLAGS[name]}"


def resolve_rule_refs(refs: Iterable[str], get: Callable[[str], Any], *,
                      where: str = "select") -> frozenset[str]:
    """Turn rule codes or names into codes; raise ConfigError naming ``where`` for unknown ones."""
    codes = set()
    for ref in refs:
        code = rule_code(ref, get)
        if code is None:
            raise ConfigError(f"{where}: unknown rule {ref!r} (see `jdlint rules` for the list)")
        codes.add(code)
    return frozenset(codes)


def rule_code(ref: str, get: Callable[[str], Any]) -> str | None:
    """Return the code ``get`` gives for a code or name (a str or an object with ``.code``).

    ``get`` may return ``None`` or raise LookupError or RuleError (as ``RuleSet.get`` does)
    for an unknown rule.
    """
    try:
        rule = get(ref)
    except (LookupError, RuleError):
        return None
    if rule is None:
        return None
    return rule if isinstance(rule, str) else str(rule.code)

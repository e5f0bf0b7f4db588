"""Options and steps shared by the commands that lint files (check, summary, report, annotate)."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TextIO

import click

from jdlint.results import DocumentResult, Severity


def common_run_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Add the options every linting command shares."""
    options = [
        click.option("--config", "config_file",
                     type=click.Path(path_type=Path, exists=True, dir_okay=False),
                     help="Use this configuration file instead of searching for one."),
        click.option("--select", multiple=True, metavar="RULE",
                     help="Only run these rules (code or name; repeat or comma-separate)."),
        click.option("--ignore", multiple=True, metavar="RULE",
                     help="Do not run these rules (code or name; repeat or comma-separate)."),
        click.option("--severity", "severity_overrides", multiple=True, metavar="RULE=LEVEL",
                     help="Set a rule's severity: error, warning or info."),
        click.option("--extra-rules", multiple=True, type=click.Path(path_type=Path,
                     exists=True, file_okay=False), help="Also load rule files from this folder."),
        click.option("--exclude", multiple=True, metavar="GLOB",
                     help="Skip files matching this glob (repeatable)."),
        click.option("--justifications",
                     type=click.Path(path_type=Path, exists=True, dir_okay=False),
                     help="Justified exceptions file (default: beside the configuration)."),
        click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
                     help="Worker processes (default: one per core)."),
        click.option("--timeout", type=click.FloatRange(min=0), default=None,
                     help="Seconds one file may take before it is stopped (default 60)."),
        click.option("--max-file-size", type=click.FloatRange(min=0), default=None, metavar="MB",
                     help="Refuse files larger than this many megabytes (default 50)."),
        click.option("--no-cache", is_flag=True,
                     help="Do not read or write the cache folder (results, tokenizer rules)."),
        click.option("--cache-dir", type=click.Path(path_type=Path, file_okay=False),
                     help="Where to keep the cache: results and the tokenizer rules "
                          "(default: the user cache folder)."),
        click.option("--executor", type=click.Choice(["local", "dask"]), default="local",
                     show_default=True,
                     help="Lint in worker processes here, or on a Dask cluster (jdlint[dask])."),
        click.option("--scheduler", metavar="ADDRESS",
                     help="With --executor dask: the scheduler to use (default: a local cluster)."),
        click.option("-q", "--quiet", is_flag=True, help="No progress display or closing summary."),
    ]
    return functools.reduce(lambda f, option: option(f), reversed(options), func)


@dataclass
class Prepared:
    """The outcome of a run, with what reporters and the exit code need."""

    results: list[DocumentResult]
    config: Any
    quiet: bool
    problems: list[str] = field(default_factory=list)
    _ruleset: Any = None

    @property
    def ruleset(self) -> Any:
        """Return the rule set the run used (loaded on first use)."""
        if self._ruleset is None:
            from jdlint.api import ruleset_for

            self._ruleset = ruleset_for(tuple(self.config.extra_rules))
        return self._ruleset

    def echo_problems(self) -> None:
        """Print problems with justifications (expired, unused) to standard error."""
        for problem in self.problems:
            click.echo(f"jdlint: {problem}", err=True)


def _split(values: tuple[str, ...]) -> list[str]:
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def prepare_run(paths: tuple[Path, ...], *, config_file: Path | None, select: tuple[str, ...],
                ignore: tuple[str, ...], severity_overrides: tuple[str, ...],
                extra_rules: tuple[Path, ...], exclude: tuple[str, ...],
                justifications: Path | None, jobs: int | None, timeout: float | None,
                max_file_size: float | None, no_cache: bool, cache_dir: Path | None,
                executor: str, scheduler: str | None, quiet: bool) -> Prepared:
    """Load configuration, find files, lint them with progress, apply justifications."""
    from jdlint.run.config import load_config
    from jdlint.run.discover import discover
    from jdlint.run.session import Session

    paths = paths or (Path("."),)
    config = load_config(list(paths), explicit=config_file)
    overrides: dict[str, Any] = {}
    if select:
        overrides["select"] = tuple(_split(select))
    if ignore:
        overrides["ignore"] = tuple(config.ignore) + tuple(_split(ignore))
    if severity_overrides:
        overrides["severity"] = {**config.severity, **_parse_severities(severity_overrides)}
    if extra_rules:
        overrides["extra_rules"] = tuple(config.extra_rules) + extra_rules
    if exclude:
        overrides["exclude"] = tuple(config.exclude) + exclude
    for key, value in (("justifications", justifications), ("jobs", jobs),
                       ("timeout_seconds", timeout), ("max_file_size_mb", max_file_size)):
        if value is not None:
            overrides[key] = value
    config = config.merged(**overrides)
    files = discover(list(paths), exclude=config.exclude, exclude_base=config.root)
    setup = Session(config, use_cache=not no_cache, cache_dir=cache_dir, executor=executor,
                    scheduler=scheduler)
    progress = None if quiet or not sys.stderr.isatty() else _progress
    results = setup.run(files, progress)
    if progress:
        click.echo("\r\033[K", err=True, nl=False)
    results, problems = setup.justify(results, today=date.today())
    return Prepared(results=results, config=config, quiet=quiet, problems=problems,
                    _ruleset=setup.ruleset)


def parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    """Parse a ``--date YYYY-MM-DD`` option (a click callback)."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"expected YYYY-MM-DD, got {value!r}") from exc


def _parse_severities(values: tuple[str, ...]) -> dict[str, str]:
    parsed = {}
    for value in _split(values):
        rule, sep, level = value.partition("=")
        if not sep or level.strip() not in {s.value for s in Severity}:
            raise click.BadParameter(f"expected RULE=error|warning|info, got {value!r}",
                                     param_hint="--severity")
        parsed[rule.strip()] = level.strip()
    return parsed


def _progress(done: int, total: int, name: str) -> None:
    shown = name if len(name) <= 50 else "…" + name[-49:]
    click.echo(f"\r\033[Kchecking {done}/{total} {shown}", err=True, nl=False)


def write_output(output_format: str, results: list[DocumentResult], prepared: Prepared,
                 output: Path | None, *, color: bool | None = None) -> None:
    """Render results in a format to a file (atomically) or to standard output."""
    import importlib

    from jdlint import __version__
    from jdlint.outputs.atomic import atomic_writer

    module = importlib.import_module(f"jdlint.outputs.{output_format}")
    kwargs: dict[str, Any] = {"rules": prepared.ruleset.rules, "tool_version": __version__}
    if output_format == "text":
        kwargs["color"] = sys.stdout.isatty() if color is None and output is None else bool(color)
        kwargs["quiet"] = prepared.quiet
    if output is None:
        _tolerant(sys.stdout)
        _render(module, results, sys.stdout, kwargs)
        return
    with atomic_writer(output) as stream:
        _render(module, results, stream, kwargs)


def _tolerant(stream: TextIO) -> None:
    """Escape characters a stream cannot encode (non-UTF-8 file names) instead of failing."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="backslashreplace")


def _render(module: Any, results: list[DocumentResult], stream: TextIO,
            kwargs: dict[str, Any]) -> None:
    module.render(results, stream, **kwargs)

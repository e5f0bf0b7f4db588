"""Options and steps shared by the commands that lint files (check, summary, report, annotate)."""

from __future__ import annotations

import functools
import io
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import click

from jdlint.errors import ExitCode, UsageError
from jdlint.judge.catalogue import ruleset_for
from jdlint.outputs import RenderContext
from jdlint.outputs.terminal import visible
from jdlint.results import DocumentResult, Severity, Status
from jdlint.run.settings import Executor, Settings, default

if TYPE_CHECKING:
    from jdlint.judge.rules import RuleSet


def common_run_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Add the options every linting command shares."""
    options = [
        click.option("--config", "config_file",
                     type=click.Path(path_type=Path, exists=True, dir_okay=False),
                     help="Use this configuration file instead of searching for one."),
        click.option("--select", multiple=True, metavar="RULE",
                     help="Only run these rules (code or name; repeat or comma-separate)."),
        click.option("--extend-select", multiple=True, metavar="RULE",
                     help="Run these rules as well as those selected (code or name)."),
        click.option("--ignore", multiple=True, metavar="RULE",
                     help="Do not run these rules (code or name; repeat or comma-separate)."),
        click.option("--severity", "severity_overrides", multiple=True, metavar="RULE=LEVEL",
                     help="Set a rule's severity: error, warning or info."),
        click.option("--extra-rules", multiple=True, type=click.Path(path_type=Path,
                     exists=True, file_okay=False), help="Also load rule files from this folder."),
        click.option("--exclude", multiple=True, metavar="GLOB",
                     help="Skip files matching this glob (repeatable)."),
        click.option("--force-exclude", is_flag=True,
                     help="Apply exclude patterns to files named on the command line too."),
        click.option("--respect-gitignore/--no-respect-gitignore", default=True,
                     help="In folders, pass over what .gitignore files ignore (default: yes)."),
        click.option("--show-files", is_flag=True,
                     help="List the files that would be checked, and stop."),
        click.option("--stdin-filename", metavar="NAME",
                     help="With the path '-': the name (and so the format) of standard input."),
        click.option("--justifications",
                     type=click.Path(path_type=Path, exists=True, dir_okay=False),
                     help="Justified exceptions file (default: beside the configuration)."),
        click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
                     help="Worker processes (default: one per core)."),
        click.option("--timeout", type=click.FloatRange(min=0), default=None,
                     help="Seconds one file may take before it is stopped "
                     f"(default {default('timeout_seconds'):g}; 0: no limit)."),
        click.option("--max-file-size", type=click.FloatRange(min=0), default=None, metavar="MB",
                     help="Refuse files larger than this many megabytes "
                     f"(default {default('max_file_mb'):g})."),
        click.option("--no-cache", is_flag=True,
                     help="Do not read or write the results cache."),
        click.option("--cache-dir", type=click.Path(path_type=Path, file_okay=False),
                     help="Where to keep the results cache (default: the user cache folder)."),
        click.option("--executor", type=click.Choice([e.value for e in Executor]), default="local",
                     show_default=True,
                     help="Lint in worker processes here, or on a Dask cluster (jdlint[dask])."),
        click.option("--scheduler", metavar="ADDRESS",
                     help="With --executor dask: the scheduler to use (default: a local cluster)."),
        click.option("-q", "--quiet", is_flag=True, help="No progress display or closing summary."),
    ]
    return functools.reduce(lambda f, option: option(f), reversed(options), func)


@dataclass(frozen=True, slots=True)
class RunOutcome:
    """What a run gave: the settings it ran under, its results, problems with justifications."""

    settings: Settings
    results: Sequence[DocumentResult]  # a Spool for a folder: most results on disk
    problems: list[str] = field(default_factory=list)

    @property
    def quiet(self) -> bool:
        """Tell whether the user asked for no progress or closing summary."""
        return self.settings.quiet

    @property
    def ruleset(self) -> RuleSet:
        """Return the rule set the run used (loaded once per process)."""
        from jdlint.judge.catalogue import ruleset_for

        return ruleset_for(self.settings.extra_rules)

    @property
    def unreadable(self) -> int:
        """Return how many files could not be read."""
        return sum(result.status is Status.ERROR for result in self.results)

    def exit_code(self) -> ExitCode:
        """Return the exit code of a command that writes copies or reports: 3 if a file could
        not be read, else 0 (findings are the point of those commands, not a failure)."""
        return ExitCode.UNREADABLE if self.unreadable else ExitCode.OK

    def echo_problems(self) -> None:
        """Print problems with justifications (expired, unused) to standard error."""
        for problem in self.problems:
            click.echo(visible(f"jdlint: {problem}"), err=True)


def _split(values: tuple[str, ...]) -> list[str]:
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def prepare_run(paths: tuple[Path, ...], *, config_file: Path | None, select: tuple[str, ...],
                extend_select: tuple[str, ...], ignore: tuple[str, ...],
                severity_overrides: tuple[str, ...],
                extra_rules: tuple[Path, ...], exclude: tuple[str, ...], force_exclude: bool,
                respect_gitignore: bool, show_files: bool, stdin_filename: str | None,
                justifications: Path | None, jobs: int | None, timeout: float | None,
                max_file_size: float | None, no_cache: bool, cache_dir: Path | None,
                executor: str, scheduler: str | None, quiet: bool) -> RunOutcome:
    """Build the settings, find the files, lint them with progress, apply justifications."""
    from jdlint.run.cache import default_cache_dir
    from jdlint.run.discover import discover
    from jdlint.run.justify import justify
    from jdlint.run.runner import lint_files
    from jdlint.run.settings import build_settings

    paths = paths or (Path("."),)
    flags: dict[str, Any] = {
        "select": tuple(_split(select)) or None,
        "extend_select": tuple(_split(extend_select)) or None,
        "ignore": tuple(_split(ignore)) or None,
        "severities": _parse_severities(severity_overrides) or None,
        "extra_rules": extra_rules or None,
        "exclude": exclude or None,
        "justifications": justifications,
        "jobs": jobs,
        "timeout_seconds": timeout,
        "max_file_mb": max_file_size,
        "cache_dir": None if no_cache else (cache_dir or default_cache_dir()),
        "executor": Executor(executor),
        "scheduler": scheduler,
        "quiet": quiet,
    }
    if Path("-") in paths:
        return _run_stdin(paths, stdin_filename, flags, config_file)
    missing = [str(p) for p in paths if not (p.exists() or p.is_symlink())]
    if missing:
        raise UsageError("no such file or folder: " + ", ".join(missing))
    settings = build_settings(list(paths), flags, config_file=config_file)
    files = discover(list(paths), exclude=settings.exclude, exclude_base=settings.root,
                     force_exclude=force_exclude, respect_gitignore=respect_gitignore)
    if show_files:
        for path in files:
            click.echo(str(path))
        raise SystemExit(0)
    if not files:
        from jdlint.run.discover import SUFFIXES

        click.echo(f"jdlint: warning: no job descriptions found in {', '.join(map(str, paths))} "
                   f"(jdlint looks for {', '.join(sorted(SUFFIXES))} files)", err=True)
    progress = None if quiet or not sys.stderr.isatty() else _progress
    linted = lint_files(files, settings, progress)
    if progress:
        click.echo("\r\033[K", err=True, nl=False)
    ruleset = ruleset_for(settings.extra_rules)
    results, problems = justify(linted, settings, today=date.today(), resolve_rule=ruleset.get)
    return RunOutcome(settings=settings, results=results,
                      problems=[str(p) for p in problems])


def _run_stdin(paths: tuple[Path, ...], name: str | None, flags: dict[str, Any],
               config_file: Path | None) -> RunOutcome:
    """Lint one document read from standard input, reported under ``name`` (default ``-``)."""
    import tempfile

    from jdlint.run.runner import lint_files
    from jdlint.run.settings import build_settings

    if paths != (Path("-"),):
        raise UsageError("'-' (standard input) cannot be combined with other paths")
    shown = name or "-"
    suffix = Path(name).suffix if name else ".txt"
    data = sys.stdin.buffer.read()
    settings = build_settings([Path(name).parent if name else Path(".")], flags,
                              config_file=config_file)
    with tempfile.TemporaryDirectory(prefix="jdlint-stdin-") as folder:
        copy = Path(folder) / ("stdin" + suffix)
        copy.write_bytes(data)
        results = lint_files([copy], settings, None)
    return RunOutcome(settings=settings, results=[replace(r, path=shown) for r in results])


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
    click.echo(f"\r\033[Kchecking {done}/{total} {visible(shown)}", err=True, nl=False)


def write_output(name: str, results: Sequence[DocumentResult], outcome: RunOutcome,
                 output: Path | None, context: RenderContext) -> None:
    """Render results with a report output to a file (atomically) or to standard output."""
    from jdlint.outputs import output as registered
    from jdlint.outputs.atomic import atomic_writer

    entry = registered(name)
    render = entry.renderer()
    ruleset = outcome.ruleset
    names = tuple((p.id, p.people) for p in ruleset.lexicon.professions)
    context = replace(context, rules=tuple(ruleset.rules), rules_fingerprint=ruleset.fingerprint,
                      profession_names=names)
    if output is not None:
        try:
            with atomic_writer(output, encoding="utf-8", newline=entry.newline) as stream:
                render(results, stream, context)
        except OSError as exc:
            raise UsageError(f"cannot write {output}: {exc.strerror or exc}") from exc
        return
    buffer = getattr(sys.stdout, "buffer", None)
    if entry.newline is None or buffer is None:  # a text-only stream (some IDE consoles)
        _tolerant(sys.stdout)
        render(results, sys.stdout, context)
        return
    # UTF-8 bytes with the output's own newlines, whatever the console's encoding (CSV).
    sys.stdout.flush()
    stream = io.TextIOWrapper(buffer, encoding="utf-8", newline=entry.newline,
                              errors="backslashreplace")
    render(results, stream, context)
    stream.flush()
    stream.detach()


def _tolerant(stream: TextIO) -> None:
    """Escape characters a stream cannot encode (non-UTF-8 file names) instead of failing."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="backslashreplace")

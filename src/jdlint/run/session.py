"""One run of jdlint as a command sees it: configuration → cache → runner → justifications.

The CLI builds a :class:`Session` from the merged configuration; the session lints the
files (answering from the content cache where it can, so a fully cached run never imports
spaCy, pdfminer or python-docx; files not in it are tokenized with spaCy's rules kept in the
cache folder, so spaCy is imported only to build them) and applies the justified exceptions.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from jdlint.api import LintOptions, ruleset_for
from jdlint.errors import ConfigError
from jdlint.results import DocumentResult
from jdlint.run.config import Config
from jdlint.run.runner import Progress, RunOptions, run

_INLINE_FORMATS = {"txt", "md"}


class Session:
    """Lint files under one configuration, with the results cache and justifications."""

    def __init__(self, config: Config, *, use_cache: bool = True, cache_dir: Path | None = None,
                 executor: str = "local", scheduler: str | None = None) -> None:
        self.config = config
        self.executor = executor
        self.scheduler = scheduler
        self.use_cache = use_cache
        self.cache_dir = cache_dir
        self._ruleset: Any = None
        self._lint_options: LintOptions | None = None

    @property
    def ruleset(self) -> Any:
        """Return the rule set (loaded on first use: it parses the rule files)."""
        if self._ruleset is None:
            self._ruleset = ruleset_for(tuple(self.config.extra_rules))
        return self._ruleset

    @property
    def lint_options(self) -> LintOptions:
        """Return the lint options, with rule names resolved to codes."""
        if self._lint_options is None:
            resolved = self.config.resolved_rules(self.ruleset.get)
            self._lint_options = LintOptions(
                select=resolved.select,
                ignore=resolved.ignore,
                severities=resolved.severities,
                extra_rules=tuple(self.config.extra_rules),
                max_file_mb=self.config.max_file_size_mb,
            )
        return self._lint_options

    def run(self, files: list[Path], progress: Progress | None = None) -> list[DocumentResult]:
        """Lint ``files`` (from the cache where possible); results in the order given."""
        options = RunOptions(lint=self.lint_options, jobs=self.config.jobs,
                             timeout_seconds=self.config.timeout_seconds)
        if not self.use_cache:
            return self._lint(files, options, progress)
        from jdlint.run.cache import ResultCache, default_cache_dir, options_salt

        folder = self.cache_dir or default_cache_dir()
        cache = ResultCache(folder, options_salt(options.lint))
        keys: dict[Path, str] = {}
        results: dict[Path, DocumentResult] = {}
        for path in files:
            try:
                keys[path] = cache.key(path.read_bytes())
            except OSError:
                continue  # the runner reports the unreadable file
            hit = cache.get(keys[path], str(path))
            if hit is not None:
                results[path] = hit
        cache.close()  # no connection may be open when the workers are forked
        misses = [p for p in files if p not in results]
        done = len(results)
        local = self.executor == "local"
        if misses and local:
            from jdlint.judge.matching import compile_rules

            compile_rules(self.ruleset, folder)  # tokenizer rules from the cache, not spaCy
            options = replace(options, cache=cache)  # each worker stores what it linted

        def relay(index: int, total: int, name: str) -> None:
            if progress:
                progress(done + index, len(files), name)

        for path, result in zip(misses, self._lint(misses, options, relay), strict=True):
            results[path] = result
            if not local and path in keys:
                cache.put(keys[path], result)
        cache.close()
        return [results[p] for p in files]

    def _lint(self, files: list[Path], options: RunOptions, progress: Progress | None,
              ) -> list[DocumentResult]:
        """Lint on this machine's worker processes, or on a Dask cluster."""
        if self.executor != "dask" or not files:
            return run(files, options, progress)
        try:
            from jdlint.run.distributed.dask_runner import lint_paths
        except ImportError as exc:
            raise ConfigError('--executor dask needs Dask: pip install "jdlint[dask]"') from exc
        return lint_paths(files, options.lint, scheduler=self.scheduler, workers=options.jobs,
                          timeout=options.timeout_seconds or None, progress=progress)

    def justify(self, results: list[DocumentResult], *, today: date,
                ) -> tuple[list[DocumentResult], list[str]]:
        """Apply the justifications file and inline directives; return problems as text."""
        from jdlint.run.justify import (
            Justifications,
            apply,
            inline_justifications,
            load_justifications,
        )

        source = self.config.justifications
        justifications = load_justifications(source) if source else Justifications()
        inline = [j for r in results if r.format in _INLINE_FORMATS and r.error is None
                  for j in inline_justifications(_text_of(r.path), r.path)]
        if not justifications.entries and not inline:
            return results, []
        justified, problems = apply(results, justifications.extended(inline), today=today,
                                    resolve_rule=self.ruleset.get)
        return justified, [str(p) for p in problems]


def _text_of(path: str) -> str:
    from jdlint.read.decoding import decode

    try:
        return decode(Path(path).read_bytes())
    except Exception:  # the reader already read it; a vanished file simply has no directives
        return ""

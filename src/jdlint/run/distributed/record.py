"""Lint one document as a task of a distributed run: plain-data result, never an exception.

Problems with the document (unreadable, too large, too slow, or anything jdlint raises on it)
become an error result with a category, so one bad file never fails a task or a job.
Problems with the configuration (an invalid rule file) are the same for every document and
are raised, so a misconfigured run stops at once instead of reporting every file as an error.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jdlint.errors import ConfigError, ErrorCategory, ReadError, RuleError
from jdlint.judge.catalogue import ruleset_for
from jdlint.results import DocumentResult
from jdlint.run.distributed.sources import read_source
from jdlint.run.distributed.timeout import DocumentTimeout, call_with_timeout
from jdlint.run.settings import Settings
from jdlint.run.unit import error_result, lint_bytes
from jdlint.run.worker import timeout_error

Record = dict[str, Any]


def lint_record(name: str, data: bytes, settings: Settings | None = None) -> Record:
    """Lint one document's bytes and return its JSON-schema dict (``as_dict()``)."""
    return lint_result(name, data, settings).as_dict()


def lint_result(name: str, data: bytes, settings: Settings | None = None) -> DocumentResult:
    """Lint one document's bytes within the settings' time limit; never raise for it."""
    settings = settings or Settings()
    warm_up(settings)  # before the clock starts: loading the rules is not the document's
    limit = settings.timeout_seconds or None
    try:
        return call_with_timeout(lambda: lint_bytes(bytes(data), name, settings), limit)
    except DocumentTimeout:
        return error_result(name, timeout_error(settings.timeout_seconds))
    except (RuleError, ConfigError):
        raise
    except MemoryError:
        return error_result(name, ReadError(
            ErrorCategory.TOO_LARGE, "Reading this file needed more memory than allowed."))
    except Exception as error:  # a reader or rule bug must cost one document, not the run
        return error_result(name, failure_error(error))


def warm_up(settings: Settings | None = None) -> None:
    """Load the rules in this process once, by linting a two-line document."""
    settings = settings or Settings()
    if settings.extra_rules not in _WARM:
        ruleset_for(settings.extra_rules)  # raises RuleError for a broken rule file
        lint_bytes(b"Person specification\nEssential: good communication skills\n",
                   "warm-up.txt", settings)
        _WARM.add(settings.extra_rules)


_WARM: set[tuple[Path, ...]] = set()


def lint_source_record(source: str, settings: Settings | None = None) -> Record:
    """Read a path or URL (on this worker) and lint it; return its JSON-schema dict."""
    settings = settings or Settings()
    try:
        data = read_source(source, settings.max_file_mb)
    except ReadError as error:
        return error_result(source, error).as_dict()
    return lint_record(source, data, settings)


def failure_error(error: BaseException) -> ReadError:
    """Return the error of a document jdlint failed on unexpectedly."""
    return ReadError(
        ErrorCategory.CORRUPT,
        f"jdlint failed on this file ({type(error).__name__}: {error}). It is probably "
        "damaged; if it opens normally, please report this.",
    )


def lost_worker_error() -> ReadError:
    """Return the error of a document whose worker died each time it was tried."""
    return ReadError(
        ErrorCategory.CORRUPT,
        "The worker reading this file died each time it was tried (it crashed or ran out of "
        "memory); the file is probably damaged.",
    )

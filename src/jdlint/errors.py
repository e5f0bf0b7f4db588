"""Error types the library raises; only the CLI turns them into messages and exit codes."""

from __future__ import annotations

from enum import IntEnum, StrEnum


class JdlintError(Exception):
    """Base of every error jdlint raises on purpose."""


class ErrorCategory(StrEnum):
    """Why a file could not be read (documented in the README; stable)."""

    CORRUPT = "corrupt"
    ENCRYPTED = "encrypted"
    NO_TEXT = "no-text"
    UNSUPPORTED_FORMAT = "unsupported-format"
    WRONG_EXTENSION = "wrong-extension"
    TOO_LARGE = "too-large"
    TIMEOUT = "timeout"
    UNREADABLE = "unreadable"
    ENCODING = "encoding"


class ReadError(JdlintError):
    """A file could not be read; ``category`` says why in one stable word."""

    def __init__(self, category: ErrorCategory, message: str) -> None:
        super().__init__(message)
        self.category = category
        self.message = message

    def __reduce__(self) -> tuple[type[ReadError], tuple[ErrorCategory, str]]:
        """Pickle with both arguments, so errors cross process boundaries (worker pools)."""
        return (type(self), (self.category, self.message))

    def as_dict(self) -> dict[str, str]:
        """Return the error as the JSON report carries it."""
        return {"category": str(self.category), "message": self.message}


class RuleError(JdlintError):
    """A rule or lexicon file is invalid; the message names the file and the field."""


class ConfigError(JdlintError):
    """A configuration file is invalid; the message names the file and the key."""


class UsageError(JdlintError):
    """The command line names something that is not there, or an output cannot be written."""


class ExitCode(IntEnum):
    """Exit codes of the ``jdlint`` command (documented in the README)."""

    OK = 0  # nothing at or above --fail-on
    FINDINGS = 1  # findings at or above --fail-on
    USAGE = 2  # bad usage, configuration or rule files
    UNREADABLE = 3  # some input files could not be read (takes precedence over FINDINGS)
    INTERRUPTED = 130  # stopped by Ctrl-C (SIGINT), as Unix tools exit: 128 + the signal
    PIPE_CLOSED = 141  # standard output was closed by the reader (``| head``), as for Unix tools
    TERMINATED = 143  # stopped by SIGTERM

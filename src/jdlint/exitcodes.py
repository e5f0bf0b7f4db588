"""Exit codes of the ``jdlint`` command (documented in the README)."""

OK = 0  # nothing at or above --fail-on
FINDINGS = 1  # findings at or above --fail-on
USAGE = 2  # bad usage, configuration or rule files
UNREADABLE = 3  # some input files could not be read (takes precedence over FINDINGS)

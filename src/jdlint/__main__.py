"""Run jdlint as ``python -m jdlint``."""

from jdlint.cli import main

main()

"""The ``jdlint`` command: a click group whose subcommands load only when run.

Each subcommand lives in its own module (``jdlint.cli.<name>``) and exposes ``command``;
loading them lazily keeps ``jdlint --help`` and ``jdlint rules`` free of spaCy, pdfminer
and python-docx imports.
"""

from __future__ import annotations

import importlib

import click

from jdlint import __version__

COMMANDS: dict[str, tuple[str, str]] = {
    # name: (module, one-line help shown by ``jdlint --help``)
    "check": ("jdlint.cli.check", "Find profession-ringfenced requirements in job descriptions."),
    "extract": ("jdlint.cli.extract", "Show what jdlint read from each file."),
    "rules": ("jdlint.cli.rules", "List the rules."),
    "explain": ("jdlint.cli.explain", "Explain one rule: why it matters, what to write instead."),
    "summary": ("jdlint.cli.summary", "Write a one-row-per-document CSV for workforce committees."),
    "annotate": ("jdlint.cli.annotate", "Write Word copies with a comment on each finding."),
    "fix": ("jdlint.cli.fix", "Write copies with each finding rewritten (Word tracked changes)."),
    "report": ("jdlint.cli.report", "Write a self-contained HTML report for committees."),
    "doctor": ("jdlint.cli.doctor", "Say which file formats jdlint can read here, and with what."),
}


class LazyGroup(click.Group):
    """A group that imports a subcommand's module only when that subcommand runs."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(COMMANDS) | set(super().list_commands(ctx)))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return super().get_command(ctx, cmd_name)
        module_name, _ = COMMANDS[cmd_name]
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            return None
        command: click.Command = module.command
        return command

    def invoke(self, ctx: click.Context) -> object:
        """Run the subcommand; turn jdlint's own errors into messages, not stack traces."""
        from jdlint.cli.interrupt import Interrupted, on_terminate
        from jdlint.errors import ExitCode, JdlintError

        on_terminate()
        try:
            return super().invoke(ctx)
        except (KeyboardInterrupt, Interrupted) as stop:
            # Temporary files went with the unwinding (atomic writers, workers stopped).
            click.echo("\njdlint: interrupted; no output was written", err=True)
            ctx.exit(getattr(stop, "exit_code", ExitCode.INTERRUPTED))
        except JdlintError as error:
            if ctx.params.get("debug"):
                raise
            click.echo(f"jdlint: error: {error}", err=True)
            ctx.exit(ExitCode.USAGE)
        except BrokenPipeError:  # ``jdlint check . | head``: stop quietly, as Unix tools do
            _silence_stdout()
            ctx.exit(ExitCode.PIPE_CLOSED)
        except OSError as error:  # the environment, not a bug: a full disk, a missing folder
            if ctx.params.get("debug"):
                raise
            where = f" {error.filename}" if error.filename else ""
            click.echo(f"jdlint: error: cannot use{where}: {error.strerror or error}", err=True)
            ctx.exit(ExitCode.USAGE)
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit):
            raise
        except Exception as error:  # a bug in jdlint: say so plainly, trace only on --debug
            if ctx.params.get("debug"):
                raise
            click.echo(
                f"jdlint: internal error: {type(error).__name__}: {error}\n"
                "This is a bug in jdlint. Run again with --debug for details and report it.",
                err=True,
            )
            ctx.exit(ExitCode.USAGE)
        return None

    def main(self, *args: object, **kwargs: object) -> object:  # type: ignore[override]
        """Run the command; a pipe closed while click flushes is a quiet exit too."""
        try:
            return super().main(*args, **kwargs)  # type: ignore[call-overload]
        except BrokenPipeError:
            _silence_stdout()
            from jdlint.errors import ExitCode

            raise SystemExit(ExitCode.PIPE_CLOSED) from None

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """List subcommands from ``COMMANDS`` without importing them."""
        rows = [(name, COMMANDS[name][1]) for name in sorted(COMMANDS)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


def _silence_stdout() -> None:
    """Point standard output at the null device so the interpreter's final flush is silent."""
    import os
    import sys

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor (a test runner's stream)
        pass


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="jdlint")
@click.option("--debug", is_flag=True, help="Show full tracebacks of internal errors.")
def main(debug: bool) -> None:
    """jdlint finds requirements in NHS job descriptions and person specifications that
    restrict a post to one profession (for example "current NMC registration" for a
    Head of Patient Flow), explains why that matters, and suggests a skills-based wording.
    """

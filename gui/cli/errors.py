"""The command line's one error type and exit statuses (a module of their own, so the
subcommands need not import the CLI's entry point, which imports them)."""

from __future__ import annotations

EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_BUG = 70  # EX_SOFTWARE


class CliError(Exception):
    """An error to report as one line, with an exit status."""

    def __init__(self, message: str, status: int = EXIT_INPUT):
        super().__init__(message)
        self.status = status

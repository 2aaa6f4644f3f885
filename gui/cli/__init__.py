"""``report-reader-cli``: analyze reports, export and import notes, run the self-test.

Every failure a user can meet prints one line on stderr and exits non-zero. A bug (an
exception nobody expected) prints one line too, naming the log file that holds its
traceback, and exits with :data:`EXIT_BUG`.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from gui import __version__
from gui.cli.errors import EXIT_BUG, EXIT_INPUT, EXIT_USAGE, CliError

__all__ = ["EXIT_BUG", "EXIT_INPUT", "EXIT_USAGE", "CliError", "build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="report-reader-cli", description="Report Reader command line."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", help="where notes, settings and corrections live")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    from gui.cli import analyze

    analyze.add_parser(commands)
    try:
        from gui.cli import notes
    except ImportError:  # the notes commands arrive with the notes store
        pass
    else:
        notes.add_parser(commands)
    from gui.cli import library

    library.add_parser(commands)
    try:
        from gui.cli import selftest
    except ImportError:
        pass
    else:
        selftest.add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.data_dir:
        from gui.core.paths import set_data_dir

        set_data_dir(args.data_dir)
    try:
        status = int(args.run(args) or 0)
        sys.stdout.flush()  # here, so that a reader gone away (``| head``) is caught below
        return status
    except CliError as err:
        print(f"report-reader-cli: {err}", file=sys.stderr)
        return err.status
    except BrokenPipeError:
        # Leave quietly; Python's own flush at exit would hit the closed pipe again and print
        # "Exception ignored ... BrokenPipeError".
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        return 130
    except MemoryError:
        print("report-reader-cli: out of memory", file=sys.stderr)
        return EXIT_BUG
    except Exception as err:  # noqa: BLE001 - the last line of defence: one line, a log
        print(f"report-reader-cli: internal error: {_logged(err)}", file=sys.stderr)
        return EXIT_BUG


def _logged(err: Exception) -> str:
    """Write ``err``'s traceback to the log file; return one line naming it."""
    import traceback

    summary = " ".join(f"{type(err).__name__}: {err}".split())[:300]
    try:
        from gui.core.bounded_read import append_text
        from gui.core.paths import data_dir

        log = data_dir() / "report-reader.log"
        log.parent.mkdir(parents=True, exist_ok=True)
        append_text(log, "".join(traceback.format_exception(err)) + "\n")
    except OSError:
        return summary
    return f"{summary} (details in {log})"


if __name__ == "__main__":
    sys.exit(main())

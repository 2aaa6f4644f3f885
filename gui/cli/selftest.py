"""``report-reader-cli selftest [--selftest-output FILE]``: the self-test of :mod:`gui.selftest`."""

from __future__ import annotations


def add_parser(commands) -> None:
    from gui.selftest import add_arguments

    p = commands.add_parser(
        "selftest",
        help="open the default report in a real window, exercise each capability, print JSON",
    )
    add_arguments(p)
    p.set_defaults(run=run)


def run(args) -> int:
    from gui.selftest import run as run_selftest

    return run_selftest(
        output=args.selftest_output,
        report=args.selftest_report,
        screenshot=args.selftest_screenshot,
    )

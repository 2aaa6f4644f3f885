"""The self-test: ``report-reader --selftest`` and ``report-reader-cli selftest``.

Opens the bundled default report in a real main window (offscreen works) with a temporary
data dir, exercises each capability once — outline, every script view, the entity pass, a notes
round trip (export → import) — and prints a JSON summary::

    {"passed": bool, "checks": [{"name", "ok", "detail", "seconds"}], ...}

to stdout and, with ``--selftest-output FILE``, to FILE (a windowed Windows build has no
console). Exits 0 only if every available check passed and the outline and script checks ran.
A capability that is not in this build yet is reported as ``"skipped: not available"`` (ok,
with ``"skipped": true``) instead of failing, so the self-test grows with the app.

Each check is independent: an exception in one is caught and reported as its failure.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from gui.selftest import checks, print_check
from gui.selftest.base import REQUIRED, Check, CheckFailed, SelfTest, Skipped, require

__all__ = ["REQUIRED", "Check", "CheckFailed", "SelfTest", "Skipped", "main", "require", "run"]


def _ensure_platform() -> None:
    """Headless Linux (CI, ssh) gets the offscreen platform unless one was chosen."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _plan(ctx: checks.Context, screenshot: Path | str | None):
    """The checks, in order: later ones use what earlier ones opened (document, window)."""
    yield "resources", lambda: checks.check_resources(ctx)
    yield "fonts", lambda: checks.check_fonts(ctx)
    yield "translations", lambda: checks.check_translations(ctx)
    yield "document", lambda: checks.check_document(ctx)
    yield "main-window", lambda: checks.check_main_window(ctx)
    yield "outline", lambda: checks.check_outline(ctx)
    for script in ("original", "hans", "hant", "tw", "hk"):
        yield f"script:{script}", lambda s=script: checks.check_script(ctx, s)
    yield "entities", lambda: checks.check_entities(ctx)
    yield "notes-roundtrip", lambda: checks.check_notes(ctx)
    yield "library", lambda: checks.check_library(ctx)
    yield "print-pdf", lambda: print_check.check_print_pdf(ctx)
    yield "analyze", lambda: checks.check_analyze(ctx)
    for kind in ("md", "html", "docx", "pdf"):
        yield f"format:{kind}", lambda k=kind: checks.check_format(ctx, k)
    if screenshot:
        yield "screenshot", lambda: checks.screenshot(ctx, Path(screenshot))
    yield "close-window", lambda: checks.close_window(ctx)


def run(
    output: Path | str | None = None,
    report: Path | str | None = None,
    screenshot: Path | str | None = None,
) -> int:
    """Run every check; print the JSON summary (and write it to ``output``). Returns 0 if
    the self-test passed, else 1."""
    from gui.core import paths

    _ensure_platform()
    from PySide6.QtWidgets import QApplication

    # The program name only, and only if Qt can take it (a path that is not UTF-8 crashes it).
    program = sys.argv[0] if sys.argv else "selftest"
    try:
        program.encode("utf-8")
    except UnicodeEncodeError:
        program = "selftest"
    app = QApplication.instance() or QApplication([program])
    previous_override = paths._data_dir_override  # noqa: SLF001 - restored below
    previous_env = os.environ.get("REPORT_READER_DATA_DIR")
    test = SelfTest()
    with tempfile.TemporaryDirectory(prefix="report-reader-selftest-") as tmp:
        data = Path(tmp)
        paths.set_data_dir(data)
        os.environ["REPORT_READER_DATA_DIR"] = str(data)
        try:
            ctx = checks.Context(data, Path(report) if report else paths.default_report())
            for name, check in _plan(ctx, screenshot):
                test.run(name, check)
            if ctx.window is not None:
                ctx.window.deleteLater()
                ctx.window = None
            app.processEvents()
        finally:
            paths.set_data_dir(previous_override)
            if previous_env is None:
                os.environ.pop("REPORT_READER_DATA_DIR", None)
            else:
                os.environ["REPORT_READER_DATA_DIR"] = previous_env
    text = json.dumps(test.summary(), ensure_ascii=False, indent=1)
    if sys.stdout is not None:
        print(text, flush=True)
    if output:
        Path(output).write_text(text + "\n", encoding="utf-8")
    return 0 if test.passed else 1


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--selftest-output",
        metavar="FILE",
        help="also write the JSON summary to FILE (a windowed build has no console)",
    )
    parser.add_argument(
        "--selftest-report", metavar="FILE", help="open FILE instead of the bundled report"
    )
    parser.add_argument(
        "--selftest-screenshot", metavar="PNG", help="save a picture of the main window"
    )


def main(args: Sequence[str] | argparse.Namespace | None = None) -> int:
    """``report-reader --selftest [--selftest-output FILE]``; other arguments are ignored.

    ``args`` is the argument list (without the program name), or the namespace the GUI's own
    parser made, in which case the self-test's options are read from ``sys.argv``."""
    parser = argparse.ArgumentParser(prog="report-reader --selftest", add_help=False)
    parser.add_argument("--selftest", action="store_true")
    add_arguments(parser)
    if args is None or isinstance(args, argparse.Namespace):
        args = sys.argv[1:]
    known, _ = parser.parse_known_args(list(args))
    return run(
        output=known.selftest_output,
        report=known.selftest_report,
        screenshot=known.selftest_screenshot,
    )


if __name__ == "__main__":
    sys.exit(main())

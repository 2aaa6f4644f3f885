"""The GUI entry point (``report-reader [FILE] [--data-dir DIR] [--selftest]``).

Startup order, chosen so the window appears fast:
1. parse arguments (stdlib only) and set the data dir; no cyclic garbage collection until the
   first paint; regexes compiled through the window's cache of their code
   (``gui.core.compiled_patterns``), written after the first paint when it lacked any;
2. create the QApplication, install the excepthook, the CJK font fallback (``gui.fonts``)
   and the translator (``gui.i18n``);
3. build the main window's first stage (the reader alone, see ``gui.ui.main_window``) and
   show it;
4. read the document (up to 256 KB on this thread, so that the first paint shows it; a
   larger one is read and cleaned here, its first lines shown as a document of their own
   (``gui.core.first_part``), and the whole report read on a worker thread, whose long part
   waits for the first paint);
5. after the reader's first paint, build the rest of the window (outline, toolbar, menus,
   status bar, find bar);
6. then install the notes and entity features (their imports cost more than the rest of
   the window) and replay the open document to them;
7. 0.4 s after the document opened, load the OpenCC dictionaries for the other scripts on a
   worker thread.

Start-up is measured from outside (``benchmarks/screen.py``: a real X server and the window's
pixels); nothing here is there for the benchmarks.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import sys
import threading
from pathlib import Path
from types import TracebackType


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="report-reader", description="Read Chinese-language reports."
    )
    parser.add_argument("file", nargs="?", help="report to open (default: the last one)")
    parser.add_argument("--data-dir", help="where settings and notes live")
    parser.add_argument("--selftest", action="store_true", help="exercise each capability and exit")
    # Qt's own options (-platform, -style…) pass through to QApplication.
    args, _ = parser.parse_known_args(argv)
    return args


def qt_arguments(argv: list[str]) -> list[str]:
    """The part of ``argv`` to give QApplication: the program name and Qt's own options.

    A file name that is not valid UTF-8 reaches Python as a string with lone surrogates
    (PEP 383), and PySide6 crashes (SIGSEGV) converting such a string for QApplication. Qt
    needs neither the file nor ``--data-dir`` (Python opens those by their bytes), so they
    are left out, and so is any other argument Qt could not take."""
    from gui.core.paths import encodes_as_utf8

    args = parse_args(argv[1:])
    ours = {a for a in (args.file, args.data_dir) if a}
    program = argv[0] if argv and encodes_as_utf8(argv[0]) else "report-reader"
    kept = [program]
    skip_next = False
    for arg in argv[1:]:
        if skip_next:
            skip_next = False
            continue
        if arg == "--data-dir":
            skip_next = True
            continue
        if arg in ours or arg.startswith("--data-dir=") or arg == "--selftest":
            continue
        if encodes_as_utf8(arg):
            kept.append(arg)
    return kept


def log_file() -> Path:
    from gui.core.paths import data_dir

    return data_dir() / "report-reader.log"


def install_excepthook() -> None:
    """Log uncaught exceptions with their traceback; show the user one short line."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        import traceback  # here, not at start-up

        text = "".join(traceback.format_exception(kind, value, tb))
        try:
            from gui.core.bounded_read import append_text

            path = log_file()
            path.parent.mkdir(parents=True, exist_ok=True)
            append_text(path, text + "\n")  # never blocks, even if the log is a FIFO
            where = str(path)
        except OSError:
            where = "stderr"
            sys.stderr.write(text)
        _show_error(f"{kind.__name__}: {value}", where)

    sys.excepthook = hook


def _show_error(summary: str, where: str) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        sys.stderr.write(summary + "\n")
        return
    message = QCoreApplication.translate(
        "app", "Something went wrong: %1\n\nDetails were written to %2."
    )
    QMessageBox.warning(
        None,
        QCoreApplication.translate("app", "Report Reader"),
        message.replace("%1", summary[:300]).replace("%2", where),
    )


def _optional(name: str):
    """A module of the app that a build may leave out (translations, fonts, selftest)."""
    if importlib.util.find_spec(name) is None:
        return None
    return importlib.import_module(name)


def _install_translator(app, settings) -> None:
    i18n = _optional("gui.i18n")
    if i18n is not None:
        i18n.install_translator(app, settings)


def _patterns_from_cache() -> None:
    """Compile this process's regexes through the window's cache (``gui.core.compiled_patterns``):
    ~120 are compiled before the first paint, ~50 ms of Python when ``re`` generates them."""
    from gui.core import compiled_patterns
    from gui.core.paths import cache_dir

    compiled_patterns.install(str(cache_dir()), kind="window")


def _import_reader() -> None:
    """Import the report's reader (~60 Qt-free modules; every start reads a report) before
    PySide6, whose import hook reads the source of each module imported after it to find the
    word "PySide6" in it: ~5 ms of the start for these."""
    import gui.core.reading  # noqa: F401


def _save_patterns() -> None:
    """After the first paint: write the regexes start-up compiled that the cache lacked, on a
    thread of its own (only a start after an install or an update has any)."""
    from gui.core import compiled_patterns

    if compiled_patterns.missed():
        threading.Thread(target=compiled_patterns.save, name="save-patterns").start()


def _save_patterns_now() -> None:
    """On quit: the regexes compiled since the first paint (the recogniser's, in this process
    for a short report) that the cache lacked."""
    from gui.core import compiled_patterns

    compiled_patterns.save()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    args = parse_args(argv[1:])
    if args.data_dir:
        from gui.core.paths import set_data_dir

        set_data_dir(args.data_dir)
    from gui.core.paths import data_dir, encodes_as_utf8

    if not encodes_as_utf8(str(data_dir())):
        # Qt keeps settings by a text path; it would write them to another folder.
        shown = str(data_dir()).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        sys.stderr.write(
            f"report-reader: the data folder {shown} has a name that is not valid UTF-8; "
            "choose another with --data-dir\n"
        )
        return 2
    if args.selftest:
        if importlib.util.find_spec("gui.selftest") is None:
            sys.stderr.write("report-reader: --selftest is not available in this build\n")
            return 2
        from gui import selftest

        gc.enable()  # the frozen app's runtime hook turned it off for a window's start
        return int(selftest.main(args) or 0)

    # No cyclic garbage collection until the report is on screen: start-up allocates
    # much and frees little, and the ~40 collections it triggered cost ~6 ms.
    gc.disable()
    _patterns_from_cache()  # before PySide6: its signature parser compiles regexes too
    _import_reader()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(qt_arguments(argv))
    app.setApplicationName("report-reader")
    app.setApplicationDisplayName("Report Reader")
    app.setOrganizationName("report-reader")
    install_excepthook()
    fonts = _optional("gui.fonts")
    if fonts is not None:
        fonts.ensure_cjk_font()  # before any window: a machine without CJK fonts gets ours

    from gui.core import switch_interval
    from gui.settings import Settings
    from gui.ui.main_window import MainWindow
    from gui.ui.theme import apply_theme

    settings = Settings()
    _install_translator(app, settings)
    if settings.theme() != "system":
        apply_theme(app, settings.theme())
    # The rest of the window, then notes and entities, come after the report's first paint.
    window = MainWindow(settings, defer_features=True, staged=True)
    window.reader.call_after_painted(gc.enable, with_text=False)
    window.reader.call_after_painted(_save_patterns, with_text=True)
    app.aboutToQuit.connect(_save_patterns_now)
    # Until the reader's first paint, a long report's read keeps Python's own switch interval
    # and waits before its long part (gui.core.switch_interval).
    switch_interval.hold()
    window.reader.call_after_painted(switch_interval.release, with_text=False)
    window.show()
    # A report of normal size is read now, so the first paint shows it; a large one loads
    # in the background once the window is up.
    window.session.open_initial(args.file, now=True)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())

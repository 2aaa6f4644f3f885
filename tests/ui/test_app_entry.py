"""The entry point: arguments, and uncaught errors going to the log, not to the user."""

from __future__ import annotations

import sys

from gui import app
from tests.ui.app_probe import run_app_with_paint_probe, run_probe


def test_arguments():
    args = app.parse_args(["report.txt", "--data-dir", "/tmp/x", "-platform", "offscreen"])
    assert (args.file, args.data_dir, args.selftest) == ("report.txt", "/tmp/x", False)
    assert app.parse_args(["--selftest"]).selftest


def test_excepthook_logs_the_traceback_and_shows_one_line(monkeypatch, isolated_data_dir):
    shown = []
    monkeypatch.setattr(app, "_show_error", lambda summary, where: shown.append((summary, where)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    app.install_excepthook()
    try:
        raise ValueError("boom")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    log = (isolated_data_dir / "report-reader.log").read_text("utf-8")
    assert "Traceback" in log and "ValueError: boom" in log
    assert shown == [("ValueError: boom", str(isolated_data_dir / "report-reader.log"))]


_STARTUP_PROBE = r"""
import gc, json, os, sys
import PySide6.QtCore as QtCore
import PySide6.QtWidgets as QtWidgets
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import QApplication, QTextEdit
from gui import app as app_module

seen = {}

def first_text_paint(view):
    if "first_paint" in seen or view.document().isEmpty():
        return
    window = view.window()
    seen["first_paint"] = {
        "qt_namespace": "Qt" in vars(QtCore),
        # A class the app never uses: there only once PySide created every QtWidgets class.
        "all_widget_classes": "QWizard" in vars(QtWidgets),
        "chrome": hasattr(window, "outline"),
        "features": hasattr(window, "notes"),
        "text": view.toPlainText()[:40],
        "area": area(view),
        "gc": gc.isenabled(),
    }
    QTimer.singleShot(0, lambda: poll(window))

def area(view):
    corner = view.mapTo(view.window(), QPoint(0, 0))
    return [corner.x(), corner.y(), view.width(), view.height()]

def poll(window):
    if hasattr(window, "notes") and hasattr(window, "entities"):
        window.layout().activate()
        window.save_settings()  # as closing the window would
        seen["later"] = {
            "area": area(window.reader),
            "gc": gc.isenabled(),
            "outline_rows": window.outline.model.rowCount(),
            "title": window.windowTitle(),
            "keyboard_selection": bool(int(window.reader.textInteractionFlags().value) & 2),
        }
        print(json.dumps(seen, ensure_ascii=False), flush=True)
        os._exit(0)
    QTimer.singleShot(20, lambda: poll(window))

"""
_STARTUP_PROBE += run_app_with_paint_probe(30000)


def _start_app(data_dir) -> dict:
    import os

    # A desktop-sized screen (offscreen's own is 800×800, smaller than the default window, so
    # a restored window would not get its saved size back).
    screen = data_dir.parent / "screen.json"
    screen.write_text(
        '{"screens": [{"name": "desktop", "x": 0, "y": 0, "width": 1920, "height": 1080,'
        ' "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}]}',
        encoding="utf-8",
    )
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}")
    env.pop("REPORT_READER_FIRST_PAINT", None)
    return run_probe(_STARTUP_PROBE, str(data_dir), env=env, timeout=60)


def test_startup_paints_the_report_first_then_builds_the_rest(tmp_path):
    """The app's start-up: the first paint already shows the bundled report, before the
    outline, toolbar and features exist and without PySide's costly ``Qt`` namespace; the rest
    of the window and the features follow, and the text does not move when they arrive.
    (PySide creates a class's Python enums on first use, and the first conversion of an object
    of a class it does not wrap, such as the reader's viewport, creates every class of the
    module: the first paint avoids both, see ``gui.ui.main_window``.)"""
    seen = _start_app(tmp_path / "data")
    first, later = seen["first_paint"], seen["later"]
    assert first["text"].startswith("2021年,蘭州高新區將《國務院")  # cleaned: no pinyin
    assert not first["qt_namespace"] and not first["all_widget_classes"]
    assert not first["chrome"] and not first["features"]
    assert later["outline_rows"] >= 7
    assert later["title"].startswith("lanzhou-hi-tech-zone-2021")
    assert later["keyboard_selection"]
    assert (first["gc"], later["gc"]) == (False, True)  # collection back on after the paint
    # A first start holds the reading area where the default layout puts it (give or take a
    # bar's height on another machine's fonts); later starts hold the saved place exactly.
    assert all(abs(a - b) <= 30 for a, b in zip(first["area"], later["area"], strict=True))
    again = _start_app(tmp_path / "data")
    assert again["first_paint"]["area"] == again["later"]["area"] == later["area"]

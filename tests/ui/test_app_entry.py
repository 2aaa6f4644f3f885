"""The entry point: arguments, and uncaught errors going to the log, not to the user."""

from __future__ import annotations

import sys

from gui import app


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

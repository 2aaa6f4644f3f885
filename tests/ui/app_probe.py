"""Probes: scripts run with ``python -c`` in a process of their own, which print what they saw
as JSON on their last line (:func:`run_probe`). A start-up probe defines
``first_text_paint(view)`` and then starts the real app (``gui.app.main``) with
:func:`run_app_with_paint_probe`'s lines, so that the reader's every paint calls it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.conftest import REPO


def run_probe(
    code: str,
    *args: str,
    env: dict[str, str],
    timeout: float,
    cwd: Path | None = REPO,
    stderr_tail: int = 2000,
) -> Any:
    """Run ``python -c CODE ARGS`` with ``env`` in ``cwd``; assert that it ended with status 0
    (failing with the tail of its stderr) and return the JSON of its last line of output."""
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=timeout,
    )
    assert done.returncode == 0, done.stderr[-stderr_tail:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_app_with_paint_probe(give_up_ms: int) -> str:
    """Python source that hooks ``first_text_paint`` into the reader's ``paintEvent`` when the
    event loop starts, ends the process with status 3 after ``give_up_ms`` (a hang), and runs
    the app on the data directory ``sys.argv[1]``. Watched through the reader's paintEvent:
    filtering its viewport's events would convert the viewport to Python, which a probe may
    want to see not happen before the first paint."""
    return rf"""
original_exec = QApplication.exec
def exec_with_probe(*args):
    for window in QApplication.instance().topLevelWidgets():
        for view in window.findChildren(QTextEdit):
            cls = type(view)
            def paint_event(self, event, _original=cls.paintEvent):
                _original(self, event)
                first_text_paint(self)
            cls.paintEvent = paint_event
    QTimer.singleShot({give_up_ms}, lambda: os._exit(3))
    return original_exec()
QApplication.exec = exec_with_probe
app_module.main(["report-reader", "--data-dir", sys.argv[1]])
"""

"""The end of a start-up probe: a script run with ``python -c`` in a process of its own, which
defines ``first_text_paint(view)`` and then starts the real app (``gui.app.main``) with
:func:`run_app_with_paint_probe`'s lines, so that the reader's every paint calls it."""

from __future__ import annotations


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

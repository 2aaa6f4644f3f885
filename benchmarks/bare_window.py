"""A bare PySide6 window: the yardstick for the frozen app's start-up (benchmarks/bench_frozen.py).

With ``REPORT_READER_FIRST_PAINT=exit`` it prints ``first-paint`` at its first paint and quits,
exactly as the real app does through :mod:`gui.startup_probe`.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def _report() -> None:
    print("first-paint", flush=True)
    os._exit(0)  # as gui.startup_probe does: shutdown is not part of the measurement


class _FirstPaint(QObject):
    def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, _report)
        return False


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(900, 700)
    if os.environ.get("REPORT_READER_FIRST_PAINT") == "exit":
        probe = _FirstPaint(window)
        window.installEventFilter(probe)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

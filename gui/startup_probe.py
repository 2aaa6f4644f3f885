"""First-paint probe for start-up measurements (``benchmarks/bench_frozen.py``, packaging tests).

With ``REPORT_READER_FIRST_PAINT`` unset this module does nothing and imports nothing. Set to
``print`` it prints one line ``first-paint <seconds> installed=<s> window-painted=<s>`` when
the report is first painted (the extra fields show where the time went); set to
``exit`` it then also ends the process at once (shutdown is not part of the measurement).
``REPORT_READER_FIRST_PAINT_FILE`` additionally appends the line to a file (a windowed Windows
build has no console).

"Painted" means: a text view (``QTextEdit``/``QPlainTextEdit`` and subclasses) holding a
non-empty document painted its viewport, i.e. the reader can see the report. A window with no
text view (the bare benchmark window) counts at its first paint. ``<seconds>`` is measured from
the start of the process where the platform tells it (Linux), else from the import of this
module; the benchmark measures wall time from outside as well.
"""

from __future__ import annotations

import os
import sys
import time

ENV = "REPORT_READER_FIRST_PAINT"
ENV_FILE = "REPORT_READER_FIRST_PAINT_FILE"

_imported_at = time.monotonic()
_probe = None  # keeps the event filter alive
_patched = False


def enabled() -> bool:
    return os.environ.get(ENV, "") in {"print", "exit"}


def seconds_since_start() -> float:
    """Seconds since the process started (Linux: from /proc), else since this import."""
    try:
        with open("/proc/self/stat", encoding="ascii") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])  # field 22 of stat(5), counted after "pid (comm)"
        with open("/proc/uptime", encoding="ascii") as f:
            uptime = float(f.read().split()[0])
        return max(0.0, uptime - start_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError, AttributeError):
        return time.monotonic() - _imported_at


_marks: list[tuple[str, float]] = []
_offset: float | None = None


def mark(name: str) -> None:
    """Note that start-up reached ``name`` (reported with the first paint as ``name=<s>``);
    nothing unless ``REPORT_READER_FIRST_PAINT`` is set."""
    global _offset
    if not enabled():
        return
    if _offset is None:  # /proc's start time is in clock ticks (10 ms); monotonic is finer
        _offset = seconds_since_start() - time.monotonic()
    _marks.append((name, time.monotonic() + _offset))


def install(app=None) -> None:
    """Watch for the first paint of the report if ``REPORT_READER_FIRST_PAINT`` asks for it.

    Call once after the ``QApplication`` exists, before ``app.exec()``; the watch starts when
    the event loop does (see :func:`install_at_exec`). Costs nothing when the variable is
    unset."""
    install_at_exec()


def _attach(app) -> None:
    """Watch the paint events of the top-level windows and of their text views.

    Only those widgets, not the whole application: an application-wide filter converts every
    object that receives an event to Python, and the first object of a type PySide does not
    wrap (Qt's private QAnimationTimer, say) makes it create every class of QtCore, QtGui and
    QtWidgets, ~13 ms that the app itself never pays. A text view's viewport is such an
    object too (~12 ms), so a view whose class is written in Python (the reader) is watched
    through its ``paintEvent``, which paints the viewport. ``benchmarks/bare_window.py``
    filters its window the same way."""
    global _probe
    if _probe is not None:
        return
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

    quit_after = os.environ.get(ENV) == "exit"
    paint = QEvent.Type.Paint

    class _FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.done = False
            self.installed = seconds_since_start()
            self.window_painted: float | None = None
            self.report_painted = 0.0
            self.watched: list[QWidget] = []

        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            if event.type() == paint and not self.done:
                self.painted(obj)
            return False

        def painted(self, widget) -> None:
            if self.done:
                return
            if self.window_painted is None:
                self.window_painted = seconds_since_start()
            if self._is_report_paint(widget):
                self.done = True
                self.report_painted = seconds_since_start()
                # Now, from inside the paint: the benchmark times the line's arrival, and
                # the event loop's next turn already builds the rest of the window.
                self._report()

        @staticmethod
        def _is_report_paint(widget) -> bool:
            if isinstance(widget, QTextEdit | QPlainTextEdit):
                return not widget.document().isEmpty()
            view = widget.parentWidget()
            if isinstance(view, QTextEdit | QPlainTextEdit) and widget is view.viewport():
                return not view.document().isEmpty()
            if widget.isWindow():
                # A window without any text view: the bare benchmark window.
                return not widget.findChildren(QTextEdit) and not widget.findChildren(
                    QPlainTextEdit
                )
            return False

        def _report(self) -> None:
            for widget in self.watched:
                widget.removeEventFilter(self)
            # The first number is the figure; the others say where the time went: up to the
            # start of the event loop (interpreter, imports, QApplication, the window's first
            # stage and the report), up to the first paint of any watched widget, and the rest.
            now = self.report_painted
            window = self.window_painted if self.window_painted is not None else now
            line = (
                f"first-paint {now:.3f} installed={self.installed:.3f} window-painted={window:.3f}"
            )
            if _marks:
                line += " " + " ".join(f"{name}={at:.3f}" for name, at in _marks)
            if sys.stdout is not None:
                print(line, flush=True)
            target = os.environ.get(ENV_FILE)
            if target:
                with open(target, "a", encoding="utf-8") as f:
                    f.write(line + "\n")
            if quit_after:
                # Leave at once: the measurement ends here, and background work just started
                # (document loading, entity recognition) must not make a benchmark wait.
                if sys.stdout is not None:
                    sys.stdout.flush()
                os._exit(0)

    _probe = probe = _FirstPaint()

    def watch(widget) -> None:
        widget.installEventFilter(probe)
        probe.watched.append(widget)

    for window in app.topLevelWidgets():
        watch(window)
        for view in window.findChildren(QTextEdit) + window.findChildren(QPlainTextEdit):
            cls = type(view)
            if cls in (QTextEdit, QPlainTextEdit):
                watch(view.viewport())
                continue

            def paint_event(self, event, _original=cls.paintEvent):
                _original(self, event)
                probe.painted(self)

            cls.paintEvent = paint_event


def install_at_exec() -> None:
    """Arrange for the watch to start when the application's event loop starts (once the
    windows exist).

    The app's ``main`` calls this through :func:`install`; for builds whose entry point does
    not, the frozen app's runtime hook calls it when ``REPORT_READER_FIRST_PAINT`` is set (and
    only then)."""
    global _patched
    if not enabled() or _patched:
        return
    _patched = True
    from PySide6.QtWidgets import QApplication

    original = QApplication.exec

    def exec_with_probe(*args):
        _attach(QApplication.instance())
        return original()  # static in PySide6: app.exec() and QApplication.exec() alike

    QApplication.exec = exec_with_probe

"""Hold the reader where the finished window puts it while the window is built in stages.

The app shows the report before the outline, bars and docks exist (``gui.ui.main_window``).
Laid out full width first and narrower once the docks arrive, the text would re-wrap and jump
twice in the first half second. Instead the central widget's margins keep the reading area at
the distances from the window's edges that the finished window had last time (saved in the
settings), whatever the bars and docks around it take at each stage; once the window is
complete the margins go back to zero.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLayout, QMainWindow

from gui.settings import Settings

Margins = tuple[int, int, int, int]

#: Where the reading area sits in the default window (1100×760; outline on the left, notes and
#: entities on the right), for a first start with no saved layout.
DEFAULT_MARGINS: Margins = (262, 49, 284, 22)


def central_margins(window: QMainWindow) -> Margins:
    """Distances of the central widget from the window's left, top, right and bottom edges."""
    c = window.centralWidget().geometry()
    return c.x(), c.y(), window.width() - c.x() - c.width(), window.height() - c.y() - c.height()


class ReadingAreaHold(QObject):
    """Keeps ``layout`` (the central widget's) inset so that its contents stay at ``margins``
    from the window's edges; :meth:`finish` lets go once the window is complete."""

    def __init__(self, window: QMainWindow, layout: QLayout, settings: Settings):
        super().__init__(window)
        self.window, self.layout, self.settings = window, layout, settings
        self.margins: Margins | None = settings.reader_margins() or DEFAULT_MARGINS
        self._finishing = False
        layout.setContentsMargins(*self.margins)  # the central widget is the whole window yet
        window.centralWidget().installEventFilter(self)

    @property
    def holding(self) -> bool:
        return self.margins is not None

    def update(self) -> None:
        """Inset the layout for the window as it is laid out now."""
        if self.margins is None:
            return
        now = central_margins(self.window)
        inset = tuple(max(0, held - have) for held, have in zip(self.margins, now, strict=True))
        self.layout.setContentsMargins(*inset)
        self.layout.activate()  # now, before anything paints the reader where it was
        if self._finishing and inset == (0, 0, 0, 0):
            self.release()  # the finished window has reached the held area

    def finish(self, timeout_ms: int = 300) -> None:
        """The last stage is in: let go as soon as the docks are laid out around the held area,
        or after ``timeout_ms`` if the finished layout differs from the saved one."""
        self._finishing = True
        self.update()
        QTimer.singleShot(timeout_ms, self, self.release)

    def release(self) -> None:
        if self.margins is None:
            return
        self.margins = None
        self.window.centralWidget().removeEventFilter(self)
        self.layout.setContentsMargins(0, 0, 0, 0)
        remember(self.window, self.settings)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        # Docks and bars are laid out in later event-loop turns: follow the central widget.
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize):
            self.update()
        return False


def remember(window: QMainWindow, settings: Settings) -> None:
    """Save where the reading area is in the finished ``window``."""
    settings.set_reader_margins(central_margins(window))

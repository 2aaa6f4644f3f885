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
from PySide6.QtWidgets import QLayout, QMainWindow, QWidget

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
    """Keeps ``layout`` (the central widget's) inset so that ``content`` stays at ``margins``
    from the window's edges; :meth:`finish` lets go once the window is complete.

    Never at the cost of the window's size: where the held area leaves ``content`` less than
    its minimum size (a window made narrower than the layout that was saved), it lets go at
    once, and the text re-wraps as the docks arrive, as it would without the hold."""

    def __init__(self, window: QMainWindow, layout: QLayout, content: QWidget, settings: Settings):
        super().__init__(window)
        self.window, self.layout, self.content, self.settings = window, layout, content, settings
        from gui.ui.screen_fit import first_start_margins

        # Docks that arrive before the saved layout is restored (stacked, not yet tabbed) can
        # make Qt grow a small window; finish() gives it back the size it was restored at.
        self.size_at_start = window.size()
        saved = settings.reader_margins()
        self.margins: Margins | None = saved or first_start_margins(window, DEFAULT_MARGINS)
        self._finishing = False
        # The central widget is the whole window yet (and not laid out before it shows).
        if self._fits(self.margins, window.width(), window.height()):
            central = window.centralWidget()
            # While held, the insets must not count towards the window's minimum size: a dock
            # arriving before the insets follow would otherwise make the window grow.
            central.setMinimumSize(1, 1)
            layout.setContentsMargins(*self.margins)
            central.installEventFilter(self)
        else:
            self.margins = None

    @property
    def holding(self) -> bool:
        return self.margins is not None

    def update(self) -> None:
        """Inset the layout for the window as it is laid out now."""
        if self.margins is None:
            return
        now = central_margins(self.window)
        inset = tuple(max(0, held - have) for held, have in zip(self.margins, now, strict=True))
        central = self.window.centralWidget()
        if not self._fits(inset, central.width(), central.height()):
            self.release()
            return
        self.layout.setContentsMargins(*inset)
        self.layout.activate()  # now, before anything paints the reader where it was
        if self._finishing and inset == (0, 0, 0, 0):
            self.release()  # the finished window has reached the held area

    def _fits(self, inset, width: int, height: int) -> bool:
        """Whether ``content`` keeps its minimum size inside ``inset`` in ``width``×``height``."""
        least = self.content.minimumSizeHint()
        left, top, right, bottom = inset
        return left + right + least.width() <= width and top + bottom + least.height() <= height

    def finish(self, timeout_ms: int = 300) -> None:
        """The last stage is in: let go as soon as the docks are laid out around the held area,
        or after ``timeout_ms`` if the finished layout differs from the saved one."""
        self._finishing = True
        self.update()
        QTimer.singleShot(0, self, self._restore_size)  # after the docks' fit, queued the same way
        QTimer.singleShot(timeout_ms, self, self.release)

    def _restore_size(self) -> None:
        window = self.window
        if window.isMaximized() or window.isFullScreen():
            return
        size = self.size_at_start.expandedTo(window.minimumSizeHint())
        if window.size() != size and window.size().expandedTo(size) == window.size():
            window.resize(size)  # only ever smaller: it grew while its parts arrived

    def release(self) -> None:
        if self.margins is None:
            return
        self.margins = None
        central = self.window.centralWidget()
        central.removeEventFilter(self)
        central.setMinimumSize(0, 0)  # back to its layout's own minimum
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

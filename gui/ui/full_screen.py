"""View → Full Screen (F11): the text alone on the whole screen; F11 or Esc brings the window
back exactly as it was (docks, bars, their sizes, maximised or not).

The docks and bars are hidden, not torn down: on leaving, ``restoreState`` puts back the
layout saved on entering, so a dock the user had narrowed or moved stays so. Esc is caught
by the window, so whatever inside wants it first (an open find bar, the word pop-up) gets it
first. Closing the window in full screen leaves it first, so the saved layout is the user's,
not the bare one.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QToolBar, QWidget

from gui.ui.feature_host import FeatureHost


class FullScreen(QObject):
    """``action`` (checkable, F11) toggles; :meth:`enter` / :meth:`leave` do it directly."""

    def __init__(self, window: FeatureHost) -> None:
        super().__init__(window)
        self.window = window
        self._layout: QByteArray | None = None
        self._state = Qt.WindowState.WindowNoState
        self._hidden: list[QWidget] = []
        self.action = QAction(self.tr("&Full Screen"), self)
        self.action.setObjectName("full_screen")
        self.action.setCheckable(True)
        # F11 everywhere, plus the platform's own keys (Ctrl+Cmd+F on macOS), each once: a
        # key listed twice on one action is ambiguous and triggers nothing.
        f11 = QKeySequence("F11")
        platform_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.FullScreen)
        self.action.setShortcuts([f11, *(k for k in platform_keys if k != f11)])
        self.action.toggled.connect(self._toggled)
        window.addAction(self.action)  # F11 works with the menu bar hidden
        view = window.menus["view"]
        view.addSeparator()
        view.addAction(self.action)
        # The window, not the reader: Esc reaches it only when nothing inside wanted it.
        window.installEventFilter(self)

    @property
    def active(self) -> bool:
        return self._layout is not None

    def enter(self) -> None:
        self.action.setChecked(True)

    def leave(self) -> None:
        self.action.setChecked(False)

    def _toggled(self, on: bool) -> None:
        if on == self.active:
            return
        w = self.window
        if on:
            self._layout = w.saveState()
            self._state = w.windowState()
            bars: list[QWidget] = [w.menuBar(), w.statusBar()]
            bars += [t for t in w.findChildren(QToolBar) if t.parent() is w]
            bars += [d for d in w.findChildren(QDockWidget) if not d.isFloating()]
            self._hidden = [b for b in bars if b.isVisible()]
            for bar in self._hidden:
                bar.hide()
            w.showFullScreen()
            w.statusBar().clearMessage()
        else:
            w.setWindowState(self._state)
            for bar in self._hidden:
                bar.show()
            if self._layout is not None:
                w.restoreState(self._layout)
            self._layout, self._hidden = None, []

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.KeyPress and self.active:
            if event.key() == Qt.Key.Key_Escape and not event.modifiers():  # type: ignore[attr-defined]
                self.leave()
                return True
        elif kind == QEvent.Type.Close and obj is self.window and self.active:
            self.leave()  # before the window saves its layout
        return False


def install_full_screen(window: FeatureHost) -> FullScreen:
    """Add View → Full Screen (F11; Esc leaves)."""
    return FullScreen(window)

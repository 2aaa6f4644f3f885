"""The find bar: incremental, script-insensitive search with a match count.

Matching happens in :mod:`gui.core.find` on the Simplified pivot; the bar keeps the hits (text
coordinates) and the current one, and asks the reader to paint them through signals.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from gui.core.document import Span
from gui.core.find import find_all
from gui.core.script_views import DocumentViews


class FindBar(QWidget):
    """Find bar under the reader.

    Signals:
        matches_changed(list): all hits as ``Span`` in text coordinates.
        current_changed(int, int): the current hit ``(start, end)``; ``(-1, -1)`` for none.
        closed(): the bar was closed (Esc); the reader should take the focus back.
    """

    matches_changed = Signal(list)
    current_changed = Signal(int, int)
    closed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        reading_position: Callable[[], int] | None = None,
    ):
        """``reading_position()`` gives the text position the reader shows at its top: a new
        search starts at the first match from there, not at the document's start."""
        super().__init__(parent)
        self.setObjectName("find_bar")
        self._reading_position = reading_position
        self._views: DocumentViews | None = None
        self._hits: list[Span] = []
        self._skip: list[Span] = []
        self._current = -1
        self.edit = QLineEdit(self)
        self.edit.setObjectName("find_edit")
        self.edit.setPlaceholderText(self.tr("Find in any script (发展 = 發展)"))
        self.edit.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("find_count")
        self.count_label.setMinimumWidth(90)
        prev_button = QToolButton(self)
        prev_button.setText("↑")
        prev_button.setToolTip(self.tr("Previous match (Shift+Enter, Shift+F3)"))
        prev_button.clicked.connect(self.find_previous)
        next_button = QToolButton(self)
        next_button.setText("↓")
        next_button.setToolTip(self.tr("Next match (Enter, F3)"))
        next_button.clicked.connect(self.find_next)
        close_button = QToolButton(self)
        close_button.setText("✕")
        close_button.setToolTip(self.tr("Close (Esc)"))
        close_button.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(QLabel(self.tr("Find:"), self))
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(prev_button)
        layout.addWidget(next_button)
        layout.addWidget(close_button)
        # Typing is incremental but debounced, so a fast typist does not search each key.
        self._debounce = QTimer(self, singleShot=True, interval=120)
        self._debounce.timeout.connect(self.search)
        self.edit.textChanged.connect(lambda _text: self._debounce.start())
        self.edit.returnPressed.connect(self.find_next)
        self.edit.installEventFilter(self)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar)
        self.hide()

    # -- API ----------------------------------------------------------------------------

    def set_views(self, views: DocumentViews | None, skip: Sequence[Span] = ()) -> None:
        """A new document: forget the hits and search it again if the bar is open. Hits
        inside ``skip`` (page furniture and the footer) are not reported."""
        self._views = views
        self._skip = list(skip)
        self._hits = []
        self._current = -1
        if self.isVisible() and self.edit.text():
            self.search()

    def open_bar(self, text: str = "") -> None:
        """Show the bar and focus the field (Ctrl+F); ``text`` pre-fills it."""
        self.show()
        if text:
            self.edit.setText(text)
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        """Hide the bar and clear the highlights. Emits ``closed``."""
        self.hide()
        self._hits = []
        self._current = -1
        self.matches_changed.emit([])
        self.current_changed.emit(-1, -1)
        self.closed.emit()

    @property
    def hits(self) -> list[Span]:
        return list(self._hits)

    @property
    def current_index(self) -> int:
        return self._current

    def search(self) -> None:
        """Search for the field's text now. Emits ``matches_changed`` and ``current_changed``."""
        self._debounce.stop()
        query = self.edit.text()
        self._hits = (
            find_all(self._views, query, self._skip) if self._views and query.strip() else []
        )
        self._current = self._first_from_reading_position() if self._hits else -1
        self.matches_changed.emit(self._hits)
        self._emit_current()

    def _first_from_reading_position(self) -> int:
        """The first hit at or after the reading position, wrapping to the first hit."""
        if self._reading_position is None:
            return 0
        at = bisect_left(self._hits, self._reading_position(), key=lambda hit: hit.start)
        return at if at < len(self._hits) else 0

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if self._debounce.isActive() or not self._hits:
            self.search()
            if delta > 0 or not self._hits:
                return
        self._current = (self._current + delta) % len(self._hits)
        self._emit_current()

    def _emit_current(self) -> None:
        if self._current < 0:
            text = self.tr("No matches") if self.edit.text().strip() else ""
            self.count_label.setText(text)
            self.current_changed.emit(-1, -1)
            return
        self.count_label.setText(
            self.tr("%1 of %2")
            .replace("%1", str(self._current + 1))
            .replace("%2", str(len(self._hits)))
        )
        hit = self._hits[self._current]
        self.current_changed.emit(hit.start, hit.end)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # QLineEdit reports Shift+Enter as a plain returnPressed; catch it first.
        if (
            watched is self.edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.find_previous()
            return True
        return super().eventFilter(watched, event)

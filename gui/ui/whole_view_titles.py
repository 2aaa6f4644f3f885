"""Lists titled from the text (the outline's headings, the notes list's quotes and groups)
re-titled once the reader's whole view is converted, not during the pass.

After a whole-document switch the children convert the text in chunks while the reader puts
them in. A list told at once that every row changed has its tree measure every row, which
asks every row's text: each heading's or quote's line converted on the UI thread, one at a
time, ahead of the children that convert it anyway (measured on a 1 M-character report with
1,000 notes: ~0.35 s more of the UI thread's CPU in a Traditional pass than in 简, where the
lines are the pivot's). So the rows on screen are repainted at once (painting asks ``data()``
of those few rows only; a script changes no row's height: the same lines, the same font), and
the whole list hears of the change when the view is complete, when every row's text is a
lookup.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractItemView

    from gui.ui.reader_view import ReaderView
    from gui.ui.signals import AppSignals


class RetitleAfterPass(QObject):
    """Calls ``refresh`` after each script change, once ``reader``'s whole view of the new
    script is converted (on the next event-loop turn when it is already); meanwhile only
    ``view``'s visible rows are repainted, and ``cancel`` drops what an earlier refresh has
    not announced yet."""

    def __init__(
        self,
        signals: AppSignals,
        reader: ReaderView,
        view: QAbstractItemView,
        refresh: Callable[[], None],
        cancel: Callable[[], None],
    ) -> None:
        super().__init__(view)
        self._reader, self._view = reader, view
        self._refresh, self._cancel = refresh, cancel
        self._waiting = False
        signals.script_changed.connect(self._script_changed)
        signals.conversion_progress.connect(self._progress)

    @property
    def waiting(self) -> bool:
        """True between a switch and the end of its pass."""
        return self._waiting

    def _script_changed(self, script: str) -> None:
        views = self._reader.views
        self._waiting = views is not None and not views.is_complete(script)
        if self._waiting:
            # What the last refresh has not announced yet would be measured in this pass.
            self._cancel()
            # On a later turn: the switch's own turn already replaces and paints the
            # reader's visible text.
            QTimer.singleShot(0, self._view.viewport(), self._view.viewport().update)
        else:  # after the reader's visible text: the next event-loop turn
            QTimer.singleShot(0, self, self._refresh)

    def _progress(self, done: int, total: int) -> None:
        if self._waiting and done >= total:
            self._waiting = False
            # Not in this turn: it replaced the reader's last blocks (the outline announces
            # its first parents at once, and they were measured on top of that edit).
            QTimer.singleShot(0, self, self._refresh)

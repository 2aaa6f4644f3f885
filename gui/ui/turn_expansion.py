"""Open a long tree's top-level rows a slice per event-loop turn.

Expanding every row of a long outline or notes list in the turn after its model's reset laid
out every row at once (25–35 ms for 1,000 notes, more for 7,000 sections); the docks open them
in slices instead, taking turns with the other start-up tickers (``gui.ui.ui_turns``). The
dock keeps what a slice does (which rows first, what stays in place on screen); this keeps the
rows still to open, the timer and the turns.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from gui.ui.ui_turns import TURNS


class TurnExpansion(QObject):
    """The top-level rows still to open, opened by ``run_slice`` a turn at a time: it takes
    rows from :attr:`rows` (``popleft``) for as long as its slice may last."""

    def __init__(self, parent: QObject, ticker: str, run_slice: Callable[[], None]):
        super().__init__(parent)
        self.rows: deque[int] = deque()
        self._ticker, self._run_slice = ticker, run_slice
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._step)

    @property
    def busy(self) -> bool:
        """Whether rows are still to be opened."""
        return bool(self.rows)

    def start(self, count: int) -> None:
        """Open rows 0 to ``count`` - 1 from the next turn on (whatever was left, forgotten)."""
        self.stop()
        self.rows.extend(range(count))
        self._timer.start()

    def stop(self) -> None:
        self.rows.clear()
        self._timer.stop()

    def _step(self) -> None:
        if not TURNS.take(self._ticker, self._slice):
            self._timer.start()  # the next pass

    def _slice(self) -> None:
        self._run_slice()
        if self.rows:
            self._timer.start()

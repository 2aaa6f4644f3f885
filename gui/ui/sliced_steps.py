"""Work done on the UI thread a few milliseconds at a time, with pauses between.

A pool thread is no help for CPU-bound Python work that the UI thread waits for: the worker
holds the GIL between the UI thread's Qt calls, and on a busy machine the UI stalls ~100 ms
while the worker runs. Here the work is a generator whose steps each take a few milliseconds
at most; each turn of the event loop runs steps for ``slice_s`` seconds, then the loop is left
alone for ``pause_ms`` (the process sleeps, so a loaded scheduler keeps treating it as
interactive and a timer or a repaint waits at most one slice)."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from collections.abc import Iterator

#: Defaults measured with Pinyin Above Text's first use (docs/reading-aids.md).
SLICE_S = 0.005
PAUSE_MS = 4


class SlicedSteps(QObject):
    """Runs the steps of one generator at a time; ``finished`` when it is exhausted."""

    finished = Signal()

    def __init__(
        self, parent: QObject | None = None, slice_s: float = SLICE_S, pause_ms: int = PAUSE_MS
    ) -> None:
        super().__init__(parent)
        self.slice_s, self.pause_ms = slice_s, pause_ms
        self._steps: Iterator[object] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run_slice)

    @property
    def busy(self) -> bool:
        """Whether steps are left to run."""
        return self._steps is not None

    def start(self, steps: Iterator[object]) -> None:
        """Run ``steps`` from the next turn of the event loop on (replacing any still left)."""
        self._steps = steps
        self._timer.start(0)

    def _run_slice(self) -> None:
        if self._steps is None:
            return
        deadline = time.perf_counter() + self.slice_s
        try:
            while time.perf_counter() < deadline:
                next(self._steps)
        except StopIteration:
            self._steps = None
            self.finished.emit()
            return
        self._timer.start(self.pause_ms)

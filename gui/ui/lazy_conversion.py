"""Lazy script switching: the visible paragraphs at once, the rest in time slices.

Conversion runs on the UI thread in slices of at most ``SLICE_SECONDS`` driven by a zero-delay
QTimer, rather than in a worker thread: OpenCC here is pure Python, so a worker would hold the
GIL and stall the UI just the same, only less predictably.
"""

from __future__ import annotations

import gc
import itertools
import time
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer

from gui.core.script import Script

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QWidget

    from gui.core.script_views import DocumentViews


class SwitchedView(Protocol):
    """What the switcher drives (the reader view), without importing it: the reader owns the
    switcher, not the other way round."""

    views: DocumentViews | None
    script_shown: SignalInstance
    conversion_progress: SignalInstance

    def visible_lines(self) -> Sequence[int]: ...
    def block_script(self, line: int) -> Script: ...
    def replace_lines(self, lines: Iterable[int], script: Script) -> None: ...
    def viewport(self) -> QWidget: ...


#: Longest time one slice may convert for on this thread (the UI stays responsive between
#: slices).
SLICE_SECONDS = 0.012
#: How long one slice's replacement of blocks aims to take. Qt's cost per edit block is mostly
#: fixed: after any edit, its layout walks every block from the edit to the end of the
#: document (QTextDocumentLayoutPrivate::layoutFlow has no early exit), ~15-25 ms for the
#: 18,000 blocks of a 1 M-character report, whether the edit replaced 10 blocks or 1,000. So
#: the blocks per edit grow until an edit takes about this long, instead of a fixed 120 (150
#: edits, 2.2-2.8 s of walks per whole-document pass; ~20-30 edits now).
REPLACE_SECONDS = 0.03
#: Blocks replaced by the first slice after a switch, and the bounds of later ones.
FIRST_BLOCKS = 120
MIN_BLOCKS = 40
MAX_BLOCKS = 4000


class ScriptSwitcher(QObject):
    """Drives a reader view (:class:`SwitchedView`) from one script to another."""

    def __init__(self, view: SwitchedView):
        super().__init__(view)
        self._view = view
        self._target = Script.ORIGINAL
        self._pending: Iterator[int] | None = None
        self._done = 0
        self._blocks = FIRST_BLOCKS
        self._warming = False
        self._timer = QTimer(self, singleShot=False, interval=0)
        self._timer.timeout.connect(self._step)

    @property
    def busy(self) -> bool:
        """True while blocks are converted or the pivot warms up in the background."""
        return self._timer.isActive()

    def stop(self) -> None:
        self._timer.stop()
        self._pending = None
        self._warming = False

    def start(self, script: Script) -> None:
        """Convert the visible lines now, emit ``script_shown``, then schedule the rest."""
        view = self._view
        views = view.views
        self.stop()
        self._target = script
        if views is None:
            return
        visible = view.visible_lines()
        if any(view.block_script(i) != script for i in visible):
            view.replace_lines(visible, script)
            # Paint now, before other listeners of the switch (outline, entity list) run:
            # the reader sees the new script at once.
            view.viewport().repaint()
        view.script_shown.emit(str(script))
        first = visible.stop if visible else 0
        n = views.line_count
        order = list(range(first, n)) + list(range(0, first))
        self._pending = (i for i in order if view.block_script(i) != script)
        self._done = n - sum(1 for i in range(n) if view.block_script(i) != script)
        self._blocks = FIRST_BLOCKS
        self._timer.start()

    def finish(self) -> None:
        """Convert everything left now, on this thread (when the whole text is needed at once)."""
        while self._timer.isActive():
            self._step(deadline=float("inf"))

    def _step(self, deadline: float | None = None) -> None:
        view = self._view
        views = view.views
        if views is None or self._pending is None:
            self.stop()
            return
        stop_at = time.perf_counter() + SLICE_SECONDS if deadline is None else deadline
        if self._warming:
            self._warm_pivot(stop_at)
            return
        batch: list[int] = []
        exhausted = True
        for i in self._pending:
            if batch and i != batch[-1] + 1:
                # One edit block per contiguous run: an edit spanning the end and the start
                # of the document (the wrap-around) would relayout everything in between.
                self._pending = itertools.chain([i], self._pending)
                exhausted = False
                break
            views.line(i, self._target)
            batch.append(i)
            if len(batch) >= self._blocks or time.perf_counter() >= stop_at:
                exhausted = False
                break
        # Sized by this thread's CPU time, not the clock: on a busy machine the clock also
        # counts the time other processes held the core, and would shrink the edits into
        # many more walks.
        began = time.thread_time()
        view.replace_lines(batch, self._target)
        self._resize(len(batch), time.thread_time() - began)
        self._done += len(batch)
        view.conversion_progress.emit(min(self._done, views.line_count), views.line_count)
        if exhausted:
            # Then fill the Simplified pivot cache, so the first search is instant.
            self._warming = True
            self._pending = views.missing(Script.HANS)

    def _resize(self, blocks: int, took: float) -> None:
        """Size the next replacement from this one: Qt's cost is a fixed walk plus a little
        per block, so the count moves towards ``REPLACE_SECONDS`` (at most doubling)."""
        if blocks < self._blocks:
            return  # cut short by the conversion's time or a run's end: says nothing
        scale = min(2.0, REPLACE_SECONDS / max(took, 1e-4))
        self._blocks = max(MIN_BLOCKS, min(MAX_BLOCKS, int(blocks * scale)))

    def _warm_pivot(self, stop_at: float) -> None:
        views = self._view.views
        assert views is not None and self._pending is not None
        for i in self._pending:
            views.line(i, Script.HANS)
            if time.perf_counter() >= stop_at:
                return
        self.stop()
        gc.freeze()  # the converted lines live as long as the document; see ReaderSession

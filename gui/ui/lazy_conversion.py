"""Lazy script switching: the visible paragraphs at once, the rest in time slices.

The visible lines are converted on the UI thread at once. The rest of a long report
(``gui.core.script_workers.POOL_CHARS``) is converted by worker processes on every core, in
the order the reader needs it, and this thread only puts the finished lines into the reader,
a slice per event-loop turn. A short report, or one in the frozen app (no worker processes),
converts here in slices of at most ``SLICE_SECONDS`` driven by a zero-delay QTimer: OpenCC
here is pure Python, so a worker *thread* would hold the GIL and stall the UI just the same.
Those slices are turns of their own; the blocks go in once a whole edit's lines are converted.
"""

from __future__ import annotations

import gc
import itertools
import sys
import time
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer

from gui.core.script import Script
from gui.ui.ui_turns import TURNS

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QWidget

    from gui.core.script_views import DocumentViews
    from gui.core.script_workers import ConversionJobs


class SwitchedView(Protocol):
    """What the switcher drives (the reader view), without importing it: the reader owns the
    switcher, not the other way round."""

    views: DocumentViews | None
    script_shown: SignalInstance
    conversion_progress: SignalInstance

    def visible_lines(self) -> Sequence[int]: ...
    def block_script(self, line: int) -> Script: ...
    def block_scripts(self) -> Sequence[Script]: ...
    def replace_lines(self, lines: Iterable[int], script: Script) -> None: ...
    def viewport(self) -> QWidget: ...
    def filling(self) -> bool: ...


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
#: Characters converted per call on this thread (a few milliseconds' work).
RUN_CHARS = 3000
#: How often to look for finished lines while every line left is still in a worker (ms).
POLL_MS = 5
#: How often to look whether the reader's text has all streamed in, before the pivot warms up.
FILL_WAIT_MS = 50
#: How long the reader stays idle after a switch's pass before the children load the other
#: views' dictionaries (ms). Sent at once, they were still loading when a toggle soon after
#: sent its first chunks, which waited behind them (~0.3 s of each child's CPU; the 臺 pass's
#: first chunk came 1.1-1.9 s after the toggle at load 4-10, against ~0.2 s for 繁's).
IDLE_LOAD_MS = 1500
#: This switcher's name among the UI thread's tickers (gui.ui.ui_turns).
TICKER = "reader"


def _entities_pending() -> bool:
    """Whether the entity recogniser's child is busy (never imported for this question)."""
    entity_pass = sys.modules.get("gui.core.entity_pass")
    return entity_pass is not None and entity_pass.recognising()


class ScriptSwitcher(QObject):
    """Drives a reader view (:class:`SwitchedView`) from one script to another."""

    _quit_hooked = False  # the worker pool is shut down at quit (once per application)

    def __init__(self, view: SwitchedView):
        super().__init__(view)
        self._view = view
        self._target = Script.ORIGINAL
        self._order: list[int] = []  # lines still to replace, in the order they go in
        self._next = 0
        self._ahead = 0  # self._order[self._next:self._ahead] are converted already
        self._jobs: ConversionJobs | None = None
        # Lines for the workers and their script, handed over once the pool is ready.
        self._todo: tuple[Script, list[int]] | None = None
        self._done = 0
        self._blocks = FIRST_BLOCKS
        self._warming = False
        self._pooled = False  # this switch's lines went to the pool's children
        self._timer = QTimer(self, singleShot=False, interval=0)
        self._timer.timeout.connect(self._step)
        self._idle_load = QTimer(self, singleShot=True, interval=IDLE_LOAD_MS)
        self._idle_load.timeout.connect(self._load_other_views)

    @property
    def busy(self) -> bool:
        """True while blocks are converted or the pivot warms up in the background."""
        return self._timer.isActive()

    def stop(self) -> None:
        self._timer.stop()
        self._idle_load.stop()
        self._order, self._next, self._ahead = [], 0, 0
        self._warming = self._pooled = False
        self._todo = None
        if self._jobs is not None:
            self._jobs.cancel()
            self._jobs = None

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
            TURNS.ran(TICKER)
        view.script_shown.emit(str(script))
        first = visible.stop if visible else 0
        n = views.line_count
        shown = view.block_scripts()  # one list, not a call per line: 18,000 on 1 M characters
        self._order = [
            i for i in itertools.chain(range(first, n), range(0, first)) if shown[i] is not script
        ]
        self._done = n - len(self._order)
        self._blocks = FIRST_BLOCKS
        # The workers get their lines in later turns: the first use starts the pool (see
        # _hand_over), which should not add to the turn that shows the visible lines.
        self._todo = (script, views.unconverted(self._order, script))
        self._timer.setInterval(0)
        self._timer.start()

    def finish(self) -> None:
        """Convert everything left now, on this thread (when the whole text is needed at once)."""
        while self._timer.isActive():
            if self._jobs is not None:
                self._jobs.collect(wait=True)
            self._step(deadline=float("inf"))

    def _step(self, deadline: float | None = None) -> None:
        view = self._view
        views = view.views
        if views is None:
            self.stop()
            return
        if self._todo is not None and self._hand_over(views, deadline):
            TURNS.ran(TICKER)  # a step of the pool's start: tens of ms
            return
        stop_at = time.perf_counter() + SLICE_SECONDS if deadline is None else deadline
        jobs = self._jobs
        if jobs is not None:
            jobs.collect()
            if jobs.broken or jobs.done:
                self._jobs = jobs = None  # a broken pool: what is left converts here
        if self._warming:
            self._warm_pivot(stop_at)
            return
        order, target = self._order, self._target
        if deadline is None and self._next < len(order) and not TURNS.may_run(TICKER):
            # Another slice's pass, or the free one after it. What the workers sent back was
            # collected and their next chunks sent all the same: they never wait for a pass.
            self._timer.setInterval(0)
            return
        if jobs is None and deadline is None and not self._convert_ahead(stop_at):
            # No worker has these lines: this turn converted the next edit's lines, and the
            # edit waits until all of them are (see _convert_ahead).
            TURNS.ran(TICKER)
            self._timer.setInterval(0)
            return
        batch: list[int] = []
        while self._next < len(order) and len(batch) < self._blocks:
            i = order[self._next]
            if batch and i != batch[-1] + 1:
                # One edit block per contiguous run: an edit spanning the end and the start
                # of the document (the wrap-around) would relayout everything in between.
                break
            if not views.is_converted(i, target):
                if jobs is not None and jobs.waiting_for(i):
                    break  # a worker has it: what came before goes in now
                if batch and time.perf_counter() >= stop_at:
                    break
                # Several lines per call: the converter's cost per call is as large as a
                # short line's conversion.
                views.convert_run(i, target, RUN_CHARS)
            batch.append(i)
            self._next += 1
        if batch:
            self._timer.setInterval(0)
            # Sized by this thread's CPU time, not the clock: on a busy machine the clock
            # also counts the time other processes held the core, and would shrink the edits
            # into many more walks.
            began = time.thread_time()
            view.replace_lines(batch, target)
            self._resize(len(batch), time.thread_time() - began)
            TURNS.ran(TICKER)
            self._done += len(batch)
            view.conversion_progress.emit(min(self._done, views.line_count), views.line_count)
        elif self._next < len(order):
            # Every line left is still in a worker: look again shortly, without spinning.
            self._timer.setInterval(POLL_MS)
            return
        if self._next >= len(order):
            if view.filling() or _entities_pending():
                # The pivot is for the first search; the text still streaming in is what
                # the reader sees, and the pool's start would share its turns; so are the
                # entities the recogniser's child is finding (its two children shared the
                # cores with that pass and put "everything shown" off by seconds).
                self._timer.setInterval(FILL_WAIT_MS)
                return
            # Then fill the Simplified pivot cache, so the first search is instant.
            self._warming = True
            missing = list(views.missing(Script.HANS))
            self._todo = (Script.HANS, missing)
            self._order, self._next, self._ahead = missing, 0, 0

    def _convert_ahead(self, stop_at: float) -> bool:
        """Convert, on this thread, the lines of the next edit (up to ``self._blocks`` lines
        of one contiguous run) until ``stop_at``; True once all of them are converted.

        Conversion and replacement take separate turns: converting up to the edit's end in
        the turn of the edit cut every edit at ``SLICE_SECONDS`` of conversion (~80 lines),
        and each edit pays Qt's layout walk over the rest of the document (~15-25 ms on
        1 M characters): ~200 edits for a Traditional pass without workers (the frozen app)
        against ~30 with them."""
        views = self._view.views
        assert views is not None
        order, target = self._order, self._target
        end = min(len(order), self._next + self._blocks)
        k = max(self._next, self._ahead)
        converted = False
        while k < end:
            i = order[k]
            if k > self._next and i != order[k - 1] + 1:
                break  # the edit ends at the wrap-around (one edit per contiguous run)
            if not views.is_converted(i, target):
                if converted and time.perf_counter() >= stop_at:
                    self._ahead = k
                    return False
                views.convert_run(i, target, RUN_CHARS)
                converted = True
            k += 1
        self._ahead = k
        return True

    def _hand_over(self, views: DocumentViews, deadline: float | None) -> bool:
        """Give the waiting lines to the workers once the pool is ready. Getting it ready
        takes a few turns of their own (imports, the executor, the document's variant: each
        tens of ms; 150-250 ms in one turn before). Returns True if this turn did such a
        step or handed the lines over, and so should end here; :meth:`finish` (a
        ``deadline``) starts the pool at once and goes on."""
        assert self._todo is not None
        # Imported at the first switch, not at start-up.
        from gui.core import script_workers

        if deadline is None and not script_workers.ready(views):
            self._timer.setInterval(0)
            return True
        script, lines = self._todo
        self._todo = None
        self._jobs = self._start_jobs(views, script, lines)
        self._pooled = self._pooled or self._jobs is not None
        return deadline is None

    def _start_jobs(
        self, views: DocumentViews, script: Script, lines: list[int]
    ) -> ConversionJobs | None:
        from gui.core.script_workers import start_jobs

        jobs = start_jobs(views, script, lines)
        if jobs is not None and not ScriptSwitcher._quit_hooked:
            # The children end with the app (they also watch it: gui.core.worker_lifeline).
            from PySide6.QtCore import QCoreApplication

            from gui.core import script_workers

            app = QCoreApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(script_workers.shutdown)
                ScriptSwitcher._quit_hooked = True
        return jobs

    def _resize(self, blocks: int, took: float) -> None:
        """Size the next replacement from this one: Qt's cost is a fixed walk plus a little
        per block, so the count moves towards ``REPLACE_SECONDS`` (at most doubling)."""
        if blocks < self._blocks:
            return  # cut short by the conversion's time or a run's end: says nothing
        scale = min(2.0, REPLACE_SECONDS / max(took, 1e-4))
        self._blocks = max(MIN_BLOCKS, min(MAX_BLOCKS, int(blocks * scale)))

    def _warm_pivot(self, stop_at: float) -> None:
        views = self._view.views
        assert views is not None
        jobs = self._jobs
        if jobs is not None:
            # The workers make it: only wait for them.
            self._timer.setInterval(POLL_MS)
            return
        while self._next < len(self._order):
            i = self._order[self._next]
            if not views.is_converted(i, Script.HANS):
                views.convert_run(i, Script.HANS, RUN_CHARS)
            self._next += 1
            if time.perf_counter() >= stop_at:
                return
        # A switch is done, and the children up: once the reader has stayed idle a while,
        # they load the other views' dictionaries rather than at the first switch to each
        # (~0.1-0.2 s of a child's CPU per view, before its first chunk of that view comes
        # back). Not after opening a report: the entity recogniser's child is busy then, and
        # loading beside it put off "everything shown".
        load = self._pooled and self._target is not Script.ORIGINAL
        self.stop()
        if load:
            self._idle_load.start()
        gc.freeze()  # the converted lines live as long as the document; see ReaderSession

    def _load_other_views(self) -> None:
        from gui.core import script_workers

        script_workers.load_children_chains()

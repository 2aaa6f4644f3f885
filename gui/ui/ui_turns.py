"""One event-loop turn, one piece of background UI work.

The same holds for a long report's start-up (session 11): the streamed fill's slices, the
outline's expansion, the chrome's and the features' install steps, the notes' load and show
steps, the entity feature's import and hand-over steps and the whole report's arrival each
ask for a turn. Each was a zero-interval timer of its own, and in one pass of the event loop
two fill slices, an expansion and an install step ran back to back (50-100 ms of UI-thread
CPU between two ticks of the benchmark's 5 ms timer on the 1 M-character report).

After a script switch three tickers work on the UI thread a slice at a time: the reader's
block replacement (``lazy_conversion``, ~30 ms an edit), the notes list's and the outline's
announcements of changed rows (the tree views measure each announced row again). Each is a
zero-interval timer, restarted after each slice: a slice of one and a slice of another ran
back to back, in one pass of the event loop or in the next before anything else that was due
(Qt fires due timers in the order they fell due), and a replacement with a slice of
announcements was one frozen stretch of 60-80 ms of UI-thread CPU (the 臺 and 港 toggles'
longest stalls, session 9).

:data:`TURNS` lets them share the passes: a ticker asks :meth:`UiTurns.may_run` before its
slice and says :meth:`UiTurns.ran` after it, or hands its slice to :meth:`UiTurns.take`,
which does both. The pass after a slice belongs to everything else
(input, paints, other timers): the tickers are refused in it and come back in the pass after.
Of the tickers asking, the one refused longest ago goes first, so none is starved. A refused ticker costs one empty pass, a fraction of a millisecond.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QAbstractEventDispatcher, QObject, QTimer

#: Passes left to everything else after a slice, before the next slice may run.
FREE_PASSES = 1


class UiTurns:
    """Counts the event loop's passes (the dispatcher's ``awake``) and hands each to one
    ticker."""

    def __init__(self) -> None:
        self._pass = 0
        self._used = -FREE_PASSES - 1  # the pass that had the last slice
        # Tickers refused: the pass they were first refused in since their last slice,
        # and the last pass they asked in.
        self._waiting: dict[str, tuple[int, int]] = {}
        self._dispatcher: QAbstractEventDispatcher | None = None
        #: When the last slice ran (``time.monotonic()``): background work that can wait
        #: (OpenCC's warm-up) waits until the tickers have been quiet a while.
        self.last_slice = 0.0

    def _watch(self) -> None:
        dispatcher = QAbstractEventDispatcher.instance()
        if dispatcher is not None and dispatcher is not self._dispatcher:
            # A new application (tests make one per session, but a dispatcher per thread):
            # count its passes from here.
            self._dispatcher = dispatcher
            dispatcher.awake.connect(self._awake)

    def _awake(self) -> None:
        self._pass += 1

    def may_run(self, ticker: str) -> bool:
        """Whether ``ticker`` may do its slice in this pass. False: try again at the next
        pass (a zero-interval timer started now fires there)."""
        self._watch()
        now = self._pass
        since = self._waiting.get(ticker, (now, now))[0]
        if now - self._used < FREE_PASSES + 1 or any(
            other != ticker and last >= now - 1 and waited < since
            for other, (waited, last) in self._waiting.items()
        ):
            # Taken, or another ticker still asking has waited longer (none starves).
            self._waiting[ticker] = (since, now)
            return False
        return True

    def ran(self, ticker: str) -> None:
        """``ticker`` did its slice in this pass: the next pass is left to everything else."""
        self._watch()
        self._used = self._pass
        self._waiting.pop(ticker, None)
        self.last_slice = time.monotonic()

    def take(self, ticker: str, work: Callable[[], object]) -> bool:
        """Do ``work`` as ``ticker``'s slice if this pass is its turn (:meth:`may_run`, then
        :meth:`ran`, even if ``work`` raises): True; False if not, and nothing was done (the
        caller tries again at the next pass)."""
        if not self.may_run(ticker):
            return False
        try:
            work()
        finally:
            self.ran(ticker)
        return True


#: The UI thread's passes, shared by the reader's replacement and the docks' announcements,
#: and by the start-up's slices.
TURNS = UiTurns()


def run_in_turns(
    owner: QObject, ticker: str, steps: list[Callable[[], object]], now: bool = True
) -> None:
    """Run ``steps`` one per turn of ``ticker`` (the first now if ``now`` and the turn is
    free); the rest are dropped if ``owner`` is deleted first. A step that returns
    :data:`STOP` ends the run (the steps left are dropped: a newer document came)."""

    outcomes: list[object] = []

    def run() -> None:
        if not TURNS.take(ticker, lambda: outcomes.append(steps.pop(0)())):
            QTimer.singleShot(0, owner, run)
        elif steps and outcomes.pop() is not STOP:
            QTimer.singleShot(0, owner, run)

    if steps:
        if now:
            run()
        else:
            QTimer.singleShot(0, owner, run)


#: What a step of :func:`run_in_turns` returns to end the run.
STOP = object()

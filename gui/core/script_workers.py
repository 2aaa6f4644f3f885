"""A long report's script views converted in worker processes, on every core.

The OpenCC engine here is pure Python: the 繁 view of a 1,000,000-character report is
~3.7 s of CPU, and a thread would only share the UI thread's GIL. So a long report's lines
are converted by a pool of spawned child processes (``gui.core.worker_lifeline``), in chunks
of whole lines handed out in the order the reader needs them, while the UI thread only puts
the finished lines into the reader.

**Why lines are safe boundaries.** OpenCC splits its input at whitespace and punctuation
before it matches any dictionary key, and a newline is whitespace: no match ever crosses a
line end, so a line converts the same alone as inside the whole text
(``tests/core/test_script_workers.py`` checks whole texts against the chunked result on real
and random text, every view). A child converts its chunk's lines as one text
(:func:`gui.core.script_views.convert_lines`: the same lines and maps as the reader's own
:func:`~gui.core.script_views.convert_line`, tested), and returns each line's Simplified
pivot with its view: the reader keeps both, as it would have converting the line itself.

Qt-free: the reader's switcher (``gui/ui/lazy_conversion.py``) polls the jobs from its timer.
"""

from __future__ import annotations

import atexit
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from gui.core import script_views
from gui.core.offsets import OffsetMap
from gui.core.script import Script
from gui.core.script_views import DocumentViews, LineView

if TYPE_CHECKING:  # the reader imports this module at start-up: concurrent.futures waits
    from concurrent.futures import Executor, Future

#: A text of at least this many characters is converted in the pool (a shorter one converts
#: on the UI thread in a fraction of a second; no process is started for it).
POOL_CHARS = 200_000
#: Characters per chunk: ~0.1 s of a child's time, so the first lines come back soon.
CHUNK_CHARS = 20_000
#: Most child processes, whatever the number of cores (each holds its own dictionaries,
#: ~45 MB).
MAX_WORKERS = 4
#: Chunks with the children at a time: two per child at most, one working and one queued.
IN_FLIGHT = 2 * MAX_WORKERS
#: Chunks sent per call of :meth:`ConversionJobs.collect` (one event-loop turn): each send may
#: spawn a child and is pickled by the pool's feeder thread, which takes the GIL from the UI
#: thread; all of them in the first turn made it 150-250 ms long.
SEND_PER_TURN = 1
#: Whether to use worker processes at all (tests turn it off to compare).
USE_PROCESSES = True

_pool: Executor | None = None


def pool() -> Executor | None:
    """The shared pool (started on first use, one child per core, at most
    :data:`MAX_WORKERS`); None where there can be none (the frozen app)."""
    global _pool
    if not USE_PROCESSES or getattr(sys, "frozen", False):
        return None  # (and gui.core.worker_pool needs multiprocessing, which it leaves out)
    if _pool is None:
        from gui.core.worker_pool import spawn_pool

        _pool = spawn_pool(max(1, min(MAX_WORKERS, os.cpu_count() or 1)))
        if _pool is not None:
            # A pool left to the interpreter's teardown prints a spurious traceback.
            atexit.register(shutdown, wait=True)
    return _pool


def ready(views: DocumentViews) -> bool:
    """Whether :func:`start_jobs` can start on ``views`` without a long turn; if not, take the
    next step there and return False. The steps (the pool's imports and executor, ~50-80 ms;
    the document's variant, ~60 ms on a long report) are each one caller's turn."""
    if not USE_PROCESSES or len(views.text) < POOL_CHARS:
        return True
    if _pool is None:
        return pool() is None  # None: no pool here (the frozen app), nothing to wait for
    if not views.variant_known:
        views.variant  # noqa: B018 - read once now, in a turn of its own
        return False
    return True


def shutdown(wait: bool = False) -> None:
    """Stop the children (at quit): conversion still running there is abandoned."""
    global _pool
    running, _pool = _pool, None
    _loads.clear()
    if running is not None:
        from gui.core.worker_lifeline import stop_pool

        stop_pool(running, wait)


#: A line's Simplified pivot as it is sent to a child: None when it is the line itself (a
#: Simplified report), its text when it maps one character to one, else the whole view.
PackedPivot = LineView | str | None


def pack_pivot(raw: str, pivot: LineView) -> PackedPivot:
    """``pivot`` (the Simplified view of the line ``raw``) in its smallest form for the pipe:
    a line's map is pickled as an object of six lists, ~3× the bytes of its text, and the
    pivot of nearly every line maps one character to one."""
    if not pivot.map.is_identity:
        return pivot
    return None if pivot.text == raw else pivot.text


def unpack_pivot(raw: str, packed: PackedPivot) -> LineView:
    """The pivot :func:`pack_pivot` packed."""
    if isinstance(packed, LineView):
        return packed
    text = raw if packed is None else packed
    return LineView(text, OffsetMap.identity(len(text)))


def convert_lines(
    lines: Sequence[str],
    script: str,
    variant: str,
    pivots: Sequence[PackedPivot] | None = None,
) -> tuple[list[LineView], list[LineView] | None]:
    """In a child: ``lines`` in ``script``, and their Simplified pivots when the view is
    made from them (None for 简 itself, for the view that shows a Traditional original's
    own forms, and when the reader sent the ``pivots`` it has: :func:`pack_pivot`)."""
    from gui.core.script import shows_own_forms

    target = Script(script)
    raws = list(lines)
    if target in (Script.ORIGINAL, Script.HANS) or shows_own_forms(target, variant):
        return script_views.convert_lines(raws, target, variant), None
    if pivots is not None:
        # The reader has them (the warm-up after a long report's fill, or an earlier view):
        # a quarter to a third of the child's time, and half of what comes back, saved.
        known = [unpack_pivot(raw, p) for raw, p in zip(raws, pivots, strict=True)]
        return script_views.convert_lines(raws, target, variant, known), None
    made = script_views.convert_lines(raws, Script.HANS, variant)
    return script_views.convert_lines(raws, target, variant, made), made


def load_chain(name: str) -> None:
    """In a child, once the reader is idle: one chain's dictionaries (a name of
    ``gui.core.script.VIEW_CHAINS``, ~0.05-0.1 s of the child's CPU) or, for ``"variants"``,
    the own views' character tables; a chain the child has is not loaded again."""
    if name == "variants":
        from gui.core import variants

        variants.warm_up()
        return
    from gui.core.script import converter

    converter(name)


@dataclass
class _Chunk:
    lines: list[int]
    future: Future


class ConversionJobs:
    """Lines of one document being converted to one script in the pool, a chunk at a time.
    :meth:`collect` (on the UI thread) keeps what the children have finished."""

    def __init__(self, executor: Executor, views: DocumentViews, script: Script, lines: list[int]):
        self.views = views
        self.script = script
        self._executor = executor
        self._variant = views.variant
        from gui.core.script import shows_own_forms

        # Whether the children make the view from the Simplified pivot (and so need it).
        self._from_pivot = script not in (Script.ORIGINAL, Script.HANS) and not shows_own_forms(
            script, self._variant
        )
        self._chunks: list[_Chunk] = []
        # Lines not yet sent, cut into chunks as they go: sending all of a long report's
        # chunks at once (its text pickled and written to the children's pipe, every line's
        # range looked up) blocked the UI thread ~70 ms in one turn.
        self._unsent = list(lines)
        self._next = 0
        self._waiting: set[int] = set(lines)
        self.broken = False
        self._send(SEND_PER_TURN)

    def _send(self, most: int) -> None:
        """Keep up to :data:`IN_FLIGHT` chunks with the children, in reading order, sending
        at most ``most`` now."""
        text, lines = self.views.text, self._unsent
        while self._next < len(lines) and len(self._chunks) < IN_FLIGHT and most > 0:
            most -= 1
            raw: list[str] = []
            chunk: list[int] = []
            size = 0
            while self._next < len(lines) and size < CHUNK_CHARS:
                i = lines[self._next]
                self._next += 1
                start, end = self.views.line_range(i)
                raw.append(text[start:end])
                chunk.append(i)
                size += end - start + 1
            pivots = self._known_pivots(chunk, raw) if self._from_pivot else None
            future = self._executor.submit(
                convert_lines, raw, str(self.script), self._variant, pivots
            )
            self._chunks.append(_Chunk(chunk, future))

    def _known_pivots(self, chunk: list[int], raw: list[str]) -> list[PackedPivot] | None:
        """The chunk's Simplified pivots, packed, if the reader has every one of them."""
        packed: list[PackedPivot] = []
        for i, line in zip(chunk, raw, strict=True):
            pivot = self.views.cached(i, Script.HANS)
            if pivot is None:
                return None
            packed.append(pack_pivot(line, pivot))
        return packed

    def waiting_for(self, line: int) -> bool:
        """Whether a child is still converting ``line``."""
        return line in self._waiting

    @property
    def done(self) -> bool:
        return not self._chunks and self._next >= len(self._unsent)

    def collect(self, wait: bool = False) -> int:
        """Keep the lines of every finished chunk (of all, waiting for them, if ``wait``)
        and send the next ones; returns how many lines came in. A failed pool (a child
        killed) gives its lines back to the caller to convert itself: :attr:`broken` says so."""
        came = 0
        while True:
            left: list[_Chunk] = []
            for chunk in self._chunks:
                if not (wait or chunk.future.done()):
                    left.append(chunk)
                    continue
                try:
                    views, pivots = chunk.future.result()
                except Exception:  # noqa: BLE001 - a broken pool: this thread converts instead
                    self._fail()
                    return came
                for n, i in enumerate(chunk.lines):
                    if pivots is not None:
                        self.views.put(i, Script.HANS, pivots[n])
                    self.views.put(i, self.script, views[n])
                self._waiting.difference_update(chunk.lines)
                came += len(chunk.lines)
            self._chunks = left
            self._send(IN_FLIGHT if wait else SEND_PER_TURN)
            if not (wait and self._chunks):
                return came

    def _fail(self) -> None:
        self.broken = True
        self.cancel()
        shutdown()

    def cancel(self) -> None:
        """Forget every chunk (a new switch or document): those not started are dropped."""
        for chunk in self._chunks:
            chunk.future.cancel()
        self._chunks = []
        self._unsent, self._next = [], 0
        self._waiting.clear()


#: Dictionary loads sent to the children and not yet done: the next switch cancels those
#: that have not started.
_loads: list[Future] = []


def load_children_chains() -> int:
    """Have each child of a running pool load every view's dictionaries (the reader is
    idle: after a switch's pass); returns how many loads were sent. One task per chain and
    child (a child that took two of a chain only repeats a cached load): a switch right after
    (:func:`start_jobs` calls :func:`cancel_loads`) waits for the few loads already with the
    children, not behind every view's load in each child, as one task for all of them made
    it (~0.3 s of each child's CPU; ~1 s before a 臺 pass's first chunk at load 4)."""
    if _pool is None:
        return 0
    from gui.core.script import VIEW_CHAINS

    children = max(1, min(MAX_WORKERS, os.cpu_count() or 1))
    _loads[:] = [future for future in _loads if not future.done()]
    sent = 0
    try:
        for name in (*VIEW_CHAINS, "variants"):
            for _ in range(children):
                _loads.append(_pool.submit(load_chain, name))
                sent += 1
    except RuntimeError:  # shut down meanwhile (quitting)
        return 0
    return sent


def cancel_loads() -> int:
    """Drop the dictionary loads no child has started; returns how many were dropped."""
    dropped = sum(future.cancel() for future in _loads)
    _loads.clear()
    return dropped


def start_jobs(views: DocumentViews, script: Script, lines: list[int]) -> ConversionJobs | None:
    """Convert ``lines`` of ``views`` to ``script`` in the pool, if the text is long enough
    and there is a pool; None otherwise (the caller converts them itself)."""
    if not lines or script is Script.ORIGINAL or len(views.text) < POOL_CHARS:
        return None
    executor = pool()
    if executor is None:
        return None
    cancel_loads()  # this switch's chunks first
    try:
        return ConversionJobs(executor, views, script, lines)
    except RuntimeError:  # the pool was shut down (quitting)
        return None

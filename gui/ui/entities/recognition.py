"""Entity recognition off the UI thread, cached per document and set of corrections.

The pass itself (one call, chunks or a child process, then the result arranged for the window)
is Qt-free, in :mod:`gui.core.entity_pass`; this module runs it as a background job and hands
the result to the window.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from gui.core.entity_pass import (
    CHUNK_CHARS,
    EntitySpan,
    RecognitionResult,
    corrections_key,
    in_child,
    preload_recogniser,
    preload_steps,
    recognise_in_chunks,
    recognise_in_process,
    shutdown_process_pool,
)
from gui.core.switch_interval import short_switch_interval
from gui.ui.background import BackgroundJobs

if TYPE_CHECKING:
    from gui.core.entities import Corrections

__all__ = [
    "CHUNK_CHARS",
    "EntitySpan",
    "Recognition",
    "RecognitionResult",
    "in_child",
    "preload_steps",
    "shutdown_process_pool",
]

#: Results kept in memory (documents × sets of corrections).
CACHE_SIZE = 6


def _recognise(
    text: str,
    sections: list[tuple[int, int]],
    corrections: Corrections | None,
    cancelled: Callable[[], bool],
    skip: list[tuple[int, int]] | None = None,
    child: bool = False,
) -> RecognitionResult | None:
    """The worker's part: a short text in one call, a long one (or any, if ``child``: see
    ``entity_pass.in_child``) in the child process (or in chunks), with a short thread switch
    interval so the UI thread gets the GIL back quickly."""
    with short_switch_interval():
        run = recognise_in_process if child or len(text) > CHUNK_CHARS else recognise_in_chunks
        return run(text, corrections, cancelled, sections, skip)


class Recognition(QObject):
    """Runs recognition in the background, one document at a time; newer requests win.

    Signals:
        finished(str, object): ``(document fingerprint, RecognitionResult)``.
        failed(str): a one-line message.
    """

    finished = Signal(str, object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pending: tuple[str, str] | None = None
        self._cache: OrderedDict[tuple[str, str], RecognitionResult] = OrderedDict()
        self.jobs = BackgroundJobs(self, max_threads=1)
        self.jobs.done.connect(self._on_done)
        self.jobs.failed.connect(self._on_failed)

    def request(
        self,
        fingerprint: str,
        text: str,
        corrections: Corrections | None,
        sections: list[tuple[int, int]] | None = None,
        skip: list[tuple[int, int]] | None = None,
    ) -> bool:
        """Recognise ``text``; emits ``finished`` now if cached (returns True), else later.
        ``sections``: ``(start, end)`` of the document's sections, for per-section counts;
        ``skip``: furniture and footer, left out of the counts."""
        key = (fingerprint, corrections_key(corrections))
        cached = self._cache.get(key)
        if cached is not None:
            self.jobs.cancel()
            self._cache.move_to_end(key)
            self._pending = None
            self.finished.emit(fingerprint, cached)
            return True
        child = in_child(len(text))
        preload_recogniser(child)
        self._pending = key
        spans, skipped = list(sections or []), list(skip or [])
        self.jobs.start(
            lambda cancelled: _recognise(text, spans, corrections, cancelled, skipped, child)
        )
        return False

    def cancel(self) -> None:
        """Drop the running pass (it stops at its next check)."""
        self.jobs.cancel()
        self._pending = None

    @property
    def busy(self) -> bool:
        return self._pending is not None

    @Slot(object)
    def _on_done(self, result: RecognitionResult) -> None:
        if self._pending is None:
            return
        key, self._pending = self._pending, None
        self._cache[key] = result
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        self.finished.emit(key[0], result)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._pending = None
        self.failed.emit(message)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the running pass ends (at shutdown; returns False on timeout)."""
        return self.jobs.wait(msecs)

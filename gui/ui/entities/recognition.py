"""Entity recognition off the UI thread, cached per document and set of corrections.

The recogniser is pure Python, so a worker thread still competes with the UI thread for the
GIL: a single C call that holds it (OpenCC's split of the whole text, a sort of every
candidate) freezes the UI for as long as it runs — about half a second on a million characters.
A long report is therefore recognised in chunks of whole paragraphs (about
:data:`CHUNK_CHARS` each) with ``time.sleep(0)`` between them; a report up to that size (nearly
every real one) is recognised in one call, exactly as ``report-reader-cli analyze`` does.
In chunks, "every further occurrence of a name" only reaches within a chunk.

``gui.core.entities`` is imported on the UI thread when the first recognition starts (never at
launch): PySide's import hook should not run in the worker.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

if TYPE_CHECKING:
    from gui.core.entities import Corrections

#: Texts up to this many characters are recognised in one call.
CHUNK_CHARS = 60_000
#: Results kept in memory (documents × sets of corrections).
CACHE_SIZE = 6


@dataclass(frozen=True)
class EntitySpan:
    """One occurrence in text coordinates, with its pivot (Simplified) key."""

    start: int
    end: int
    type: str
    key: str  # the Simplified form of the text: corrections and the dock group by it


@dataclass
class RecognitionResult:
    """What a pass produced: spans sorted by position, and how long it took."""

    spans: list[EntitySpan] = field(default_factory=list)
    seconds: float = 0.0
    chunks: int = 1


def corrections_key(corrections: Corrections | None) -> str:
    """A short digest of a set of corrections (the cache's second key)."""
    if corrections is None or corrections.is_empty():
        return "none"
    data = json.dumps(corrections.to_json(), sort_keys=True, ensure_ascii=False)
    return hashlib.sha1(data.encode("utf-8")).hexdigest()[:16]


def chunk_ranges(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """``[start, end)`` ranges of whole lines of about ``size`` characters covering ``text``."""
    if len(text) <= size:
        return [(0, len(text))]
    ranges = []
    start = 0
    while start < len(text):
        cut = text.find("\n", start + size)
        end = len(text) if cut < 0 else cut + 1
        ranges.append((start, end))
        start = end
    return ranges


def recognise_in_chunks(
    text: str, corrections: Corrections | None, cancelled=lambda: False
) -> RecognitionResult | None:
    """Recognise ``text`` (chunked when long); None if ``cancelled()`` became true."""
    from gui.core.entities import recognise
    from gui.core.script import to_pivot

    t0 = time.perf_counter()
    ranges = chunk_ranges(text)
    keys: dict[str, str] = {}
    spans: list[EntitySpan] = []
    for start, end in ranges:
        if cancelled():
            return None
        for e in recognise(text[start:end], corrections):
            key = keys.get(e.text)
            if key is None:
                key = keys[e.text] = to_pivot(e.text)[0].strip()
            spans.append(EntitySpan(e.start + start, e.end + start, e.type, key))
        time.sleep(0)  # let the UI thread take the GIL between chunks
    return RecognitionResult(spans, time.perf_counter() - t0, len(ranges))


def preload_recogniser() -> None:
    """Import the recogniser on the calling (UI) thread; cheap, gazetteers load later."""
    import gui.core.entities  # noqa: F401
    import gui.core.script  # noqa: F401


class _Relay(QObject):
    done = Signal(int, object)
    failed = Signal(int, str)


class _Job(QRunnable):
    def __init__(self, token: int, text: str, corrections, relay: _Relay, owner: Recognition):
        super().__init__()
        self.token, self.text, self.corrections = token, text, corrections
        self.relay, self.owner = relay, owner

    def run(self) -> None:
        try:
            result = recognise_in_chunks(
                self.text, self.corrections, lambda: self.owner.token != self.token
            )
        except Exception as err:  # noqa: BLE001 - reported to the user, never a traceback
            self.relay.failed.emit(self.token, f"{type(err).__name__}: {err}")
            return
        if result is not None:
            self.relay.done.emit(self.token, result)


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
        self.token = 0
        self._pending: tuple[str, str] | None = None
        self._cache: OrderedDict[tuple[str, str], RecognitionResult] = OrderedDict()
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)

    def request(self, fingerprint: str, text: str, corrections: Corrections | None) -> bool:
        """Recognise ``text``; emits ``finished`` now if cached (returns True), else later."""
        key = (fingerprint, corrections_key(corrections))
        self.token += 1
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            self._pending = None
            self.finished.emit(fingerprint, cached)
            return True
        preload_recogniser()
        self._pending = key
        self.pool.start(_Job(self.token, text, corrections, self._relay, self))
        return False

    def cancel(self) -> None:
        self.token += 1
        self._pending = None

    @property
    def busy(self) -> bool:
        return self._pending is not None

    @Slot(int, object)
    def _on_done(self, token: int, result: RecognitionResult) -> None:
        if token != self.token or self._pending is None:
            return
        key, self._pending = self._pending, None
        self._cache[key] = result
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        self.finished.emit(key[0], result)

    @Slot(int, str)
    def _on_failed(self, token: int, message: str) -> None:
        if token == self.token:
            self._pending = None
            self.failed.emit(message)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the running pass ends (tests, shutdown)."""
        return self.pool.waitForDone(msecs)

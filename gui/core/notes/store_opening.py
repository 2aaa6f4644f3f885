"""A notes store opened on a thread of its own, to be handed over to the thread that uses it.

Opening the file checks it whole (``PRAGMA quick_check``): 60-80 ms on a store of 1,000 notes,
which the window's UI thread spent waiting on SQLite while a long report started. SQLite
releases the GIL while it reads, so the UI thread runs on meanwhile. Only the file is opened
here (``NoteStore.open(salvage=False)``, which never raises); what needs the user (the
salvage question, warnings) stays with the taker. Openings of one file run one after the
other, in the order they were started: the first finds a damaged file and sets it aside, the
next finds the new one.
"""

from __future__ import annotations

import threading
from pathlib import Path

from gui.core.notes.store import NoteStore

#: The thread of the latest opening of each file, which the next opening of it waits for.
_LATEST: dict[str, threading.Thread] = {}
_LATEST_LOCK = threading.Lock()


class StoreOpening:
    """``NoteStore.open(path, salvage=False)`` running on a daemon thread."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._store: NoteStore | None = None
        self.thread = threading.Thread(target=self._open, name="notes-store-open", daemon=True)
        with _LATEST_LOCK:
            self._after = _LATEST.get(str(path))
            _LATEST[str(path)] = self.thread
        self.thread.start()

    def _open(self) -> None:
        if self._after is not None:
            self._after.join()
        self._store = NoteStore.open(self.path, salvage=False)

    def done(self) -> bool:
        """Whether :meth:`take` would return at once."""
        return not self.thread.is_alive()

    def take(self) -> NoteStore:
        """The opened store (waits for the thread if it is still opening)."""
        self.thread.join()
        assert self._store is not None  # open() falls back to memory, never raises
        return self._store

    def discard(self) -> None:
        """Close the store if nobody took it; an in-memory stand-in is shared by every
        ``NoteStore.open`` of its path, so it stays open for them."""
        store = self.take()
        if not store.is_in_memory:
            store.close()

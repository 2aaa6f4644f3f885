"""The notes store's errors, and SQLite's errors in words for the user."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from gui.core.notes.model import Note

IN_MEMORY_ADVICE = "Notes are kept in memory for this session only; export them to keep them."
#: Free space under which a failed write is put down to a full disk (a page is 4 KB, a WAL
#: frame a little more; SQLite needs room for a few).
_FULL_BELOW = 1 << 20


class NoteStoreError(Exception):
    """A store problem to show the user as one line.

    ``kept_in_memory`` is true when the change that failed was applied to the in-memory copy
    (the store has switched to memory): the user's work is not lost, only not saved."""

    def __init__(self, message: str, kept_in_memory: bool = False, problem: str | None = None):
        super().__init__(" ".join(message.split()))
        self.kept_in_memory = kept_in_memory
        #: What went wrong without the advice for the window (a command line has no
        #: "session" whose notes could be exported later).
        self.problem = " ".join((problem or message).split())


class NoteConflictError(NoteStoreError):
    """The note was changed by another instance since the caller read it; ``current`` is
    the stored version (show it, merge, or retry the update with it as ``base``)."""

    def __init__(self, current: Note):
        super().__init__(f"Note {current.id} was changed in another window; reload it.")
        self.current = current


def is_corruption(err: sqlite3.DatabaseError) -> bool:
    text = str(err).lower()
    return "not a database" in text or "malformed" in text or "corrupt" in text


def is_unwritable(err: sqlite3.DatabaseError) -> bool:
    text = str(err).lower()
    return any(
        words in text for words in ("readonly", "read-only", "disk i/o", "full", "unable to open")
    )


def describe(err: BaseException, where: Path | None = None) -> str:
    """SQLite's words for an error, except where they mislead: a full disk often surfaces
    as "disk I/O error" (the write of the WAL or of a page failed with ENOSPC)."""
    text = " ".join(str(err).split()) or type(err).__name__
    full = getattr(err, "sqlite_errorname", "") == "SQLITE_FULL" or "disk is full" in text
    if not full and where is not None and "i/o" in text.lower():
        try:
            full = shutil.disk_usage(Path(where).parent).free < _FULL_BELOW
        except OSError:
            pass
    if full:
        return f"the disk is full ({text.rstrip('.')}); free some space and try again"
    return text.rstrip(".")

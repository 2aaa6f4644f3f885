"""The notes store's SQLite file: connecting, checking that a file is a sound database before
it is used, and bringing its schema up to date (gui/core/notes/store.py opens, sets damaged
files aside and writes through these)."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

from gui.core.notes.schema import MIGRATIONS, SCHEMA_VERSION
from gui.core.notes.store_errors import NoteStoreError, describe, is_corruption

BUSY_TIMEOUT_MS = 10_000


def connect(target: str) -> sqlite3.Connection:
    """A connection to ``target`` (a path or ``:memory:``) for a store."""
    # We BEGIN IMMEDIATE / COMMIT ourselves; any thread: stores change hands (store_opening.py).
    conn = sqlite3.connect(target, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def connect_checked(path: Path) -> sqlite3.Connection | None:
    """A connection to ``path``, or ``None`` if the file is not a sound SQLite database."""
    try:
        mode = path.stat().st_mode
    except OSError:
        mode = None  # not there yet: SQLite creates it
    if mode is not None and not stat.S_ISREG(mode):
        from gui.core.bounded_read import not_a_file

        raise NoteStoreError(f"Cannot open notes database {path}: {not_a_file(mode)}.")
    try:
        conn = connect(str(path))
    except sqlite3.DatabaseError as err:
        raise NoteStoreError(f"Cannot open notes database {path}: {describe(err)}.") from None
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as err:
        conn.close()
        if is_corruption(err):
            return None
        raise NoteStoreError(f"Cannot open notes database {path}: {describe(err)}.") from None
    if result != "ok":
        conn.close()
        return None
    return conn


def migrate(conn: sqlite3.Connection) -> None:
    """Bring ``conn``'s schema up to :data:`SCHEMA_VERSION` in one write transaction;
    raise :class:`NoteStoreError` if a newer Report Reader wrote it."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise NoteStoreError(
            f"The notes database was written by a newer Report Reader "
            f"(schema {version}, this version knows {SCHEMA_VERSION})."
        )
    if version == SCHEMA_VERSION:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Re-read inside the write lock: another instance may have migrated meanwhile.
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        for number in range(version, SCHEMA_VERSION):
            for statement in MIGRATIONS[number]:
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")

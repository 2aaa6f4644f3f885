"""A damaged notes database: set it aside, and bring back every note that can still be read.

SQLite's ``quick_check`` fails on a single bad page (often an index), while most rows can
still be read. The store moves such a file aside and starts a new one; :func:`salvage_notes`
then copies into the new one every note and document record that the damaged file still
yields — table by table, whole when the scan succeeds, else in windows of rowids around
the damage — so a broken index page does not cost the user their notes.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from gui.core.notes.schema import COLUMNS, PLACEHOLDERS, row_note
from gui.core.notes.store_errors import NoteStoreError

#: Rowids probed past a damaged page, in windows of this many.
_WINDOW = 1000
_MAX_ROWID_GAP = 1_000_000


def move_aside(path: Path) -> Path:
    """Rename a damaged database (and its WAL files) to ``NAME.corrupt-TIMESTAMP``, never
    replacing an earlier one. Raises ``OSError`` if it cannot be moved."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    number = 1
    while any(Path(f"{target}{ext}").exists() for ext in ("", "-wal", "-shm")):
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{number}")
        number += 1
    for ext in ("-wal", "-shm", ""):
        source = Path(f"{path}{ext}")
        if source.exists():
            os.rename(source, f"{target}{ext}")
    return target


def move_aside_or_raise(path: Path) -> Path:
    """:func:`move_aside`, or a :class:`NoteStoreError` that says why the damaged file could
    not be moved (the store must not open over it)."""
    try:
        return move_aside(path)
    except OSError as err:
        raise NoteStoreError(
            f"The notes database {path} is damaged and cannot be moved aside: {err.strerror}."
        ) from None


def salvage_notes(damaged: Path, target: sqlite3.Connection) -> tuple[int, int]:
    """Copy the readable notes and document records of ``damaged`` into ``target`` (a
    migrated store connection); return ``(notes copied, notes that could not be read)``."""
    source = _open_read_only(damaged)
    if source is None:
        return 0, 0
    try:
        total = _count(source)
        rows = _readable_rows(source, f"SELECT rowid, {COLUMNS} FROM notes")
        documents = _readable_rows(
            source, "SELECT rowid, fingerprint, path, title, last_seen FROM documents"
        )
    finally:
        source.close()
    notes = []
    for row in rows:
        try:
            row_note(row)  # a row from a damaged page may not be a note at all
        except (ValueError, TypeError):
            continue
        notes.append(row)
    target.execute("BEGIN IMMEDIATE")
    try:
        target.executemany(
            "INSERT OR IGNORE INTO documents (fingerprint, path, title, last_seen) "
            "VALUES (?, ?, ?, ?)",
            documents,
        )
        before = target.total_changes
        target.executemany(
            f"INSERT OR IGNORE INTO notes ({COLUMNS}) VALUES ({PLACEHOLDERS})", notes
        )
        copied = target.total_changes - before
    except BaseException:
        target.execute("ROLLBACK")
        raise
    target.execute("COMMIT")
    return copied, max(0, total - copied)


def readable_count(damaged: Path) -> int:
    """How many notes the damaged file says it holds (0 when not even that can be read)."""
    source = _open_read_only(damaged)
    if source is None:
        return 0
    try:
        return _count(source)
    finally:
        source.close()


def _open_read_only(path: Path) -> sqlite3.Connection | None:
    for query in ("?mode=ro", "?mode=ro&immutable=1"):
        try:
            conn = sqlite3.connect(path.resolve().as_uri() + query, uri=True)
            conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
            return conn
        except sqlite3.DatabaseError:
            continue
    return None


def _count(conn: sqlite3.Connection) -> int:
    try:
        return conn.execute("SELECT COUNT(*) FROM notes").fetchone()[0]
    except sqlite3.DatabaseError:
        return 0


def _readable_rows(conn: sqlite3.Connection, select: str) -> list[tuple]:
    """Every row ``select`` (which starts with the rowid) still yields, rowid dropped."""
    rows: dict[int, tuple] = {}
    last = 0
    try:
        for row in conn.execute(f"{select} ORDER BY rowid"):
            rows[row[0]] = row[1:]
            last = row[0]
        return list(rows.values())
    except sqlite3.DatabaseError:
        pass
    # The scan broke at a damaged page: probe the rowids after it window by window.
    start = last + 1
    misses = 0
    while misses * _WINDOW < _MAX_ROWID_GAP:
        try:
            found = conn.execute(
                f"{select} WHERE rowid BETWEEN ? AND ? ORDER BY rowid", (start, start + _WINDOW - 1)
            ).fetchall()
        except sqlite3.DatabaseError:
            found = []
        misses = 0 if found else misses + 1
        for row in found:
            rows[row[0]] = row[1:]
        start += _WINDOW
    return list(rows.values())

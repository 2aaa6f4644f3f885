"""A damaged notes database: set it aside, and bring back every note and bookmark that can
still be read.

SQLite's ``quick_check`` fails on a single bad page (often an index), while most rows can
still be read. The store moves such a file aside and starts a new one; :func:`salvage_notes`
then copies into the new one every note, bookmark (schema 3) and document record that the
damaged file still yields — table by table, whole when the scan succeeds, else in windows of
rowids around the damage — so a broken index page does not cost the user their notes or the
places they marked.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from gui.core.notes.schema import (
    BOOKMARK_COLUMNS,
    BOOKMARK_PLACEHOLDERS,
    COLUMNS,
    PLACEHOLDERS,
    row_note,
)
from gui.core.notes.store_errors import NoteStoreError

#: Rowids probed past a damaged page, in windows of this many.
_WINDOW = 1000
_MAX_ROWID_GAP = 1_000_000
#: Queries spent splitting failed windows, per table: enough to narrow a few damaged pages
#: down to their rows, bounded when the whole table is unreadable.
_SPLIT_BUDGET = 8192
#: The Python types of a bookmark row's columns (BOOKMARK_COLUMNS order): a row read from a
#: damaged page that does not have them is not a bookmark.
_BOOKMARK_TYPES = (str, str, str, int, int, str, str, str, str, str, str, str, int)


@dataclass(frozen=True)
class Salvaged:
    """What :func:`salvage_notes` copied from a damaged file, and what it listed but could
    not read."""

    notes: int = 0
    lost_notes: int = 0
    bookmarks: int = 0
    lost_bookmarks: int = 0

    def __bool__(self) -> bool:
        return bool(self.notes or self.lost_notes or self.bookmarks or self.lost_bookmarks)

    def describe(self) -> str:
        """One sentence for the store's warning (English: the CLI's and the log's)."""
        copied = f"{self.notes} notes"
        if self.bookmarks or self.lost_bookmarks:
            copied += f" and {self.bookmarks} bookmarks"
        pairs = ((self.lost_notes, "notes"), (self.lost_bookmarks, "bookmarks"))
        lost = " and ".join(f"{n} {what}" for n, what in pairs if n)
        ending = f"; {lost} could not be read." if lost else "."
        return f"The {copied} that could still be read were copied into a new one{ending}"


@dataclass(frozen=True)
class Readable:
    """How many notes and bookmarks a damaged file says it holds."""

    notes: int = 0
    bookmarks: int = 0

    def __bool__(self) -> bool:
        return bool(self.notes or self.bookmarks)


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


def salvage_notes(damaged: Path, target: sqlite3.Connection) -> Salvaged:
    """Copy the readable notes, bookmarks and document records of ``damaged`` into
    ``target`` (a migrated store connection), in one transaction."""
    source = _open_read_only(damaged)
    if source is None:
        return Salvaged()
    try:
        listed = _counts(source)
        rows = _readable_rows(source, f"SELECT rowid, {COLUMNS} FROM notes")
        # A file from before schema 3 has no bookmarks table: nothing to copy, not an error.
        marks = (
            _readable_rows(source, f"SELECT rowid, {BOOKMARK_COLUMNS} FROM bookmarks")
            if _has_table(source, "bookmarks")
            else []
        )
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
    marks = [row for row in marks if _is_bookmark_row(row)]
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
        before = target.total_changes
        target.executemany(
            f"INSERT OR IGNORE INTO bookmarks ({BOOKMARK_COLUMNS}) "
            f"VALUES ({BOOKMARK_PLACEHOLDERS})",
            marks,
        )
        copied_marks = target.total_changes - before
    except BaseException:
        target.execute("ROLLBACK")
        raise
    target.execute("COMMIT")
    return Salvaged(
        copied,
        max(0, listed.notes - copied),
        copied_marks,
        max(0, listed.bookmarks - copied_marks),
    )


def copy_whole(path: Path, target: sqlite3.Connection) -> int:
    """Copy all of ``path`` into ``target`` with SQLite's backup, opening it read-only and
    immutable (a file in an unwritable folder); return the copy's schema version. Raises
    ``sqlite3.DatabaseError`` when it cannot be read."""
    source = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    try:
        source.backup(target)
    finally:
        source.close()
    return target.execute("PRAGMA user_version").fetchone()[0]


def readable_count(damaged: Path) -> Readable:
    """How many notes and bookmarks the damaged file says it holds (0 for what not even
    that can be read of)."""
    source = _open_read_only(damaged)
    if source is None:
        return Readable()
    try:
        return _counts(source)
    finally:
        source.close()


def _is_bookmark_row(row: tuple) -> bool:
    return len(row) == len(_BOOKMARK_TYPES) and all(
        isinstance(value, kind) for value, kind in zip(row, _BOOKMARK_TYPES, strict=True)
    )


def _open_read_only(path: Path) -> sqlite3.Connection | None:
    for query in ("?mode=ro", "?mode=ro&immutable=1"):
        try:
            conn = sqlite3.connect(path.resolve().as_uri() + query, uri=True)
            conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
            return conn
        except sqlite3.DatabaseError:
            continue
    return None


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    try:
        found = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
        ).fetchone()
    except sqlite3.DatabaseError:
        return True  # the catalogue is damaged: try the table, row by row if need be
    return found is not None


def _counts(conn: sqlite3.Connection) -> Readable:
    return Readable(_count(conn, "notes"), _count(conn, "bookmarks"))


def _count(conn: sqlite3.Connection, table: str) -> int:
    try:
        return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    except sqlite3.DatabaseError:
        return 0  # unreadable, or no such table (a file from before bookmarks)


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
    probe = _Probe(conn, select, rows)
    start = last + 1
    misses = 0
    while misses * _WINDOW < _MAX_ROWID_GAP:
        misses = 0 if probe.window(start, start + _WINDOW - 1) else misses + 1
        start += _WINDOW
    return list(rows.values())


class _Probe:
    """Reads rowid windows into ``rows``. A window that fails (it touches the damaged page)
    is split in halves down to single rowids, so only the rows on the damaged page are
    lost, not the whole window around it; a budget of queries bounds that work when most
    of the table is unreadable."""

    def __init__(self, conn: sqlite3.Connection, select: str, rows: dict[int, tuple]):
        self.conn, self.select, self.rows = conn, select, rows
        self.budget = _SPLIT_BUDGET

    def window(self, low: int, high: int) -> bool:
        """Read rowids ``low..high``; whether any row was found."""
        try:
            if low == high:
                # A range stops by stepping to the next row, which may be on the damaged
                # page; an equality seek reads the one row and stops.
                found = self.conn.execute(f"{self.select} WHERE rowid = ?", (low,)).fetchall()
            else:
                found = self.conn.execute(
                    f"{self.select} WHERE rowid BETWEEN ? AND ? ORDER BY rowid", (low, high)
                ).fetchall()
        except sqlite3.DatabaseError:
            if low == high or self.budget <= 0:
                return False
            self.budget -= 2
            middle = (low + high) // 2
            first = self.window(low, middle)
            return self.window(middle + 1, high) or first
        for row in found:
            self.rows[row[0]] = row[1:]
        return bool(found)

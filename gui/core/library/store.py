"""The library: which report files the user has, what they are, and their search index.

One SQLite file, ``<data dir>/library.sqlite3``, beside the notes store and opened the same
way (WAL, one ``BEGIN IMMEDIATE`` transaction per change). Indexing writes each report (or
the reports read in ``commit_seconds``) in one transaction that also marks them ``ok``, so a
process killed at any moment (even ``kill -9``) leaves every report either indexed or still
``pending`` (an uncommitted batch is read again): the next :meth:`Library.index` carries on
where it stopped. A file that vanished or can no longer
be read is marked (``missing``, ``unreadable``) and keeps its last index; it is never
dropped without the user asking (:meth:`Library.remove`).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import NamedTuple

from gui.core.library.index_pass import COMMIT_SECONDS, IndexSummary, index_pending
from gui.core.library.indexing import IndexedReport, IndexFailure
from gui.core.library.report_files import folder_keys, fs_path, path_key
from gui.core.library.schema import MIGRATIONS, REPORT_COLUMNS, SCHEMA_VERSION
from gui.core.library.texts import (
    old_rows,
    source_for,
    upgrade_row,
)
from gui.core.library.writing import drop_index, store_any
from gui.core.notes.schema import stamp
from gui.core.offsets import OffsetMap
from gui.core.sqlite_transactions import in_transaction

LIBRARY_FILE_NAME = "library.sqlite3"
BUSY_TIMEOUT_MS = 10_000


class LibraryError(Exception):
    """The library file cannot be opened or written; ``str(err)`` is one line."""


class LibraryReport(NamedTuple):
    """One row of the library view. A named tuple, not a frozen dataclass: the view reads
    thousands at a time, and a frozen dataclass's ``__init__`` (one ``object.__setattr__``
    per field) made ``reports()`` take 0.5 s at 6,000 reports."""

    id: int
    path: str
    fingerprint: str | None
    title: str | None
    issuer: str | None
    number: str | None
    date: str | None
    kind: str | None
    script: str | None
    size: int | None
    chars: int | None
    state: str
    problem: str | None
    added: str
    indexed: str | None
    last_opened: str | None
    notes: int = 0


def default_library_path() -> Path:
    """``data_dir()/library.sqlite3`` (honours ``--data-dir``)."""
    from gui.core.paths import data_dir

    return data_dir() / LIBRARY_FILE_NAME


class Library:
    """The library file. Raises :class:`LibraryError` when it cannot be opened."""

    def __init__(self, path: Path | str | None = None):
        self.path = Path(path) if path is not None else default_library_path()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(
                str(self.path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None
            )
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except (OSError, sqlite3.DatabaseError) as err:
            raise LibraryError(f"Cannot open the library {self.path}: {_reason(err)}.") from None

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _migrate(self) -> None:
        version = self._conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise sqlite3.DatabaseError("it was written by a newer Report Reader")
        if version < SCHEMA_VERSION:
            self._write(lambda c: _apply_migrations(c))

    def _write(self, change: Callable[[sqlite3.Connection], object]):
        try:
            return in_transaction(self._conn, change)
        except sqlite3.DatabaseError as err:
            raise LibraryError(f"Cannot change the library {self.path}: {_reason(err)}.") from None

    def query(self, sql: str, params: Iterable = ()) -> list[tuple]:
        """Rows of a read-only query (for the search, notebook and version modules)."""
        try:
            return self._conn.execute(sql, tuple(params)).fetchall()
        except sqlite3.DatabaseError as err:
            raise LibraryError(f"Cannot read the library {self.path}: {_reason(err)}.") from None

    # -- the list of reports ---------------------------------------------------------------

    def add(self, paths: Iterable[Path | str], remember_folders: bool = True) -> list[str]:
        """Add files, and folders recursively (every supported format); return the paths
        newly added (pending until :meth:`index`). Raises :class:`LibraryError` for a path
        that does not exist, before adding anything. ``remember_folders=False`` adds a
        folder's new files without making it an added (watched) folder of its own."""
        found: list[str] = []
        folders: list[str] = []
        for given in paths:
            given = Path(given)
            if given.is_dir():
                found += folder_keys(given)
                if remember_folders:
                    folders.append(path_key(given))
            elif given.is_file():
                found.append(path_key(given))
            else:
                raise LibraryError(f"{given} is neither a file nor a folder")
        keys = list(dict.fromkeys(found))
        now = stamp()

        def change(conn: sqlite3.Connection) -> list[str]:
            conn.executemany(
                "INSERT OR IGNORE INTO folders VALUES (?, ?)", [(f, now) for f in folders]
            )
            added = []
            # One query for the paths already there (an added folder is added again on each
            # refresh: 6,000 single inserts took ~0.5 s).
            known = {p for (p,) in conn.execute("SELECT path FROM reports")}
            for key in (k for k in keys if k not in known):
                cursor = conn.execute(
                    "INSERT OR IGNORE INTO reports (path, added) VALUES (?, ?)", (key, now)
                )
                if cursor.rowcount:
                    added.append(key)
            return added

        return self._write(change)

    def remove(self, paths: Iterable[Path | str]) -> int:
        """Take reports out of the library (a folder: everything under it); their files and
        notes are left alone. Returns how many were removed."""
        paths = list(paths)  # read twice: the reports, then the folders
        ids: list[int] = []
        for given in paths:
            key = path_key(given)
            ids += [
                r[0]
                for r in self.query(
                    "SELECT id FROM reports WHERE path = ? OR substr(path, 1, ?) = ?",
                    (key, len(key) + 1, key.rstrip(os.sep) + os.sep),
                )
            ]

        def change(conn: sqlite3.Connection) -> int:
            for given in paths:
                key = path_key(given)
                conn.execute(
                    "DELETE FROM folders WHERE path = ? OR substr(path, 1, ?) = ?",
                    (key, len(key) + 1, key.rstrip(os.sep) + os.sep),
                )
            for report in ids:
                drop_index(conn, report)
                conn.execute("DELETE FROM reports WHERE id = ?", (report,))
            return len(ids)

        return self._write(change)

    def folders(self) -> list[str]:
        """The folders added as folders (not a file's own folder), to watch for new files."""
        return [r[0] for r in self.query("SELECT path FROM folders ORDER BY path")]

    def reports(self, notes=None, *, state: str | None = None) -> list[LibraryReport]:
        """Every report, by path; ``notes`` (a NoteStore) fills in the notes counts."""
        sql = f"SELECT {REPORT_COLUMNS} FROM reports"
        params: tuple = ()
        if state is not None:
            sql += " WHERE state = ?"
            params = (state,)
        rows = self.query(sql + " ORDER BY path", params)
        if notes is None:
            return [LibraryReport(*row) for row in rows]
        counts = notes.counts_by_document()  # one query for every report
        return [LibraryReport._make((*row, counts.get(row[2], 0))) for row in rows]

    def report(self, ident: int | Path | str) -> LibraryReport | None:
        """One report by id or by path."""
        column, value = ("id", ident) if isinstance(ident, int) else ("path", path_key(ident))
        rows = self.query(f"SELECT {REPORT_COLUMNS} FROM reports WHERE {column} = ?", (value,))
        return LibraryReport(*rows[0]) if rows else None

    def mark_opened(self, path: Path | str) -> None:
        """Record that the reader opened ``path`` now (the library's "last opened")."""
        key, now = path_key(path), stamp()
        self._write(
            lambda c: c.execute("UPDATE reports SET last_opened = ? WHERE path = ?", (now, key))
        )

    def texts(self, report: int) -> tuple[str, str, OffsetMap] | None:
        """The indexed cleaned text of a report, its pivot and the map text → pivot."""
        try:
            found = source_for(self._conn, report)
            if found is None:
                return None
            pivot, source, pieces = found
            return source.whole(), pivot, OffsetMap(pieces)
        except sqlite3.DatabaseError as err:
            raise LibraryError(f"Cannot read the library {self.path}: {_reason(err)}.") from None

    # -- keeping up with the files ---------------------------------------------------------

    def refresh(self, paths: Iterable[str] | None = None) -> dict[str, int]:
        """Compare every report with its file: a changed file becomes ``pending`` (re-indexed
        by :meth:`index`), a vanished one ``missing``, a returned one ``pending`` again.
        Returns how many of each. With ``paths`` (files and folders, as a folder watcher
        names them) only the reports at those paths or under those folders are compared:
        at 10,000 reports a ``stat`` of every file was a third of the wait for one changed file."""
        sql = "SELECT id, path, size, mtime_ns, state FROM reports"
        if paths is None:
            rows = self.query(sql)
        else:
            found: dict[int, tuple] = {}
            for given in paths:
                key = path_key(given).rstrip(os.sep) or os.sep
                inside = key.rstrip(os.sep) + os.sep  # a range on the path index
                for row in self.query(
                    sql + " WHERE path = ? OR (path >= ? AND path < ?)",
                    (key, inside, inside[:-1] + chr(ord(os.sep) + 1)),
                ):
                    found[row[0]] = row
            rows = list(found.values())
        changed, missing = [], []
        for report, path, size, mtime_ns, state in rows:
            try:
                st = os.stat(fs_path(path))
            except OSError:
                if state != "missing":
                    missing.append(report)
                continue
            if state in ("missing", "unreadable") or (st.st_size, st.st_mtime_ns) != (
                size,
                mtime_ns,
            ):
                if state != "pending":
                    changed.append(report)

        def change(conn: sqlite3.Connection) -> None:
            conn.executemany(
                "UPDATE reports SET state = 'missing', problem = 'the file is missing' "
                "WHERE id = ?",
                [(r,) for r in missing],
            )
            conn.executemany(
                "UPDATE reports SET state = 'pending' WHERE id = ?", [(r,) for r in changed]
            )

        self._write(change)
        return {"changed": len(changed), "missing": len(missing)}

    def update_from_files(self, paths: Iterable[str] | None = None) -> None:
        """Before indexing what is pending: changed and vanished files (:meth:`refresh`) and
        the new files of the added folders. With ``paths`` (what a folder watcher named),
        only those files and folders are looked at; a named folder's new files are added
        when it is one of the added folders or under one."""
        if paths is None:
            self.refresh()
            self.add([f for f in self.folders() if os.path.isdir(f)])
            return
        paths = list(paths)
        self.refresh(paths)
        folders = [f.rstrip(os.sep) + os.sep for f in self.folders()]
        inside = [
            p
            for p in paths
            if os.path.isdir(p) and any((path_key(p) + os.sep).startswith(f) for f in folders)
        ]
        if inside:
            self.add(inside, remember_folders=False)

    def pending(self) -> list[str]:
        return [
            r[0] for r in self.query("SELECT path FROM reports WHERE state = 'pending' ORDER BY id")
        ]

    def rebuild(self) -> int:
        """Drop the whole index and mark every report ``pending`` (then call :meth:`index`).
        Notes are in the notes store, keyed by text: none is touched."""

        def change(conn: sqlite3.Connection) -> int:
            conn.execute("DELETE FROM texts")
            conn.execute("DELETE FROM text_blocks")
            conn.execute("DELETE FROM mentions")
            conn.execute("DELETE FROM sketches")
            conn.execute("INSERT INTO search (search) VALUES ('delete-all')")
            return conn.execute("UPDATE reports SET state = 'pending', problem = NULL").rowcount

        return self._write(change)

    def index(
        self,
        workers: int = 1,
        progress: Callable[[int, int, str], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        entities: bool = True,
        commit_seconds: float = COMMIT_SECONDS,
    ) -> IndexSummary:
        """Index every pending report, ``workers`` processes at a time (1: in this process).

        The reports read are written together, one transaction each ``commit_seconds`` (0:
        one per report). ``progress(done, total, path)`` is called for each report once it is
        committed; ``cancelled()`` is polled between reports: what was read is committed, the
        rest stays pending for the next call. Texts stored before schema 3 are then
        rewritten in the current form (:meth:`upgrade_texts`)."""
        summary = index_pending(
            self.pending(),
            self.store_results,
            workers,
            progress,
            cancelled,
            entities,
            commit_seconds,
        )
        if not summary.cancelled:
            self.upgrade_texts(cancelled)
        return summary

    def upgrade_texts(self, cancelled: Callable[[], bool] | None = None) -> int:
        """Rewrite texts stored before schema 3 so a search reads only what it shows; one
        transaction per report (a kill leaves each row old or new, both readable). Returns
        how many were rewritten."""
        done = 0
        for report in self._write(old_rows):
            if cancelled is not None and cancelled():
                break
            self._write(partial(upgrade_row, report=report))
            done += 1
        return done

    def store_result(self, result: IndexedReport | IndexFailure) -> None:
        """Write one report's index (or its failure) in one transaction."""
        self.store_results([result])

    def store_results(self, results: list[IndexedReport | IndexFailure]) -> None:
        """Write reports' indexes (or their failures) in one transaction."""

        def change(conn: sqlite3.Connection) -> None:
            for result in results:
                store_any(conn, result)

        self._write(change)


def _apply_migrations(conn: sqlite3.Connection) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    for number in range(version, SCHEMA_VERSION):
        for statement in MIGRATIONS[number]:
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _reason(err: BaseException) -> str:
    if isinstance(err, OSError):
        return err.strerror or str(err)
    return str(err)

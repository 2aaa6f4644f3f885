"""The notes store: one SQLite file in the user's data dir.

Why it is built this way:

* WAL journal and one ``BEGIN IMMEDIATE`` transaction per change: a crash (even ``kill -9``)
  loses at most the change in flight, and two app instances on one file serialise their writes
  instead of overwriting each other (the busy timeout makes the second one wait, not fail).
* ``synchronous=NORMAL`` is durable against process crashes in WAL mode; only a power cut can
  lose the last commits, which is the usual desktop trade-off for fast writes.
* Documents are keyed by the fingerprint of their cleaned text, with their last known path and
  title, so a renamed or moved file keeps its notes and an edited file can find its old ones.
* A damaged file is moved aside (never overwritten, never deleted) and a new one started; a
  data dir that cannot be written to leaves the store working in memory so nothing the user
  does is lost before they can export it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from gui.core.notes.model import Note, reading_order_key
from gui.core.notes.schema import (
    COLUMNS,
    PLACEHOLDERS,
    SCHEMA_VERSION,
    insert_notes,
    note_row,
    row_note,
    stamp,
)
from gui.core.notes.store_errors import (
    IN_MEMORY_ADVICE,
    NoteConflictError,
    NoteStoreError,
    describe,
    is_unwritable,
)
from gui.core.notes.store_file import connect, connect_checked, migrate
from gui.core.paths import stored_path_text
from gui.core.sqlite_transactions import in_transaction

if TYPE_CHECKING:
    from gui.core.notes.salvage import Salvaged

T = TypeVar("T")

STORE_FILE_NAME = "notes.sqlite3"
#: The in-memory stand-in of each file that could not be opened, by path: NoteStore.open shares
#: it, so the window's parts see each other's changes (a bookmark in the notes' export).
_STAND_INS: dict[str, NoteStore] = {}


@dataclass(frozen=True)
class DocumentRecord:
    fingerprint: str
    path: str | None
    title: str | None
    last_seen: str


def default_store_path() -> Path:
    """``data_dir()/notes.sqlite3`` (honours ``--data-dir`` and ``REPORT_READER_DATA_DIR``)."""
    from gui.core.paths import data_dir

    return data_dir() / STORE_FILE_NAME


class NoteStore:
    """Notes of every document, in SQLite.

    ``NoteStore(path)`` opens (creating) the file and raises :class:`NoteStoreError` if it
    cannot be written; :meth:`open` never raises and falls back to memory instead. After
    opening, :attr:`warning` holds a message for the user (a damaged file moved aside, or the
    in-memory fallback), else ``None``. All methods raise :class:`NoteStoreError` on failure.
    One SQLite connection per store, used by one thread at a time (it may change hands).
    """

    def __init__(
        self, path: Path | str | None = None, *, memory: bool = False, salvage: bool = True
    ):
        self.warning: str | None = None
        self.closed = False
        #: A damaged file moved aside on opening; its readable notes are copied back at once
        #: unless ``salvage`` is False (the window asks first: :meth:`salvage_set_aside`).
        self.set_aside: Path | None = None
        self._salvage = salvage
        #: The warning's problem alone, without advice meant for the window (for the CLI).
        self.problem: str | None = None
        self.path: Path | None = None if memory else Path(path or default_store_path())
        self._conn: sqlite3.Connection
        if self.path is None:
            self._conn = connect(":memory:")
            migrate(self._conn)
        else:
            self._conn = self._open_file(self.path)

    # -- opening ------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str | None = None, *, salvage: bool = True) -> NoteStore:
        """Open the store at ``path`` (default :func:`default_store_path`), or if that fails
        an in-memory store holding a copy of whatever notes could be read, with
        :attr:`warning` saying why. For the GUI and the CLI: never raises."""
        try:
            return cls(path, salvage=salvage)
        except NoteStoreError as err:
            target = Path(path or default_store_path())
            kept = _STAND_INS.get(str(target))
            if kept is not None and not kept.closed:
                return kept
            store = cls(memory=True)
            store._copy_readable(target)
            store.problem = str(err)
            store.warning = f"{err} {IN_MEMORY_ADVICE}"
            store.path = None
            _STAND_INS[str(target)] = store
            return store

    @classmethod
    def in_memory(cls) -> NoteStore:
        return cls(memory=True)

    @property
    def is_in_memory(self) -> bool:
        return self.path is None

    def close(self) -> None:
        # A stand-in shared by open() is gone for every holder once closed.
        self.closed = True
        self._conn.close()

    def __enter__(self) -> NoteStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _open_file(self, path: Path) -> sqlite3.Connection:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise NoteStoreError(
                f"Cannot create the notes folder {path.parent}: {err.strerror}."
            ) from None
        conn = connect_checked(path)
        moved = None
        if conn is None:  # damaged: moved aside, start again
            from gui.core.notes.salvage import move_aside_or_raise

            moved = move_aside_or_raise(path)
            self.warning = self.problem = (
                f"The notes database {path} was damaged; it was moved to {moved} "
                "and a new one was started."
            )
            conn = connect_checked(path)
            if conn is None:
                raise NoteStoreError(
                    f"The notes database {path} is damaged and could not be replaced."
                )
        self._conn = conn
        try:
            mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            conn.execute("PRAGMA synchronous=NORMAL")
            if str(mode).lower() != "wal":
                raise sqlite3.OperationalError("attempt to write a readonly database")
            migrate(self._conn)
        except sqlite3.DatabaseError as err:
            conn.close()
            raise NoteStoreError(f"Cannot write notes to {path}: {describe(err, path)}.") from None
        if moved is not None:
            self.set_aside = Path(moved)
            if self._salvage:
                self.salvage_set_aside()
        return conn

    def salvage_set_aside(self) -> Salvaged:
        """Copy the readable notes and bookmarks of the file set aside on opening into this
        store; return what was copied (:attr:`warning` then says so)."""
        from gui.core.notes.salvage import Salvaged, salvage_notes

        if self.set_aside is None:
            return Salvaged()
        got = salvage_notes(self.set_aside, self._conn)
        if got:
            self.warning = self.problem = (
                f"The notes database {self.path} was damaged; it was moved to {self.set_aside}. "
                f"{got.describe()}"
            )
        return got

    def _copy_readable(self, path: Path) -> None:
        """Load what can be read of ``path`` into this in-memory store (read-only open)."""
        from gui.core.notes.salvage import copy_whole

        try:
            version = copy_whole(path, self._conn) if path.is_file() else SCHEMA_VERSION
            if version > SCHEMA_VERSION:
                raise sqlite3.DatabaseError("newer schema")
            migrate(self._conn)
        except sqlite3.DatabaseError:
            self._conn.close()
            self._conn = connect(":memory:")
            migrate(self._conn)

    # -- transactions -------------------------------------------------------------------

    def _write(self, change: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``change`` in one immediate transaction. If the file has become unwritable,
        switch to memory, apply the change there and raise with ``kept_in_memory``."""
        try:
            return in_transaction(self._conn, change)
        except UnicodeEncodeError:
            # A lone surrogate (from a JSON "\ud800" or a damaged clipboard) is not text;
            # SQLite cannot take it, and the transaction was rolled back.
            raise NoteStoreError(
                "The note holds an unpaired UTF-16 surrogate, which is not text; "
                "it was not saved. Remove the damaged character and try again."
            ) from None
        except sqlite3.IntegrityError as err:
            raise NoteStoreError(
                f"The notes database refused the change: {describe(err)}."
            ) from None
        except sqlite3.DatabaseError as err:
            if self.is_in_memory or not is_unwritable(err):
                raise NoteStoreError(f"Cannot change notes: {describe(err, self.path)}.") from None
            where = self.path
            self._switch_to_memory()
            in_transaction(self._conn, change)
            self.problem = f"Cannot save notes to {where}: {describe(err, where)}."
            self.warning = f"{self.problem} {IN_MEMORY_ADVICE}"
            raise NoteStoreError(self.warning, kept_in_memory=True, problem=self.problem) from None

    def _switch_to_memory(self) -> None:
        memory = connect(":memory:")
        try:
            self._conn.backup(memory)
        except sqlite3.DatabaseError:
            pass
        self._conn.close()
        self._conn = memory
        self.path = None
        migrate(self._conn)

    def _read(self, query: str, params: Iterable = ()) -> list[tuple]:
        try:
            return self._conn.execute(query, tuple(params)).fetchall()
        except sqlite3.DatabaseError as err:
            raise NoteStoreError(f"Cannot read notes: {describe(err)}.") from None

    # -- documents ----------------------------------------------------------------------

    def remember_document(
        self, fingerprint: str, path: Path | str | None = None, title: str | None = None
    ) -> None:
        """Record that the document ``fingerprint`` was last seen at ``path``."""
        path_text = stored_path_text(path) if path is not None else None

        def change(conn: sqlite3.Connection) -> None:
            conn.execute(
                "INSERT INTO documents (fingerprint, path, title, last_seen) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (fingerprint) DO UPDATE SET "
                "path = COALESCE(excluded.path, path), "
                "title = COALESCE(excluded.title, title), last_seen = excluded.last_seen",
                (fingerprint, path_text, title, stamp()),
            )

        self._write(change)

    def document(self, fingerprint: str) -> DocumentRecord | None:
        rows = self._read(
            "SELECT fingerprint, path, title, last_seen FROM documents WHERE fingerprint = ?",
            (fingerprint,),
        )
        return DocumentRecord(*rows[0]) if rows else None

    def documents(self) -> list[DocumentRecord]:
        rows = self._read("SELECT fingerprint, path, title, last_seen FROM documents ORDER BY 4")
        return [DocumentRecord(*row) for row in rows]

    def fingerprints_at_path(self, path: Path | str) -> list[str]:
        """Fingerprints of documents last seen at ``path``, most recent first (the earlier
        versions of a file that has since been edited)."""
        rows = self._read(
            "SELECT fingerprint FROM documents WHERE path = ? ORDER BY last_seen DESC",
            (stored_path_text(path),),
        )
        return [row[0] for row in rows]

    # -- notes --------------------------------------------------------------------------

    def add(self, note: Note) -> Note:
        """Insert ``note`` (also used to undo a delete: the same id comes back)."""
        self._write(lambda conn: insert_notes(conn, [note]))
        return note

    def add_many(self, notes: Iterable[Note]) -> int:
        """Insert all of ``notes`` in one transaction: all or nothing."""
        notes = list(notes)
        self._write(lambda conn: insert_notes(conn, notes))
        return len(notes)

    def add_missing(
        self, notes: Iterable[Note], identity: Callable[[Note], Hashable]
    ) -> list[Note]:
        """Insert those of ``notes`` whose id is not stored yet and whose ``identity`` differs
        from that of every stored note of the same document; return the ones inserted.

        The check runs inside the write transaction, so two processes importing the same
        file at once add each note once (the second finds them there) instead of one failing
        on the unique id."""
        notes = list(notes)

        def change(conn: sqlite3.Connection) -> list[Note]:
            fresh: list[Note] = []
            known: dict[str, set] = {}
            for note in notes:
                if conn.execute("SELECT 1 FROM notes WHERE id = ?", (note.id,)).fetchone():
                    continue
                if note.fingerprint not in known:
                    rows = conn.execute(
                        f"SELECT {COLUMNS} FROM notes WHERE fingerprint = ?", (note.fingerprint,)
                    ).fetchall()
                    known[note.fingerprint] = {identity(row_note(row)) for row in rows}
                key = identity(note)
                if key in known[note.fingerprint]:
                    continue
                known[note.fingerprint].add(key)
                fresh.append(note)
            if fresh:
                insert_notes(conn, fresh)
            return fresh

        return self._write(change)

    def update(self, note: Note, base: Note | None = None) -> Note:
        """Replace the stored note with the same id.

        ``base`` is the note as the caller last read it: if another instance (a second app
        window on the same file) has changed it since, :class:`NoteConflictError` is raised
        with the stored version, instead of silently overwriting that change. Raises
        :class:`NoteStoreError` if the note no longer exists (the caller can re-add it)."""

        def change(conn: sqlite3.Connection) -> None:
            rows = conn.execute(f"SELECT {COLUMNS} FROM notes WHERE id = ?", (note.id,)).fetchall()
            if not rows:
                raise _Missing(note.id)
            current = row_note(rows[0])
            if base is not None and current != base:
                raise NoteConflictError(current)
            conn.execute(
                f"UPDATE notes SET ({COLUMNS}) = ({PLACEHOLDERS}) WHERE id = ?",
                (*note_row(note), note.id),
            )

        try:
            self._write(change)
        except _Missing as missing:
            raise NoteStoreError(f"Note {missing} no longer exists.") from None
        return note

    def update_many(self, notes: Iterable[Note]) -> int:
        """Replace several notes in one transaction (e.g. re-anchored after an edit)."""
        notes = list(notes)

        def change(conn: sqlite3.Connection) -> int:
            for note in notes:
                cursor = conn.execute(
                    f"UPDATE notes SET ({COLUMNS}) = ({PLACEHOLDERS}) WHERE id = ?",
                    (*note_row(note), note.id),
                )
                if cursor.rowcount != 1:
                    raise _Missing(note.id)
            return len(notes)

        try:
            return self._write(change)
        except _Missing as missing:
            raise NoteStoreError(f"Note {missing} no longer exists.") from None

    def delete(self, note_id: str) -> Note | None:
        """Remove a note; returns it (for undo: pass it back to :meth:`add`), or ``None``."""

        def change(conn: sqlite3.Connection) -> Note | None:
            rows = conn.execute(f"SELECT {COLUMNS} FROM notes WHERE id = ?", (note_id,)).fetchall()
            if not rows:
                return None
            conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))
            return row_note(rows[0])

        return self._write(change)

    def get(self, note_id: str) -> Note | None:
        rows = self._read(f"SELECT {COLUMNS} FROM notes WHERE id = ?", (note_id,))
        return row_note(rows[0]) if rows else None

    def notes_for(self, fingerprint: str) -> list[Note]:
        """The notes of one document in reading order (orphans last)."""
        rows = self._read(
            f"SELECT {COLUMNS} FROM notes WHERE fingerprint = ? ORDER BY start", (fingerprint,)
        )
        return sorted((row_note(row) for row in rows), key=reading_order_key)

    def all_notes(self) -> list[Note]:
        """Every note, grouped by document, each group in reading order."""
        rows = self._read(f"SELECT {COLUMNS} FROM notes")
        return sorted(
            (row_note(row) for row in rows), key=lambda n: (n.fingerprint, *reading_order_key(n))
        )

    def count(self, fingerprint: str | None = None) -> int:
        if fingerprint is None:
            return self._read("SELECT COUNT(*) FROM notes")[0][0]
        return self._read("SELECT COUNT(*) FROM notes WHERE fingerprint = ?", (fingerprint,))[0][0]

    def counts_by_document(self) -> dict[str, int]:
        """Number of notes of every document that has some, by fingerprint (the library)."""
        rows = self._read("SELECT fingerprint, COUNT(*) FROM notes GROUP BY fingerprint")
        return dict(rows)

    def write(self, change: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``change(conn)`` in one write transaction, with the failure handling of notes'
        own changes (for the file's other tables: bookmarks)."""
        return self._write(change)

    def read(self, query: str, params: Iterable = ()) -> list[tuple]:
        """Rows of a read-only ``query`` (raises :class:`NoteStoreError`)."""
        return self._read(query, params)

    def integrity_check(self) -> str:
        """SQLite's ``PRAGMA integrity_check`` result (``"ok"`` when sound)."""
        return "; ".join(row[0] for row in self._read("PRAGMA integrity_check"))


class _Missing(Exception):
    pass

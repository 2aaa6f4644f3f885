"""The notes database schema: migrations and the mapping between rows and notes."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime

from gui.core.notes.model import Note, NoteAnchor

#: Schema migrations, in order; ``PRAGMA user_version`` is the number applied so far.
#: Never edit a shipped entry: append a new one.
MIGRATIONS: list[tuple[str, ...]] = [
    (
        """CREATE TABLE documents (
            fingerprint TEXT PRIMARY KEY,
            path TEXT,
            title TEXT,
            last_seen TEXT NOT NULL
        )""",
        """CREATE TABLE notes (
            id TEXT PRIMARY KEY,
            fingerprint TEXT NOT NULL,
            kind TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            exact TEXT NOT NULL,
            prefix TEXT NOT NULL,
            suffix TEXT NOT NULL,
            exact_hans TEXT NOT NULL,
            prefix_hans TEXT NOT NULL,
            suffix_hans TEXT NOT NULL,
            section_path TEXT NOT NULL,
            body TEXT NOT NULL,
            colour TEXT NOT NULL,
            tags TEXT NOT NULL,
            created TEXT NOT NULL,
            modified TEXT NOT NULL,
            orphaned INTEGER NOT NULL DEFAULT 0
        )""",
        "CREATE INDEX notes_by_document ON notes (fingerprint, start)",
    ),
    (
        # Finding the previous version of an edited file goes through its last known path.
        "CREATE INDEX documents_by_path ON documents (path)",
    ),
    (
        # Bookmarks: a named place in a document, anchored like a note (position + quote in
        # the text's script and in Simplified) so it survives script switches and edits.
        """CREATE TABLE bookmarks (
            id TEXT PRIMARY KEY,
            fingerprint TEXT NOT NULL,
            name TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            exact TEXT NOT NULL,
            prefix TEXT NOT NULL,
            suffix TEXT NOT NULL,
            exact_hans TEXT NOT NULL,
            prefix_hans TEXT NOT NULL,
            suffix_hans TEXT NOT NULL,
            created TEXT NOT NULL,
            orphaned INTEGER NOT NULL DEFAULT 0
        )""",
        "CREATE INDEX bookmarks_by_document ON bookmarks (fingerprint, start)",
    ),
]
SCHEMA_VERSION = len(MIGRATIONS)

COLUMNS = (
    'id, fingerprint, kind, start, "end", exact, prefix, suffix, exact_hans, prefix_hans, '
    "suffix_hans, section_path, body, colour, tags, created, modified, orphaned"
)
PLACEHOLDERS = ", ".join("?" * 18)
BOOKMARK_COLUMNS = (
    'id, fingerprint, name, start, "end", exact, prefix, suffix, exact_hans, prefix_hans, '
    "suffix_hans, created, orphaned"
)
BOOKMARK_PLACEHOLDERS = ", ".join("?" * 13)


def stamp() -> str:
    """UTC now with microseconds: orders "last seen" between quick successive opens."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def insert_notes(conn: sqlite3.Connection, notes: list[Note]) -> None:
    fingerprints = {note.fingerprint for note in notes}
    seen = stamp()
    conn.executemany(
        "INSERT OR IGNORE INTO documents (fingerprint, last_seen) VALUES (?, ?)",
        [(fp, seen) for fp in fingerprints],
    )
    conn.executemany(
        f"INSERT INTO notes ({COLUMNS}) VALUES ({PLACEHOLDERS})", [note_row(n) for n in notes]
    )


def anchor_values(a: NoteAnchor) -> tuple:
    """An anchor's columns in table order (notes and bookmarks store anchors alike)."""
    return (a.start, a.end, a.exact, a.prefix, a.suffix, a.exact_hans, a.prefix_hans, a.suffix_hans)


def note_row(note: Note) -> tuple:
    return (
        note.id,
        note.fingerprint,
        note.kind,
        *anchor_values(note.anchor),
        json.dumps(list(note.section_path), ensure_ascii=False),
        note.body,
        note.colour,
        json.dumps(list(note.tags), ensure_ascii=False),
        note.created,
        note.modified,
        int(note.orphaned),
    )


def row_note(row: tuple) -> Note:
    (id_, fingerprint, kind, start, end, exact, prefix, suffix, exact_hans, prefix_hans,
     suffix_hans, section_path, body, colour, tags, created, modified, orphaned) = row  # fmt: skip
    return Note(
        id=id_,
        fingerprint=fingerprint,
        kind=kind,
        anchor=NoteAnchor(start, end, exact, prefix, suffix, exact_hans, prefix_hans, suffix_hans),
        body=body,
        colour=colour,
        tags=tuple(json.loads(tags)),
        section_path=tuple(json.loads(section_path)),
        created=created,
        modified=modified,
        orphaned=bool(orphaned),
    )

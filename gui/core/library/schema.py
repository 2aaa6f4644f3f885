"""The library database schema (``library.sqlite3`` beside ``notes.sqlite3``).

The library is an index: everything in it can be rebuilt from the files. Notes live in the
notes store, keyed by the fingerprint of a report's text, and are never written here, so
dropping or rebuilding the library loses no note.
"""

from __future__ import annotations

#: Schema migrations, in order (``PRAGMA user_version`` counts those applied). Append only.
MIGRATIONS: list[tuple[str, ...]] = [
    (
        # state: pending (to be indexed), ok, missing (the file vanished), unreadable.
        """CREATE TABLE reports (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            fingerprint TEXT,
            title TEXT, issuer TEXT, number TEXT, date TEXT, kind TEXT, script TEXT,
            title_key TEXT, issuer_key TEXT,
            size INTEGER, mtime_ns INTEGER, chars INTEGER,
            state TEXT NOT NULL DEFAULT 'pending',
            problem TEXT,
            added TEXT NOT NULL, indexed TEXT, last_opened TEXT
        )""",
        "CREATE INDEX reports_by_fingerprint ON reports (fingerprint)",
        "CREATE INDEX reports_by_state ON reports (state)",
        # The cleaned text and its pivot (forms: gui/core/library/texts.py); the pivot map as
        # OffsetMap pieces.
        """CREATE TABLE texts (
            report INTEGER PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
            text BLOB NOT NULL, pivot BLOB NOT NULL, pivot_map TEXT NOT NULL
        )""",
        # Token streams (gui.core.library.tokens); contentless: the text is in ``texts``.
        """CREATE VIRTUAL TABLE search USING fts5 (
            uni, bi, content='', columnsize=0, tokenize='unicode61 remove_diacritics 0'
        )""",
        """CREATE TABLE mentions (
            report INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
            key TEXT NOT NULL, type TEXT NOT NULL, count INTEGER NOT NULL,
            positions TEXT NOT NULL
        )""",
        "CREATE INDEX mentions_by_key ON mentions (key, type)",
        "CREATE INDEX mentions_by_report ON mentions (report)",
        """CREATE TABLE sketches (
            hash INTEGER NOT NULL,
            report INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE
        )""",
        "CREATE INDEX sketches_by_hash ON sketches (hash)",
        "CREATE INDEX sketches_by_report ON sketches (report)",
        # Versions link texts (fingerprints): an edited file keeps its path, not its text.
        """CREATE TABLE versions (
            newer TEXT NOT NULL, older TEXT NOT NULL, how TEXT NOT NULL, linked TEXT NOT NULL,
            PRIMARY KEY (newer, older)
        )""",
    ),
    # The folders the user added (watched for new, changed and vanished files).
    ("CREATE TABLE folders (path TEXT PRIMARY KEY, added TEXT NOT NULL)",),
    # Texts a search page can read in part (gui/core/library/texts.py): ``form`` 0 marks the
    # rows written before, still read as they are until upgraded one by one.
    (
        "ALTER TABLE texts ADD COLUMN form INTEGER NOT NULL DEFAULT 0",
        """CREATE TABLE text_blocks (
            report INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
            n INTEGER NOT NULL, data BLOB NOT NULL,
            PRIMARY KEY (report, n)
        )""",
        # Finds the rows left to upgrade without reading every row: ``form`` is stored after
        # the texts, so a scan would walk each row's overflow pages (seconds at 6,000).
        "CREATE INDEX texts_to_upgrade ON texts (report) WHERE form = 0",
    ),
    # Version candidates from the index alone (gui.core.library.indexing.link_similar): a
    # hash shared by thousands of reports cost a row lookup each.
    (
        "CREATE INDEX sketches_by_hash_report ON sketches (hash, report)",
        "DROP INDEX sketches_by_hash",
    ),
]
SCHEMA_VERSION = len(MIGRATIONS)

REPORT_COLUMNS = (
    "id, path, fingerprint, title, issuer, number, date, kind, script, size, chars, state, "
    "problem, added, indexed, last_opened"
)

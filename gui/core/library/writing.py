"""Writing one report's index into the library file, inside a transaction the caller holds.

Kept apart from :mod:`gui.core.library.store` (which decides what to index and when) so that
both stay readable; nothing here opens, commits or rolls back.
"""

from __future__ import annotations

import json
import sqlite3

from gui.core.library.indexing import IndexedReport, IndexFailure, link_similar
from gui.core.library.report_files import path_key
from gui.core.library.texts import drop_texts, pivot_of, write_texts
from gui.core.library.tokens import token_streams
from gui.core.notes.schema import stamp


def store_any(conn: sqlite3.Connection, result: IndexedReport | IndexFailure) -> None:
    """Write one report's index, or mark why it could not be read, inside the caller's
    transaction."""
    key = path_key(result.path)
    if isinstance(result, IndexFailure):
        state = "missing" if result.missing else "unreadable"
        conn.execute(
            "UPDATE reports SET state = ?, problem = ? WHERE path = ?",
            (state, result.problem, key),
        )
    else:
        store_report(conn, key, result)


def store_report(conn: sqlite3.Connection, key: str, r: IndexedReport) -> None:
    """Write the index of the report at ``key`` (its texts, tokens, mentions, sketch and
    fields; ``state = 'ok'``) and link it to the versions it revises."""
    row = conn.execute("SELECT id, fingerprint FROM reports WHERE path = ?", (key,)).fetchone()
    if row is None:
        return  # removed while it was being read
    report, old = row
    now = stamp()
    if old is not None and old != r.fingerprint:
        conn.execute(
            "INSERT OR IGNORE INTO versions VALUES (?, ?, 'same-path', ?)",
            (r.fingerprint, old, now),
        )
    drop_index(conn, report)
    write_texts(conn, report, r.text, r.pivot, r.pivot_pieces, r.blocks)
    conn.execute("INSERT INTO search (rowid, uni, bi) VALUES (?, ?, ?)", (report, r.uni, r.bi))
    conn.executemany(
        "INSERT INTO mentions VALUES (?, ?, ?, ?, ?)",
        [
            (report, k, t, count, json.dumps(positions))
            for (k, t), (count, positions) in r.mentions.items()
        ],
    )
    conn.executemany("INSERT INTO sketches VALUES (?, ?)", [(h, report) for h in r.sketch])
    f = r.fields
    conn.execute(
        "UPDATE reports SET fingerprint = ?, title = ?, issuer = ?, number = ?, date = ?, "
        "kind = ?, script = ?, title_key = ?, issuer_key = ?, size = ?, mtime_ns = ?, "
        "chars = ?, state = 'ok', problem = NULL, indexed = ? WHERE id = ?",
        (
            r.fingerprint, f.title, f.issuer, f.number, f.date, f.kind, f.script,
            r.title_key, r.issuer_key,
            r.size, r.mtime_ns, len(r.text), now, report,
        ),
    )  # fmt: skip
    link_similar(conn, report, r.fingerprint, r.sketch, now)


def drop_index(conn: sqlite3.Connection, report: int) -> None:
    """Remove a report's text, tokens, mentions and sketch (a contentless FTS5 table forgets
    a row only when given the tokens it was indexed with: rebuilt from the stored pivot)."""
    row = conn.execute("SELECT form, text, pivot FROM texts WHERE report = ?", (report,)).fetchone()
    if row is not None:
        uni, bi = token_streams(pivot_of(*row))
        conn.execute(
            "INSERT INTO search (search, rowid, uni, bi) VALUES ('delete', ?, ?, ?)",
            (report, uni, bi),
        )
    drop_texts(conn, report)
    for table in ("mentions", "sketches"):
        conn.execute(f"DELETE FROM {table} WHERE report = ?", (report,))

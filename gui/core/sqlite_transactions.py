"""One write transaction on a SQLite connection opened in autocommit mode
(``isolation_level=None``), shared by the notes store and the library store."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def in_transaction(conn: sqlite3.Connection, change: Callable[[sqlite3.Connection], T]) -> T:
    """Run ``change(conn)`` inside ``BEGIN IMMEDIATE`` … ``COMMIT``; roll back on any error
    (including KeyboardInterrupt) so the connection is never left inside a transaction."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        result = change(conn)
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return result

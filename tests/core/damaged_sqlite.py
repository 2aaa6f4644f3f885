"""Damage a real SQLite file page by page, as a torn write does (the salvage tests of the
notes database: core, the window's question, the hostile-input cases)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def page_size(path: Path) -> int:
    """The database's page size in bytes."""
    db = sqlite3.connect(path)
    try:
        return db.execute("PRAGMA page_size").fetchone()[0]
    finally:
        db.close()


def root_page(path: Path, name: str) -> int:
    """The number of the first page of table or index ``name``."""
    db = sqlite3.connect(path)
    try:
        return db.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)).fetchone()[
            0
        ]
    finally:
        db.close()


def damage_page(path: Path, number: int) -> None:
    """Overwrite page ``number`` (1-based) with garbage."""
    size = page_size(path)
    with open(path, "r+b") as out:
        out.seek((number - 1) * size)
        out.write(b"\xa5" * size)


def damage_notes_index(path: Path) -> None:
    """Overwrite the first page of the notes' index: ``quick_check`` fails, the notes table
    itself is intact (what a torn write of one page does). The caller checkpoints the WAL
    first, so that the rows are in the main file."""
    damage_page(path, root_page(path, "notes_by_document"))

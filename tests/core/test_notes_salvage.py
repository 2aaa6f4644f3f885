"""Salvage of a damaged notes database (#16): the bookmarks that can still be read are copied
into the new database with the notes, on real SQLite files damaged page by page."""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path

from gui.core.notes import NoteStore
from gui.core.notes.bookmarks import new_bookmark, save_bookmarks, stored_bookmarks
from gui.core.notes.model import new_passage_note
from gui.core.notes.salvage import Readable, readable_count, salvage_notes
from tests.conftest import REPO
from tests.core.damaged_sqlite import damage_page, page_size, root_page

#: Written by Report Reader at commit 23aee9e (schema 2, before bookmarks), with two notes.
SCHEMA_2 = REPO / "tests" / "data" / "notes" / "notes-schema-2.sqlite3"


def _store_with(path: Path, document, notes: int, marks: int) -> list:
    """A store of ``notes`` notes and ``marks`` bookmarks on ``document``, checkpointed so
    that every row is in the main file; returns the bookmarks as stored."""
    step = max(1, len(document.text) // max(marks, 1))
    bookmarks = [
        new_bookmark(document, (i * step) % len(document.text), f"書籤-{i:04d}")
        for i in range(marks)
    ]
    with NoteStore(path) as store:
        store.add_many(new_passage_note(document, i, i + 8, body=f"笔记 {i}") for i in range(notes))
        save_bookmarks(store, bookmarks)
        stored = stored_bookmarks(store, document.fingerprint)
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return stored


def _varint(data: bytes, at: int) -> tuple[int, int]:
    """SQLite's big-endian varint at ``at``: (value, position after it)."""
    value = 0
    for i in range(9):
        byte = data[at + i]
        if i == 8:
            return (value << 8) | byte, at + 9
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + i + 1
    raise AssertionError("unreachable")


def _leaf_rowids(page: bytes) -> list[int]:
    """The rowids of the cells of a table b-tree leaf page (file format, section 1.6)."""
    assert page[0] == 0x0D, "not a table leaf page"
    cells = int.from_bytes(page[3:5], "big")
    rowids = []
    for n in range(cells):
        at = int.from_bytes(page[8 + 2 * n : 10 + 2 * n], "big")
        _payload, at = _varint(page, at)
        rowids.append(_varint(page, at)[0])
    return rowids


def _quick_check(path: Path) -> str:
    db = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return db.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        db.close()


def test_bookmarks_come_back_with_the_notes_when_an_index_page_is_torn(tmp_path, document):
    path = tmp_path / "notes.sqlite3"
    before = _store_with(path, document, notes=40, marks=12)
    damage_page(path, root_page(path, "bookmarks_by_document"))
    assert _quick_check(path) != "ok"
    assert readable_count(path) == Readable(notes=40, bookmarks=12)
    with NoteStore.open(path) as store:
        assert not store.is_in_memory and store.set_aside is not None
        assert store.count() == 40
        # The same bookmarks: ids, names, anchors, times.
        assert stored_bookmarks(store, document.fingerprint) == before
        assert "The 40 notes and 12 bookmarks that could still be read" in store.warning
        assert store.integrity_check() == "ok"
    assert _quick_check(store.set_aside) != "ok"  # the damaged file is kept as it was


def _salvage_aside(path: Path, document):
    store = NoteStore(path, salvage=False)  # sets the damaged file aside, copies nothing yet
    try:
        began = time.monotonic()
        got = salvage_notes(store.set_aside, store._conn)
        took = time.monotonic() - began
        return got, stored_bookmarks(store, document.fingerprint), took
    finally:
        store.close()


def test_a_torn_bookmark_page_costs_only_the_bookmarks_on_it(tmp_path, document):
    path = tmp_path / "notes.sqlite3"
    before = _store_with(path, document, notes=5, marks=400)
    # Tear the table's leaf page that holds a bookmark in the middle; which bookmarks are on
    # it is read from the page's own cell pointers (freed space may hold stale copies).
    data = path.read_bytes()
    size = page_size(path)
    page = data.index("書籤-0200".encode()) // size + 1
    rowids = _leaf_rowids(data[(page - 1) * size : page * size])
    db = sqlite3.connect(path)
    names = dict(db.execute("SELECT rowid, name FROM bookmarks").fetchall())
    db.close()
    on_page = {names[r] for r in rowids}
    assert "書籤-0200" in on_page and 1 < len(on_page) < 400
    damage_page(path, page)
    got, after, _ = _salvage_aside(path, document)
    assert (got.notes, got.lost_notes) == (5, 0)
    # Exactly the bookmarks on the torn page are lost (not the rowids around it), and every
    # one copied is one that was stored, whole.
    assert {m.name for m in before} - {m.name for m in after} == on_page
    assert (got.bookmarks, got.lost_bookmarks) == (400 - len(on_page), len(on_page))
    known = {m.id: m for m in before}
    assert all(known[m.id] == m for m in after)


def test_an_unreadable_bookmarks_table_is_given_up_in_bounded_time(tmp_path, document):
    path = tmp_path / "notes.sqlite3"
    _store_with(path, document, notes=5, marks=400)
    damage_page(path, root_page(path, "bookmarks"))  # an interior page: the whole table
    got, after, took = _salvage_aside(path, document)
    assert (got.notes, got.bookmarks, got.lost_bookmarks) == (5, 0, 400)
    assert after == [] and took < 10


def test_a_damaged_schema_2_file_has_no_bookmarks_and_salvage_says_none(tmp_path, document):
    path = tmp_path / "notes.sqlite3"
    shutil.copy(SCHEMA_2, path)
    damage_page(path, root_page(path, "notes_by_document"))
    assert _quick_check(path) != "ok"
    assert readable_count(path) == Readable(notes=2, bookmarks=0)
    began = time.monotonic()
    with NoteStore.open(path) as store:
        assert store.count() == 2
        assert stored_bookmarks(store, document.fingerprint) == []
        assert "The 2 notes that could still be read" in store.warning
        assert "bookmarks" not in store.warning
    # No table to probe, so no million-rowid walk looking for it.
    assert time.monotonic() - began < 5


def test_nothing_readable_is_falsy_and_says_so(tmp_path):
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database" * 300)
    assert not readable_count(garbage)
    with NoteStore(tmp_path / "new.sqlite3") as store:
        assert not salvage_notes(garbage, store._conn)

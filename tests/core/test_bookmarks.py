"""Bookmarks in the notes database: the schema-3 migration of a real schema-2 file, anchoring
that survives edits and script copies, and storage."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace

import pytest

from gui.core.notes import NoteStore, load_document_notes
from gui.core.notes.bookmarks import (
    QUOTE_CHARS,
    bookmark_span,
    delete_bookmark,
    load_bookmarks,
    new_bookmark,
    save_bookmark,
    stored_bookmarks,
)
from gui.core.notes.store import SCHEMA_VERSION
from gui.core.reading import document_from_text
from gui.core.script import convert_fragment
from tests.conftest import REPO

#: Written by Report Reader at commit 23aee9e (schema 2, before bookmarks), with two notes.
OLD_FILE = REPO / "tests" / "data" / "notes" / "notes-schema-2.sqlite3"


def test_a_schema_2_file_is_migrated_and_keeps_its_notes(tmp_path, document):
    db = tmp_path / "notes.sqlite3"
    shutil.copy(OLD_FILE, db)
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "bookmarks" not in tables
    conn.close()
    with NoteStore(db) as store:
        notes = [r.note for r in load_document_notes(store, document)]
        assert {n.body for n in notes} == {"written by schema 2", "section"}
        assert store.integrity_check() == "ok"
        mark = new_bookmark(document, document.sections[3].start)
        save_bookmark(store, mark)
        assert stored_bookmarks(store, document.fingerprint) == [mark]
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
    indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert "bookmarks_by_document" in indexes
    conn.close()


def test_bookmark_span_stays_in_its_line_and_skips_line_breaks():
    text = "第一行\n\n第二行的內容比較長" + "很" * 40
    assert bookmark_span(text, 0) == (0, 3)
    start, end = bookmark_span(text, 3)  # on the line break: the next line's first character
    assert text[start] == "第" and start == 5
    assert end - start == QUOTE_CHARS
    assert bookmark_span(text, 10_000)[1] == len(text)
    with pytest.raises(ValueError):
        bookmark_span("", 0)


def test_new_bookmark_is_named_after_its_section(document):
    section = document.sections[2]
    mark = new_bookmark(document, section.start + 5)
    assert mark.name == section.heading
    assert new_bookmark(document, section.start, "  my   place ").name == "my place"
    assert mark.anchor.exact == document.text[mark.anchor.start : mark.anchor.end]


def test_bookmarks_follow_an_edit_and_survive_a_copy_in_the_other_script(tmp_path, document):
    with NoteStore(tmp_path / "n.sqlite3") as store:
        target = document.text.index("實現總產值140億元")
        mark = new_bookmark(document, target, "產值")
        save_bookmark(store, mark)
        # The report gains a paragraph at the top: the bookmark moves with its text.
        path = tmp_path / "report.txt"
        edited = document_from_text("新增的一段說明文字。\n" + document.text, path)
        store.remember_document(document.fingerprint, path)
        (moved,) = load_bookmarks(store, edited)
        assert moved.id == mark.id and not moved.orphaned
        assert edited.text[moved.start :].startswith("實現總產值140億元")
        assert stored_bookmarks(store, edited.fingerprint) == [moved]
        # A Simplified copy of the report finds it through the Simplified quote.
        hans = document_from_text(convert_fragment(document.text, "hans"))
        save_bookmark(store, replace(mark, id="copy", fingerprint=hans.fingerprint))
        (placed,) = load_bookmarks(store, hans)
        assert not placed.orphaned and hans.text[placed.start :].startswith("实现总产值140亿元")


def test_a_bookmark_that_cannot_be_placed_is_kept_as_an_orphan(tmp_path, document):
    with NoteStore(tmp_path / "n.sqlite3") as store:
        mark = new_bookmark(document, document.text.index("實現總產值140億元"))
        other = document_from_text("完全不同的另一份報告。\n" * 3)
        save_bookmark(store, replace(mark, fingerprint=other.fingerprint))
        (orphan,) = load_bookmarks(store, other)
        assert orphan.orphaned and orphan.name == mark.name
        delete_bookmark(store, orphan.id)
        assert stored_bookmarks(store, other.fingerprint) == []


def test_json_ld_carries_bookmarks_and_imports_them_once(tmp_path, document):
    import json

    from gui.core.notes import export_notes, import_annotations
    from gui.core.notes.bookmark_annotations import BOOKMARKING

    marks = [
        new_bookmark(document, document.sections[2].start, "第二節"),
        new_bookmark(document, 400),
    ]
    data = json.loads(export_notes(document, [], "json", bookmarks=marks))
    items = data["first"]["items"]
    assert data["total"] == 2 and [a["motivation"] for a in items] == [BOOKMARKING] * 2
    assert items[0]["body"] == [{"type": "TextualBody", "value": "第二節", "purpose": "describing"}]
    # Into a copy of the report with a paragraph more: placed on the same text, once.
    edited = document_from_text("前言一段。\n" + document.text)
    with NoteStore(tmp_path / "n.sqlite3") as store:
        result = import_annotations(store, edited, data)
        assert (result.added, result.bookmarks) == (0, 2)
        again = import_annotations(store, edited, data)
        assert again.bookmarks == 0
        stored = stored_bookmarks(store, edited.fingerprint)
    assert sorted(m.name for m in stored) == sorted(m.name for m in marks)
    first = next(m for m in stored if m.name == "第二節")
    assert edited.text[first.start :].startswith(
        document.text[marks[0].start : marks[0].start + 10]
    )
    # Without bookmarks the export is what it was (the golden files pin it).
    assert "bookmarking" not in export_notes(document, [], "json")

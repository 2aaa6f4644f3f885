"""The SQLite notes store: changes, schema, and the reliability cases of issue 5 — for real:
real files, real child processes killed with SIGKILL, a really read-only directory."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest

from gui.core.notes import (
    NoteConflictError,
    NoteStore,
    NoteStoreError,
    default_store_path,
    export_notes,
    load_document_notes,
    new_passage_note,
    new_section_note,
)
from gui.core.notes.store import SCHEMA_VERSION
from gui.core.reading import document_from_text, read_document
from tests.conftest import DEFAULT_REPORT, REPO


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "notes.sqlite3"


def _child(code: str, db: Path, *args: str, **kwargs) -> subprocess.Popen:
    """A separate Python process (a second app instance, or one to kill)."""
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), str(db), str(DEFAULT_REPORT), *args],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


# -- basic changes ---------------------------------------------------------------------------


def test_default_location_is_the_data_dir(isolated_data_dir):
    assert default_store_path() == isolated_data_dir / "notes.sqlite3"
    with NoteStore() as store:
        assert store.path == isolated_data_dir / "notes.sqlite3"
    assert (isolated_data_dir / "notes.sqlite3").is_file()


def test_add_update_delete_and_undo(db, document):
    with NoteStore(db) as store:
        note = store.add(new_passage_note(document, 200, 230, body="first", tags=["a"]))
        section = store.add(new_section_note(document, document.sections[1], colour="green"))
        assert store.count() == 2 and store.count(document.fingerprint) == 2
        edited = note.edited(body="second", tags=["a", "b"], colour="purple")
        store.update(edited, base=note)
        assert store.get(note.id) == edited
        removed = store.delete(section.id)
        assert removed == section and store.count() == 1
        assert store.delete(section.id) is None
        store.add(removed)  # undo
    with NoteStore(db) as reopened:
        assert {n.id for n in reopened.notes_for(document.fingerprint)} == {note.id, section.id}
        assert reopened.get(note.id).body == "second"
        assert reopened.get(note.id).tags == ("a", "b")


def test_update_of_a_deleted_note_is_an_error(db, document):
    with NoteStore(db) as store:
        note = store.add(new_passage_note(document, 10, 20))
        store.delete(note.id)
        with pytest.raises(NoteStoreError, match="no longer exists"):
            store.update(note.edited(body="x"))


def test_notes_come_in_reading_order_with_orphans_last(db, document):
    with NoteStore(db) as store:
        late = store.add(new_passage_note(document, 900, 910))
        orphan = store.add(replace(new_passage_note(document, 5, 9), orphaned=True))
        early = store.add(new_passage_note(document, 100, 110))
        assert [n.id for n in store.notes_for(document.fingerprint)] == [
            early.id,
            late.id,
            orphan.id,
        ]
        assert [n.id for n in store.all_notes()] == [early.id, late.id, orphan.id]


def test_schema_version_and_wal(db):
    NoteStore(db).close()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    indexes = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"notes_by_document", "documents_by_path"} <= indexes
    conn.close()


def test_migrates_an_older_schema_and_keeps_its_notes(db, document):
    with NoteStore(db) as store:
        note = store.add(new_passage_note(document, 200, 230, body="old"))
    conn = sqlite3.connect(db)  # make it look like a version-1 file
    conn.execute("DROP INDEX documents_by_path")
    conn.execute("DROP TABLE bookmarks")  # schema 3's
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with NoteStore(db) as store:
        assert store.get(note.id).body == "old"
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_a_newer_schema_is_refused_not_damaged(db):
    NoteStore(db).close()
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    with pytest.raises(NoteStoreError, match="newer Report Reader"):
        NoteStore(db)
    assert sqlite3.connect(db).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 5


def test_renamed_or_moved_file_keeps_its_notes(tmp_path, db):
    first = tmp_path / "a" / "report.txt"
    first.parent.mkdir()
    shutil.copy(DEFAULT_REPORT, first)
    with NoteStore(db) as store:
        document = read_document(first)
        store.add(new_passage_note(document, 200, 230, body="kept"))
        load_document_notes(store, document)
        moved = tmp_path / "b" / "renamed.txt"
        moved.parent.mkdir()
        first.rename(moved)
        results = load_document_notes(store, read_document(moved))
        assert [r.note.body for r in results] == ["kept"]
        assert store.document(document.fingerprint).path == str(moved.resolve())


def test_edited_file_at_the_same_path_adopts_its_notes(tmp_path, db):
    path = tmp_path / "report.txt"
    original = DEFAULT_REPORT.read_text(encoding="utf-8")
    path.write_text(original, encoding="utf-8")
    with NoteStore(db) as store:
        before = read_document(path)
        note = store.add(new_passage_note(before, 200, 230, body="follows the file"))
        load_document_notes(store, before)
        path.write_text("新增的一段開頭文字。\n" + original, encoding="utf-8")
        after = read_document(path)
        assert after.fingerprint != before.fingerprint
        results = load_document_notes(store, after)
        assert len(results) == 1
        moved = results[0].note
        assert moved.fingerprint == after.fingerprint
        assert after.text[moved.start : moved.end] == note.anchor.exact
        assert store.count(after.fingerprint) == 1 and store.count(before.fingerprint) == 0


# -- kill -9 -------------------------------------------------------------------------------

_WRITER = """
import sys
from gui.core.notes import NoteStore, new_passage_note
from gui.core.reading import read_document
document = read_document(sys.argv[2])
store = NoteStore(sys.argv[1])
for i in range(1000):
    note = new_passage_note(document, i % 1000, i % 1000 + 20, body=f"note {i}" * 20)
    store.add(note)
    print(note.id, flush=True)  # printed only once committed
"""


def test_kill_9_while_writing_loses_no_committed_note(db):
    child = _child(_WRITER, db)
    committed = []
    for line in child.stdout:
        committed.append(line.strip())
        if len(committed) == 300:
            child.send_signal(signal.SIGKILL)
            break
    child.wait(timeout=60)
    # Read the rest through child.stdout itself: the loop above read ahead into its buffer,
    # which communicate() would skip (it reads the pipe's descriptor), losing committed ids.
    with child.stdout, child.stderr:
        rest, err = child.stdout.read(), child.stderr.read()
    committed += [line.strip() for line in rest.splitlines() if line.strip()]
    assert child.returncode == -signal.SIGKILL, err
    with NoteStore(db) as store:
        assert store.integrity_check() == "ok"
        stored = {n.id for n in store.all_notes()}
        assert store.count() < 1000, "the child finished before it was killed"
    assert set(committed) <= stored
    assert len(stored) - len(committed) <= 1  # at most the commit in flight


# -- corrupt database ----------------------------------------------------------------------


def test_a_corrupt_file_is_moved_aside_and_a_new_store_started(db, document):
    garbage = b"this is not an SQLite database\x00" * 200
    db.write_bytes(garbage)
    with NoteStore(db) as store:
        assert store.warning and "damaged" in store.warning and "\n" not in store.warning
        store.add(new_passage_note(document, 10, 20))
        assert store.count() == 1
    aside = [p for p in db.parent.iterdir() if p.name.startswith("notes.sqlite3.corrupt-")]
    assert len(aside) == 1 and aside[0].read_bytes() == garbage
    assert str(aside[0]) in store.warning


def test_damaged_pages_are_detected_and_earlier_copies_never_overwritten(db, document):
    with NoteStore(db) as store:
        store.add_many(new_passage_note(document, i, i + 10, body="x" * 500) for i in range(300))
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(db.read_bytes())
    page = 4096
    for offset in range(
        page * 2, len(data) - page, page
    ):  # scribble over every page but the header
        data[offset + 8 : offset + 64] = b"\xff" * 56
    damaged = bytes(data)
    db.write_bytes(damaged)
    first = NoteStore(db)
    assert first.warning and "damaged" in first.warning
    first.close()
    db.write_bytes(damaged)  # damaged again within the same second: a second aside file
    second = NoteStore(db)
    second.close()
    aside = sorted(p for p in db.parent.iterdir() if ".corrupt-" in p.name and "-wal" not in p.name)
    aside = [p for p in aside if not p.name.endswith("-shm")]
    assert len(aside) == 2
    assert all(p.read_bytes() == damaged for p in aside)


# -- read-only data dir --------------------------------------------------------------------


def test_read_only_data_dir_is_a_clear_error_and_notes_stay_in_memory(
    tmp_path, read_only, document
):
    data = tmp_path / "data"
    data.mkdir()
    read_only(data)
    probe = data / "probe"
    with pytest.raises(OSError):
        probe.write_text("x")
    with pytest.raises(NoteStoreError) as raised:
        NoteStore(data / "notes.sqlite3")
    message = str(raised.value)
    assert "\n" not in message and str(data) in message
    store = NoteStore.open(data / "notes.sqlite3")
    assert store.is_in_memory and "memory" in store.warning
    note = store.add(new_passage_note(document, 200, 230, body="still here"))
    assert store.notes_for(document.fingerprint) == [note]
    assert "still here" in export_notes(document, store.notes_for(document.fingerprint), "md")
    assert list(data.iterdir()) == []


def test_read_only_existing_store_is_loaded_into_memory(tmp_path, read_only, document):
    data = tmp_path / "data"
    data.mkdir()
    with NoteStore(data / "notes.sqlite3") as store:
        kept = store.add(new_passage_note(document, 200, 230, body="written earlier"))
    for item in data.iterdir():
        read_only(item)
    read_only(data)
    store = NoteStore.open(data / "notes.sqlite3")
    assert store.is_in_memory and store.warning
    assert store.get(kept.id) == kept
    added = store.add(new_passage_note(document, 300, 310, body="new"))
    assert {n.id for n in store.notes_for(document.fingerprint)} == {kept.id, added.id}


# -- two instances -------------------------------------------------------------------------


def test_two_stores_on_one_file_interleave_without_losing_updates(db, document):
    one, two = NoteStore(db), NoteStore(db)
    ids = []
    for i in range(50):
        ids.append(one.add(new_passage_note(document, i, i + 5, body=f"one {i}")).id)
        ids.append(two.add(new_passage_note(document, i + 100, i + 105, body=f"two {i}")).id)
    for i, note_id in enumerate(ids):
        store = one if i % 2 else two  # each edits the other's notes
        note = store.get(note_id)
        store.update(note.edited(tags=[f"t{i}"]), base=note)
    for store in (one, two):
        notes = {n.id: n for n in store.all_notes()}
        assert len(notes) == 100
        assert all(notes[note_id].tags == (f"t{i}",) for i, note_id in enumerate(ids))
    one.close()
    two.close()


def test_a_stale_update_is_a_conflict_not_a_silent_overwrite(db, document):
    one, two = NoteStore(db), NoteStore(db)
    note = one.add(new_passage_note(document, 200, 230))
    seen_by_two = two.get(note.id)
    one.update(note.edited(body="from window one"), base=note)
    with pytest.raises(NoteConflictError) as raised:
        two.update(seen_by_two.edited(tags=["from two"]), base=seen_by_two)
    assert raised.value.current.body == "from window one"
    current = raised.value.current
    two.update(current.edited(tags=["from two"]), base=current)
    final = one.get(note.id)
    assert final.body == "from window one" and final.tags == ("from two",)
    one.close()
    two.close()


_INSTANCE = """
import sys
from gui.core.notes import NoteStore, new_passage_note
from gui.core.reading import read_document
document = read_document(sys.argv[2])
store = NoteStore(sys.argv[1])
tag = sys.argv[3]
for i in range(300):
    note = store.add(new_passage_note(document, i, i + 10, body=f"{tag} {i}"))
    if i % 3 == 0:
        current = store.get(note.id)
        store.update(current.edited(tags=[tag]), base=current)
print("done", flush=True)
"""


def test_two_processes_on_one_file_lose_no_update(db):
    NoteStore(db).close()
    children = [_child(_INSTANCE, db, tag) for tag in ("alpha", "beta")]
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        assert out.strip() == "done"
    with NoteStore(db) as store:
        notes = store.all_notes()
        assert store.integrity_check() == "ok"
    assert len(notes) == 600
    for tag in ("alpha", "beta"):
        mine = [n for n in notes if n.body.startswith(tag)]
        assert len(mine) == 300
        assert sum(n.tags == (tag,) for n in mine) == 100


def test_store_reads_see_the_other_instance_immediately(db):
    document = document_from_text("第一段。\n第二段文字。\n")
    one, two = NoteStore(db), NoteStore(db)
    note = one.add(new_passage_note(document, 5, 9))
    assert two.get(note.id) == note
    two.delete(note.id)
    assert one.count() == 0
    one.close()
    two.close()


def test_disk_full_mid_session_keeps_working_in_memory(db, document):
    store = NoteStore(db)
    before = store.add(new_passage_note(document, 10, 20, body="saved"))
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    # SQLite's own "database or disk is full" path, without filling a real disk.
    store._conn.execute(f"PRAGMA max_page_count = {pages}")
    big = new_passage_note(document, 200, 230, body="big " * 20_000)
    with pytest.raises(NoteStoreError) as raised:
        store.add(big)
    assert raised.value.kept_in_memory and "memory" in str(raised.value)
    assert store.is_in_memory and store.warning == str(raised.value)
    later = store.add(new_passage_note(document, 300, 310, body="later"))
    assert {n.id for n in store.all_notes()} == {before.id, big.id, later.id}
    assert "later" in export_notes(document, store.notes_for(document.fingerprint), "md")
    store.close()
    with NoteStore(db) as on_disk:  # the file is untouched and sound
        assert [n.id for n in on_disk.all_notes()] == [before.id]


def test_another_report_saved_under_the_same_name_does_not_take_its_notes(tmp_path, db):
    path = tmp_path / "download.txt"
    shutil.copy(DEFAULT_REPORT, path)
    with NoteStore(db) as store:
        first = read_document(path)
        store.add(new_passage_note(first, 200, 230, body="belongs to the first report"))
        load_document_notes(store, first)
        path.write_text("一份完全不同的報告。\n內容和前一份沒有關係。\n", encoding="utf-8")
        assert load_document_notes(store, read_document(path)) == []
        assert store.count(first.fingerprint) == 1

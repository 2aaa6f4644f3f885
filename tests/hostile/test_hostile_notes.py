"""Notes under hostile conditions (issue #17's cases 6, 8 and 11): concurrent imports, lone
surrogates, corrupt and unwritable databases. Real SQLite files, real processes."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_corpus as corpus  # noqa: E402
from run_limits import assert_bounded, cli  # noqa: E402

from gui.core.notes.model import Note, NoteAnchor, new_id, now_iso  # noqa: E402
from gui.core.notes.store import NoteStore, NoteStoreError  # noqa: E402
from tests.core.damaged_sqlite import damage_notes_index  # noqa: E402


def _count(data_dir: Path) -> int:
    with sqlite3.connect(data_dir / "notes.sqlite3") as db:
        return db.execute("SELECT COUNT(*) FROM notes").fetchone()[0]


@pytest.mark.parametrize("trial", range(3))
def test_two_processes_importing_the_same_file_both_succeed(tmp_path, trial):
    report = tmp_path / "report.txt"
    report.write_bytes(corpus.report_bytes())
    notes = tmp_path / "notes.json"
    notes.write_bytes(corpus.annotations_json(300))
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    # Both start with the store created, so that both race on the import itself.
    assert_bounded(cli("notes", "export", report, "--format", "json", data_dir=data_dir))
    outcomes = [None, None]

    def run(index: int) -> None:
        outcomes[index] = cli("notes", "import", report, notes, data_dir=data_dir)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for outcome in outcomes:
        assert_bounded(outcome)
        assert outcome.returncode == 0, outcome.describe()
    added = [int(o.stdout.split()[1]) for o in outcomes]
    assert sum(added) == 300, [o.stdout for o in outcomes]
    assert _count(data_dir) == 300
    if 0 in added:
        assert any(b"all already imported" in o.stdout for o in outcomes)


def _note(body: str, note_id: str | None = None) -> Note:
    anchor = NoteAnchor(0, 2, "兰州", "", "高新区", "兰州", "", "高新区")
    stamp = now_iso()
    return Note(note_id or new_id(), "f" * 64, "passage", anchor, body, created=stamp,
                modified=stamp)  # fmt: skip


def test_a_lone_surrogate_in_a_note_body_is_a_store_error_not_a_traceback(tmp_path):
    with NoteStore(tmp_path / "notes.sqlite3") as store:
        good = store.add(_note("好的"))
        with pytest.raises(NoteStoreError, match="surrogate"):
            store.add(_note("坏\ud800"))
        with pytest.raises(NoteStoreError, match="surrogate"):
            store.update(_note("坏\udfff", good.id))
        assert store.get(good.id).body == "好的"
        assert store.count() == 1  # rolled back, the good note kept


def test_readable_notes_of_a_damaged_database_are_brought_back(tmp_path):
    path = tmp_path / "notes.sqlite3"
    with NoteStore(path) as store:
        store.add_many(_note(f"笔记 {n}") for n in range(1007))
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damage_notes_index(path)
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA quick_check").fetchone()[0] != "ok"
        assert db.execute("SELECT COUNT(*) FROM notes").fetchone()[0] == 1007
    db.close()
    store = NoteStore.open(path)
    try:
        assert not store.is_in_memory
        assert store.count() == 1007
        assert "1007 notes that could still be read" in store.warning
        assert sorted(n.body for n in store.all_notes())[:2] == ["笔记 0", "笔记 1"]
    finally:
        store.close()
    assert list(tmp_path.glob("notes.sqlite3.corrupt-*"))  # the damaged file is kept too


def test_the_cli_brings_back_the_notes_of_a_damaged_database(tmp_path):
    report = tmp_path / "report.txt"
    report.write_bytes(corpus.report_bytes())
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    notes = tmp_path / "notes.json"
    notes.write_bytes(corpus.annotations_json(40))
    assert_bounded(cli("notes", "import", report, notes, data_dir=data_dir))
    with sqlite3.connect(data_dir / "notes.sqlite3") as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    damage_notes_index(data_dir / "notes.sqlite3")
    outcome = cli("notes", "export", report, "--format", "json", data_dir=data_dir)
    assert_bounded(outcome)
    assert outcome.returncode == 0, outcome.describe()
    assert b"40 notes that could still be read" in outcome.stderr
    assert len(json.loads(outcome.stdout)["first"]["items"]) == 40


@pytest.fixture
def tiny_disk(tmp_path):
    """A 256 KB tmpfs: a real full disk (needs root; skipped elsewhere)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_is_called_a_full_disk(tiny_disk):
    store = NoteStore(tiny_disk / "notes.sqlite3")
    try:
        with pytest.raises(NoteStoreError) as caught:
            for n in range(200):
                store.add_many(_note("满" * 2000 + str(n)) for _ in range(10))
        assert "the disk is full" in str(caught.value)
        assert caught.value.kept_in_memory  # and nothing of the session is lost
        assert "disk i/o error" not in caught.value.problem.split("(")[0].lower()
    finally:
        store.close()


@pytest.fixture
def immutable(tmp_path):
    """Makes files immutable (chattr +i, needs root) and undoes it afterwards."""
    made: list[Path] = []

    def make(path: Path) -> None:
        if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode:
            pytest.skip("chattr +i is not available here")
        made.append(path)

    yield make
    for path in made:
        subprocess.run(["chattr", "-i", str(path)], check=False)


def test_an_immutable_database_is_reported_as_such_by_the_cli(tmp_path, immutable):
    report = tmp_path / "report.txt"
    report.write_bytes(corpus.report_bytes())
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    notes = tmp_path / "notes.json"
    notes.write_bytes(corpus.annotations_json(5))
    assert_bounded(cli("notes", "export", report, "--format", "json", data_dir=data_dir))
    for path in data_dir.glob("notes.sqlite3*"):
        immutable(path)
    outcome = cli("notes", "import", report, notes, data_dir=data_dir)
    assert_bounded(outcome)
    message = outcome.stderr.decode()
    assert outcome.returncode != 0
    assert "nothing was imported" in message
    assert "kept in memory" not in message and "export them" not in message

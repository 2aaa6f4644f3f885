"""Notes under hostile conditions (issue #17's cases 6, 8 and 11): concurrent imports, lone
surrogates, corrupt and unwritable databases. Real SQLite files, real processes."""

from __future__ import annotations

import sqlite3
import sys
import threading
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_corpus as corpus  # noqa: E402
from run_limits import assert_bounded, cli  # noqa: E402

from gui.core.notes.model import Note, NoteAnchor, new_id, now_iso  # noqa: E402
from gui.core.notes.store import NoteStore, NoteStoreError  # noqa: E402


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

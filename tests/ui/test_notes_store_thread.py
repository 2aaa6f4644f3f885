"""The notes database is opened off the UI thread while the report is read, and handed over:
opening checks the whole file (``PRAGMA quick_check``), 60-80 ms of the UI thread's start-up
on a store of 1,000 notes (issue #11). The notes still arrive, and later changes are written
to the very file from the UI thread."""

from __future__ import annotations

import sys
import threading

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from large_report import add_notes, build_large_report  # noqa: E402

NOTES = 60


def _watch_openings(monkeypatch) -> list[str]:
    """Names of the threads that opened a notes database file (the real opening runs)."""
    from gui.core.notes.store import NoteStore

    seen: list[str] = []
    real = NoteStore._open_file

    def recording(self, path):
        seen.append(threading.current_thread().name)
        return real(self, path)

    monkeypatch.setattr(NoteStore, "_open_file", recording)
    return seen


def _open_and_wait(window, qtbot, path, notes: int) -> None:
    window.session.open(path)
    qtbot.waitUntil(lambda: len(window.notes.dock.model.notes()) == notes, timeout=60000)


def test_a_long_reports_notes_database_is_opened_off_the_ui_thread(
    make_window, qtbot, tmp_path, isolated_data_dir, monkeypatch
):
    from gui.ui.notes.install import STAGED_CHARS

    path = tmp_path / "long-report.txt"
    path.write_text(build_large_report(STAGED_CHARS + 50_000, seed=5), encoding="utf-8")
    assert add_notes(path, isolated_data_dir, NOTES) == NOTES
    seen = _watch_openings(monkeypatch)
    window = make_window(None)
    _open_and_wait(window, qtbot, path, NOTES)
    assert seen, "the notes database was not opened"
    assert threading.main_thread().name not in seen, seen
    # Handed over: the UI thread writes through it, to the same file.
    feature = window.notes
    note = feature.highlight(10, 14)
    assert note is not None
    store = feature.controller.store
    assert store is not None and not store.is_in_memory
    assert store.path == isolated_data_dir / "notes.sqlite3"
    assert store.get(note.id) is not None
    # The notes and the bookmarks (one connection each): neither opened on the UI thread.
    assert threading.main_thread().name not in seen, seen


def test_a_short_reports_notes_database_is_opened_off_the_ui_thread_too(
    make_window, qtbot, tmp_path, isolated_data_dir, monkeypatch
):
    path = tmp_path / "short-report.txt"
    path.write_text(build_large_report(40_000, seed=6), encoding="utf-8")
    assert add_notes(path, isolated_data_dir, 5) == 5
    seen = _watch_openings(monkeypatch)
    window = make_window(None)
    _open_and_wait(window, qtbot, path, 5)
    assert seen and threading.main_thread().name not in seen, seen


def test_closing_before_the_store_is_taken_leaves_no_connection_open(
    make_window, qtbot, isolated_data_dir
):
    import sqlite3

    window = make_window(None)
    controller = window.notes.controller
    controller.open_store_ahead()
    opening = controller._opening  # noqa: SLF001
    assert opening is not None
    controller.close()
    assert controller._opening is None  # noqa: SLF001
    store = opening.take()
    try:
        store._conn.execute("SELECT 1")  # noqa: SLF001
    except sqlite3.ProgrammingError:
        pass  # closed, as it should be
    else:
        raise AssertionError("the store opened ahead was left open")

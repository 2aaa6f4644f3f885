"""A damaged notes database is set aside, and the window asks before copying back the notes
that can still be read (issue #17): yes (the default) recovers them, no starts empty and
keeps the damaged file; either way one message, the question, and nothing is lost.
Screenshots of the question in light and dark, English and Simplified Chinese."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from gui import i18n
from gui.core.notes import Note, NoteAnchor, NoteStore, default_store_path
from gui.core.notes.bookmarks import new_bookmark, save_bookmarks
from gui.core.notes.model import new_id, now_iso
from gui.core.reading import read_document
from tests.conftest import DEFAULT_REPORT
from tests.core.damaged_sqlite import damage_notes_index

NOTES = 25


def _damaged_store(path: Path, bookmarks=()) -> None:
    """A store of NOTES notes (and ``bookmarks``) whose index page is overwritten
    (quick_check fails, the notes table itself still reads: what a torn write of one page
    does)."""
    stamp = now_iso()
    anchor = NoteAnchor(0, 2, "兰州", "", "高新区", "兰州", "", "高新区")
    with NoteStore(path) as store:
        store.add_many(
            Note(new_id(), "f" * 64, "passage", anchor, f"笔记 {n}", created=stamp, modified=stamp)
            for n in range(NOTES)
        )
        save_bookmarks(store, list(bookmarks))
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damage_notes_index(path)


def _count(path: Path) -> int:
    db = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return db.execute("SELECT COUNT(*) FROM notes").fetchone()[0]
    finally:
        db.close()


@pytest.mark.parametrize("answer", [True, False], ids=["yes", "no"])
def test_the_window_asks_before_recovering_notes(make_window, isolated_data_dir, qtbot, answer):
    _damaged_store(isolated_data_dir / "notes.sqlite3")
    window = make_window(None)  # the store opens with the first document
    window.notifier.answer = answer
    with qtbot.waitSignal(window.signals.document_opened, timeout=15000):
        window.session.open(DEFAULT_REPORT)
    notifier = window.notifier
    ((title, question),) = notifier.messages  # one message: the question
    assert title == "Recover notes?"
    assert f"It still lists {NOTES} notes" in question and "Nothing is lost" in question
    store = window.notes.controller.store
    aside = store.set_aside
    assert aside.parent == isolated_data_dir and aside.name.startswith("notes.sqlite3.corrupt-")
    assert str(aside) in question
    assert store.count() == (NOTES if answer else 0)
    status = window.status.currentMessage()
    if answer:
        assert f"{NOTES} notes were recovered" in status
    else:
        assert f"kept at {aside}" in status
    assert _count(aside) == NOTES  # the damaged file is kept, its notes still readable
    with NoteStore(default_store_path(), salvage=False) as again:
        assert again.count() == (NOTES if answer else 0)  # what was recovered was saved


def test_the_bookmarks_are_offered_and_recovered_with_the_notes(
    make_window, isolated_data_dir, qtbot, document
):
    marks = [new_bookmark(document, document.sections[i].start, f"書籤 {i}") for i in (1, 3, 5)]
    _damaged_store(isolated_data_dir / "notes.sqlite3", marks)
    window = make_window(None)
    window.notifier.answer = True
    # Heard when shown: the message leaves the status bar after 5 s of wall clock, which the
    # open can take on a busy machine (it had gone by the time it was read, session 13).
    shown_in_status: list[str] = []
    window.status.messageChanged.connect(shown_in_status.append)
    with qtbot.waitSignal(window.signals.document_opened, timeout=15000):
        window.session.open(DEFAULT_REPORT)
    ((title, question),) = window.notifier.messages
    assert f"It still lists {NOTES} notes and 3 bookmarks" in question
    assert "Copy the notes and bookmarks" in question
    assert any(f"{NOTES} notes and 3 bookmarks were recovered" in m for m in shown_in_status)
    # The dock shows them: the same bookmarks, back at their places.
    shown = window.bookmarks.bookmarks()
    assert [(m.id, m.name, m.start) for m in shown] == [(m.id, m.name, m.start) for m in marks]


def test_nothing_is_asked_when_the_set_aside_file_holds_no_notes(make_window, isolated_data_dir):
    (isolated_data_dir / "notes.sqlite3").write_bytes(b"this is not a database" * 100)
    window = make_window()
    ((title, message),) = window.notifier.messages
    assert "damaged" in message and "moved" in message and "?" not in title


def test_the_command_line_store_still_recovers_at_once(tmp_path):
    path = tmp_path / "notes.sqlite3"
    _damaged_store(path)
    with NoteStore.open(path) as store:
        assert store.count() == NOTES
        assert f"The {NOTES} notes that could still be read were copied" in store.warning


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_question_screenshots(
    make_window, isolated_data_dir, english_afterwards, qtbot, screenshot, language, theme
):
    from gui.ui.notifier import RecordingNotifier, question_box

    assert i18n.install_translator(english_afterwards, language) == language
    document = read_document(DEFAULT_REPORT)
    marks = [new_bookmark(document, document.sections[i].start) for i in (1, 3)]
    _damaged_store(isolated_data_dir / "notes.sqlite3", marks)  # the question names both
    window = make_window()
    window.set_theme(theme)
    assert isinstance(window.notifier, RecordingNotifier)
    ((title, question),) = window.notifier.messages
    if language == "zh_CN":
        assert "恢复" in title and f"{NOTES} 条笔记和 2 个书签" in question
    else:
        assert f"{NOTES} notes and 2 bookmarks" in question
    box = question_box(window, title, question)
    box.show()
    qtbot.waitExposed(box)
    qtbot.wait(50)
    path = screenshot(box, f"notes-salvage-question-{language}-{theme}")
    assert path.stat().st_size > 0
    box.close()
    window.set_theme("light")

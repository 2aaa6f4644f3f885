"""The notes store seen from the window: opened lazily, restart, damaged file, read-only data
dir, a second instance, and File → Export / Import Notes (the slots the dialogs call)."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from gui.core.notes import NoteStore, default_store_path
from gui.models.outline_model import COUNTS_ROLE

QUOTE = "集聚中牧股份"


def span_of(window, text: str) -> tuple[int, int]:
    start = window.reader.document_model.text.index(text)
    return start, start + len(text)


def fields(body: str = "", tags: tuple[str, ...] = (), colour: str = "yellow"):
    from gui.ui.notes.editor import NoteFields

    return lambda parent, quote, initial, title: NoteFields(body, tags, colour)


def _close_when_idle(window) -> None:
    """Close a window once its background jobs (loading, entity recognition) are done."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    for pool in [*window.findChildren(QThreadPool), QThreadPool.globalInstance()]:
        pool.waitForDone(10000)
    QApplication.processEvents()
    window.close()


def test_store_opens_with_the_first_document_not_at_launch(make_window, isolated_data_dir):
    from tests.conftest import DEFAULT_REPORT

    window = make_window(None)
    assert window.notes.controller.store is None
    assert not (isolated_data_dir / "notes.sqlite3").exists()
    _close_when_idle(window)
    window = make_window(DEFAULT_REPORT)
    assert window.notes.controller.store is not None
    assert (isolated_data_dir / "notes.sqlite3").exists()
    assert window.notifier.messages == []


def test_restart_with_the_same_data_dir_shows_the_notes_again(make_window):
    window = make_window()
    window.notes.ask = fields("第一條筆記", ("企业",), "green")
    note = window.notes.note_on(*span_of(window, QUOTE))
    _close_when_idle(window)
    again = make_window()
    assert again.notes.controller.notes() == [note]
    layer = again.reader.highlighter.layer("notes-green")
    assert list(layer.starts) == [note.start]
    model = again.notes.dock.model
    assert model.visible_notes() == [note]
    assert again.outline.model.index_for_section(2).data(COUNTS_ROLE).get("notes") == 1


def test_damaged_store_is_moved_aside_with_a_warning(make_window, isolated_data_dir):
    damaged = b"this is not a database" * 100
    (isolated_data_dir / "notes.sqlite3").write_bytes(damaged)
    window = make_window()
    ((title, message),) = window.notifier.messages
    assert "damaged" in message and "moved" in message
    aside = list(isolated_data_dir.glob("notes.sqlite3.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == damaged
    window.notes.highlight(*span_of(window, QUOTE))
    with NoteStore(default_store_path()) as store:
        assert store.count() == 1


def test_read_only_data_dir_keeps_notes_in_memory_and_exportable(
    make_window, isolated_data_dir, read_only, tmp_path
):
    window = make_window(None)
    read_only(isolated_data_dir)
    from tests.conftest import DEFAULT_REPORT

    with_doc = window.session
    from PySide6.QtWidgets import QApplication

    with_doc.open(DEFAULT_REPORT)
    with_doc.wait()
    for _ in range(100):
        QApplication.processEvents()
        if window.notes.document is not None:
            break
    assert window.notes.controller.store.is_in_memory
    ((title, message),) = window.notifier.messages
    assert title == "Notes are not saved"
    assert str(isolated_data_dir) in message and "memory" in message and "export" in message
    window.notes.ask = fields("仍然保留", (), "blue")
    note = window.notes.note_on(*span_of(window, QUOTE))
    assert window.notes.controller.notes() == [note]
    assert len(window.notifier.messages) == 1  # told once, not on every change
    out = tmp_path / "kept.md"
    assert window.notes.export_to(out, "md")
    assert "仍然保留" in out.read_text("utf-8")
    assert not (isolated_data_dir / "notes.sqlite3").exists()
    # The window is rebuilt (e.g. another language): the notes in memory come along.
    _close_when_idle(window)
    again = make_window(DEFAULT_REPORT)
    assert again.notes.controller.notes() == [note]
    assert again.notes.controller.store.is_in_memory


def test_read_only_data_dir_keeps_bookmarks_with_the_notes_in_memory(
    make_window, isolated_data_dir, read_only, tmp_path, qtbot
):
    from tests.conftest import DEFAULT_REPORT

    read_only(isolated_data_dir)
    window = make_window(DEFAULT_REPORT)
    assert window.notes.controller.store.is_in_memory
    doc = window.reader.document_model
    mark = window.bookmarks.add_at(doc.sections[2].start, "只在內存")
    # The notes' export reads the bookmarks from the notes' store: the same one in memory.
    out = tmp_path / "kept.csv"
    assert window.notes.export_to(out, "csv")
    assert "只在內存" in out.read_text("utf-8-sig")
    # The window is rebuilt (another language): the bookmark comes along with the notes.
    _close_when_idle(window)
    again = make_window(DEFAULT_REPORT)
    assert [(m.id, m.name) for m in again.bookmarks.bookmarks()] == [(mark.id, "只在內存")]
    assert not (isolated_data_dir / "notes.sqlite3").exists()


def test_a_change_made_in_another_instance_is_merged_not_lost(make_window):
    window = make_window()
    feature = window.notes
    feature.ask = fields("我的筆記", (), "yellow")
    note = feature.note_on(*span_of(window, QUOTE))
    # A second app instance on the same file changes the colour and adds a note.
    with NoteStore(default_store_path()) as other:
        theirs = other.get(note.id).edited(colour="green", tags=("另一個窗口",))
        other.update(theirs, base=note)
        doc = window.reader.document_model
        from gui.core.notes import new_passage_note

        extra = other.add(new_passage_note(doc, *span_of(window, "奇正藏藥"), body="其他"))
    feature.ask = fields("我的筆記(改)", (), "yellow")
    feature.edit_note(note)
    ((title, message),) = window.notifier.messages
    assert "another" in message and "reloaded" in message
    with NoteStore(default_store_path()) as check:
        merged = check.get(note.id)
    assert merged.body == "我的筆記(改)"  # our change
    assert merged.colour == "green" and merged.tags == ("另一個窗口",)  # theirs kept
    assert {n.id for n in feature.controller.notes()} == {note.id, extra.id}  # reloaded
    assert feature.controller.get(note.id) == merged


@pytest.mark.parametrize("fmt", ["md", "html", "csv", "json"])
def test_export_through_the_menu_slot_in_the_current_script(make_window, tmp_path, fmt):
    window = make_window()
    feature = window.notes
    feature.ask = fields("=SUM(A1) 公式", ("企业",), "blue")
    feature.note_on(*span_of(window, QUOTE))
    from gui.core.script import Script

    window.scripts.actions[Script.HANS].trigger()
    out = tmp_path / f"notes.{fmt}"
    assert feature.export_to(out, fmt)
    raw = out.read_bytes()
    text = raw.decode("utf-8-sig")
    assert "集聚中牧股份" in text or fmt == "json"
    if fmt == "csv":
        assert raw.startswith(b"\xef\xbb\xbf")
        rows = list(csv.reader(text.splitlines()))
        assert any(cell.startswith("'=") for row in rows for cell in row)
    if fmt == "json":
        data = json.loads(text)
        assert "集聚中牧股份" in json.dumps(data, ensure_ascii=False)
    assert not list(tmp_path.glob("*.tmp")) and sorted(p.name for p in tmp_path.iterdir()) == [
        out.name
    ]
    assert window.notifier.messages == []
    # The export is in Simplified, the script shown: 中牧股份 is the same, 藏藥 is not.
    assert feature.export_action in window.menus["file"].actions()
    assert feature.import_action in window.menus["file"].actions()


def test_export_failure_is_a_message(make_window, tmp_path):
    window = make_window()
    window.notes.highlight(*span_of(window, QUOTE))
    assert not window.notes.export_to(tmp_path / "missing" / "dir" / "x.md", "md")
    ((title, message),) = window.notifier.messages
    assert title == "Cannot export notes" and "x.md" in message


def test_import_merges_without_duplicates_and_reports_orphans(make_window, tmp_path):
    window = make_window()
    feature = window.notes
    feature.ask = fields("一", ("a",), "green")
    first = feature.note_on(*span_of(window, QUOTE))
    feature.ask = fields("二", (), "pink")
    second = feature.note_on(*span_of(window, "奇正藏藥"))
    exported = tmp_path / "notes.jsonld"
    assert feature.export_to(exported, "json")
    # Another file whose second passage no longer exists, plus an extra note.
    data = json.loads(exported.read_text("utf-8"))
    text = json.dumps(data, ensure_ascii=False)
    assert first.id in text and second.id in text
    feature.delete_note(first)
    feature.delete_note(second)
    assert feature.controller.notes() == []
    result = feature.import_from(exported)
    assert (result.added, result.duplicates, result.orphaned) == (2, 0, 0)
    assert {n.body for n in feature.controller.notes()} == {"一", "二"}
    title, message = window.notifier.messages[-1]
    assert title == "Notes imported" and "2 notes added" in message and "0 of them" in message
    again = feature.import_from(exported)
    assert (again.added, again.duplicates) == (0, 2)
    assert len(feature.controller.notes()) == 2
    # A file from an edited version: its passage is gone → imported as an orphan.
    edited = tmp_path / "edited.jsonld"
    for annotation in _annotations(data):
        annotation["id"] = annotation["id"].replace("-", "f", 1)
        for selector in _selectors(annotation):
            if selector.get("type") == "TextQuoteSelector":
                selector["exact"] = "完全不存在的一段文字內容"
                selector["prefix"] = selector["suffix"] = "無"
            if selector.get("type") == "TextPositionSelector":
                selector["start"], selector["end"] = 5, 17
    edited.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    result = feature.import_from(edited)
    assert result.added == 2 and result.orphaned == 2
    assert "2 of them orphaned" in window.notifier.messages[-1][1]
    orphans = [n for n in feature.controller.notes() if n.orphaned]
    assert len(orphans) == 2
    from gui.models.notes_model import ORPHANS

    group = feature.dock.model.index_for_group(ORPHANS)
    assert feature.dock.model.rowCount(group) == 2


def test_import_of_a_bad_file_is_a_message(make_window, tmp_path):
    window = make_window()
    bad = tmp_path / "bad.jsonld"
    bad.write_text("{not json", "utf-8")
    assert window.notes.import_from(bad) is None
    ((title, message),) = window.notifier.messages
    assert title == "Cannot import notes" and "bad.jsonld" in message


def _annotations(data) -> list[dict]:
    if isinstance(data, list):
        return data
    if "first" in data:
        first = data["first"]
        return first["items"] if isinstance(first, dict) else first
    return data.get("items", [data])


def _selectors(annotation: dict) -> list[dict]:
    targets = annotation["target"]
    targets = targets if isinstance(targets, list) else [targets]
    out = []
    for target in targets:
        selector = target.get("selector", [])
        out += selector if isinstance(selector, list) else [selector]
    return out


def _answer_save_dialog(file_name: Path, seen: list[str]) -> None:
    """When the (Qt, offscreen) save dialog shows: note the folder it opened in, type
    ``file_name`` and accept (or give up and cancel after ~5 s)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

    timer = QTimer(interval=20)
    state = {"ticks": 0, "stable": 0, "seen": False}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            return
        state["ticks"] += 1
        if not state["seen"]:
            state["seen"] = True
            seen.append(dialog.directory().absolutePath())
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        # The dialog re-fills its name field once the folder has been read in the
        # background: type the name until it has stayed put for a few ticks.
        if edit.text() != str(file_name):
            edit.setText(str(file_name))
            state["stable"] = 0
        else:
            state["stable"] += 1
        if state["stable"] >= 5 or state["ticks"] > 250:
            timer.stop()
            dialog.accept() if state["stable"] >= 5 else dialog.reject()

    timer.timeout.connect(answer)
    timer.start()
    _answer_save_dialog.timer = timer  # kept alive until the dialog has answered


def test_export_dialog_opens_in_documents_then_the_last_folder(make_window, tmp_path, monkeypatch):
    # Not the document's folder: the bundled report's is the application's resources/ folder
    # (_internal/resources/ in the standalone build), where Enter would save the user's notes.
    home = tmp_path / "home"
    documents = home / "Documents"
    documents.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    window = make_window()
    window.notes.highlight(*span_of(window, QUOTE))
    seen: list[str] = []
    out = tmp_path / "chosen"
    out.mkdir()
    _answer_save_dialog(out / "first.md", seen)
    window.notes.choose_export()
    assert Path(seen[0]) == documents
    assert (out / "first.md").is_file()
    _answer_save_dialog(out / "second.md", seen)
    window.notes.choose_export()
    assert Path(seen[1]) == out  # remembered
    assert (out / "second.md").is_file()
    from gui.settings import Settings

    assert Settings().export_folder() == str(out)  # and kept for the next session
    # Remembered folder gone, no Documents folder: home.
    shutil.rmtree(out)
    documents.rmdir()
    _answer_save_dialog(home / "third.md", seen)
    window.notes.choose_export()
    assert Path(seen[2]) == home
    assert (home / "third.md").is_file()
    assert window.notifier.messages == []

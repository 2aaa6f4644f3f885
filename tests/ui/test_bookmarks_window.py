"""Bookmarks in the window: Ctrl+B, the dock and the menu, jump, rename, delete; kept in the
notes database and found again after a script switch and on re-opening."""

from __future__ import annotations

import csv
import io

import pytest
from PySide6.QtCore import Qt

from gui.core.notes import NoteStore
from gui.core.notes.bookmarks import stored_bookmarks
from gui.core.script import Script
from tests.ui.ui_language import ui_language


def _labels(feature) -> list[str]:
    lst = feature.dock.list
    return [lst.item(i).text() for i in range(lst.count())]


def test_ctrl_b_bookmarks_the_top_and_the_dock_jumps_back(make_window, qtbot):
    window = make_window()
    window.resize(900, 400)
    feature = window.bookmarks
    doc = window.reader.document_model
    section = doc.sections[4]
    window.signals.jump_requested.emit(section.heading_start)
    qtbot.wait(20)
    qtbot.keyClick(window.reader, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    (mark,) = feature.bookmarks()
    assert mark.start == section.heading_start
    assert mark.name == section.heading
    assert feature.dock.isVisible()
    assert _labels(feature)[0].startswith(section.heading)
    # Stored in the notes database, with the document.
    with NoteStore() as store:
        assert [b.id for b in stored_bookmarks(store, doc.fingerprint)] == [mark.id]
    # Elsewhere, then a click on the row puts the bookmark back at the top.
    window.signals.jump_requested.emit(0)
    qtbot.waitUntil(lambda: window.reader.top_text_pos() == 0)
    lst = feature.dock.list
    rect = lst.visualItemRect(lst.item(0))
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.reader.top_text_pos() == section.heading_start


def test_rename_delete_and_the_menu(make_window, qtbot):
    window = make_window()
    feature = window.bookmarks
    doc = window.reader.document_model
    first = feature.add_at(doc.sections[2].start + 3)
    second = feature.add_at(doc.sections[5].start)
    assert [m.id for m in feature.bookmarks()] == [first.id, second.id]
    feature.ask_name = lambda *args: "  重點  段落 "
    feature.dock.list.setCurrentRow(1)
    feature.dock.list.setFocus()
    qtbot.keyClick(feature.dock.list, Qt.Key.Key_F2)
    assert feature.bookmarks()[1].name == "重點 段落"
    menu = feature.dock.build_menu(feature.dock.list.item(0))
    menu.findChild(type(menu.actions()[0]), "bookmark_delete").trigger()
    assert [m.name for m in feature.bookmarks()] == ["重點 段落"]
    feature.menu.aboutToShow.emit()
    texts = [a.text() for a in feature.menu.actions()]
    assert any(t.startswith("重點 段落") for t in texts)
    with NoteStore() as store:
        assert [b.name for b in stored_bookmarks(store, doc.fingerprint)] == ["重點 段落"]


def test_the_reader_context_menu_bookmarks_the_place_clicked(make_window):
    from PySide6.QtGui import QTextCursor

    window = make_window()
    reader = window.reader
    doc = reader.document_model
    target = doc.text.index("實現總產值140億元")
    window.signals.jump_requested.emit(target)
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.view_position(target))
    point = reader.cursorRect(cursor).center()  # on the boundary before the quote
    menu = reader.build_context_menu(point)
    (action,) = [a for a in menu.actions() if a.objectName() == "bookmark_here"]
    action.trigger()
    (mark,) = window.bookmarks.bookmarks()
    assert mark.start == target


def test_bookmarks_survive_a_script_switch_and_reopening(make_window, qtbot):
    window = make_window()
    doc = window.reader.document_model
    target = doc.text.index("實現總產值140億元")
    mark = window.bookmarks.add_at(target, "產值")
    window.scripts.actions[Script.HANS].trigger()
    window.bookmarks.go_to(window.bookmarks.bookmarks()[0])
    assert window.reader.top_text_pos() <= target
    line = window.reader.views.line_at(target)
    assert "实现总产值140亿元" in window.reader.document().findBlockByNumber(line).text()
    window.close()
    again = make_window()
    (reloaded,) = again.bookmarks.bookmarks()
    assert (reloaded.id, reloaded.start, reloaded.name) == (mark.id, target, "產值")


def _stored(doc) -> list[tuple[str, str, int]]:
    with NoteStore() as store:
        return [(b.id, b.name, b.start) for b in stored_bookmarks(store, doc.fingerprint)]


def test_a_deleted_bookmark_comes_back_with_edit_undo(make_window, qtbot):
    window = make_window()
    feature = window.bookmarks
    doc = window.reader.document_model
    kept = feature.add_at(doc.sections[2].start, "留著")
    gone = feature.add_at(doc.sections[5].start, "刪掉")
    before = _stored(doc)
    assert [m[0] for m in before] == [kept.id, gone.id]
    lst = feature.dock.list
    lst.setCurrentRow(1)
    lst.setFocus()
    qtbot.keyClick(lst, Qt.Key.Key_Delete)
    assert [m.id for m in feature.bookmarks()] == [kept.id]
    assert [m[0] for m in _stored(doc)] == [kept.id]
    assert "Edit → Undo" in window.status.currentMessage()
    undo = window.notes.undo_action  # Edit → Undo, the notes' own
    assert undo in window.menus["edit"].actions()
    assert undo.text() == "&Undo Delete Bookmark"
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    # The same bookmark (id, name, place), in the dock and in the database.
    assert [(m.id, m.name, m.start) for m in feature.bookmarks()] == before
    assert _stored(doc) == before
    assert _labels(feature)[1].startswith("刪掉")
    window.notes.redo_action.trigger()
    assert [m.id for m in feature.bookmarks()] == [kept.id]
    assert [m[0] for m in _stored(doc)] == [kept.id]


def test_adding_and_renaming_are_undone_in_turn_with_the_notes(make_window):
    window = make_window()
    feature = window.bookmarks
    notes = window.notes
    doc = window.reader.document_model
    mark = feature.add_at(doc.sections[3].start, "甲")
    target = doc.text.index("實現總產值140億元")
    notes.highlight(target, target + 10)  # a note between the bookmark's changes
    feature.rename(mark, "乙")
    assert _stored(doc) == [(mark.id, "乙", mark.start)]
    undo = notes.undo_action
    assert undo.text() == "&Undo Rename Bookmark"
    undo.trigger()
    assert [m.name for m in feature.bookmarks()] == ["甲"]
    assert _stored(doc) == [(mark.id, "甲", mark.start)]
    assert undo.text() == "&Undo Highlight"
    undo.trigger()
    assert notes.controller.notes() == [] and feature.bookmarks()[0].name == "甲"
    assert undo.text() == "&Undo Add Bookmark"
    undo.trigger()
    assert feature.bookmarks() == [] and _stored(doc) == []
    assert not undo.isEnabled()
    notes.redo_action.trigger()
    assert _stored(doc) == [(mark.id, "甲", mark.start)]


def test_opening_another_report_forgets_the_bookmark_undo(make_window, qtbot, tmp_path):
    window = make_window()
    doc = window.reader.document_model
    mark = window.bookmarks.add_at(doc.sections[1].start)
    window.bookmarks.delete(mark)
    other = tmp_path / "other.txt"
    other.write_text("另一份報告\n\n第一段文字。\n", encoding="utf-8")
    with qtbot.waitSignal(window.signals.document_opened, timeout=15000):
        window.session.open(other)
    # Undoing here would put the first report's bookmark into this one.
    assert not window.notes.undo_action.isEnabled()
    assert window.bookmarks.bookmarks() == []


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_bookmarks_screenshots(make_window, qapp, qtbot, screenshot, theme, language):
    with ui_language(qapp, language):
        window = make_window()
        window.resize(1100, 620)
        window.set_theme(theme)
        feature = window.bookmarks
        doc = window.reader.document_model
        for i in (1, 3, 5):
            feature.add_at(doc.sections[i].start)
        feature.dock.raise_()
        qtbot.wait(50)
        if language == "zh_CN":
            assert feature.menu.title() == "书签(&B)"
        screenshot(window, f"bookmarks-{theme}-{language}")
        # After a delete: the status bar says how to get it back, Edit offers the undo.
        feature.delete(feature.bookmarks()[1])
        undo = window.notes.undo_action.text()
        if language == "zh_CN":
            assert "删除书签" in undo and "撤销" in window.status.currentMessage()
        else:
            assert undo == "&Undo Delete Bookmark"
        qtbot.wait(50)
        screenshot(window, f"bookmarks-deleted-{theme}-{language}")
        edit = window.menus["edit"]
        edit.popup(window.mapToGlobal(window.rect().center()))
        qtbot.waitExposed(edit)
        screenshot(edit, f"bookmarks-undo-menu-{theme}-{language}")
        edit.close()


def test_bookmarks_go_out_with_the_notes_in_json_ld_and_come_back(make_window, tmp_path):
    window = make_window()
    doc = window.reader.document_model
    window.bookmarks.add_at(doc.sections[3].start, "回頭看")
    out = tmp_path / "notes.jsonld"
    assert window.notes.export_to(out, "json")
    assert '"bookmarking"' in out.read_text(encoding="utf-8")
    # The formats for tools carry it too, from File → Export Notes… as from the CLI.
    table = tmp_path / "notes.csv"
    assert window.notes.export_to(table, "csv")
    rows = list(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8-sig"))))
    assert [(r["kind"], r["name"]) for r in rows] == [("bookmark", "回頭看")]
    page = tmp_path / "notes.md"
    assert window.notes.export_to(page, "md")
    assert "## Bookmarks\n\n**回頭看**" in page.read_text(encoding="utf-8")
    mark = window.bookmarks.bookmarks()[0]
    window.bookmarks.delete(mark)
    assert window.bookmarks.bookmarks() == []
    window.notes.import_from(out)  # the dock hears of it and shows it again
    assert [m.name for m in window.bookmarks.bookmarks()] == ["回頭看"]

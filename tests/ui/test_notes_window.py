"""Notes in the window: create, edit, delete with undo; markers; section notes from the
outline; counts; the dock (click → jump and flash, filter); orphans re-attached.

Real window, real report, real SQLite store in the test's data dir. The note editor dialog is
replaced by a function returning what a user would type (``feature.ask``), and tested on its
own at the end."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from gui.core.notes import NoteStore, default_store_path
from gui.models.notes_model import GROUP_ROLE, NOTE_ROLE, ORPHANS
from gui.models.outline_model import COUNTS_ROLE
from gui.ui.notes.editor import NoteEditor, NoteFields, split_tags
from gui.ui.notes.painting import MARKER_LAYER

QUOTE = "集聚中牧股份"


def answer(body: str = "", tags: tuple[str, ...] = (), colour: str = "yellow"):
    """A stand-in for the note editor: what the user typed, then OK."""
    return lambda parent, quote, initial, title: NoteFields(body, tags, colour)


def stored(fingerprint: str) -> list:
    """The notes on disk, read through a second connection."""
    with NoteStore(default_store_path()) as store:
        return store.notes_for(fingerprint)


def span_of(window, text: str) -> tuple[int, int]:
    start = window.reader.document_model.text.index(text)
    return start, start + len(text)


def context_action(window, name: str, span: tuple[int, int]):
    """Select ``span`` and find action ``name`` in the reader's context menu."""
    window.reader.select_text_span(*span)
    menu = window.reader.build_context_menu(QPoint(5, 5))
    for action in menu.findChildren(type(menu.actions()[0])):
        if action.objectName() == name:
            return action, menu
    raise AssertionError(f"no {name} in {[a.text() for a in menu.actions()]}")


def test_highlight_edit_delete_and_undo_redo(make_window):
    window = make_window()
    feature = window.notes
    doc = window.reader.document_model
    span = span_of(window, QUOTE)
    action, _ = context_action(window, "highlight_green", span)
    action.trigger()
    (note,) = stored(doc.fingerprint)
    assert (note.start, note.end, note.colour, note.body) == (*span, "green", "")
    layer = window.reader.highlighter.layer("notes-green")
    assert list(zip(layer.starts, layer.ends, strict=True)) == [span]
    assert window.reader.highlighter.layer(MARKER_LAYER) is None  # no text, no marker

    feature.ask = answer("重點企業名單", ("企业", "2021"), "blue")
    feature.edit_note(note)
    (edited,) = stored(doc.fingerprint)
    assert (edited.body, edited.tags, edited.colour) == ("重點企業名單", ("企业", "2021"), "blue")
    assert window.reader.highlighter.layer("notes-green") is None
    assert list(window.reader.highlighter.layer(MARKER_LAYER).starts) == [span[0]]

    feature.delete_note(edited)
    assert stored(doc.fingerprint) == []
    assert feature.dock.model.rowCount() == 0
    assert feature.undo_action.text().endswith("Delete Note")

    feature.undo_action.trigger()  # the delete
    assert stored(doc.fingerprint) == [edited]
    feature.undo_action.trigger()  # the edit
    (back,) = stored(doc.fingerprint)
    assert (back.body, back.colour) == ("", "green")
    feature.undo_action.trigger()  # the highlight
    assert stored(doc.fingerprint) == []
    assert not feature.undo_action.isEnabled()
    feature.redo_action.trigger()  # highlight again
    feature.redo_action.trigger()  # edit again
    assert stored(doc.fingerprint) == [edited]
    feature.redo_action.trigger()  # delete again
    assert stored(doc.fingerprint) == []
    # Edit → Undo/Redo are in the Edit menu.
    assert feature.undo_action in window.menus["edit"].actions()
    assert feature.redo_action in window.menus["edit"].actions()


def test_add_note_by_shortcut_shows_marker_and_tooltip(make_window, qtbot):
    window = make_window()
    feature = window.notes
    reader = window.reader
    span = span_of(window, QUOTE)
    reader.select_text_span(*span)
    feature.ask = answer("近200家企業", ("产业",), "pink")
    reader.setFocus()
    qtbot.keyClick(
        reader,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    (note,) = feature.controller.notes()
    assert (note.start, note.end, note.body, note.colour) == (*span, "近200家企業", "pink")
    assert list(reader.highlighter.layer(MARKER_LAYER).starts) == [span[0]]
    # The margin marker sits beside the line; the tooltip over the passage shows the note.
    reader.ensure_text_visible(*span)
    qtbot.wait(20)
    rects = feature.painter.markers.marker_rects()
    assert [n.id for n, _ in rects] == [note.id]
    line_start = QTextCursor(reader.document())
    line_start.setPosition(reader.document().findBlock(reader.view_position(span[0])).position())
    column_left = reader.viewport().x() + reader.cursorRect(line_start).left()
    assert 0 <= rects[0][1].left() and rects[0][1].right() <= column_left
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.view_position(span[0] + 2))
    point = reader.cursorRect(cursor).center()
    assert any("近200家企業" in tip and "#产业" in tip for tip in reader.tooltips_at(point))
    # Ctrl+Shift+H highlights in the last colour used.
    other = span_of(window, "奇正藏藥")
    reader.select_text_span(*other)
    qtbot.keyClick(
        reader,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert [(n.start, n.colour) for n in feature.controller.notes()] == [
        (span[0], "pink"),
        (other[0], "pink"),
    ]


def test_context_menu_add_note_and_edit_entries(make_window):
    window = make_window()
    feature = window.notes
    span = span_of(window, QUOTE)
    feature.ask = answer("a note", (), "purple")
    action, _ = context_action(window, "add_note_here", span)
    action.trigger()
    (note,) = feature.controller.notes()
    assert note.colour == "purple"
    window.reader.select_text_span(span[0] + 1, span[0] + 1)
    texts = [a.text() for a in window.reader.build_context_menu(QPoint(5, 5)).actions()]
    # The menu at (5, 5) is at the top of the text; the hook is given the clicked position.
    menu = window.reader.build_context_menu(QPoint(5, 5))
    from PySide6.QtWidgets import QMenu

    probe = QMenu()
    feature.add_reader_menu_entries(probe, span[0] + 1, None)
    labels = [a.text() for a in probe.actions()]
    assert any(t.startswith("&Edit Note") for t in labels), labels
    assert any(t.startswith("&Delete Note") for t in labels), labels
    assert menu is not None and texts


def test_section_note_from_the_outline_and_counts(make_window):
    window = make_window()
    feature = window.notes
    doc = window.reader.document_model
    outline = window.outline
    index = outline.model.index_for_section(2)
    menu = feature.build_outline_menu(index)
    (action,) = [a for a in menu.actions() if a.objectName() == "outline_section_note"]
    feature.ask = answer("生物醫藥是首位產業", ("产业",), "orange")
    action.trigger()
    (note,) = stored(doc.fingerprint)
    assert note.kind == "section"
    assert doc.text[note.start : note.end] == doc.sections[2].heading
    feature.highlight(*span_of(window, QUOTE))  # also in section 2
    assert outline.model.index_for_section(2).data(COUNTS_ROLE).get("notes") == 2
    assert "2 notes" in outline.model.index(2, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "2 notes" in outline.model.index(2, 1).data()
    # The dock's button adds a note on the section at the top of the reader.
    window.signals.jump_requested.emit(doc.sections[4].heading_start)
    window.session.set_position(window.reader.top_text_pos())
    feature.ask = answer("研發機構", (), "blue")
    feature.dock.section_button.click()
    section_notes = [n for n in feature.controller.notes() if n.kind == "section"]
    assert [n.start for n in section_notes] == [doc.sections[2].start, doc.sections[4].start]
    assert outline.model.index_for_section(4).data(COUNTS_ROLE).get("notes") == 1
    feature.undo_action.trigger()
    assert outline.model.index_for_section(4).data(COUNTS_ROLE).get("notes") is None


def test_dock_groups_by_section_and_click_jumps_and_flashes(make_window, qtbot):
    window = make_window()
    window.resize(900, 400)
    feature = window.notes
    doc = window.reader.document_model
    late = span_of(window, "提高國際化發展水平")
    early = span_of(window, QUOTE)
    feature.highlight(*late, colour="green")
    feature.highlight(*early, colour="yellow")
    model = feature.dock.model
    groups = [model.index(r, 0) for r in range(model.rowCount())]
    assert [g.data(GROUP_ROLE) for g in groups] == [2, 6]  # reading order
    assert groups[0].data().startswith("生物醫藥首位產業優勢凸顯。")
    first = model.index(0, 0, groups[0])
    assert first.data(NOTE_ROLE).start == early[0]
    assert QUOTE in first.data()
    window.signals.jump_requested.emit(0)
    rect = feature.dock.tree.visualRect(model.index(0, 0, groups[1]))
    jumps, flashes = [], []
    window.signals.jump_requested.connect(jumps.append)
    window.signals.flash_requested.connect(lambda s, e: flashes.append((s, e)))
    qtbot.mouseClick(feature.dock.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert jumps == [late[0]] and flashes == [late]
    flash = window.reader.highlighter.layer("flash")
    assert list(zip(flash.starts, flash.ends, strict=True)) == [late]
    line = window.reader.views.line_at(late[0])
    assert window.reader.cursorForPosition(QPoint(0, 0)).blockNumber() <= line
    assert doc.sections[6].heading == "提高國際化發展水平。"


def test_dock_filter_by_text_tag_and_colour(make_window):
    window = make_window()
    feature = window.notes
    dock = feature.dock
    feature.ask = answer("企業名單", ("企业",), "blue")
    feature.note_on(*span_of(window, QUOTE))
    feature.ask = answer("研發", ("科研", "企业"), "green")
    feature.note_on(*span_of(window, "加快建設新型研發機構"))
    feature.highlight(*span_of(window, "提高國際化發展水平"), colour="yellow")
    model = dock.model
    assert len(model.visible_notes()) == 3
    dock.filter_edit.setText("名單")
    assert [n.body for n in model.visible_notes()] == ["企業名單"]
    dock.filter_edit.setText("國際化")  # the quote counts too
    assert [n.colour for n in model.visible_notes()] == ["yellow"]
    dock.filter_edit.clear()
    dock.tag_combo.setCurrentIndex(dock.tag_combo.findData("企业"))
    assert len(model.visible_notes()) == 2
    dock.colour_buttons["green"].setChecked(True)
    assert [n.body for n in model.visible_notes()] == ["研發"]
    dock.tag_combo.setCurrentIndex(0)
    dock.colour_buttons["yellow"].setChecked(True)
    assert {n.colour for n in model.visible_notes()} == {"green", "yellow"}
    dock.colour_buttons["green"].setChecked(False)
    dock.colour_buttons["yellow"].setChecked(False)
    assert len(model.visible_notes()) == 3


def test_orphan_is_listed_and_reattached(make_window, tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(
        "年度報告\n一、總體情況\n今年重點推進數字經濟發展。\n二、下一步\n繼續推進。\n", "utf-8"
    )
    window = make_window(path)
    feature = window.notes
    feature.ask = answer("數字經濟", ("经济",), "purple")
    note = feature.note_on(*span_of(window, "重點推進數字經濟發展"))
    kept = feature.highlight(*span_of(window, "繼續推進"), colour="green")
    # The passage is rewritten completely: nothing to find any more. (The other note is
    # still found, so the edited file adopts this file's notes.)
    path.write_text(
        "年度報告\n一、總體情況\n今年全力建設港口物流樞紐。\n二、下一步\n繼續推進。\n", "utf-8"
    )
    window.session.open(path)
    window.session.wait()
    _process_until(lambda: window.reader.document_model.text.find("港口") >= 0)
    _process_until(lambda: feature.document is window.reader.document_model)
    placed_first, orphan = feature.controller.notes()
    assert placed_first.id == kept.id and not placed_first.orphaned
    assert orphan.id == note.id and orphan.orphaned
    model = feature.dock.model
    group = model.index_for_group(ORPHANS)
    assert group.isValid() and model.rowCount(group) == 1
    assert model.index(0, 0, group).data(NOTE_ROLE).id == note.id
    assert window.reader.highlighter.layer("notes-purple") is None  # not painted anywhere
    # Re-attach: select the new passage, pick the orphan, press the button.
    window.reader.select_text_span(*span_of(window, "全力建設港口物流樞紐"))
    feature.dock.select_note(note.id)
    assert feature.dock.reattach_button.isEnabled()
    feature.dock.reattach_button.click()
    placed = feature.controller.get(note.id)
    assert not placed.orphaned and placed.anchor.exact == "全力建設港口物流樞紐"
    assert placed.body == "數字經濟"
    assert not model.index_for_group(ORPHANS).isValid()
    assert list(window.reader.highlighter.layer("notes-purple").starts) == [placed.start]
    assert placed in stored(window.reader.document_model.fingerprint)
    feature.undo_action.trigger()  # back to the orphan, never dropped
    assert feature.controller.get(note.id).orphaned


def _process_until(condition, limit: int = 3000) -> None:
    from PySide6.QtCore import QElapsedTimer
    from PySide6.QtWidgets import QApplication

    timer = QElapsedTimer()
    timer.start()
    while not condition():
        QApplication.processEvents()
        if timer.elapsed() > limit:
            raise AssertionError("timed out")


def test_note_editor_dialog_reads_its_fields(qtbot):
    editor = NoteEditor(None, "集聚中牧股份", NoteFields("舊", ("a",), "green"), "Edit")
    qtbot.addWidget(editor)
    assert editor.body_edit.toPlainText() == "舊"
    assert editor.tags_edit.text() == "a"
    assert editor.fields().colour == "green"
    editor.body_edit.setPlainText("  新的筆記 \n")
    editor.tags_edit.setText("政策, 2021，產業、#政策")
    editor.findChild(type(editor.colour_group.buttons()[0]), "colour_orange").setChecked(True)
    assert editor.fields() == NoteFields("新的筆記", ("政策", "2021", "產業"), "orange")
    assert split_tags(" , ,") == ()


@pytest.mark.parametrize("name", ["notes_dock"])
def test_dock_is_a_named_window_dock(make_window, name):
    window = make_window(None)
    dock = window.findChild(type(window.notes.dock), name)
    assert dock is window.notes.dock
    assert dock.toggleViewAction() in window.menus["view"].actions()
    assert window.menus["notes"].title() == "&Notes"
    assert Path(default_store_path()).name == "notes.sqlite3"


def test_delete_key_in_the_dock_and_undo_on_the_window(make_window, qtbot):
    window = make_window()
    feature = window.notes
    note = feature.highlight(*span_of(window, QUOTE), colour="orange")
    feature.dock.raise_()
    feature.dock.select_note(note.id)
    feature.dock.tree.setFocus()
    qtbot.keyClick(feature.dock.tree, Qt.Key.Key_Delete)
    assert feature.controller.notes() == []
    assert window.undo_stack is feature.undo_stack
    window.undo_stack.undo()
    assert feature.controller.notes() == [note]


@pytest.mark.slow
def test_tints_follow_the_theme(make_window, qtbot):
    from gui.ui.notes.painting import TINTS

    window = make_window()
    hl = window.reader.highlighter

    def tint_now() -> str:
        return hl.layer("notes-blue").fmt.background().color().name()

    window.set_theme("light")
    window.notes.highlight(*span_of(window, QUOTE), colour="blue")
    qtbot.waitUntil(lambda: tint_now() == TINTS["light"]["blue"], timeout=2000)
    window.set_theme("dark")
    qtbot.waitUntil(lambda: tint_now() == TINTS["dark"]["blue"], timeout=2000)
    window.set_theme("light")
    qtbot.waitUntil(lambda: tint_now() == TINTS["light"]["blue"], timeout=2000)


def test_deleting_the_last_note_of_the_filtered_tag_shows_the_rest(make_window, qtbot):
    # The tag box falls back to "All tags" when its tag disappears; the list must follow it
    # instead of keeping the vanished tag's (now empty) filter.
    window = make_window()
    feature = window.notes
    dock = feature.dock
    feature.ask = answer("企業名單", ("企业",), "blue")
    only = feature.note_on(*span_of(window, QUOTE))
    feature.highlight(*span_of(window, "提高國際化發展水平"), colour="yellow")
    dock.tag_combo.setCurrentIndex(dock.tag_combo.findData("企业"))
    assert len(dock.model.visible_notes()) == 1
    dock.raise_()
    dock.select_note(only.id)
    dock.tree.setFocus()
    qtbot.keyClick(dock.tree, Qt.Key.Key_Delete)
    assert dock.tag_combo.currentIndex() == 0
    assert [n.colour for n in dock.model.visible_notes()] == ["yellow"]

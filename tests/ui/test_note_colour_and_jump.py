"""A highlight's context menu changes its colour (undoable); jumping to a note shows its
section's heading above it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor

from gui.core.notes import NoteStore
from tests.ui.ui_language import ui_language


def _viewport_point(reader, pos: int):
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.view_position(pos))
    return reader.cursorRect(cursor).center()


def _menu_action(menu, name):
    for action in menu.actions():
        if action.objectName() == name:
            return action
        sub = action.menu()
        if sub is not None:
            found = _menu_action(sub, name)
            if found is not None:
                return found
    return None


def test_right_click_on_a_highlight_changes_its_colour_and_undo_restores_it(make_window):
    window = make_window()
    feature = window.notes
    doc = window.reader.document_model
    start = doc.text.index("集聚中牧股份")
    note = feature.highlight(start, start + 6, "yellow")
    window.signals.jump_requested.emit(start)
    menu = window.reader.build_context_menu(_viewport_point(window.reader, start + 2))
    pink = _menu_action(menu, "note_colour_pink")
    assert pink is not None and _menu_action(menu, "note_colour_yellow").isChecked()
    pink.trigger()
    assert feature.controller.get(note.id).colour == "pink"
    with NoteStore() as store:
        assert store.get(note.id).colour == "pink"
    assert feature.undo_stack.undoText() == "Change Colour"
    feature.undo_stack.undo()
    assert feature.controller.get(note.id).colour == "yellow"


def test_jumping_to_a_note_shows_its_section_heading(make_window, qtbot):
    window = make_window()
    window.resize(900, 900)  # the paragraph wraps: the note is lines below its heading
    qtbot.wait(20)
    reader, feature = window.reader, window.notes
    doc = reader.document_model
    start = doc.text.index("實現總產值140億元")
    section = doc.section_path(start)[-1]
    assert section.heading_start < start < section.end
    note = feature.highlight(start, start + 10, "blue")
    window.signals.jump_requested.emit(0)
    qtbot.waitUntil(lambda: reader.top_text_pos() == 0)
    feature.dock.note_activated.emit(note)
    height = reader.viewport().height()
    heading_y = _viewport_point(reader, section.heading_start).y()
    note_y = _viewport_point(reader, start).y()
    assert 0 <= heading_y < note_y < height  # the heading above the note, both on screen


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_colour_menu_screenshots(make_window, qapp, qtbot, screenshot, theme, language):
    with ui_language(qapp, language):
        window = make_window()
        window.set_theme(theme)
        doc = window.reader.document_model
        start = doc.text.index("集聚中牧股份")
        window.notes.highlight(start, start + 6, "green")
        window.signals.jump_requested.emit(start)
        menu = window.reader.build_context_menu(_viewport_point(window.reader, start + 2))
        sub = _menu_action(menu, "note_colour_green").parent()
        sub.popup(window.mapToGlobal(window.rect().center()))
        qtbot.waitExposed(sub)
        if language == "zh_CN":
            assert "颜色" in sub.title()
        screenshot(sub, f"note-colour-menu-{theme}-{language}")
        sub.close()
        menu.deleteLater()

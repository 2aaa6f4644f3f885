"""View → Language: switching rebuilds the window in the new language and remembers it."""

from __future__ import annotations

import re

import pytest
import shiboken6
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDockWidget

from gui import i18n
from gui.settings import Settings
from gui.ui import language_menu
from tests.conftest import DEFAULT_REPORT

_HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(autouse=True)
def _english_afterwards(english_afterwards):
    yield


def _menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _dock_titles(window) -> list[str]:
    return sorted(dock.windowTitle() for dock in window.findChildren(QDockWidget))


def _settle(window, qtbot) -> None:
    """Wait until entity recognition and its painting are over: the window being replaced
    is deleted, and work still queued for it would call into deleted widgets."""
    feature = window.entities
    qtbot.waitUntil(lambda: feature.result is not None and not feature.busy, timeout=30000)
    qtbot.wait(20)


def _switch(window, code: str, qtbot):
    """``switch_language`` once ``window`` is idle; waits for the rebuilt window to reopen
    the document and settle."""
    _settle(window, qtbot)
    new = language_menu.switch_language(window, code)
    assert new is not window
    with qtbot.waitSignal(new.signals.document_opened, timeout=15000):
        pass
    qtbot.waitExposed(new)
    _settle(new, qtbot)
    return new


@pytest.fixture
def first_window(qtbot):
    """A shown MainWindow with the bundled report open. Not ``make_window``: a language
    switch deletes the window it replaces, which that fixture's teardown would close."""
    from gui.ui.main_window import MainWindow
    from gui.ui.notifier import RecordingNotifier

    window = MainWindow(Settings(), RecordingNotifier())
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.signals.document_opened, timeout=15000):
        window.session.open(DEFAULT_REPORT)
    return window


def _close(window) -> None:
    if shiboken6.isValid(window):
        window.close()


def test_switch_to_chinese_and_back(first_window, qtbot, screenshot):
    window = first_window
    english_menus = _menu_titles(window)
    assert english_menus[:3] == ["&File", "&Edit", "&View"]
    english_docks = _dock_titles(window)

    chinese = _switch(window, "zh_CN", qtbot)
    try:
        menus = _menu_titles(chinese)
        assert menus[:3] == ["文件(&F)", "编辑(&E)", "视图(&V)"]
        assert len(menus) == len(english_menus)
        untranslated = [t for t in menus if not _HAN.search(t)]
        assert not untranslated, f"menu titles still English: {untranslated}"
        docks = _dock_titles(chinese)
        assert docks and len(docks) == len(english_docks)
        assert all(_HAN.search(t) for t in docks), docks
        assert "大纲" in docks
        assert chinese.windowTitle().endswith("— 报告阅读器")
        assert chinese.toolbar.windowTitle() == "工具栏"
        # The checked entry in View → Language follows the setting.
        checked = [
            a.data()
            for a in chinese.findChildren(QAction)
            if a.objectName().startswith("language_") and a.isChecked()
        ]
        assert checked == ["zh_CN"]
        # The choice is saved: a fresh Settings (a restart) reads it back.
        assert chinese.settings.language() == "zh_CN"
        chinese.settings.sync()
        assert Settings().language() == "zh_CN"
        screenshot(chinese, "zh_CN")

        english = _switch(chinese, "en", qtbot)
    finally:
        _close(chinese)
    try:
        assert _menu_titles(english) == english_menus
        assert _dock_titles(english) == english_docks
        assert Settings().language() == "en"
    finally:
        _close(english)


def test_switching_to_the_current_language_keeps_the_window(make_window, qtbot):
    window = make_window(None)
    window.settings.set_language("en")
    assert language_menu.switch_language(window, "en") is window


def test_language_menu_offers_system_english_and_chinese(make_window):
    window = make_window(None)
    codes = [
        a.data() for a in window.findChildren(QAction) if a.objectName().startswith("language_")
    ]
    assert codes == [i18n.SYSTEM, "en", "zh_CN"]


def test_chinese_without_a_qm_keeps_an_english_window(first_window, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)  # empty: no .qm
    new = _switch(first_window, "zh_CN", qtbot)
    try:
        assert _menu_titles(new)[:3] == ["&File", "&Edit", "&View"]
        assert new.settings.language() == "zh_CN"  # the choice is kept for when a .qm exists
    finally:
        _close(new)
    assert QApplication.instance() is not None


@pytest.mark.slow
def test_chinese_window_and_menus_screenshots(first_window, qtbot, screenshot):
    """For looking at: the window with the entities dock raised, and each menu, in Chinese."""
    window = _switch(first_window, "zh_CN", qtbot)
    try:
        window.resize(1280, 800)
        window.entities.dock.show()
        window.entities.dock.raise_()
        qtbot.wait(100)
        screenshot(window, "zh_CN-entities")
        menus = [a.menu() for a in window.menuBar().actions()]
        menus += [a.menu() for a in window.menus["view"].actions() if a.menu()]
        for n, menu in enumerate(menus):
            menu.popup(window.mapToGlobal(window.rect().topLeft()))
            qtbot.wait(30)
            texts = [a.text() for a in menu.actions() if not a.isSeparator() and a.text()]
            english = [t for t in texts if not _HAN.search(t) and t not in _OWN_NAMES]
            screenshot(menu, f"zh_CN-menu-{n}")
            menu.hide()
            assert not english, f"{menu.title()}: {english}"
        window.find_bar.open_bar("高新区")
        window.find_bar.search()
        qtbot.waitUntil(lambda: bool(window.find_bar.hits))
        assert re.fullmatch(r"1/\d+", window.find_bar.count_label.text())
        qtbot.wait(30)
        screenshot(window.find_bar, "zh_CN-find-bar")
        window.find_bar.close_bar()
        from gui.ui.notes.editor import NoteEditor

        editor = NoteEditor(window, "加快建设新型研发机构", title="添加笔记")
        editor.show()
        qtbot.waitExposed(editor)
        screenshot(editor, "zh_CN-note-editor")
        editor.reject()
    finally:
        _close(window)


#: Entries that are not translated on purpose: language names in their own language, and
#: the one-character script buttons.
_OWN_NAMES = {"English", "简体中文"}

"""Settings survive a restart with the same data dir; recent files; themes; zoom."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from gui.core.paths import data_dir
from gui.core.script import Script
from gui.ui.typography import DEFAULT_FONT_SIZE
from tests.conftest import DEFAULT_REPORT


def test_settings_survive_a_restart(make_window, qtbot, tmp_path):
    report = tmp_path / "copy-of-report.txt"
    shutil.copy(DEFAULT_REPORT, report)
    first = make_window(report)
    first.resize(QSize(720, 420))
    qtbot.wait(20)
    first.scripts.actions[Script.TW].trigger()
    first.zoom_in_action.trigger()
    first.zoom_in_action.trigger()
    doc = first.session.current.document
    target = doc.sections[4].heading_start
    first.signals.jump_requested.emit(target)
    qtbot.waitUntil(lambda: first.session.current.position == target)
    first.close()
    assert (data_dir() / "settings.ini").is_file()

    second = make_window(None, initial=True)  # no FILE: reopens the last document
    assert second.session.current.document.path.resolve() == report.resolve()
    assert second.reader.script is Script.TW
    assert second.scripts.actions[Script.TW].isChecked()
    assert second.reader.font_size() == DEFAULT_FONT_SIZE + 2
    assert second.size() == QSize(720, 420)
    assert second.reader.top_text_pos() == target
    assert second.recent_menu.actions()[0].toolTip() == str(report.resolve())
    second.zoom_reset_action.trigger()
    assert second.reader.font_size() == DEFAULT_FONT_SIZE


def test_script_is_remembered_per_document(make_window, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("一、总体要求\n坚持稳中求进。\n二、主要任务\n推动高质量发展。", "utf-8")
    window = make_window(DEFAULT_REPORT)
    window.scripts.actions[Script.HK].trigger()
    window.close()
    window = make_window(other)
    assert window.reader.script is Script.ORIGINAL
    window.scripts.actions[Script.HANT].trigger()
    window.close()
    window = make_window(DEFAULT_REPORT)
    assert window.reader.script is Script.HK
    window = make_window(other)
    assert window.reader.script is Script.HANT


def test_recent_files_menu_is_capped_and_clearable(make_window, qtbot, tmp_path):
    window = make_window(None)
    for n in range(12):
        path = tmp_path / f"r{n}.txt"
        path.write_text(f"第{n}号报告\n一、概况\n内容。", "utf-8")
        with qtbot.waitSignal(window.signals.document_opened, timeout=10000):
            window.signals.open_requested.emit(str(path))
    files = window.settings.recent_files()
    assert len(files) == 10 and files[0].endswith("r11.txt")
    entries = [a for a in window.recent_menu.actions() if a.toolTip().endswith(".txt")]
    assert len(entries) == 10
    with qtbot.waitSignal(window.signals.document_opened, timeout=10000):
        entries[3].trigger()
    assert window.session.current.document.path.name == "r8.txt"
    clear = [a for a in window.recent_menu.actions() if a.text() == "&Clear Menu"][0]
    clear.trigger()
    assert window.settings.recent_files() == []


@pytest.mark.slow
def test_dark_theme_is_readable(make_window, qtbot, screenshot):
    window = make_window()
    app = QApplication.instance()
    try:
        window.theme_actions["dark"].trigger()
        qtbot.wait(20)
        base = window.reader.palette().color(QPalette.ColorRole.Base)
        text = window.reader.palette().color(QPalette.ColorRole.Text)
        assert base.lightness() < 100 and text.lightness() > 180
        find = window.reader.find_formats()["find"].background().color()
        assert find.lightness() < 128  # the find colour follows the palette
        window.find_bar.open_bar("发展")
        window.find_bar.search()
        screenshot(window, "dark-theme")
        assert window.settings.theme() == "dark"
        window.theme_actions["light"].trigger()
        qtbot.wait(20)
        assert window.reader.palette().color(QPalette.ColorRole.Base).lightness() > 200
        screenshot(window, "light-theme")
    finally:
        window.set_theme("system")
        app.setPalette(QPalette())


def test_font_family_and_size_survive_a_restart(make_window):
    window = make_window()
    window.set_reading_font("WenQuanYi Micro Hei", 17)
    assert window.reader.font().families()[0] == "WenQuanYi Micro Hei"
    window.close()
    again = make_window()
    assert again.reader.font_size() == 17
    assert again.reader.font().families()[0] == "WenQuanYi Micro Hei"


def test_dropping_a_file_opens_it(make_window, qtbot, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    dropped = tmp_path / "dropped.txt"
    dropped.write_text("一、总体要求\n坚持稳中求进。", "utf-8")
    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.signals.document_opened, timeout=10000):
        window.dropEvent(event)
    assert window.session.current.document.path.name == "dropped.txt"

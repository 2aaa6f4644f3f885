"""Reading aids in a real window: the pop-up by key, by stepping and at the pointer, in
Simplified and Traditional views; Copy Pinyin; the word list and its export; screenshots."""

from __future__ import annotations

import csv
import io
import subprocess
import sys

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent, QPainter, QTextCursor
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.conftest import REPO, SCREENSHOTS


def _cursor_to(reader, needle: str) -> int:
    """Put the reader's text cursor on the first character of ``needle`` (as shown)."""
    document = reader.document()
    found = document.find(needle)
    assert not found.isNull(), needle
    cursor = QTextCursor(document)
    cursor.setPosition(found.selectionStart())
    reader.setTextCursor(cursor)
    return found.selectionStart()


@pytest.mark.parametrize(
    "script, first, second", [("hans", "加快", "建设"), ("hant", "加快", "建設")]
)
def test_stepping_shows_each_word_in_the_view_script(make_window, qtbot, script, first, second):
    window = make_window()
    window.scripts.actions[script].trigger()
    qtbot.wait(20)
    feature = window.reading_aids
    _cursor_to(window.reader, first + second)
    feature.look_up_action.trigger()
    popup = feature.popup
    assert popup is not None and popup.isVisible()
    assert popup.match.word == first and popup.match.reading_entry.pinyin == "jiā kuài"
    feature.next_word_action.trigger()
    assert popup.match.word == second
    assert window.reader.textCursor().selectedText() == second  # the word is selected
    feature.previous_word_action.trigger()
    assert popup.match.word == first
    qtbot.keyClick(window.reader, Qt.Key.Key_Escape)
    assert not popup.isVisible()


def test_pointer_rest_shows_the_word_under_it(make_window, qtbot):
    window = make_window()
    reader = window.reader
    feature = window.reading_aids
    feature.pointer_action.trigger()
    vpos = _cursor_to(reader, "國務院") + 1  # the pointer on 務
    cursor = QTextCursor(reader.document())
    cursor.setPosition(vpos)
    rect = reader.cursorRect(cursor)
    point = QPointF(rect.left() + 3, rect.center().y())
    move = QMouseEvent(
        QMouseEvent.Type.MouseMove,
        point,
        reader.viewport().mapToGlobal(point),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(reader.viewport(), move)
    qtbot.waitUntil(lambda: feature.popup is not None and feature.popup.isVisible(), timeout=3000)
    assert feature.popup.match.word == "國務院"
    assert "State Council" in " ".join(feature.popup.match.reading_entry.senses)
    feature.pointer_action.trigger()  # off again: the pop-up goes
    assert not feature.popup.isVisible()


def test_copy_pinyin_of_the_selection(make_window, qtbot):
    window = make_window()
    reader = window.reader
    start = _cursor_to(reader, "蘭州高新區")
    cursor = reader.textCursor()
    cursor.setPosition(start + 5, QTextCursor.MoveMode.KeepAnchor)
    reader.setTextCursor(cursor)
    window.reading_aids.copy_pinyin_action.trigger()
    assert QGuiApplication.clipboard().text() == "Lánzhōu gāo xīn qū"


def test_word_list_keeps_the_sentence_and_exports_for_anki(
    make_window, qtbot, tmp_path, monkeypatch, isolated_data_dir
):
    window = make_window()
    feature = window.reading_aids
    _cursor_to(window.reader, "國務院")
    feature.look_up_action.trigger()
    feature.popup.add_button.click()
    assert not feature.popup.add_button.isEnabled()  # now "In Word List"
    assert (isolated_data_dir / "wordlist.sqlite3").is_file()
    out = tmp_path / "words.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    feature.export_action.trigger()
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[2].startswith("#columns:Simplified,Traditional,Pinyin")
    [row] = list(csv.reader(io.StringIO("\n".join(lines[3:]))))
    assert row[:3] == ["国务院", "國務院", "Guó wù yuàn"]
    assert "國務院" in row[4]  # the sentence as shown
    assert row[5] == window.session.current.document.title or row[5].endswith(".txt")


def test_export_to_an_unwritable_place_is_one_message(make_window, tmp_path, monkeypatch):
    window = make_window()
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(blocker / "w.csv"), "")
    )
    window.reading_aids.export_action.trigger()
    [(title, message)] = [(m[0], m[1]) for m in window.notifier.messages]
    assert "w.csv" in message


def test_the_dictionary_is_not_loaded_with_the_window():
    probe = (
        "import sys;"
        "from PySide6.QtWidgets import QApplication;"
        "app = QApplication([]);"
        "from gui.settings import Settings;"
        "from gui.ui.main_window import MainWindow;"
        "from gui.ui.notifier import RecordingNotifier;"
        "w = MainWindow(Settings(), RecordingNotifier()); w.show(); app.processEvents();"
        "assert w.reading_aids is not None;"
        "print(sorted(m for m in sys.modules if 'reading_aids' in m))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    loaded = result.stdout.strip()
    assert "gui.ui.reading_aids.feature" in loaded
    assert "gui.core.reading_aids" not in loaded and "popup" not in loaded


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("script, word", [("hans", "国务院"), ("hant", "國務院")])
def test_popup_screenshots(make_window, qtbot, theme, script, word):
    window = make_window()
    window.resize(1100, 700)
    window.set_theme(theme)
    window.scripts.actions[script].trigger()
    qtbot.wait(20)
    _cursor_to(window.reader, word)
    window.reading_aids.look_up_action.trigger()
    popup = window.reading_aids.popup
    qtbot.waitExposed(popup)
    # The pop-up is a window of its own: paint it over the main window's picture.
    image = window.grab()
    painter = QPainter(image)
    painter.drawPixmap(window.mapFromGlobal(popup.pos()), popup.grab())
    painter.end()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert image.save(str(SCREENSHOTS / f"reading-aids-popup-{script}-{theme}.png"))
    text = popup.palette().color(popup.foregroundRole())
    base = popup.palette().color(popup.backgroundRole())
    assert abs(text.lightness() - base.lightness()) > 100  # readable in both themes
    assert (base.lightness() < 128) == (theme == "dark")  # and in the window's theme
    assert popup.geometry().top() >= window.reader.viewport().mapToGlobal(QPoint(0, 0)).y()


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("script", ["hans", "hant"])
def test_pinyin_dock_reads_the_selection_word_by_word(make_window, qtbot, theme, script):
    window = make_window()
    window.resize(1280, 800)
    window.set_theme(theme)
    window.scripts.actions[script].trigger()
    qtbot.wait(20)
    feature = window.reading_aids
    assert not feature.pinyin_dock.isVisible()  # off until asked for
    feature.pinyin_dock.show()
    reader = window.reader
    # A passage with polyphonic characters: 重要 zhòngyào, 調整 tiáozhěng, 發展 fāzhǎn.
    start = _cursor_to(reader, "適時調整修訂" if script == "hant" else "适时调整修订")
    block = reader.document().findBlock(start)
    cursor = reader.textCursor()
    cursor.setPosition(block.position())
    cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
    reader.setTextCursor(cursor)
    qtbot.waitUntil(lambda: feature.pinyin_dock.text == block.text(), timeout=3000)
    cells = {(char, syllable) for _box, char, syllable in feature.pinyin_dock.ruby._cells}
    assert ("调" if script == "hans" else "調", "tiáo") in cells
    assert ("展", "zhǎn") in cells and ("长", "cháng") not in cells
    assert all(s for c, s in cells if "\u4e00" <= c <= "\u9fff")  # every Han character is read
    feature.pinyin_dock.raise_()
    window.resizeDocks([feature.pinyin_dock], [420], Qt.Orientation.Vertical)
    qtbot.wait(50)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / f"reading-aids-ruby-{script}-{theme}.png"))
    feature.pinyin_dock.copy_button.click()
    assert (
        QGuiApplication.clipboard()
        .text()
        .startswith(
            __import__("gui.core.reading_aids.pinyin", fromlist=["x"]).text_pinyin(block.text())[
                :20
            ]
        )
    )


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_chinese_ui_screenshot(make_window, qtbot, qapp, theme):
    from gui import i18n

    i18n.compile_translations()  # the .qm from the current catalog
    assert i18n.install_translator(qapp, "zh_CN") == "zh_CN"
    try:
        window = make_window()
        window.resize(1280, 800)
        window.set_theme(theme)
        feature = window.reading_aids
        assert feature.pinyin_dock.windowTitle() == "拼音"
        feature.pinyin_dock.show()
        window.resizeDocks([feature.pinyin_dock], [360], Qt.Orientation.Vertical)
        _cursor_to(window.reader, "國務院")
        feature.look_up_action.trigger()
        popup = feature.popup
        assert popup.add_button.text() == "加入生词表"
        qtbot.wait(200)  # the dock reads the paragraph at the cursor
        image = window.grab()
        painter = QPainter(image)
        painter.drawPixmap(window.mapFromGlobal(popup.pos()), popup.grab())
        painter.end()
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        assert image.save(str(SCREENSHOTS / f"reading-aids-zh_CN-{theme}.png"))
    finally:
        i18n.install_translator(qapp, "en")

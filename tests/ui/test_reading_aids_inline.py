"""View → Pinyin Above Text: word-level pinyin painted in the gap above each line of the
paragraphs on screen (real window, real dictionary); screenshots light/dark, en/zh_CN."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor

from tests.conftest import SCREENSHOTS
from tests.ui.ui_language import ui_language


def _rect_of(reader, needle: str):
    """The cursor rectangle of ``needle``'s first occurrence after the report's first line
    (which has no gap above it, so no pinyin)."""
    document = reader.document()
    found = document.find(needle, document.firstBlock().next().position())
    assert not found.isNull(), needle
    cursor = QTextCursor(reader.document())
    cursor.setPosition(found.selectionStart())
    return reader.cursorRect(cursor)


def test_pinyin_sits_above_each_word_on_screen(make_window, qtbot):
    window = make_window()
    window.resize(1100, 700)
    feature = window.reading_aids
    assert feature.inline_ruby is None  # nothing built until asked for
    feature.inline_action.trigger()
    overlay = feature.inline_ruby
    assert not overlay.ready  # the dictionary warms in slices after the toggle, not in it
    qtbot.waitUntil(lambda: bool(overlay.placements), timeout=20000)
    readings = {pinyin for _box, pinyin in overlay.placements}
    # Word level: 高新區 is one word, 蘭州 a proper noun; 發展 fāzhǎn.
    assert "Lánzhōu" in readings and "fāzhǎn" in readings
    assert "zhōu" not in readings and "zhǎn" not in readings
    word = _rect_of(window.reader, "蘭州高新區")
    box = next(b for b, p in overlay.placements if p == "Lánzhōu" and b.left() == word.left())
    assert box.bottom() <= word.top() + 1 and box.top() >= word.top() - word.height()
    assert abs(box.left() - word.left()) <= 1
    # Only what is on screen: nothing placed below the viewport.
    height = window.reader.viewport().height()
    off = [(b, p) for b, p in overlay.placements if not (b.top() < height and b.bottom() > 0)]
    assert not off, (off[:3], height, overlay.geometry())
    before = len(overlay.placements)
    window.reader.verticalScrollBar().setValue(window.reader.verticalScrollBar().maximum())
    qtbot.wait(50)
    assert overlay.pos().x() == 0 and overlay.pos().y() == 0  # it stays over the viewport
    assert overlay.placements and before
    feature.inline_action.trigger()
    assert not overlay.isVisible()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_inline_pinyin_screenshots(make_window, qapp, qtbot, theme, language):
    with ui_language(qapp, language):
        window = make_window()
        window.resize(1100, 700)
        window.set_theme(theme)
        feature = window.reading_aids
        assert feature.inline_action.text() == (
            "文字上方显示拼音(&A)" if language == "zh_CN" else "Pinyin &Above Text"
        )
        feature.inline_action.trigger()
        qtbot.waitUntil(lambda: bool(feature.inline_ruby.placements), timeout=20000)
        qtbot.wait(50)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        name = f"reading-aids-inline-pinyin-{language}-{theme}.png"
        assert window.grab().save(str(SCREENSHOTS / name))

"""Reading progress in the status bar: percentage and section follow the reader's scrolling."""

from __future__ import annotations

import pytest

from gui.ui.reading_progress import progress_percent
from tests.ui.ui_language import ui_language


def test_progress_percent_is_bounded_and_reaches_100_at_the_end():
    assert progress_percent(0, 1000) == 0
    assert progress_percent(421, 1000) == 42
    assert progress_percent(999, 1000) == 99
    assert progress_percent(5000, 1000) == 100
    assert progress_percent(10, 1000, at_end=True) == 100
    assert progress_percent(0, 0) == 100


def test_status_bar_follows_scrolling_to_a_section(make_window, qtbot):
    window = make_window()
    window.resize(800, 400)
    qtbot.wait(20)
    label = window.progress.label
    assert label.objectName() == "status_progress"
    doc = window.reader.document_model
    assert label.text().startswith("0%")
    target = doc.sections[4]
    window.signals.jump_requested.emit(target.heading_start)
    expected = target.heading_start * 100 // len(doc.text)
    qtbot.waitUntil(lambda: label.text().startswith(f"{expected}%"), timeout=15000)
    assert f"§5/{len(doc.sections)}" in label.text()
    assert target.heading in label.toolTip()
    # Scrolled to the very end, the last lines are on screen: everything has been read.
    bar = window.reader.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: label.text().startswith("100%"), timeout=15000)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_progress_screenshots(make_window, qapp, qtbot, screenshot, theme, language):
    with ui_language(qapp, language):
        window = make_window()
        window.resize(1100, 620)
        window.set_theme(theme)
        doc = window.reader.document_model
        window.signals.jump_requested.emit(doc.sections[3].heading_start)
        label = window.progress.label
        qtbot.waitUntil(lambda: "§4/" in label.text(), timeout=15000)
        if language == "zh_CN":
            assert "已读" in label.toolTip()
        screenshot(window.statusBar(), f"progress-status-{theme}-{language}")

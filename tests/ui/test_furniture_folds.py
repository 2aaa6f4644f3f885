"""Folding page furniture in a real window, on real documents of the corpus (tests/data/real):
the runs of chrome, news lines and the Sina tail fold into one-line markers; a click shows
them and folds them back; View ▸ Fold Page Furniture shows them all and is remembered; a jump
into folded furniture shows it; the text and its positions never change. Screenshots in light
and dark, English and 简体中文 (test-artifacts/screenshots/furniture-folded-*.png)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from gui import i18n
from gui.core.script import Script
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"
# Mainland news from a feed: front matter above the article, the site's tail under it.
SINA = REAL / "news-cn-q3-gdp-nbs-2021.md"
# A Hong Kong digest: each item carries its 原始網址 / © / 電子郵件 block.
RTHK = REAL / "news-hk-rthk-digest-2025.md"


def _block(window, n):
    return window.reader.document().findBlockByNumber(n)


def _hidden(window, run) -> bool:
    return all(not _block(window, n).isVisible() for n in range(run.first, run.last + 1))


def _shown(window, run) -> bool:
    return all(_block(window, n).isVisible() for n in range(run.first, run.last + 1))


def _click(qtbot, window, rect) -> None:
    reader = window.reader
    centre = rect.center().toPoint()
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def _marker_in_view(window, index, qtbot):
    """Scroll until run ``index``'s marker is inside the viewport; its rectangle."""
    reader = window.reader
    rect = reader.folds.marker_rects()[index]
    bar = reader.verticalScrollBar()
    bar.setValue(bar.value() + round(rect.top()) - 40)
    qtbot.wait(20)
    return reader.folds.marker_rects()[index]


def test_furniture_runs_are_folded_and_the_text_is_unchanged(make_window):
    window = make_window(RTHK)
    reader, doc = window.reader, window.reader.document_model
    runs = reader.folds.runs
    # Every item's link-and-copyright block is a run of four lines.
    assert len(runs) >= 6 and max(r.lines for r in runs) == 4
    assert all(_hidden(window, r) for r in runs)
    for run in runs:  # the link blocks, and captions of photos the text no longer has
        assert doc.is_furniture(run.start, run.end)
        if run.lines == 4:
            assert "原始網址" in doc.text[run.start : run.end]
    # One marker per run, each one line high, all in the page's order.
    rects = reader.folds.marker_rects()
    assert sorted(rects) == list(range(len(runs)))
    tops = [rects[i].top() for i in range(len(runs))]
    assert tops == sorted(tops)
    assert all(r.height() == reader.folds.strip_height() for r in rects.values())
    # Folding hides blocks only: every block still holds its line of the text.
    lines = doc.text.split("\n")
    assert [_block(window, n).text() for n in range(len(lines))] == lines
    # The body is shown.
    body = next(n for n, line in enumerate(lines) if "。" in line and len(line) > 40)
    assert _block(window, body).isVisible()


def test_a_click_on_the_marker_shows_the_run_and_a_second_folds_it(make_window, qtbot):
    window = make_window(SINA)
    reader = window.reader
    runs = reader.folds.runs
    tail = len(runs) - 1  # the site's tail under the article: CSS, app advert, 责任编辑
    # (three lines since the Markdown reader drops the page's stand-alone HTML comments, session 22)
    assert runs[tail].lines >= 3 and _hidden(window, runs[tail])
    assert reader.folds.marker_text(tail).startswith("▸")
    _click(qtbot, window, _marker_in_view(window, tail, qtbot))
    assert _shown(window, runs[tail])
    assert reader.folds.marker_text(tail).startswith("▾")
    assert all(_hidden(window, r) for r in runs[:tail])  # the others stay folded
    _click(qtbot, window, _marker_in_view(window, tail, qtbot))
    assert _hidden(window, runs[tail])
    # A click on text is no marker's: the selection works as before.
    body = reader.cursorRect(reader.textCursor()).center()
    assert reader.folds.marker_at(body.toPointF() + QPoint(0, 400).toPointF()) is None


def test_the_view_action_shows_all_furniture_and_is_remembered(make_window, qtbot):
    window = make_window(RTHK)
    reader, action = window.reader, window.fold_action
    assert action.isChecked()
    action.trigger()
    assert not reader.folds.enabled
    assert all(_shown(window, r) for r in reader.folds.runs)
    assert reader.folds.marker_rects() == {}  # dimmed text only, as before folding
    assert window.settings.furniture_folded() is False
    window.save_settings()
    again = make_window(RTHK)
    assert not again.fold_action.isChecked()
    assert all(_shown(again, r) for r in again.reader.folds.runs)
    again.fold_action.trigger()
    assert all(_hidden(again, r) for r in again.reader.folds.runs)
    assert again.settings.furniture_folded() is True


def test_a_jump_into_folded_furniture_shows_it(make_window, qtbot):
    """A note on a 原始網址 line (exported notes keep furniture notes): jumping to it from the
    notes dock shows its run and puts it on screen."""
    window = make_window(RTHK)
    reader = window.reader
    run = reader.folds.runs[3]
    pos = run.start + 2
    window.signals.jump_requested.emit(pos)
    window.signals.flash_requested.emit(pos, pos + 4)
    qtbot.wait(20)
    assert _shown(window, run)
    rect = reader.cursorRect(_cursor_at(reader, pos))
    assert 0 <= rect.top() < reader.viewport().height()
    assert all(_hidden(window, r) for r in reader.folds.runs if r is not run)


def _cursor_at(reader, pos):
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.view_position(pos))
    return cursor


def test_folds_survive_a_script_switch_and_a_zoom(make_window, qtbot):
    window = make_window(RTHK)
    reader = window.reader
    window.signals.script_change_requested.emit(Script.HANS.value)
    qtbot.waitUntil(lambda: all(reader.block_script(i) is Script.HANS for i in range(5)))
    assert all(_hidden(window, r) for r in reader.folds.runs)
    window.zoom_in_action.trigger()
    assert all(_hidden(window, r) for r in reader.folds.runs)
    assert len(reader.folds.marker_rects()) == len(reader.folds.runs)
    # A top position inside a folded run scrolls to where the text goes on.
    run = reader.folds.runs[2]
    reader.scroll_to_text_pos(run.start)
    top_block = reader.cursorForPosition(QPoint(0, 0)).block()
    assert top_block.isVisible() and top_block.blockNumber() > run.last


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_folded_furniture_screenshots(
    make_window, qapp, qtbot, screenshot, theme, language, english_afterwards
):
    i18n.install_translator(qapp, language)
    window = make_window(SINA)
    window.resize(1100, 620)
    window.set_theme(theme)
    qtbot.wait(50)
    folds = window.reader.folds
    n = folds.runs[0].lines
    if language == "zh_CN":
        expected = f"页面附属内容：已折叠 {n} 行"
    else:  # English's own plural form, not the source's "line(s)"
        expected = f"Page furniture: {n} {'line' if n == 1 else 'lines'} folded"
    assert expected in folds.marker_text(0)
    screenshot(window, f"furniture-folded-{theme}-{language}")
    # The last run shown, with its marker to fold it again, at the bottom of the page.
    last = len(folds.runs) - 1
    folds.toggle(last)
    rect = _marker_in_view(window, last, qtbot)
    assert 0 <= rect.top() < window.reader.viewport().height()
    assert folds.marker_text(last).startswith("▾")
    qtbot.wait(50)
    screenshot(window, f"furniture-shown-{theme}-{language}")


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_one_line_run_says_one_line(
    make_window, qapp, qtbot, screenshot, theme, language, english_afterwards
):
    """The marker's count is a plural (%n): English says "1 line" and "4 lines", not the
    source's "line(s)"; Chinese has one form. On the RTHK digest, whose link blocks fold as
    runs of four lines and whose lone © lines as runs of one."""
    i18n.install_translator(qapp, language)
    window = make_window(RTHK)
    window.resize(1100, 620)
    window.set_theme(theme)
    folds = window.reader.folds
    one = next(i for i, run in enumerate(folds.runs) if run.lines == 1)
    four = next(i for i, run in enumerate(folds.runs) if run.lines == 4)
    if language == "en":
        assert "Page furniture: 1 line folded" in folds.marker_text(one)
        assert "Page furniture: 4 lines folded" in folds.marker_text(four)
    else:
        assert "已折叠 1 行" in folds.marker_text(one)
        assert "已折叠 4 行" in folds.marker_text(four)
    assert "(s)" not in folds.marker_text(one) + folds.marker_text(four)
    rect = _marker_in_view(window, one, qtbot)
    assert 0 <= rect.top() < window.reader.viewport().height()
    qtbot.wait(50)
    screenshot(window, f"furniture-one-line-{theme}-{language}")


def test_a_streamed_fill_folds_the_furniture_once_its_last_line_is_in(
    make_window, qtbot, monkeypatch
):
    # Reports over STREAM_CHARS stream in; the digest is made to count as one, so its runs
    # must fold when the fill completes rather than right after the first slice.
    import gui.ui.reader_view as reader_view

    monkeypatch.setattr(reader_view, "STREAM_CHARS", 100)
    monkeypatch.setattr("gui.ui.reader_fill.FIRST_LINES", 5)
    monkeypatch.setattr("gui.ui.reader_fill.SCREEN_LINES", 5)
    window = make_window(RTHK)
    reader = window.reader
    runs = reader.folds.runs
    assert runs
    qtbot.waitUntil(lambda: not reader.filler.busy, timeout=10_000)
    assert reader.document().blockCount() == len(reader.views.text.split("\n"))
    assert all(_hidden(window, r) for r in runs)
    assert reader.document().toPlainText() == reader.views.text

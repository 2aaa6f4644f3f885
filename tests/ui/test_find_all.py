"""Find All: every place listed with its context in the shown script, a click jumps there; on
a 1 M-character report the search runs in slices (no stall) and the list stops at its cap."""

from __future__ import annotations

import sys
import time

import pytest
from PySide6.QtCore import Qt

from gui.core.find import find_all
from gui.core.script import Script
from gui.models.find_results_model import CONTEXT_ROLE, HIT_ROLE
from gui.ui import find_all as find_all_module
from tests.conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from large_report import build_large_report  # noqa: E402

from tests.ui.ui_language import ui_language


def _finish(feature, qtbot) -> None:
    qtbot.waitUntil(lambda: not feature.searching, timeout=60_000)


def test_ctrl_shift_f_lists_every_place_and_a_click_jumps(make_window, qtbot):
    window = make_window()
    window.resize(1000, 500)
    reader = window.reader
    doc = reader.document_model
    start = doc.text.index("生物醫藥")
    reader.select_text_span(start, start + 4)
    qtbot.keyClick(
        reader,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    feature = window.find_all
    _finish(feature, qtbot)
    dock = feature.dock
    assert dock.isVisible() and dock.edit.text() == "生物醫藥"
    expected = find_all(reader.views, "生物医药", doc.furniture_spans())
    model = dock.model
    assert model.rowCount() == len(expected) > 3
    assert [model.index(r).data(HIT_ROLE) for r in range(model.rowCount())] == [
        (h.start, h.end) for h in expected
    ]
    assert dock.count_label.text() == f"{len(expected)} places"
    before, match, after = model.index(2).data(CONTEXT_ROLE)
    assert match == "生物醫藥" and (before or after)
    # A click on the last row puts its line at the top of the reader.
    last = model.index(model.rowCount() - 1)
    dock.view.scrollTo(last)
    qtbot.mouseClick(
        dock.view.viewport(), Qt.MouseButton.LeftButton, pos=dock.view.visualRect(last).center()
    )
    line = reader.views.line_at(expected[-1].start)
    assert reader.views.line_at(reader.top_text_pos()) == line
    # In the Simplified view the contexts are Simplified.
    window.scripts.actions[Script.HANS].trigger()
    assert model.index(2).data(CONTEXT_ROLE)[1] == "生物医药"
    assert "醫" not in model.index(0).data()


def test_nothing_found_says_so(make_window, qtbot):
    window = make_window()
    feature = window.find_all
    feature.open_dock()
    feature.search("量子計算機")
    _finish(feature, qtbot)
    assert feature.dock.model.rowCount() == 0
    assert feature.dock.count_label.text() == "Not found"


@pytest.mark.timed
def test_a_million_characters_search_in_slices_and_stop_at_the_cap(make_window, qtbot, tmp_path):
    path = tmp_path / "large.txt"
    path.write_text(build_large_report(1_000_000), encoding="utf-8")
    window = make_window(path)
    feature = window.find_all
    feature.open_dock()
    # A word of every other paragraph: the cap is reached and the list says so.
    slices = []
    original = feature._search_slice

    def timed_slice():
        # The UI thread's own CPU time: on a loaded machine a slice's wall clock also holds the
        # time the thread waited for a core, which no slicing can shorten.
        began = time.thread_time()
        original()
        slices.append(time.thread_time() - began)

    feature._timer.timeout.disconnect()
    feature._timer.timeout.connect(timed_slice)
    feature.search("发展")
    _finish(feature, qtbot)
    assert feature.more and len(feature.hits) == find_all_module.LIMIT
    assert "first 1,000 places" in feature.dock.count_label.text()
    # A word that is nowhere: the whole report is searched, a slice at a time.
    slices.clear()
    began = time.perf_counter()
    feature.search("量子計算機")
    _finish(feature, qtbot)
    whole = time.perf_counter() - began
    assert feature.dock.count_label.text() == "Not found" and not feature.hits
    assert len(slices) > 3, "the search did not yield to the event loop"
    # Each turn stays near its 25 ms budget (a line is the unit; the machine may be loaded).
    assert max(slices) < 0.25, max(slices)
    assert whole < 30


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_find_all_screenshots(make_window, qapp, qtbot, screenshot, theme, language):
    with ui_language(qapp, language):
        window = make_window()
        window.resize(1100, 620)
        window.set_theme(theme)
        feature = window.find_all
        feature.open_dock()
        feature.search("高新區")
        _finish(feature, qtbot)
        if language == "zh_CN":
            assert "处" in feature.dock.count_label.text()
        qtbot.wait(50)
        screenshot(window, f"find-all-{theme}-{language}")

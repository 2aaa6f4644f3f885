"""Screenshots of the notes dock and the markers in light and dark themes (looked at by a
person; the test checks that every colour tint differs from the background and the text)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette

from gui.core.notes import COLOURS
from gui.ui.notes.editor import NoteFields
from gui.ui.notes.painting import tint

PASSAGES = [
    ("蘭州高新區將生物醫藥作為首位產業發展", "yellow", "首位產業：生物醫藥", ("产业",)),
    ("集聚中牧股份、中農威特、奇正藏藥", "green", "", ()),
    ("實現總產值140億元", "blue", "總產值 140 億元，與上年比較", ("数据", "2021")),
    ("加快建設新型研發機構", "pink", "", ()),
    ("完善創新創業服務體系", "purple", "服務體系的三個層次", ("政策",)),
    ("提高國際化發展水平", "orange", "", ()),
]


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_notes_dock_and_markers_screenshot(make_window, qtbot, screenshot, theme):
    window = make_window()
    window.resize(1280, 800)
    window.set_theme(theme)
    feature = window.notes
    doc = window.reader.document_model
    for quote, colour, body, tags in PASSAGES:
        start = doc.text.index(quote)
        feature.ask = lambda *a, b=body, t=tags, c=colour: NoteFields(b, t, c)
        if body:
            feature.note_on(start, start + len(quote))
        else:
            feature.highlight(start, start + len(quote), colour)
    feature.ask = lambda *a: NoteFields("本節是全文重點", ("重点",), "blue")
    feature.note_on_section(1)
    window.signals.jump_requested.emit(doc.sections[2].start)
    feature.dock.raise_()  # it may share a tab with another dock
    qtbot.wait(50)
    palette = window.reader.palette()
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    assert (base.lightness() < 128) == (theme == "dark")
    for colour in COLOURS:
        t = tint(colour, palette)
        # A tint is visibly different from the page, and far from the text colour.
        assert abs(t.lightness() - base.lightness()) >= 12 or t.hue() != base.hue()
        assert abs(t.lightness() - text.lightness()) >= 100, colour
    assert feature.dock.isVisible()
    screenshot(window, f"notes-{theme}")
    screenshot(feature.dock, f"notes-dock-{theme}")

"""Screenshots of the notes dock and the markers in light and dark themes (looked at by a
person; the test checks that every colour tint differs from the background and the text)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette

from gui.core.notes import COLOURS
from gui.ui.notes.editor import NoteEditor, NoteFields
from gui.ui.notes.painting import swatch, tint

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
    editor = NoteEditor(window, PASSAGES[2][0], NoteFields(PASSAGES[2][2], PASSAGES[2][3], "blue"))
    editor.show()
    qtbot.waitExposed(editor)
    screenshot(editor, f"note-editor-{theme}")
    editor.close()


def test_tints_and_markers_are_drawn_on_the_note(make_window, qtbot):
    """Pixels, not spans: the tint fills the noted characters' boxes (also scrolled down, in
    a paragraph far from the top) and the marker sits left of the line, in the note's colour."""
    window = make_window()
    window.resize(1100, 600)
    window.set_theme("light")
    feature = window.notes
    reader = window.reader
    doc = reader.document_model
    start = doc.text.index("孵化器", doc.sections[5].heading_end)  # in the body
    feature.ask = lambda *a: NoteFields("孵化器的數量", (), "green")
    note = feature.note_on(start, start + 3)
    window.signals.jump_requested.emit(doc.sections[5].start)
    qtbot.wait(50)
    assert reader.verticalScrollBar().value() > 0
    image = reader.viewport().grab().toImage()
    colour = tint("green", reader.palette())
    page = reader.palette().color(QPalette.ColorRole.Base)
    half = reader.fontMetrics().height() // 3  # the middle of the line, inside the glyph box
    for pos in range(note.start, note.end):
        a, b = reader.cursorRect(_cursor(reader, pos)), reader.cursorRect(_cursor(reader, pos + 1))
        y0 = a.center().y()
        pixels = [
            image.pixelColor(x, y)
            for x in range(a.left() + 1, b.left() - 1)
            for y in range(y0 - half, y0 + half)
        ]
        tinted = sum(p == colour for p in pixels)
        blank = sum(p == page for p in pixels)
        # Between the strokes of the glyph: tint, not the page.
        assert tinted > blank and tinted >= 5, (doc.text[pos], tinted, blank)
    before = reader.cursorRect(_cursor(reader, note.start - 1))
    first = reader.cursorRect(_cursor(reader, note.start))
    outside = [
        image.pixelColor(x, before.center().y()) for x in range(before.left() + 1, first.left() - 1)
    ]
    assert not any(p == colour for p in outside)  # the character before is not tinted
    (marker,) = [r for n, r in feature.painter.markers.marker_rects() if n.id == note.id]
    whole = reader.grab().toImage()
    want = swatch("green")

    def near(c) -> bool:
        return (
            max(
                abs(c.red() - want.red()),
                abs(c.green() - want.green()),
                abs(c.blue() - want.blue()),
            )
            < 40
        )

    box = marker.toRect()
    pixels = [
        whole.pixelColor(x, y)
        for x in range(box.left(), box.right() + 1)
        for y in range(box.top(), box.bottom() + 1)
    ]
    assert sum(near(p) for p in pixels) >= len(pixels) * 0.25  # the bubble, in the note's colour


def _cursor(reader, pos: int):
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.view_position(pos))
    return cursor

"""Notes survive every script switch: the painted range covers exactly the view text of the
quote in original / 简 / 繁 / 臺 / 港, also with 𠀀 (two UTF-16 code units) before it."""

from __future__ import annotations

from PySide6.QtCore import QPoint

from gui.core.script import Script
from gui.models.notes_model import NOTE_ROLE
from gui.ui.notes.editor import NoteFields
from gui.ui.notes.painting import tint

TEXT = (
    "𠀀𠀀城市工作報告\n"
    "一、𠀀發展概況\n"
    "𠀀𠀀今年发展很好,關于發展𠀀快,U盘產業示范基地。\n"
    "二、下一步\n"
    "繼續發展,𠀀𠀀𠀀发展。"
)


def _u16(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def _painted(reader, block, layer: str, colour) -> list[tuple[int, int]]:
    """UTF-16 ranges of ``block`` painted by notes layer ``layer``: overlay layers when the
    highlighter paints them in the view, else the block's syntax-highlighter formats."""
    highlighter = reader.highlighter
    if hasattr(highlighter, "overlay_ranges"):
        found = [(a, b) for la, a, b in highlighter.overlay_ranges(block) if la.name == layer]
        if found:
            return found
    out: list[tuple[int, int]] = []
    for r in block.layout().formats():
        if r.format.background().style() != 0 and r.format.background().color() == colour:
            if out and out[-1][1] == r.start:
                out[-1] = (out[-1][0], r.start + r.length)
            else:
                out.append((r.start, r.start + r.length))
    return out


def _view_quote(view, note) -> str:
    a, b = view.to_view(note.start, note.end)
    return view.text[a:b]


def _expected(views, script: Script, start: int, end: int) -> tuple[int, int, int]:
    line, a = views.to_view(script, start)
    _, b = views.to_view(script, end, end=True)
    text = views.line(line, script).text
    return line, _u16(text[:a]), _u16(text[:b])


def test_notes_stay_on_their_characters_through_every_script(make_window, tmp_path):
    path = tmp_path / "ext-b.txt"
    path.write_text(TEXT, encoding="utf-8")
    window = make_window(path)
    reader = window.reader
    feature = window.notes
    doc = reader.document_model
    quotes = {"關于發展": "green", "U盘產業示范": "blue", "𠀀𠀀𠀀发展": "pink"}
    notes = []
    for quote, colour in quotes.items():
        start = doc.text.index(quote)
        notes.append(feature.highlight(start, start + len(quote), colour))
    order = [Script.HANS, Script.HANT, Script.TW, Script.HK, Script.ORIGINAL, Script.TW]
    for script in order:
        window.scripts.actions[script].trigger()
        reader.switcher.finish()
        qdoc = reader.document()
        for note in notes:
            line, a, b = _expected(reader.views, script, note.start, note.end)
            block = qdoc.findBlockByNumber(line)
            colour = tint(note.colour, reader.palette())
            assert _painted(reader, block, f"notes-{note.colour}", colour) == [(a, b)], (
                script,
                note.anchor.exact,
                block.text(),
            )
            # The painted UTF-16 range holds exactly the quote as this script shows it.
            shown16 = block.text().encode("utf-16-le")
            painted_text = shown16[2 * a : 2 * b].decode("utf-16-le")
            view = reader.views.view(script) if script is not Script.ORIGINAL else None
            want = doc.text[note.start : note.end] if view is None else _view_quote(view, note)
            assert painted_text == want, (script, painted_text, want)
        # 𠀀 sits before each quote on its line, so UTF-16 and Python offsets differ there.
        assert "𠀀" in qdoc.findBlockByNumber(2).text()[:2]
        # The dock shows the quote in the current script.
        model = feature.dock.model
        group = model.index(0, 0)
        first = model.index(0, 0, group).data(NOTE_ROLE)
        assert first.anchor.exact == "關于發展"
        expected_quote = {
            Script.HANS: "关于发展",
            Script.HANT: "關於發展",
            Script.TW: "關於發展",
            Script.HK: "關於發展",
            Script.ORIGINAL: "關于發展",
        }[script]
        assert expected_quote in model.index(0, 0, group).data()
    # Phrase conversion changes length (U盘 → 隨身碟 in 臺): the span follows the view.
    line, a, b = _expected(reader.views, Script.TW, notes[1].start, notes[1].end)
    shown = reader.document().findBlockByNumber(line).text()
    assert "碟" in shown and b - a != len("U盘產業示范")


def test_markers_follow_the_script_view(make_window, tmp_path, qtbot):
    path = tmp_path / "ext-b.txt"
    path.write_text(TEXT, encoding="utf-8")
    window = make_window(path)
    reader = window.reader
    feature = window.notes
    start = reader.document_model.text.index("關于發展")
    feature.ask = lambda *args: NoteFields("筆記", (), "yellow")
    note = feature.note_on(start, start + 4)
    for script in Script:
        window.scripts.actions[script].trigger()
        reader.switcher.finish()
        qtbot.wait(5)
        rects = feature.painter.markers.marker_rects()
        assert [n.id for n, _ in rects] == [note.id]
        cursor_y = reader.viewport().y() + reader.cursorRect(_cursor_at(reader, start)).center().y()
        assert abs(rects[0][1].center().y() - cursor_y) <= rects[0][1].height()
        tips = reader.tooltips_at(reader.cursorRect(_cursor_at(reader, start + 1)).center())
        assert "筆記" in tips
    assert reader.cursorForPosition(QPoint(0, 0)).blockNumber() >= 0


def _cursor_at(reader, pos: int):
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.view_position(pos))
    return cursor

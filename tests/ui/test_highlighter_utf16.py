"""Highlights land on the right characters when the text has CJK Extension B (𠀀 is two UTF-16
code units in Qt, one Python character)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont

from gui.core.script import Script

TEXT = (
    "𠀀𠀀城市工作報告\n"
    "一、𠀀發展概況\n"
    "𠀀𠀀今年发展很好,關于發展𠀀快。\n"
    "二、下一步\n"
    "繼續發展,𠀀𠀀𠀀发展。"
)


def _u16(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def _ranges(block, predicate) -> list[tuple[int, int]]:
    """UTF-16 ``(start, end)`` of the block's highlighter formats matching ``predicate``."""
    out = []
    for r in block.layout().formats():
        if predicate(r.format):
            if out and out[-1][1] == r.start:  # merged layers split a range; join it back
                out[-1] = (out[-1][0], r.start + r.length)
            else:
                out.append((r.start, r.start + r.length))
    return out


def _expected(block_text: str, target: str) -> list[tuple[int, int]]:
    found, i = [], block_text.find(target)
    while i >= 0:
        found.append((_u16(block_text[:i]), _u16(block_text[: i + len(target)])))
        i = block_text.find(target, i + len(target))
    return found


@pytest.mark.parametrize("script", list(Script))
def test_find_and_heading_highlights_cover_exactly_their_characters(make_window, tmp_path, script):
    path = tmp_path / "ext-b.txt"
    path.write_text(TEXT, encoding="utf-8")
    window = make_window(path)
    reader = window.reader
    window.scripts.actions[script].trigger()
    reader.switcher.finish()
    window.find_bar.open_bar("发展")
    window.find_bar.search()
    assert len(window.find_bar.hits) == 5
    qdoc = reader.document()
    shown = {Script.ORIGINAL: None}.get(script, "发展" if script is Script.HANS else "發展")
    total = 0
    for n in range(qdoc.blockCount()):
        block = qdoc.findBlockByNumber(n)
        text = block.text()
        # Find hits are an overlay layer: these are the UTF-16 ranges the reader paints.
        got = sorted(
            (start, end)
            for layer, start, end in reader.highlighter.overlay_ranges(block)
            if layer.name == "find"
        )
        targets = [shown] if shown else ["发展", "發展"]
        want = sorted(r for t in targets for r in _expected(text, t))
        assert got == want, (n, text)
        current = [
            (s, e)
            for layer, s, e in reader.highlighter.overlay_ranges(block)
            if layer.name == "current-find"
        ]
        assert all(c in want for c in current)
        total += len(got)
    assert total == 5
    # Headings (the outline's entries) are bold exactly over the heading characters.
    doc = reader.document_model
    for section in doc.sections:
        line = reader.views.line_at(section.heading_start)
        block = qdoc.findBlockByNumber(line)
        bold = _ranges(block, lambda f: f.fontWeight() == QFont.Weight.Bold)
        heading_view = block.text()  # numbered headings fill their line
        assert bold == [(0, _u16(heading_view))], heading_view
    title = qdoc.findBlockByNumber(0)
    assert _ranges(title, lambda f: f.fontWeight() == QFont.Weight.Bold) == [
        (0, _u16(title.text()))
    ]
    assert title.text().startswith("𠀀𠀀") and _u16(title.text()) == len(title.text()) + 2


def test_positions_round_trip_through_utf16(make_window, tmp_path):
    path = tmp_path / "ext-b.txt"
    path.write_text(TEXT, encoding="utf-8")
    window = make_window(path)
    reader = window.reader
    doc = reader.document_model
    for pos in range(len(doc.text)):
        if doc.text[pos] == "\n":
            continue
        assert reader.text_pos_at(reader.view_position(pos)) == pos
        assert reader.text_span_at(reader.view_position(pos)) == (pos, pos + 1)
    target = doc.text.index("今年")
    reader.select_text_span(target, target + 2)
    assert reader.textCursor().selectedText() == "今年"
    assert reader.selected_text_span() == (target, target + 2)

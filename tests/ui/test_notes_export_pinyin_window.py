"""Notes → Quotes with Pinyin in Exports for Reading, from the window: off by default; when
checked, File → Export Notes… for reading carries each quote's word-level pinyin."""

from __future__ import annotations

from gui.ui.notes.editor import NoteFields
from tests.ui.ui_language import ui_language

QUOTE = "實現總產值140億元"


def test_export_for_reading_with_pinyin(make_window, qapp, tmp_path):
    with ui_language(qapp, "zh_CN"):
        window = make_window()
        action = window.notes.pinyin_action
        assert action in window.notes.menu.actions() and not action.isChecked()
        assert action.text() == "供阅读的导出为引文加注拼音(&P)"
        doc = window.reader.document_model
        start = doc.text.index(QUOTE)
        window.notes.ask = lambda *a: NoteFields("產值", (), "blue")
        window.notes.note_on(start, start + len(QUOTE))
        out = tmp_path / "notes.md"
        assert window.notes.export_to(out, "reader-md", "original")
        assert "shíxiàn" not in out.read_text(encoding="utf-8")
        action.trigger()
        assert window.notes.export_to(out, "reader-md", "original")
        lines = out.read_text(encoding="utf-8").splitlines()
        reading = lines[lines.index("> " + QUOTE) + 2]
        # 實現 shíxiàn and 總產值 zǒngchǎnzhí are words: one reading each, no spaces inside.
        assert reading.startswith("> *shíxiàn zǒngchǎnzhí "), reading
        page = tmp_path / "notes.html"
        assert window.notes.export_to(page, "reader-html", "hans")
        assert "<ruby>实现<rt>shíxiàn</rt></ruby>" in page.read_text(encoding="utf-8")
        assert window.notifier.messages == []

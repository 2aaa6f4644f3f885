"""File → Export Notes… for readers from the window: offered first, labels in the UI language,
the bookmarks included, technical details only when Notes → Technical Details is checked."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QTextBrowser

from gui.ui.notes.editor import NoteFields
from gui.ui.notes.transfer import export_filters
from tests.ui.ui_language import ui_language

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _annotate(window):
    doc = window.reader.document_model
    start = doc.text.index("實現總產值140億元")
    window.notes.ask = lambda *a: NoteFields("產值創新高", ("数据",), "blue")
    window.notes.note_on(start, start + 10)
    window.notes.ask = lambda *a: NoteFields("本節是重點", (), "green")
    window.notes.note_on_section(1)
    window.bookmarks.add_at(doc.sections[4].start, "下次從這裡讀")
    return doc


def test_the_export_for_readers_is_offered_first(qapp):
    formats = list(export_filters().values())
    assert formats[:2] == ["reader-md", "reader-html"]
    assert {"md", "html", "csv", "json"} <= set(formats)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_reader_export_speaks_the_ui_language(make_window, qapp, tmp_path, language):
    with ui_language(qapp, language):
        window = make_window()
        doc = _annotate(window)
        out = tmp_path / "notes.md"
        assert window.notes.export_to(out, "reader-md")
        text = out.read_text(encoding="utf-8")
        assert "下次從這裡讀" in text and "產值創新高" in text
        assert not UUID.search(text) and doc.fingerprint not in text
        if language == "zh_CN":
            assert "## 书签" in text and "标签：#数据" in text and "Tags" not in text
        else:
            assert "## Bookmarks" in text and "Tags: #数据" in text
        window.notes.technical_action.trigger()
        assert window.notes.export_to(out, "reader-md")
        assert UUID.search(out.read_text(encoding="utf-8"))
        page = tmp_path / "notes.html"
        assert window.notes.export_to(page, "reader-html")
        assert window.notifier.messages == []


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_reader_export_screenshots(make_window, qapp, qtbot, tmp_path, screenshot, theme, language):
    """The HTML export as a page (always light: it is a document, not the app), and the
    Notes menu with its new toggle in the app's theme."""
    with ui_language(qapp, language):
        window = make_window()
        window.set_theme(theme)
        _annotate(window)
        page = tmp_path / "notes.html"
        assert window.notes.export_to(page, "reader-html")
        browser = QTextBrowser()
        browser.resize(760, 620)
        browser.setStyleSheet("QTextBrowser { background: white; color: #1d1d1f; }")
        browser.setHtml(page.read_text(encoding="utf-8"))
        browser.show()
        qtbot.waitExposed(browser)
        if theme == "light":
            screenshot(browser, f"reader-export-{language}")
        browser.close()
        menu = window.notes.menu
        menu.popup(window.mapToGlobal(window.rect().center()))
        qtbot.waitExposed(menu)
        screenshot(menu, f"notes-menu-{theme}-{language}")
        menu.close()

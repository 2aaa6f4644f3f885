"""Friction removed (#16): View's items have distinct names, Open Recent tells equal file names
apart and shows paths on hover, the outline's headings are not cut short for counts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui.settings import Settings
from gui.ui.recent_menu import recent_labels
from tests.ui.test_entities_highlights import wait_entities
from tests.ui.ui_language import ui_language


def _plain(text: str) -> str:
    return text.replace("&", "")


def test_view_menu_items_have_distinct_names(make_window):
    window = make_window()
    names = [_plain(a.text()) for a in window.menus["view"].actions() if a.text()]
    repeated = {n for n in names if names.count(n) > 1}
    assert not repeated, repeated
    assert "Script" in names and "Toolbar" in names


def test_recent_labels_tell_equal_names_apart():
    paths = [
        "/home/a/2024/q1/report.txt",
        "/home/a/2024/q2/report.txt",
        "/home/b/2024/q1/report.txt",
        "/home/a/other.md",
    ]
    assert recent_labels(paths) == [
        "report.txt — a/2024/q1",
        "report.txt — q2",
        "report.txt — b/2024/q1",
        "other.md",
    ]
    assert recent_labels(["/x/r.txt", "/y/r.txt"]) == ["r.txt — x", "r.txt — y"]


def test_open_recent_shows_paths_on_hover_and_disambiguates(make_window, tmp_path):
    window = make_window()
    files = []
    for folder in ("2024", "2025"):
        path = tmp_path / folder / "工作報告.txt"
        path.parent.mkdir()
        path.write_text("標題\n正文。\n", encoding="utf-8")
        files.append(str(path))
    window.recent_menu.set_files(files)
    menu = window.recent_menu
    entries = [a for a in menu.actions() if a.toolTip() in files]
    assert [a.text() for a in entries] == ["&1 工作報告.txt — 2024", "&2 工作報告.txt — 2025"]
    assert menu.toolTipsVisible()


def test_outline_headings_are_not_cut_short_for_counts(make_window, qtbot):
    window = make_window()
    window.resize(1100, 700)
    outline = window.outline
    doc = window.reader.document_model
    counts = {i: 9 for i in range(len(doc.sections))}
    outline.model.set_counts("notes", counts)
    outline.model.set_counts("entities", {i: 15 for i in counts})
    # A dock just wide enough for the heading: a 90 px count column would cut it short.
    tree = outline.tree
    index = outline.model.index(1, 0)
    heading = index.data()
    needed = tree.fontMetrics().horizontalAdvance(heading) + 40
    window.resizeDocks([outline], [needed + tree.indentation() + 20], Qt.Orientation.Horizontal)
    qtbot.wait(20)
    # The heading's cell takes the row's width: it shows the whole heading.
    assert tree.visualRect(index).width() >= tree.fontMetrics().horizontalAdvance(heading)
    assert "9 notes" in index.data(Qt.ItemDataRole.ToolTipRole)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_outline_and_recent_menu_screenshots(
    make_window, qapp, qtbot, screenshot, theme, language, tmp_path
):
    with ui_language(qapp, language):
        window = make_window()
        window.resize(1100, 620)
        window.set_theme(theme)
        doc = window.reader.document_model
        window.notes.highlight(doc.sections[2].start + 20, doc.sections[2].start + 30)
        wait_entities(window, qtbot)  # notes and entity counts: short rows show both
        qtbot.waitUntil(lambda: "·" in (window.outline.model.index(2, 1).data() or ""))
        qtbot.wait(50)
        screenshot(window.outline, f"outline-counts-{theme}-{language}")
        files = [str(tmp_path / d / "report.txt") for d in ("2024", "2025")]
        window.recent_menu.set_files(files + [str(Settings().last_document())])
        window.recent_menu.popup(window.mapToGlobal(window.rect().center()))
        qtbot.waitExposed(window.recent_menu)
        screenshot(window.recent_menu, f"recent-menu-{theme}-{language}")
        window.recent_menu.close()

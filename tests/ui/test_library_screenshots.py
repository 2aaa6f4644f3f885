"""Screenshots of the library's states, light and dark, English and 简体中文, and one on a
1024×600 screen: the dock listing the reports that mention an entity (the entity panel's "In
Other Reports…") with a kind filter set, the notebook window; the reports grouped by year
with the notes and last-opened columns, the Link to Earlier Version dialog, and the notebook
with a bookmark. Each also checks
what it shows, so a broken state fails here too."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt

from gui.core.library import Library, top_entities
from gui.core.notes import NoteStore, new_passage_note
from gui.core.notes.bookmarks import new_bookmark, save_bookmarks
from gui.core.notes.store import default_store_path
from gui.core.paths import data_dir
from gui.core.reading import read_document
from gui.ui.library.reports_model import NUMBER, SCRIPT, SIZE, TITLE
from tests.core.library_fixtures import copy_sample
from tests.ui.ui_language import ui_language


@pytest.fixture(scope="module")
def indexed(tmp_path_factory):
    """The sample reports indexed once; each test copies the library file."""
    root = tmp_path_factory.mktemp("library-shots")
    folder = copy_sample(root / "reports")
    with Library(root / "library.sqlite3") as library:
        library.add([folder])
        library.index(workers=1)
        # The organisation most reports mention.
        key, kind, _, _ = max(top_entities(library, "ORG", 50), key=lambda row: row[3])
    return root / "library.sqlite3", folder, key, kind


def _window(make_window, qtbot, indexed, size=(1200, 700)):
    library_file, folder, key, kind = indexed
    shutil.copy(library_file, data_dir() / "library.sqlite3")
    reports = sorted(folder.rglob("*.txt"))
    document = read_document(reports[0])
    with NoteStore(default_store_path()) as store:
        for n, (colour, tags) in enumerate((("yellow", ("policy",)), ("green", ("figures",)))):
            start = 80 * (n + 1)
            store.add(new_passage_note(document, start, start + 12, f"note {n + 1}", colour, tags))
    window = make_window(reports[0])
    window.resize(*size)
    return window, key, kind


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_entity_mentions_and_notebook_screenshots(
    make_window, qapp, qtbot, screenshot, indexed, theme, language
):
    with ui_language(qapp, language):
        window, key, kind = _window(make_window, qtbot, indexed)
        window.set_theme(theme)
        feature = window.library
        dock = feature.dock
        dock.kind_filter.setCurrentIndex(dock.kind_filter.findData("official"))
        window.signals.entity_lookup_requested.emit(key, kind, "")
        qtbot.waitUntil(lambda: not feature.searching, timeout=30_000)
        assert dock.results.rowCount() >= 2
        assert ("mention" if language == "en" else "提到") in dock.search_label.text()
        qtbot.wait(50)
        screenshot(window, f"library-mentions-{theme}-{language}")
        feature.open_notebook()
        book = feature.notebook_window
        assert book.model.rowCount() == 1 and book.model.item(0).rowCount() == 2
        assert ("2 notes" if language == "en" else "2 条笔记") in book.status.text()
        qtbot.wait(50)
        screenshot(book, f"notebook-{theme}-{language}")
        book.close()


def test_library_on_a_small_screen_screenshot(make_window, qtbot, screenshot, indexed):
    window, key, kind = _window(make_window, qtbot, indexed, size=(1024, 600))
    feature = window.library
    window.signals.entity_lookup_requested.emit(key, kind, "")
    qtbot.waitUntil(lambda: not feature.searching, timeout=30_000)
    dock = feature.dock
    # Every control of the dock is on screen in a 1024×600 window.
    controls = (dock.add_files_button, dock.notebook_button, dock.kind_filter, dock.date_filter)
    for widget in (*controls, dock.group_by):
        assert widget.isVisible() and widget.width() > 0
        corner = widget.mapTo(window, widget.rect().bottomRight())
        assert 0 < corner.x() <= window.width() and 0 < corner.y() <= window.height()
    qtbot.wait(50)
    screenshot(window, "library-mentions-small-1024x600")


def test_reports_on_an_800x600_screen_screenshot(make_window, qtbot, screenshot, indexed):
    """The reports list with its default columns in an 800×600 window: the title, issuer and
    文号 are readable in the dock; script and size wait in the header's menu."""
    window, _key, _kind = _window(make_window, qtbot, indexed, size=(800, 600))
    feature = window.library
    feature.open_dock()
    dock = feature.dock
    qtbot.waitUntil(lambda: dock.reports.rowCount() > 0)
    header = dock.table.header()
    assert header.isSectionHidden(SCRIPT) and header.isSectionHidden(SIZE)
    for column in (TITLE, NUMBER):
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert 0 < right <= dock.table.viewport().width(), column
    assert any(dock.reports.index(r, NUMBER).data() for r in range(dock.reports.rowCount()))
    qtbot.wait(50)
    screenshot(window, "library-reports-small-800x600")


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_grouped_view_link_dialog_and_bookmarks_screenshots(
    make_window, qapp, qtbot, screenshot, indexed, theme, language
):
    """The reports grouped by year with the notes and last-opened columns; the Link to
    Earlier Version dialog; the notebook listing a bookmark after the notes."""
    with ui_language(qapp, language):
        window, _key, _kind = _window(make_window, qtbot, indexed, size=(1400, 760))
        window.set_theme(theme)
        feature = window.library
        feature.open_dock()
        dock = feature.dock
        window.resizeDocks([dock], [900], Qt.Orientation.Horizontal)
        current = window.session.current.document
        feature.open_report(str(current.path))  # "last opened" is recorded
        qtbot.waitUntil(lambda: window.session.current is not None)
        with NoteStore(default_store_path()) as store:
            save_bookmarks(store, [new_bookmark(current, 200, "")])
            store.remember_document(current.fingerprint, current.path, current.title)
        feature.refresh_list()
        dock.group_by.setCurrentIndex(dock.group_by.findData("year"))
        model = dock.reports
        assert model.rowCount() >= 2 and all(model.index(g, 0).data() for g in range(2))
        assert sorted(r.notes for r in model.report_rows())[-1] == 2
        assert any(r.last_opened for r in model.report_rows())
        # Every column shown (script and size from the header's menu): the dock scrolls
        # sideways to the last ones; the first seven are in its 900 px.
        for action in dock.column_menu().actions():
            action.setChecked(True)
        header = dock.table.header()
        assert not header.hiddenSectionCount()
        assert header.sectionViewportPosition(SIZE) + header.sectionSize(SIZE) <= dock.table.width()
        qtbot.wait(50)
        screenshot(window, f"library-grouped-{theme}-{language}")
        feature.ask_for_earlier_version(str(current.path))
        dialog = feature.link_dialog
        dialog.list.setCurrentRow(1)
        qtbot.wait(50)
        screenshot(dialog, f"library-link-{theme}-{language}")
        dialog.reject()
        feature.open_notebook()
        book = feature.notebook_window
        assert book.model.item(0).rowCount() == 3  # two notes, then the bookmark
        assert ("1 bookmark" if language == "en" else "1 个书签") in book.status.text()
        qtbot.wait(50)
        screenshot(book, f"notebook-bookmarks-{theme}-{language}")
        book.close()

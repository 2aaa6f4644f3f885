"""Screenshots of the library states this session added, light and dark, English and 简体中文,
and one on a 1024×600 screen: the dock listing the reports that mention an entity (the entity
panel's "In Other Reports…") with a kind filter set, and the notebook window. Each also checks
what it shows, so a broken state fails here too."""

from __future__ import annotations

import shutil

import pytest

from gui.core.library import Library, top_entities
from gui.core.notes import NoteStore, new_passage_note
from gui.core.notes.store import default_store_path
from gui.core.paths import data_dir
from gui.core.reading import read_document
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
    for widget in (dock.add_files_button, dock.notebook_button, dock.kind_filter, dock.date_filter):
        assert widget.isVisible() and widget.width() > 0
        corner = widget.mapTo(window, widget.rect().bottomRight())
        assert 0 < corner.x() <= window.width() and 0 < corner.y() <= window.height()
    qtbot.wait(50)
    screenshot(window, "library-mentions-small-1024x600")

"""The notebook window: every note of two real reports from a real notes store, filtered by
tag, colour, report, date and text (against the core's notebook()), opened at a note, and
exported as CSV and JSON-LD with exactly the notes shown, grouped by report; bookmarks listed,
filtered as documented, opened and exported."""

from __future__ import annotations

import csv
import json
import shutil

import pytest
from PySide6.QtCore import Qt

from gui.core.library import NoteFilter, notebook
from gui.core.notes import NoteStore, new_passage_note
from gui.core.notes.bookmarks import new_bookmark, save_bookmarks
from gui.core.notes.store import default_store_path
from gui.core.reading import read_document
from gui.ui.library.notebook import BOOKMARK_ROLE, NOTE_ROLE
from tests.conftest import DEFAULT_REPORT
from tests.ui.test_library_window import REAL

OTHER = "gw-cn-badong-geohazard-reply-2004.html"


@pytest.fixture
def notes(tmp_path):
    """Two real reports, indexed by nobody yet, with notes of several tags and colours."""
    folder = tmp_path / "reports"
    folder.mkdir()
    paths = [folder / DEFAULT_REPORT.name, folder / OTHER]
    shutil.copy(DEFAULT_REPORT, paths[0])
    shutil.copy(REAL / OTHER, paths[1])
    documents = [read_document(p) for p in paths]
    plan = [  # (report, quote length, body, colour, tags)
        (0, 8, "政策", "yellow", ("policy",)),
        (0, 6, "数字", "green", ("figures", "policy")),
        (0, 10, "", "blue", ()),
        (1, 8, "批复", "yellow", ("policy",)),
        (1, 5, "地名", "pink", ("place",)),
    ]
    with NoteStore(default_store_path()) as store:
        for n, (which, length, body, colour, tags) in enumerate(plan):
            doc = documents[which]
            start = min(60 * (n + 1), len(doc.text) - length - 1)
            store.add(new_passage_note(doc, start, start + length, body, colour, tags))
    return paths, documents


def _listed(window) -> dict[str, int]:
    model = window.model
    return {
        model.item(r).text().rsplit(" (", 1)[0]: model.item(r).rowCount()
        for r in range(model.rowCount())
    }


def _expected(note_filter: NoteFilter) -> int:
    with NoteStore(default_store_path()) as store:
        return sum(len(n) for n in notebook(store, note_filter).values())


def test_the_notebook_lists_filters_opens_and_exports(make_window, qtbot, notes, tmp_path):
    paths, documents = notes
    window = make_window()
    feature = window.library
    feature.add([str(p) for p in paths])  # the library names the reports by their titles
    qtbot.waitUntil(lambda: not feature.indexing, timeout=120_000)
    action = next(a for a in window.menus["view"].actions() if a.objectName() == "notebook")
    action.trigger()
    book = feature.notebook_window
    assert book.isVisible()
    listed = _listed(book)
    assert sorted(listed.values()) == [2, 3]
    assert "5 notes" in book.status.text() and "2 reports" in book.status.text()
    # Each filter against the core's answer.
    book.tag_filter.setCurrentIndex(book.tag_filter.findData("policy"))
    assert sum(_listed(book).values()) == _expected(NoteFilter(tags=("policy",))) == 3
    book.colour_filter.setCurrentIndex(book.colour_filter.findData("yellow"))
    assert sum(_listed(book).values()) == _expected(
        NoteFilter(tags=("policy",), colours=("yellow",))
    ) == 2  # fmt: skip
    book.tag_filter.setCurrentIndex(0)
    book.colour_filter.setCurrentIndex(0)
    book.report_filter.setCurrentIndex(book.report_filter.findData(documents[1].fingerprint))
    assert list(_listed(book).values()) == [2]
    book.report_filter.setCurrentIndex(0)
    book.text_filter.setText("批复")
    assert sum(_listed(book).values()) == 1
    book.text_filter.clear()
    book.date_filter.setText("1999")
    assert book.model.rowCount() == 0
    book.date_filter.setText("not a date")
    assert "2025–2026" in book.status.text() and not book.export_button.isEnabled()
    book.date_filter.clear()
    # A double-click on a note of the other report opens it at the note.
    model = book.model
    report_row = next(
        model.index(r, 0) for r in range(model.rowCount()) if model.rowCount(model.index(r, 0)) == 2
    )
    note_index = model.index(0, 0, report_row)
    note = note_index.data(NOTE_ROLE)
    assert note.fingerprint == documents[1].fingerprint
    tree = book.tree
    rect = tree.visualRect(note_index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(window.signals.flash_requested, timeout=15000) as flashed:
        qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert flashed.args == [note.start, note.end]
    assert window.session.current.document.fingerprint == note.fingerprint
    # Export what is shown: the "policy" notes.
    book.tag_filter.setCurrentIndex(book.tag_filter.findData("policy"))
    target = tmp_path / "out" / "notebook.jsonld"
    target.parent.mkdir()
    with qtbot.waitSignal(book.exported, timeout=60_000):
        book.export_to(str(target), "json")
    data = json.loads(target.read_text(encoding="utf-8"))
    items = data.get("first", {}).get("items") or data.get("items") or []
    with NoteStore(default_store_path()) as store:
        wanted = notebook(store, NoteFilter(tags=("policy",)))
    assert len(items) == sum(len(n) for n in wanted.values()) == 3
    sources = {json.dumps(item["target"], ensure_ascii=False) for item in items}
    assert any(documents[0].fingerprint in s for s in sources)
    assert any(documents[1].fingerprint in s for s in sources)
    table = tmp_path / "out" / "notebook.csv"
    with qtbot.waitSignal(book.exported, timeout=60_000):
        book.export_to(str(table), "csv")
    with table.open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 3
    assert f"Exported to {table}" == book.status.text()


def test_an_export_that_cannot_be_written_says_why(make_window, qtbot, notes, tmp_path):
    window = make_window()
    window.library.open_notebook()
    book = window.library.notebook_window
    target = tmp_path / "missing-folder" / "notebook.md"
    with qtbot.waitSignal(book._jobs.failed, timeout=60_000):
        book.export_to(str(target), "md")
    assert book.status.text().startswith("Cannot export the notebook:")
    assert not target.exists() and book.export_button.isEnabled()


def test_bookmarks_are_listed_opened_and_exported(make_window, qtbot, notes, tmp_path):
    paths, documents = notes
    third = tmp_path / "reports" / "wr-cn-2024.txt"
    shutil.copy(REAL / third.name, third)
    marked = read_document(third)  # a report with a bookmark and no note
    with NoteStore(default_store_path()) as store:
        marks = [
            new_bookmark(documents[0], documents[0].text.index("生物醫藥"), "医药"),
            new_bookmark(marked, marked.text.index("脱贫攻坚"), "脱贫"),
        ]
        save_bookmarks(store, marks)
        # As the reader does when it opens a report (it was bookmarked there).
        store.remember_document(marked.fingerprint, marked.path, marked.title)
    window = make_window(None)
    window.library.open_notebook()
    book = window.library.notebook_window
    assert "5 notes" in book.status.text() and "2 bookmarks" in book.status.text()
    assert "3 reports" in book.status.text()
    model = book.model
    rows = {
        model.index(c, 0, model.index(r, 0)).data(BOOKMARK_ROLE): model.index(
            c, 0, model.index(r, 0)
        )
        for r in range(model.rowCount())
        for c in range(model.rowCount(model.index(r, 0)))
    }
    rows.pop(None)
    assert sorted(m.name for m in rows) == ["医药", "脱贫"]
    # A tag filter leaves bookmarks out (they have none).
    book.tag_filter.setCurrentIndex(book.tag_filter.findData("policy"))
    assert "bookmark" not in book.status.text()
    book.tag_filter.setCurrentIndex(0)
    book.text_filter.setText("脱贫")
    assert sum(_listed(book).values()) == 1 and "1 bookmark" in book.status.text()
    # Exported with the notes, and opened at its place by a double-click.
    target = tmp_path / "notebook.md"
    with qtbot.waitSignal(book.exported, timeout=60_000):
        book.export_to(str(target), "md")
    text = target.read_text(encoding="utf-8")
    assert "## Bookmarks" in text and "**脱贫**" in text and "**医药**" not in text
    index = book.model.index(0, 0, book.model.index(0, 0))
    mark = index.data(BOOKMARK_ROLE)
    rect = book.tree.visualRect(index)
    qtbot.mouseClick(book.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(window.signals.flash_requested, timeout=15000) as flashed:
        qtbot.mouseDClick(book.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert flashed.args == [mark.start, mark.anchor.end]
    assert window.session.current.document.fingerprint == marked.fingerprint

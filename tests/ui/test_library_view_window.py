"""The library view: grouping by issuer, year and kind; the notes-count, last-opened, 文号,
script and size columns (sorted by a click on their headers; chosen from the header's menu); Rebuild from the context menu (notes kept, progress,
Cancel); the user's own link to an earlier version, whose notes are then offered and placed.
Real report files, a real library, a real notes store, real widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from gui.core.library import Library, earlier_versions, search
from gui.core.notes import NoteStore, new_passage_note
from gui.core.notes.store import default_store_path
from gui.core.reading import read_document
from gui.ui.library.reports_model import (
    ISSUER,
    NOTES,
    NUMBER,
    OPENED,
    PATH_ROLE,
    SCRIPT,
    SIZE,
    STATE,
    size_text,
)
from tests.core.library_fixtures import copy_default_report
from tests.core.test_library_versions import QUOTES, add_quoted_notes
from tests.ui.test_library_window import REPORTS, _index, make_folder


def _column(dock, column: int) -> list:
    return [r[column] if column != NOTES else r.notes for r in dock.reports.report_rows()]


def _click_header(qtbot, dock, column: int) -> None:
    """A real click on a column's header (scrolled into view first)."""
    header = dock.table.header()
    dock.table.scrollTo(dock.reports.index(0, column))
    dock.table.horizontalScrollBar().setValue(header.sectionPosition(column))
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def _add_notes(path: Path, count: int) -> None:
    """``count`` notes on the first characters of ``path``'s paragraphs."""
    document = read_document(path)
    starts = [0] + [i + 1 for i, c in enumerate(document.text) if c == "\n"]
    starts = [s for s in starts if document.text[s : s + 4].strip()][:count]
    with NoteStore(default_store_path()) as store:
        for s in starts:
            store.add(new_passage_note(document, s, s + 4, body=f"note {s}"))


def test_notes_and_last_opened_columns_sort_and_reports_group(make_window, qtbot, tmp_path):
    folder = make_folder(tmp_path)
    window = make_window(None)
    feature = window.library
    feature.open_dock()
    _index(feature, qtbot, [folder])
    dock = feature.dock
    _add_notes(folder / REPORTS[1], 3)
    _add_notes(folder / REPORTS[3], 1)
    feature.open_report(str((folder / REPORTS[3]).resolve()))
    qtbot.waitUntil(lambda: window.session.current is not None, timeout=15000)
    feature.refresh_list()
    with Library(feature.path) as library, NoteStore(default_store_path()) as store:
        expected = {r.path: r for r in library.reports(store)}
    rows = dock.reports.report_rows()
    assert {r.path: r.notes for r in rows} == {p: r.notes for p, r in expected.items()}
    assert sorted(r.notes for r in rows) == [0, 0, 0, 0, 1, 3]
    opened = [r for r in rows if r.last_opened]
    assert [r.path for r in opened] == [str((folder / REPORTS[3]).resolve())]
    assert opened[0].last_opened == expected[opened[0].path].last_opened
    # A click on the Notes header sorts by the count (a number: 3 after 1 after 0s).
    _click_header(qtbot, dock, NOTES)
    notes = _column(dock, NOTES)
    assert notes in (sorted(notes), sorted(notes, reverse=True))
    first = notes[0]
    _click_header(qtbot, dock, NOTES)
    assert _column(dock, NOTES)[0] != first
    _click_header(qtbot, dock, OPENED)
    shown = [dock.reports.index(r, OPENED).data() for r in range(dock.reports.rowCount())]
    assert sorted(shown) == shown or sorted(shown, reverse=True) == shown
    assert any(shown)

    # Grouping: one group per issuer (reports without one under "(none)"), each holding
    # exactly the reports the library gives that issuer; year and kind likewise.
    for grouping, value in (
        ("issuer", lambda r: r.issuer),
        ("year", lambda r: (r.date or "")[:4]),
        ("kind", lambda r: dock.kind_name(r.kind)),
    ):
        dock.group_by.setCurrentIndex(dock.group_by.findData(grouping))
        model = dock.reports
        groups = {}
        for g in range(model.rowCount()):
            parent = model.index(g, 0)
            label = parent.data().rsplit(" (", 1)[0]
            children = {
                model.index(c, 0, parent).data(PATH_ROLE) for c in range(model.rowCount(parent))
            }
            assert parent.data().endswith(f"({len(children)})")
            groups[label] = children
            assert dock.table.isExpanded(parent)
        wanted = {}
        for path, r in expected.items():
            wanted.setdefault(value(r) or "(none)", set()).add(path)
        assert groups == wanted, grouping
        assert len(groups) > 1
    labels = dock.reports.group_labels()
    assert labels[-1] == "(none)" or "(none)" not in labels
    dock.group_by.setCurrentIndex(dock.group_by.findData(""))
    assert dock.reports.rowCount() == len(expected)


def test_rebuild_from_the_view_keeps_notes_and_can_be_cancelled(make_window, qtbot, tmp_path):
    folder = make_folder(tmp_path)
    # Reports long enough that a rebuild is still reading when the Cancel of the test's first
    # progress report reaches it: the warm indexing process reads a short report in a few
    # milliseconds, and the cancel takes one trip through the window's event loop to arrive.
    for report in list(folder.rglob("*.md")) + list(folder.rglob("*.txt")):
        body = report.read_text(encoding="utf-8")
        report.write_text(body + ("\n\n" + body) * 40, encoding="utf-8")
    window = make_window(None)
    feature = window.library
    feature.open_dock()
    _index(feature, qtbot, [folder])
    _add_notes(folder / REPORTS[2], 2)
    with Library(feature.path) as library:
        before = {r.path: r.fingerprint for r in library.reports()}
        found = {h.report.path for h in search(library, "发展", limit=50)}
    assert found
    dock = feature.dock
    menu = dock.report_menu(dock.reports.index(0, 0))
    names = [a.objectName() for a in menu.actions() if a.objectName()]
    assert names == ["library_open", "library_link_version", "library_rebuild"]
    # Cancel at the first report: what was read again stays, the rest is pending.
    seen = []

    def first_report(done, total, path):
        seen.append((done, total))
        if done == 1:
            qtbot.mouseClick(dock.cancel_button, Qt.MouseButton.LeftButton)

    feature._progress.advanced.connect(first_report)
    window.notifier.answer = True
    menu.actions()[-1].trigger()
    assert window.notifier.messages[-1][0] == "Rebuild the Index"
    assert feature.indexing and dock.progress.isVisible()
    qtbot.waitUntil(lambda: not feature.indexing, timeout=120_000)
    feature._progress.advanced.disconnect(first_report)
    assert seen[0] == (1, len(REPORTS) + 1)
    assert feature.last_summary.cancelled
    with Library(feature.path) as library:
        assert 0 < len(library.pending()) < len(REPORTS) + 1
    assert "pending" in _column(dock, STATE)
    # The next Add finishes it; every report has its text again, searches find the same
    # reports, and the notes are all there.
    _index(feature, qtbot, [])
    with Library(feature.path) as library:
        assert library.pending() == []
        assert {r.path: r.fingerprint for r in library.reports()} == before
        assert {h.report.path for h in search(library, "发展", limit=50)} == found
    assert sorted(_column(dock, NOTES)) == [0] * len(REPORTS) + [2]
    # No to the question: nothing happens.
    window.notifier.answer = False
    dock.report_menu(dock.reports.index(0, 0)).actions()[-1].trigger()
    assert not feature.indexing


def test_the_users_link_to_an_earlier_version_offers_its_notes(make_window, qtbot, tmp_path):
    folder = tmp_path / "reports"
    original = copy_default_report(folder)
    document = read_document(original)
    with NoteStore(default_store_path()) as store:
        add_quoted_notes(store, document, cut=False)
    # A digest: the three quoted paragraphs only, under a title of its own. Too different
    # for the library to link it by itself; the user knows better.
    paragraphs = [p for p in document.text.split("\n") if any(q in p for q in QUOTES)]
    digest = folder / "digest.txt"
    digest.write_text("兰州新区工作要点摘编\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
    window = make_window(None)
    feature = window.library
    feature.open_dock()
    _index(feature, qtbot, [original])
    _index(feature, qtbot, [digest])
    digest_doc = read_document(digest)
    with Library(feature.path) as library:
        assert earlier_versions(library, digest_doc.fingerprint) == []
    dock = feature.dock
    row = next(
        r for r in range(dock.reports.rowCount())
        if dock.reports.index(r, 0).data(PATH_ROLE) == str(digest.resolve())
    )  # fmt: skip
    link = next(
        a
        for a in dock.report_menu(dock.reports.index(row, 0)).actions()
        if a.objectName() == "library_link_version"
    )
    link.trigger()
    dialog = feature.link_dialog
    assert dialog is not None and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert dialog.list.count() == 1  # the digest itself is not offered
    qtbot.keyClicks(dialog.filter, "no such report")
    assert dialog.list.item(0).isHidden()
    dialog.filter.clear()
    dialog.list.setCurrentRow(0)
    assert ok.isEnabled()
    window.notifier.answer = True
    with qtbot.waitSignal(window.signals.notes_stored, timeout=30_000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    with Library(feature.path) as library:
        assert earlier_versions(library, digest_doc.fingerprint) == [(document.fingerprint, "user")]
    title, question = window.notifier.messages[-1]
    assert title == "Notes from an Earlier Version"
    assert "placed in this report: 3." in question
    opened = window.session.current.document
    assert opened.path.resolve() == digest.resolve()
    notes = window.notes.controller.notes()
    assert sorted(opened.text[n.start : n.end] for n in notes) == sorted(QUOTES)
    # The dock counts them.
    qtbot.waitUntil(lambda: sorted(_column(dock, NOTES)) == [3, 3])


def test_number_script_and_size_columns_show_the_librarys_fields(make_window, qtbot, tmp_path):
    """文号, script and size: the library's own fields, the size read as KB/MB and sorted by
    its bytes; script and size hidden until the header's menu shows them (remembered)."""
    folder = make_folder(tmp_path)
    # Sizes whose texts sort otherwise than their bytes ("10.x KB" before "9.x KB").
    body = (folder / REPORTS[1]).read_text(encoding="utf-8")
    for name, times in (("padded-9k.txt", 9_600), ("padded-10k.txt", 10_400)):
        text = body + "\n\n" + "发展。" * (times // 9)
        (folder / name).write_text(text[: times // 3], encoding="utf-8")
    window = make_window(None)
    feature = window.library
    feature.open_dock()
    _index(feature, qtbot, [folder])
    dock = feature.dock
    header = dock.table.header()
    assert dock.hidden_columns() == {"script", "size"}
    assert header.isSectionHidden(SCRIPT) and header.isSectionHidden(SIZE)
    assert not header.isSectionHidden(NUMBER)
    assert header.visualIndex(NUMBER) == header.visualIndex(ISSUER) + 1
    menu = dock.column_menu()
    actions = {a.objectName(): a for a in menu.actions()}
    assert not actions["library_column_title"].isEnabled()
    assert not actions["library_column_size"].isChecked()
    actions["library_column_script"].setChecked(True)
    actions["library_column_size"].setChecked(True)
    actions["library_column_state"].setChecked(False)
    assert not header.isSectionHidden(SIZE) and header.isSectionHidden(STATE)
    assert window.settings.library_hidden_columns() == {"state"}
    actions["library_column_state"].setChecked(True)
    assert window.settings.library_hidden_columns() == set()

    with Library(feature.path) as library:
        expected = {r.path: r for r in library.reports()}
    model = dock.reports
    shown = {
        model.index(r, 0).data(PATH_ROLE): [model.index(r, c).data() for c in (NUMBER, SCRIPT)]
        for r in range(model.rowCount())
    }
    labels = {"simplified": "简", "generic": "繁", "tw": "臺", "hk": "港"}
    for path, report in expected.items():
        if report.state == "ok":
            assert shown[path] == [report.number or "", labels[report.script]], path
    assert any(number for number, _script in shown.values())
    assert len({script for _number, script in shown.values()}) >= 2
    tips = {model.index(r, SCRIPT).data(Qt.ItemDataRole.ToolTipRole) for r in range(6)}
    assert "Simplified" in tips

    _click_header(qtbot, dock, SIZE)
    sizes = [r.size for r in model.report_rows()]
    assert sizes in (sorted(sizes), sorted(sizes, reverse=True))
    # The unreadable file has no size yet: shown empty, sorted as the smallest.
    assert sorted(sizes) == sorted(-1 if r.size is None else r.size for r in expected.values())
    texts = [model.index(r, SIZE).data() for r in range(model.rowCount())]
    assert texts == [size_text(s) for s in sizes]
    assert sorted(texts) != texts and sorted(texts, reverse=True) != texts
    # Kilobytes of 1,024 bytes, one decimal (every file here is between 1 KB and 1 MB).
    assert [t for s, t in zip(sizes, texts, strict=True) if s >= 0] == [
        f"{s / 1024:.1f} kB" for s in sizes if s >= 0
    ]

    # A window opened later shows the columns as the user left them.
    other = make_window(None)
    assert other.library.dock.hidden_columns() == set()

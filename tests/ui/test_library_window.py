"""The Library dock: real report files indexed into a real SQLite library in the background
(the event loop keeps turning), listed with their fields and state, searched across with
context in the reader's script, opened at a hit; Cancel; "In Other Reports…"."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMenu

from gui.core.library import Library, count_matches, search
from gui.core.script import Script
from gui.models.find_results_model import CONTEXT_ROLE, HIT_ROLE
from gui.ui.library.dock import PATH_ROLE
from gui.ui.library.feature import WATCH_DELAY_MS
from tests.conftest import REPO
from tests.ui.ui_language import ui_language

REAL = REPO / "tests" / "data" / "real"
REPORTS = (
    "gw-sh-jiading-renewal-2023.md",
    "news-tw-migrant-worker-police-2021.txt",
    "press-mo-hengqin-art-fair-2026.html",
    "news-hk-dental-pilot-2017.md",
    "gw-cn-badong-geohazard-reply-2004.html",
)


@pytest.fixture
def folder(tmp_path):
    """A folder of real reports (one in a subfolder) and one file no reader can read."""
    return make_folder(tmp_path)


def make_folder(tmp_path: Path) -> Path:
    """The ``folder`` fixture's files, under ``tmp_path``."""
    root = tmp_path / "reports"
    (root / "older").mkdir(parents=True)
    for i, name in enumerate(REPORTS):
        shutil.copy(REAL / name, (root / "older" if i == 0 else root) / name)
    (root / "broken.pdf").write_bytes(b"%PDF-1.4\nnot really a pdf\n")
    return root


def _index(feature, qtbot, paths) -> int:
    """Add ``paths``; return how many times the event loop turned while indexing ran."""
    ticks = []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    feature.add([str(p) for p in paths])
    qtbot.waitUntil(lambda: not feature.indexing, timeout=120_000)
    timer.stop()
    return len(ticks)


def _rows(dock) -> list[list[str]]:
    m = dock.reports
    return [[m.index(r, c).data() for c in range(4)] for r in range(m.rowCount())]


def test_a_folder_is_indexed_in_the_background_listed_and_opened(make_window, qtbot, folder):
    window = make_window()
    feature = window.library
    qtbot.keyClick(
        window,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert feature.dock.isVisible()
    assert _rows(feature.dock) == []
    ticks = _index(feature, qtbot, [folder])
    assert ticks >= 2  # the window kept running while the reports were read
    assert feature.last_summary.indexed == len(REPORTS)
    assert feature.last_summary.failed == 1
    rows = _rows(feature.dock)
    assert len(rows) == len(REPORTS) + 1
    states = sorted(r[3] for r in rows)
    assert states == ["ok"] * len(REPORTS) + ["unreadable"]
    with Library(feature.path) as library:
        expected = {(r.title or "", r.issuer or "", r.date or "") for r in library.reports()}
        assert any(r.issuer for r in library.reports())
    shown = {tuple(r[:3]) for r in rows if r[3] == "ok"}
    assert shown <= expected
    assert not feature.dock.progress.isVisible()
    assert "5 reports indexed" in feature.dock.progress_label.text()
    # Double-click opens the report in the reader.
    target = folder / REPORTS[2]
    table = feature.dock.table
    row = next(
        r for r in range(feature.dock.reports.rowCount())
        if feature.dock.reports.index(r, 0).data(PATH_ROLE) == str(target.resolve())
    )  # fmt: skip
    table.scrollTo(feature.dock.reports.index(row, 0))
    rect = table.visualRect(feature.dock.reports.index(row, 0))
    # A real double-click: press, release, then the double-click event on the same row.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(window.signals.document_opened, timeout=15000):
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.session.current.document.path.resolve() == target.resolve()


def test_cancel_keeps_what_was_indexed_and_the_next_add_finishes(make_window, qtbot, folder):
    window = make_window()
    feature = window.library
    feature.dock.show()
    seen = []

    def first_report(done, total, path):
        seen.append((done, total))
        if done == 1:
            qtbot.mouseClick(feature.dock.cancel_button, Qt.MouseButton.LeftButton)

    feature._progress.advanced.connect(first_report)
    _index(feature, qtbot, [folder])
    assert seen and seen[0] == (1, len(REPORTS) + 1)
    assert feature.last_summary.cancelled
    with Library(feature.path) as library:
        pending = len(library.pending())
    assert 0 < pending < len(REPORTS) + 1
    assert "cancelled" in feature.dock.progress_label.text()
    feature._progress.advanced.disconnect(first_report)
    _index(feature, qtbot, [])
    assert not feature.last_summary.cancelled
    with Library(feature.path) as library:
        assert library.pending() == []


def test_search_lists_hits_in_the_reader_script_and_a_click_opens_at_the_hit(
    make_window, qtbot, folder
):
    window = make_window()
    feature = window.library
    feature.dock.show()
    _index(feature, qtbot, [folder])
    window.scripts.actions[Script.HANT].trigger()
    feature.search("发展")
    qtbot.waitUntil(lambda: not feature.searching, timeout=30_000)
    with Library(feature.path) as library:
        expected = search(library, "发展", limit=50)
    model = feature.dock.results
    assert model.rowCount() == len(expected) >= 2
    assert feature.dock.search_label.text() == f"Reports: {len(expected)}"
    first = model.index(0, 0)
    assert model.rowCount(first) == len(expected[0].hits)
    before, match, after = model.index(0, 0, first).data(CONTEXT_ROLE)
    assert match == "發展"  # the Simplified text shown in the reader's Traditional view
    # A click on the last hit of the last report opens that report at the hit.
    last = model.index(model.rowCount() - 1, 0)
    hit_index = model.index(model.rowCount(last) - 1, 0, last)
    doc, start, end = click_hit(qtbot, window, hit_index, hit_index.data(PATH_ROLE))
    assert convert(doc.text[start:end]) == "发展"
    reader = window.reader
    # At the top when the text below it fills a screen, else on screen with the end in view.
    qtbot.waitUntil(lambda: reader.views.line_at(start) in reader.visible_lines(extra=0))


def click_hit(qtbot, window, hit_index, path: str):
    """Click the hit at ``hit_index`` in the library's results: the reader shows the report at
    ``path`` and flashes the hit (both asserted). Returns the document shown and the hit's
    ``(start, end)``."""
    start, end = hit_index.data(HIT_ROLE)
    view = window.library.dock.results_view
    view.scrollTo(hit_index)
    with qtbot.waitSignal(window.signals.flash_requested, timeout=15000) as flashed:
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(hit_index).center()
        )
    assert flashed.args == [start, end]
    doc = window.session.current.document
    assert str(doc.path.resolve()) == path
    return doc, start, end


def convert(text: str) -> str:
    from gui.core.script import to_pivot

    return to_pivot(text)[0]


def test_a_query_that_cannot_be_searched_says_why(make_window, qtbot, folder):
    window = make_window()
    feature = window.library
    _index(feature, qtbot, [folder])
    feature.search("NOT")
    qtbot.waitUntil(lambda: not feature.searching, timeout=30_000)
    assert feature.dock.results.rowCount() == 0
    assert feature.dock.search_label.text()  # QueryError's one line
    feature.search("量子计算机")
    qtbot.waitUntil(lambda: not feature.searching, timeout=30_000)
    assert feature.dock.search_label.text() == "Not found in the library"


def test_in_other_reports_searches_the_library_for_the_selection(make_window, qtbot, folder):
    window = make_window(folder / REPORTS[4])
    feature = window.library
    _index(feature, qtbot, [folder])
    doc = window.session.current.document
    start = doc.text.index("发展")
    menu = QMenu()
    for hook in window.reader.context_menu_hooks:
        hook(menu, start, (start, start + 2))
    action = next(a for a in menu.actions() if a.objectName() == "library_in_other_reports")
    action.trigger()
    qtbot.waitUntil(lambda: not feature.searching, timeout=30_000)
    assert feature.dock.isVisible()
    assert feature.dock.search_edit.text() == '"发展"'
    paths = {r.report.path for r in feature.search_results}
    assert str((folder / REPORTS[2]).resolve()) in paths
    # No selection: no entry.
    menu = QMenu()
    for hook in window.reader.context_menu_hooks:
        hook(menu, start, None)
    assert not [a for a in menu.actions() if a.objectName() == "library_in_other_reports"]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_library_screenshots(make_window, qapp, qtbot, screenshot, folder, theme, language):
    with ui_language(qapp, language):
        window = make_window()
        window.resize(1200, 700)
        window.set_theme(theme)
        feature = window.library
        feature.open_dock()
        _index(feature, qtbot, [folder])
        feature.search("发展")
        qtbot.waitUntil(lambda: not feature.searching, timeout=30_000)
        if language == "zh_CN":
            assert "报告" in feature.dock.search_label.text()
        qtbot.wait(50)
        screenshot(window, f"library-{theme}-{language}")


def test_watched_folders_pick_up_new_changed_and_vanished_files(make_window, qtbot, tmp_path):
    window = make_window()
    feature = window.library
    feature.open_dock()
    root = tmp_path / "watched"
    root.mkdir()
    for name in REPORTS[:2]:
        shutil.copy(REAL / name, root / name)
    _index(feature, qtbot, [root])
    # Watches are set a moment after the list is shown (docs/library.md).
    qtbot.waitUntil(lambda: str(root.resolve()) in feature.watcher.directories())

    def states() -> dict[str, str]:
        m = feature.dock.reports
        return {
            Path(m.index(r, 0).data(PATH_ROLE)).name: m.index(r, 3).data()
            for r in range(m.rowCount())
        }

    # A new file in the folder is added and indexed.
    shutil.copy(REAL / REPORTS[2], root / REPORTS[2])
    qtbot.waitUntil(lambda: states().get(REPORTS[2]) == "ok", timeout=60_000)
    # A changed file is indexed again: its new words are found.
    changed = root / REPORTS[1]
    changed.write_text(
        changed.read_text(encoding="utf-8") + "\n蟋蟀音乐节开幕。\n", encoding="utf-8"
    )
    qtbot.waitUntil(lambda: not feature.indexing and _found(feature, "蟋蟀音乐节"), timeout=60_000)
    # A vanished file is marked, not dropped.
    (root / REPORTS[0]).unlink()
    qtbot.waitUntil(lambda: states().get(REPORTS[0]) == "missing", timeout=60_000)
    assert len(states()) == 3
    assert str((root / REPORTS[0]).resolve()) not in feature.watcher.files()
    # Indexing reads the files but does not set the watcher off again: the library is quiet.
    qtbot.waitUntil(lambda: not feature.indexing, timeout=60_000)
    summary = feature.last_summary
    qtbot.wait(3 * WATCH_DELAY_MS)
    assert not feature.indexing and feature.last_summary is summary


def _found(feature, query: str) -> bool:
    with Library(feature.path) as library:
        return bool(search(library, query))


def _bounded_search(feature, qtbot, monkeypatch, query: str, bound: int) -> str:
    """Search with a page of 2 reports and ``bound`` as the count's bound (the real ones,
    50 and 1,000, need a library of over 1,000 reports); return the label shown."""
    from gui.ui.library import searching

    monkeypatch.setattr(searching, "RESULT_REPORTS", 2)
    monkeypatch.setattr(searching, "COUNT_BOUND", bound)
    feature.search(query)
    qtbot.waitUntil(lambda: not feature.searching, timeout=30_000)
    return feature.dock.search_label.text()


def test_past_its_bound_the_count_of_reports_says_more_than(
    make_window, qtbot, folder, monkeypatch
):
    window = make_window()
    feature = window.library
    _index(feature, qtbot, [folder])
    with Library(feature.path) as library:
        exact = count_matches(library, "的")
    assert exact >= 3  # the page (2) is full, so the count runs
    assert _bounded_search(feature, qtbot, monkeypatch, "的", exact) == f"Reports: {exact}"
    label = _bounded_search(feature, qtbot, monkeypatch, "的", exact - 1)
    assert label == f"Reports: more than {exact - 1}"
    assert feature.dock.results.rowCount() == 2


@pytest.mark.parametrize(
    ("theme", "language", "size"),
    [
        ("light", "en", (1200, 700)),
        ("dark", "en", (1200, 700)),
        ("light", "zh_CN", (1200, 700)),
        ("dark", "zh_CN", (1200, 700)),
        ("light", "zh_CN", (1024, 600)),
    ],
)
def test_bounded_count_screenshots(
    make_window, qapp, qtbot, screenshot, folder, monkeypatch, theme, language, size
):
    with ui_language(qapp, language):
        window = make_window()
        window.resize(*size)
        window.set_theme(theme)
        feature = window.library
        feature.open_dock()
        _index(feature, qtbot, [folder])
        label = _bounded_search(feature, qtbot, monkeypatch, "的", 2)
        assert label == ("Reports: more than 2" if language == "en" else "超过 2 份报告")
        assert feature.dock.search_label.isVisible()
        qtbot.wait(50)
        name = f"library-count-{theme}-{language}"
        if size != (1200, 700):
            name += f"-small-{size[0]}x{size[1]}"
        screenshot(window, name)


def test_progress_is_shown_at_most_once_per_interval(make_window, qtbot, monkeypatch):
    """Reports indexed quickly one after another: the first is shown at once, the rest
    are folded into the latest one, shown when the interval ends, and nothing after it."""
    from gui.ui.library.feature import PROGRESS_INTERVAL_MS

    window = make_window()
    feature = window.library
    feature.open_dock()
    dock = feature.dock
    shown = []
    show = dock.show_progress
    monkeypatch.setattr(
        dock,
        "show_progress",
        lambda done_total, text="": (shown.append(done_total), show(done_total, text)),
    )
    feature.indexing = True  # as while a job runs; its progress arrives as queued signals
    for done in range(1, 11):
        feature._progress.advanced.emit(done, 10, f"/reports/r{done}.txt")
    assert shown == [(1, 10)]
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=5 * PROGRESS_INTERVAL_MS)
    assert shown[-1] == (10, 10) and dock.progress_label.text() == "Indexing 10 of 10: r10.txt"
    qtbot.wait(2 * PROGRESS_INTERVAL_MS)
    assert len(shown) == 2
    feature.indexing = False

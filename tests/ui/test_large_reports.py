"""Large reports: what the reader does with one must not depend on the one shown before.

Opening any report after a 1,000,000-character one froze the window for ~2 minutes: clearing
the old report's heading layers re-highlighted the whole old document, twice, just before its
text was thrown away. The figures live in ``benchmarks/bench_window.py``; here the work is
counted (blocks highlighted), which does not depend on how loaded the machine is."""

from __future__ import annotations

import sys
import time

from gui.ui.highlighter import SpanHighlighter
from tests.conftest import DEFAULT_REPORT, REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from large_report import build_large_report  # noqa: E402

_KEPT: list = []


def test_opening_a_report_after_a_large_one_highlights_only_the_new_one(
    make_window, qtbot, tmp_path, monkeypatch
):
    highlighted: list[str] = []
    original = SpanHighlighter.highlightBlock

    def counting(self, text: str) -> None:
        highlighted.append(text)
        original(self, text)

    # Before the window exists: PySide looks a Python override up when it wraps the object,
    # and keeps using what it found, so the function must outlive the (closed, kept) window.
    _KEPT.append(counting)
    monkeypatch.setattr(SpanHighlighter, "highlightBlock", counting)
    large = tmp_path / "large.txt"
    large.write_text(build_large_report(150_000), encoding="utf-8")
    window = make_window(large)
    old_blocks = window.reader.document().blockCount()
    assert len(window.reader.document_model.sections) > 900  # a real report's density
    assert len(highlighted) >= old_blocks  # the count sees the highlighter at work

    highlighted.clear()
    started = time.perf_counter()
    with qtbot.waitSignal(window.signals.document_opened, timeout=60000):
        window.session.open(DEFAULT_REPORT)
    elapsed = time.perf_counter() - started

    new_blocks = window.reader.document().blockCount()
    assert window.reader.document_model.path.name == DEFAULT_REPORT.name
    assert new_blocks < old_blocks / 10
    # Inserting the new text highlights its blocks (and the emptied document); nothing of the
    # old report is highlighted again.
    new_lines = set(window.reader.document().toPlainText().split("\n")) | {""}
    old = [text for text in highlighted if text not in new_lines]
    assert not old, f"{len(old)} blocks of the old report highlighted again"
    assert len(highlighted) <= 2 * new_blocks
    assert elapsed < 5.0, f"opening the bundled report took {elapsed:.1f} s"


def test_a_large_report_is_taken_apart_in_slices_after_another_opens(make_window, qtbot, tmp_path):
    from gui.core.script import Script
    from gui.ui.reader_view import RETIRE_CHARS

    large = tmp_path / "large.txt"
    large.write_text(build_large_report(RETIRE_CHARS + 50_000), encoding="utf-8")
    window = make_window(large)
    reader = window.reader
    old_document, old_views = reader.document(), reader.views
    old_views.view(Script.HANS)  # every line converted: much to free later
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    with qtbot.waitSignal(old_document.destroyed, timeout=30000):
        window.session.open(DEFAULT_REPORT)
    qtbot.waitUntil(
        lambda: (
            not any(
                old_views.is_converted(i, Script.HANS) for i in range(0, old_views.line_count, 7)
            )
        ),
        timeout=30000,
    )
    timer.stop()
    assert reader.document() is not old_document
    assert reader.document().blockCount() == reader.views.line_count
    assert not any(old_views.is_converted(i, Script.HANS) for i in range(old_views.line_count))
    assert len(gaps) > 5  # the old document went over many event-loop turns
    # The new report shows and highlights as usual.
    assert reader.document_model.path.name == DEFAULT_REPORT.name
    assert reader.highlighter.layer("headings") is not None


def test_a_script_switch_announces_a_long_entity_list_in_slices(qtbot):
    """Thousands of entities: the list hears of its new text a slice per event-loop turn
    (all at once it stalled the UI ~0.1 s per 200,000 characters of report)."""
    from gui.models.entity_model import NOTIFY_ROWS, EntityGroup, EntityModel
    from gui.ui.entities.style import TYPES

    model = EntityModel()
    model.set_types(list(TYPES), str)
    groups = [EntityGroup("ORG", f"机构{i}", [(i, i + 3)], f"機構{i}") for i in range(2500)]
    model.set_groups(groups)
    announced: list[int] = []
    model.dataChanged.connect(lambda a, b, roles: announced.append(b.row() - a.row() + 1))
    model.set_shown_text(lambda g: g.key)
    assert 0 < sum(announced) <= NOTIFY_ROWS  # the first slice, now
    qtbot.waitUntil(lambda: sum(announced) == len(groups), timeout=5000)
    org = model.index_for_type("ORG")
    assert model.index(2499, 0, org).data() == "机构2499"
    # A new list while slices are pending: the reset supersedes them.
    model.set_shown_text(lambda g: g.original)
    model.set_groups(groups[:10])
    announced.clear()
    qtbot.wait(50)
    assert announced == []

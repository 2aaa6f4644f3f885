"""Large reports: what the reader does with one must not depend on the one shown before.

Opening any report after a 1,000,000-character one froze the window for ~2 minutes: clearing
the old report's heading layers re-highlighted the whole old document, twice, just before its
text was thrown away. The figures live in ``benchmarks/bench_window.py``; here the work is
counted (blocks highlighted), which does not depend on how loaded the machine is."""

from __future__ import annotations

import os
import sys

from tests.conftest import DEFAULT_REPORT, REPO
from tests.ui.app_probe import run_probe

sys.path.insert(0, str(REPO / "benchmarks"))
from large_report import build_large_report  # noqa: E402

#: Runs in a fresh interpreter: the count replaces a Qt virtual (highlightBlock) on the class,
#: and PySide keeps such an override for the objects made while it was in place, so a window
#: left from this test crashed a later test's palette change once the class was restored.
_SCRIPT = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
sys.path.insert(0, sys.argv[1] + "/benchmarks")
from PySide6.QtWidgets import QApplication
app = QApplication([])
from large_report import build_large_report
from gui.settings import Settings
from gui.ui.highlighter import SpanHighlighter
from gui.ui.main_window import MainWindow
from gui.ui.notifier import RecordingNotifier

highlighted = []
original = SpanHighlighter.highlightBlock

def counting(self, text):
    highlighted.append(text)
    original(self, text)

# Before the window exists: PySide looks a Python override up when it wraps the object.
SpanHighlighter.highlightBlock = counting
large = sys.argv[2]
with open(large, "w", encoding="utf-8") as f:
    f.write(build_large_report(150_000))
window = MainWindow(Settings(), RecordingNotifier())
window.show()
opened = []
window.signals.document_opened.connect(lambda *a: opened.append(1))

def wait_opened(n, timeout=60):
    end = time.monotonic() + timeout
    while len(opened) < n and time.monotonic() < end:
        app.processEvents()
    for _ in range(20):
        app.processEvents()

window.session.open(large)
wait_opened(1)
old_blocks = window.reader.document().blockCount()
sections = len(window.reader.document_model.sections)
before = len(highlighted)
highlighted.clear()
# CPU, not the wall clock: the freeze this guards against was 114 s of the process's CPU; on a
# machine loaded 10-fold a wall-clock bound fails while the work is the same.
started = time.process_time()
window.session.open(sys.argv[3])
wait_opened(2)
elapsed = time.process_time() - started
new_lines = set(window.reader.document().toPlainText().split("\n")) | {""}
print(json.dumps({
    "sections": sections, "old_blocks": old_blocks, "before": before,
    "new_blocks": window.reader.document().blockCount(),
    "name": window.reader.document_model.path.name,
    "highlighted": len(highlighted),
    "old": len([t for t in highlighted if t not in new_lines]),
    "elapsed": elapsed,
}))
"""


def test_opening_a_report_after_a_large_one_highlights_only_the_new_one(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    args = (str(REPO), str(tmp_path / "large.txt"), str(DEFAULT_REPORT))
    r = run_probe(_SCRIPT, *args, env=env, timeout=300, cwd=None)
    assert r["sections"] > 900  # a real report's density
    assert r["before"] >= r["old_blocks"]  # the count sees the highlighter at work
    assert r["name"] == DEFAULT_REPORT.name
    assert r["new_blocks"] < r["old_blocks"] / 10
    # Inserting the new text highlights its blocks (and the emptied document); nothing of the
    # old report is highlighted again.
    assert not r["old"], f"{r['old']} blocks of the old report highlighted again"
    assert r["highlighted"] <= 2 * r["new_blocks"]
    assert r["elapsed"] < 5.0, f"opening the bundled report took {r['elapsed']:.1f} s of CPU"


def test_a_large_report_is_taken_apart_in_slices_after_another_opens(make_window, qtbot, tmp_path):
    from gui.core.script import Script
    from gui.ui.reader_fill import RETIRE_SLICE_CHARS
    from gui.ui.reader_view import RETIRE_CHARS

    large = tmp_path / "large.txt"
    large.write_text(build_large_report(RETIRE_CHARS + 50_000), encoding="utf-8")
    window = make_window(large)
    reader = window.reader
    qtbot.waitUntil(lambda: not reader.filler.busy, timeout=60000)  # all of it streamed in
    old_document, old_views = reader.document(), reader.views
    old_views.view(Script.HANS)  # every line converted: much to free later
    # Each slice of the old text goes in its own event-loop turn: a 0 ms timer counts the
    # turns, and every removal from the old document notes the count it saw.
    turns = [0]
    removals: list[tuple[int, int]] = []  # (turn count, characters removed)

    def removed(_position: int, chars_removed: int, _chars_added: int) -> None:
        if chars_removed:
            removals.append((turns[0], chars_removed))

    old_document.contentsChange.connect(removed)
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(lambda: turns.__setitem__(0, turns[0] + 1))
    timer.start()
    old_chars = old_document.characterCount()
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
    # The old document went in slices of at most RETIRE_SLICE_CHARS, one per turn.
    assert sum(n for _, n in removals) >= old_chars - 1
    assert max(n for _, n in removals) <= RETIRE_SLICE_CHARS
    assert len(removals) >= max(3, (old_chars - 1) // RETIRE_SLICE_CHARS)
    seen = [turn for turn, _ in removals]
    assert all(a < b for a, b in zip(seen, seen[1:], strict=False)), seen
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

"""A long report streams into the reader (gui/ui/reader_fill.py): the first screenful at
once, the rest a slice per event-loop turn, never one long stall; the text, the heading
formats and every position come out as they would from one insertion."""

from __future__ import annotations

import sys
import time

import pytest

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from large_report import build_large_report  # noqa: E402

CHARS = 600_000  # over STREAM_CHARS, small enough for the suite


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    from gui.core.reading import read_document

    path = tmp_path_factory.mktemp("large") / "large-report.txt"
    path.write_text(build_large_report(CHARS), encoding="utf-8")
    return read_document(path)


def _reader(qtbot):
    from gui.ui.reader_view import ReaderView

    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.resize(900, 700)
    reader.show()
    qtbot.waitExposed(reader)
    return reader


def _shown_text(reader) -> str:
    views = reader.views
    return "\n".join(views.line(i, reader.block_script(i)).text for i in range(views.line_count))


def _formats(reader, lines) -> list:
    doc = reader.document()
    out = []
    for i in lines:
        block = doc.findBlockByNumber(i)
        ranges = block.layout().formats()
        out.append(
            (
                block.blockFormat().bottomMargin(),
                [
                    (r.start, r.length, r.format.fontWeight(), r.format.fontPointSize())
                    for r in ranges
                ],
            )
        )
    return out


class _Ticker:
    """A 5 ms timer on the UI thread: the most CPU time the thread spent between two of its
    ticks is the longest stretch of work it did without returning to the event loop. The
    thread's CPU, not the clock: on a loaded machine the clock between two ticks also holds
    the time other processes had the core, which no slicing can shorten (the clock's gaps
    came within 1.5x of the bound at load 3-10, session 16)."""

    def __init__(self):
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        self.last = time.thread_time()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        now = time.thread_time()
        self.gaps.append(now - self.last)
        self.last = now


@pytest.mark.timed
def test_a_long_report_streams_in_without_a_long_stall(qtbot, large, monkeypatch):
    from gui.core.script import Script
    from gui.core.script_views import DocumentViews
    from gui.ui import reader_view

    # The same text in one insertion, as every report went in before: the reference for
    # the text and the formats, and the yardstick for the stall (same thread, same run).
    one_go = _reader(qtbot)
    monkeypatch.setattr(reader_view, "STREAM_CHARS", 10**9)
    began = time.thread_time()
    one_go.set_document(large, DocumentViews(large.text), Script.ORIGINAL, 0)
    one_go_seconds = time.thread_time() - began
    assert not one_go.filler.busy
    monkeypatch.undo()
    # Qt lays the rest of it out later, a step per timer event: done now, not while the
    # stalls of the streamed one are watched.
    one_go.document().documentLayout().documentSize()
    one_go.hide()

    reader = _reader(qtbot)
    views = DocumentViews(large.text)
    reader.set_document(large, views, Script.ORIGINAL, 0)
    # The first screenful is in, the rest is still to come.
    assert reader.filler.busy
    assert 0 < reader.document().blockCount() < views.line_count
    first = reader.document().findBlockByNumber(0).text()
    assert first == large.text.split("\n")[0]
    assert reader.visible_lines().stop <= reader.document().blockCount()

    ticker = _Ticker()
    qtbot.waitUntil(lambda: not reader.filler.busy, timeout=120_000)
    ticker.timer.stop()
    assert reader.document().blockCount() == views.line_count
    assert reader.document().toPlainText() == one_go.document().toPlainText()
    headings = sorted(reader.highlighter._static_lines)
    sample = headings[:: max(1, len(headings) // 50)] + [0, views.line_count - 1]
    assert _formats(reader, sample) == _formats(one_go, sample)
    # Many event-loop turns (slices grow and shrink with the machine's speed), none of them
    # anywhere near the one insertion: the most CPU between two ticks against the CPU of
    # putting the whole text in at once.
    assert len(ticker.gaps) >= 10
    longest = max(ticker.gaps)
    assert longest < one_go_seconds / 3, (longest, one_go_seconds)


def test_positions_scripts_and_selection_work_while_it_streams(qtbot, large):
    from gui.core.script import Script
    from gui.core.script_views import DocumentViews

    reader = _reader(qtbot)
    views = DocumentViews(large.text)
    middle = large.text.index("\n", len(large.text) // 2) + 1
    # A reading position far into the report: restored at once.
    reader.set_document(large, views, Script.ORIGINAL, middle)
    assert reader.filler.busy
    assert reader.top_text_pos() == middle
    filled = reader.document().blockCount()
    assert filled < views.line_count
    # A jump further on (a find hit, a note, the outline) fills up to it first.
    far = large.text.index("\n", len(large.text) * 3 // 4) + 1
    reader.select_text_span(far, far + 6)
    assert reader.selected_text_span() == (far, far + 6)
    assert reader.textCursor().selectedText() == large.text[far : far + 6]
    assert reader.document().blockCount() > filled
    # A script switch converts what is shown now and fills the rest in the new script.
    reader.set_script(Script.HANT)
    qtbot.waitUntil(lambda: not reader.filler.busy and not reader.switcher.busy, timeout=120_000)
    assert reader.document().toPlainText() == views.view(Script.HANT).text
    assert reader.document().toPlainText() == _shown_text(reader)
    assert reader.selected_text_span() == (far, far + 6)


def test_a_new_report_stops_the_fill_of_the_last(qtbot, large):
    from gui.core.reading import read_document
    from gui.core.script import Script
    from gui.core.script_views import DocumentViews
    from tests.conftest import DEFAULT_REPORT

    reader = _reader(qtbot)
    reader.set_document(large, DocumentViews(large.text), Script.ORIGINAL, 0)
    assert reader.filler.busy
    small = read_document(DEFAULT_REPORT)
    reader.set_document(small, DocumentViews(small.text), Script.ORIGINAL, 0)
    assert not reader.filler.busy
    qtbot.wait(50)
    assert reader.document().toPlainText() == small.text


def test_a_finished_fill_lets_go_of_the_reports_lines(qtbot):
    """The lines it was given (a list of every line of the report: 12 MB for a 10 MB one)
    are not kept for as long as the report is open."""
    import gc
    import weakref

    from PySide6.QtGui import QTextBlockFormat, QTextDocument

    from gui.ui.reader_fill import StreamedFill

    class Lines(list):  # a list that can be watched
        pass

    lines = Lines(f"第{i}行" for i in range(5000))
    doc = QTextDocument()
    filler = StreamedFill()
    filler.start(doc, len(lines), lines.__getitem__, QTextBlockFormat())
    qtbot.waitUntil(lambda: not filler.busy, timeout=20000)
    assert doc.blockCount() == len(lines)
    watched = weakref.ref(lines)
    del lines
    gc.collect()
    assert watched() is None

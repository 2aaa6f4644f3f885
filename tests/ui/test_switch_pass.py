"""A whole-document script switch on a long report (gui/ui/lazy_conversion.py): the blocks
go in edits sized by Qt's real cost, not 120 at a time.

After every edit, Qt's layout walks every block from the edit to the end of the document, so
a pass in fixed edits of 120 blocks paid that walk ~150 times on a 1 M-character report
(2.2-2.8 s of CPU, measured with perf and cProfile). The switcher now grows its edits until one
takes about ``REPLACE_SECONDS`` of CPU. The yardstick is the old pass itself, on the same text
in the same run: every view is converted beforehand, so both passes only replace blocks.
"""

from __future__ import annotations

import sys
import time

import pytest

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from large_report import build_large_report  # noqa: E402

CHARS = 400_000  # over STREAM_CHARS; ~7,000 blocks


@pytest.fixture(scope="module")
def large():
    from gui.core.reading import document_from_text

    return document_from_text(build_large_report(CHARS))


def _reader(qtbot, doc, pivots: bool = True):
    from gui.core.script import Script
    from gui.core.script_views import DocumentViews
    from gui.ui.reader_view import ReaderView

    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.resize(900, 700)
    reader.show()
    qtbot.waitExposed(reader)
    views = DocumentViews(doc.text)
    for i in range(views.line_count if pivots else 0):  # the passes then only replace blocks
        views.line(i, Script.HANS)
    middle = doc.text.index("\n", len(doc.text) // 2) + 1
    reader.set_document(doc, views, Script.ORIGINAL, middle)
    qtbot.waitUntil(lambda: not reader.filler.busy, timeout=120_000)
    return reader


def _pass(qtbot, reader, script) -> tuple[float, int]:
    """CPU seconds of this thread for a whole switch, and the edit blocks Qt saw."""
    edits = []
    reader.document().contentsChange.connect(lambda *_: edits.append(1))
    began = time.thread_time()
    reader.set_script(script)
    qtbot.waitUntil(lambda: not reader.switcher.busy, timeout=120_000)
    took = time.thread_time() - began
    reader.document().contentsChange.disconnect()
    return took, len(edits)


@pytest.mark.timed
def test_a_whole_switch_pays_far_fewer_layout_walks(qtbot, large, monkeypatch):
    from gui.core.script import Script
    from gui.ui import lazy_conversion

    reader = _reader(qtbot, large)
    top = reader.top_text_pos()
    views = reader.views
    sizes = {
        "old": 120,  # blocks per edit before: one layout walk per 120 blocks
        "one": views.line_count,  # the whole document in one edit per run: the fewest walks
    }
    cpu: dict[str, list[float]] = {"old": [], "new": [], "one": []}
    edits: dict[str, list[int]] = {"old": [], "new": [], "one": []}
    # Interleaved, each way once in each direction: old to 简, new back to 原文, one to 简,
    # old back to 原文, new to 简, one back to 原文; twice.
    for way, script in [
        ("old", Script.HANS),
        ("new", Script.ORIGINAL),
        ("one", Script.HANS),
        ("old", Script.ORIGINAL),
        ("new", Script.HANS),
        ("one", Script.ORIGINAL),
    ] * 2:
        if way in sizes:
            for name in ("FIRST_BLOCKS", "MIN_BLOCKS", "MAX_BLOCKS"):
                monkeypatch.setattr(lazy_conversion, name, sizes[way])
        took, count = _pass(qtbot, reader, script)
        monkeypatch.undo()
        cpu[way].append(took)
        edits[way].append(count)
        assert reader.document().toPlainText() == views.view(script).text
        assert reader.top_text_pos() == top  # the reading position stays through it
    # A 120-block pass makes one edit per 120 blocks; the new one a fraction of that.
    assert min(edits["old"]) >= views.line_count // 120
    assert max(edits["new"]) <= min(edits["old"]) / 3, edits
    # What the walks cost: a pass's CPU less that of the pass in one edit (the same blocks
    # replaced, the same turns' work, the fewest walks). The new pass's walks cost under
    # half the old one's. The whole CPU of the two (bounded at 0.75 until session 16, 0.44-0.55
    # here) also holds the replacing itself, the same both ways and a larger part of the
    # whole on a machine where Qt's layout is relatively cheaper.
    walks = {way: sum(cpu[way]) - sum(cpu["one"]) for way in ("old", "new")}
    assert walks["new"] < 0.5 * walks["old"], cpu


def test_without_workers_a_traditional_pass_pays_the_edits_of_a_replacement(
    qtbot, large, monkeypatch
):
    """The frozen app has no worker pool: the switcher converts on the UI thread. Converting
    in the turn of each edit cut every edit at one slice of conversion (~80 lines), so a
    Traditional pass made 6-8x the edits (each a layout walk over the rest of the document)
    of a pass that only replaces blocks. Conversion now takes turns of its own and the edits
    keep their size: a 繁 or 臺 pass makes about the edits of the pass back to 原文, and
    shows exactly the whole view, the one OpenCC's rule makes of the whole text."""
    from gui.core import script_workers
    from gui.core.script import Script, make_view

    # The pool is the process's: an earlier test's long report may have started it.
    script_workers.shutdown(wait=True)
    monkeypatch.setattr(script_workers, "USE_PROCESSES", False)
    reader = _reader(qtbot, large)  # pivots made, as after the opening warm-up
    top = reader.top_text_pos()
    edits: dict[Script, list[int]] = {}
    for script in (Script.HANT, Script.ORIGINAL, Script.TW, Script.ORIGINAL):
        edits.setdefault(script, []).append(_pass(qtbot, reader, script)[1])
        shown = reader.document().toPlainText()
        assert shown == make_view(large.text, script, reader.views.variant).text
        assert reader.top_text_pos() == top
    assert script_workers._pool is None  # noqa: SLF001
    replacing = max(edits[Script.ORIGINAL])
    assert max(edits[Script.HANT] + edits[Script.TW]) <= 2 * replacing + 4, edits


def _conversion_cpu(views, monkeypatch) -> list[float]:
    """A list whose sum is the UI thread's CPU seconds spent converting lines (``line``,
    ``convert_run``), keeping the children's (``put``) and taking in their finished chunks
    (``ConversionJobs.collect`` when lines came in), each call counted once however nested."""
    from gui.core import script_workers

    spent: list[float] = []
    depth = [0]

    def timed(call, counts=lambda _result: True):
        def wrapped(*args, **kwargs):
            depth[0] += 1
            began = time.thread_time()
            try:
                result = call(*args, **kwargs)
            finally:
                depth[0] -= 1
            if depth[0] == 0 and counts(result):
                spent.append(time.thread_time() - began)
            return result

        return wrapped

    for name in ("line", "convert_run", "put"):  # the switcher calls them on the instance
        setattr(views, name, timed(getattr(views, name)))
    collect = script_workers.ConversionJobs.collect
    # A look that found nothing is the wait for the children, not work: their number is
    # the children's wall-clock time, which a loaded machine stretches.
    monkeypatch.setattr(
        script_workers.ConversionJobs, "collect", timed(collect, lambda came: came > 0)
    )
    return spent


@pytest.mark.timed
def test_worker_processes_convert_and_the_reader_stays_right(qtbot, large, monkeypatch):
    """繁 then 臺 in worker processes (gui/core/script_workers.py): the reader ends up showing
    exactly the whole view, the reading position, the selection and a highlight stay on
    their characters, every line off the screen comes from a worker, and the UI thread
    spends a fraction of the CPU of converting here (the same switch with the workers
    turned off, measured in the same run, interleaved: off, on, on, off).

    The CPU compared is the conversion's: converting lines, and taking in the children's.
    The thread's whole CPU (compared until session 16: 0.48 of without, quiet, 0.74-0.95
    at load 4-10) also holds putting the blocks in, painting and the turns between, whose
    amount follows how fast the children's lines come in: a loaded machine makes it the
    larger part. Putting blocks in is bounded by the test above."""
    from gui.core import script_workers
    from gui.core.script import Script

    fmt = None
    cpu = {}
    # The pool is the process's: an earlier test's long report may have started it.
    script_workers.shutdown(wait=True)
    for use in (False, True, True, False):
        monkeypatch.setattr(script_workers, "USE_PROCESSES", use)
        reader = _reader(qtbot, large, pivots=False)
        views, top = reader.views, reader.top_text_pos()
        from_workers: dict[Script, int] = {}
        put = views.put

        def counted(i, script, view, put=put, tally=from_workers):
            tally[Script(script)] = tally.get(Script(script), 0) + 1
            put(i, script, view)

        views.put = counted  # only the workers' results are put in
        converting = _conversion_cpu(views, monkeypatch)
        span = (top + 10, top + 30)
        reader.select_text_span(*span)
        if fmt is None:
            fmt = reader.find_formats()["find"]
        # A static layer (formats in the blocks, as headings and notes' marks are): it must
        # be set again on each replaced block.
        reader.highlighter.set_layer("mark", [span], fmt, static=True)
        for script in (Script.HANT, Script.TW):
            _pass(qtbot, reader, script)
            assert reader.document().toPlainText() == views.view(script).text
            assert reader.top_text_pos() == top
            assert reader.selected_text_span() == span
            line, a = views.to_view(script, span[0])
            _, b = views.to_view(script, span[1], end=True)
            block = reader.document().findBlockByNumber(line)
            ranges = [(r.start, r.start + r.length) for r in block.layout().formats()]
            assert any(s <= a and b <= e for s, e in ranges), (ranges, a, b)
            # All but the lines on screen (converted here at once) came from the children.
            workers = from_workers.get(script, 0)
            assert workers >= views.line_count - 200 if use else workers == 0, workers
        cpu.setdefault(use, []).append(sum(converting))
        assert (script_workers._pool is not None) == use  # noqa: SLF001
        script_workers.shutdown(wait=True)
        reader.close()
        monkeypatch.undo()  # the next run wraps ``collect`` afresh
    assert sum(cpu[True]) < 0.75 * sum(cpu[False]), cpu


def test_after_the_warm_up_the_children_get_the_pivots_and_then_load_every_view(
    qtbot, large, monkeypatch
):
    """A long report opened in the original: once the switcher is idle, its Simplified pivot
    is made (in the children). A switch to 繁 then sends them the pivots with the lines, and
    no pivot comes back; once it is done and the reader has stayed idle a while, the
    children load every view's dictionaries (not before: after opening, the entity
    recogniser's child has the cores, and a switch soon after a pass would wait for them)."""
    from gui.core import script_workers
    from gui.core.script import VIEW_CHAINS, Script
    from gui.ui import lazy_conversion

    script_workers.shutdown(wait=True)
    monkeypatch.setattr(script_workers, "MAX_WORKERS", 1)  # one child: the probe asks it
    # Longer than the checks between the two passes take on a loaded machine.
    monkeypatch.setattr(lazy_conversion, "IDLE_LOAD_MS", 5_000)
    reader = _reader(qtbot, large, pivots=False)
    qtbot.waitUntil(lambda: not reader.switcher.busy, timeout=120_000)
    views = reader.views
    assert views.is_complete(Script.HANS)
    # Asked in the child itself, after anything the switcher sent (one child: in order).
    held = "__import__('gui.core.script', fromlist=['_']).converter.cache_info().currsize"
    executor = script_workers.pool()
    assert executor is not None
    assert executor.submit(eval, held).result(timeout=60) == 1  # the pivot's chain alone
    came: dict[Script, int] = {}
    put = views.put

    def counted(i, script, view):
        came[Script(script)] = came.get(Script(script), 0) + 1
        put(i, script, view)

    views.put = counted
    _pass(qtbot, reader, Script.HANT)
    assert came.get(Script.HANT, 0) >= views.line_count - 200, came
    assert Script.HANS not in came, came
    assert reader.document().toPlainText() == views.view(Script.HANT).text
    # A switch right after the pass: its chunks go to children that loaded nothing else.
    _pass(qtbot, reader, Script.TW)
    assert executor.submit(eval, held).result(timeout=60) == 3  # the pivot's, 繁's, 臺's
    qtbot.waitUntil(  # then, idle, every view's
        lambda: executor.submit(eval, held).result(timeout=60) == len(VIEW_CHAINS),
        timeout=lazy_conversion.IDLE_LOAD_MS + 60_000,
    )
    script_workers.shutdown(wait=True)
    reader.close()


@pytest.mark.timed
def test_the_pivot_warm_up_waits_for_the_entity_pass_in_the_child(qtbot, large):
    """A long report's entity pass runs in a child from the moment its text is read; the
    Simplified pivot's warm-up (the conversion pool's two children) waits for that pass to be
    answered instead of sharing the two cores with it."""
    from gui.core import entity_pass, script_workers
    from gui.core.script import Script

    script_workers.shutdown(wait=True)
    entity_pass.shutdown_process_pool(wait=True)
    text = large.text * 3  # seconds of the child's work, longer than the reader's fill
    assert entity_pass.start_ahead(text, "fingerprint")
    reader = _reader(qtbot, large, pivots=False)
    views = reader.views
    was_recognising = entity_pass.recognising()
    warmed_while_recognising = []
    put = views.put

    def watched(i, script, view):
        if Script(script) is Script.HANS and entity_pass.recognising():
            warmed_while_recognising.append(i)
        put(i, script, view)

    views.put = watched
    assert was_recognising  # else the test shows nothing: the pass ended before the fill
    qtbot.waitUntil(lambda: views.is_complete(Script.HANS), timeout=120_000)
    assert not entity_pass.recognising()
    assert warmed_while_recognising == []
    entity_pass.shutdown_process_pool(wait=True)
    script_workers.shutdown(wait=True)
    reader.close()

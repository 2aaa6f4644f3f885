"""A long report's start-up takes turns (gui/ui/ui_turns.py): the streamed fill's slices, the
outline's fill and expansion, the features' install steps, the notes' load and show steps and
the entity feature's import and hand-over steps each run in a pass of the event loop of their
own, with a pass left to everything else (input, paints) after each.

Before (session 10), each was a zero-interval timer of its own: in one pass two fill slices,
an expansion and an install step ran back to back (50-100 ms of the UI thread's CPU between
two ticks of the benchmark's 5 ms timer on the 1 M-character report)."""

from __future__ import annotations

import sys

import pytest

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from large_report import add_notes, build_large_report  # noqa: E402

from tests.ui.event_passes import passes as loop_passes  # noqa: E402

NOTES = 200


def test_steps_in_turns_leave_a_free_pass_and_stop_when_told(qtbot):
    from PySide6.QtCore import QObject

    from gui.ui.ui_turns import STOP, run_in_turns

    owner = QObject()
    count, done = loop_passes()
    ran: list[tuple[int, str]] = []

    def step(name: str, stop: bool = False):
        def run():
            ran.append((count[0], name))
            return STOP if stop else None

        return run

    run_in_turns(owner, "a", [step("a") for _ in range(6)], now=False)
    run_in_turns(owner, "b", [step("b") for _ in range(6)], now=False)
    run_in_turns(owner, "c", [step("c"), step("c", stop=True), step("c"), step("c")], now=False)
    qtbot.waitUntil(lambda: len(ran) == 14, timeout=5000)
    qtbot.wait(50)  # nothing more comes: the third run stopped after its second step
    done()
    assert len(ran) == 14
    assert [n for _, n in ran].count("c") == 2
    passes = [p for p, _ in ran]
    assert all(b - a >= 2 for a, b in zip(passes, passes[1:], strict=False)), ran
    # Taken in turns, not one run after the other.
    assert {n for _, n in ran[:4]} == {"a", "b", "c"}, ran


@pytest.mark.slow
def test_a_long_reports_start_up_never_runs_two_slices_in_neighbouring_passes(
    staged_window, qtbot, tmp_path, isolated_data_dir, monkeypatch
):
    """The app's staged start-up on a report that streams in, has a long outline, its notes
    in steps and its entities from the recogniser's child: every slice of those is stamped
    with the event loop's pass, from the test (nothing of it is in the app)."""
    from gui.core.entity_pass import CHUNK_CHARS
    from gui.ui import feature_install, outline_dock, reader_fill
    from gui.ui.entities import install as entities_install
    from gui.ui.notes import controller
    from gui.ui.notes import install as notes_install
    from gui.ui.notes.install import STAGED_CHARS
    from gui.ui.outline_dock import FILL_LATER_SECTIONS

    chars = max(STAGED_CHARS, reader_fill.STREAM_CHARS, CHUNK_CHARS) + 150_000
    path = tmp_path / "long-report.txt"
    path.write_text(build_large_report(chars, seed=7), encoding="utf-8")
    assert add_notes(path, isolated_data_dir, NOTES) == NOTES

    count, done = loop_passes()
    slices: list[tuple[int, str]] = []

    def stamped(owner, name: str, kind: str) -> None:
        original = getattr(owner, name)

        def call(*args, **kwargs):
            slices.append((count[0], kind))
            return original(*args, **kwargs)

        monkeypatch.setattr(owner, name, call)

    fill_step = reader_fill.StreamedFill._step

    def fill(self):
        before = self.filled
        fill_step(self)
        if self.filled != before:  # a slice went in (else the turn was refused)
            slices.append((count[0], "fill"))

    monkeypatch.setattr(reader_fill.StreamedFill, "_step", fill)
    stamped(outline_dock.OutlineDock, "_expand_slice", "expand")
    for name in ("_adopt", "_paint_layers", "_paint_counts", "_finish", "recognise"):
        stamped(entities_install.EntityFeature, name, "entities")
    layer_passes: list[int] = []  # the pass of each type's layer
    paint_type = entities_install.EntityFeature._paint_type

    def layer(self, entity_type):
        layer_passes.append(count[0])
        return paint_type(self, entity_type)

    monkeypatch.setattr(entities_install.EntityFeature, "_paint_type", layer)
    for name in ("_mark_notes", "_list_notes", "_count_notes"):
        stamped(notes_install.NotesFeature, name, "notes")
    load_steps = controller.NotesController.load_steps

    def notes_steps(self, document):
        for wait in load_steps(self, document):
            slices.append((count[0], "notes"))
            yield wait

    monkeypatch.setattr(controller.NotesController, "load_steps", notes_steps)
    feature_steps = feature_install.feature_steps

    def features(window):
        def stamp(step):
            def run():
                slices.append((count[0], "features"))
                step()

            return run

        return [stamp(step) for step in feature_steps(window)]

    monkeypatch.setattr(feature_install, "feature_steps", features)

    staged_window.session.open_initial(str(path), now=True)
    window = staged_window
    qtbot.waitUntil(lambda: hasattr(window, "entities"), timeout=60_000)
    qtbot.waitUntil(
        lambda: (
            window.entities.result is not None
            and not window.entities.busy
            and not window.reader.filler.busy
            and not window.outline.expanding
            and len(window.notes.dock.model.visible_notes()) == NOTES
        ),
        timeout=180_000,
    )
    done()

    doc = window.session.current.document
    assert len(doc.sections) > FILL_LATER_SECTIONS  # the outline filled and expanded in turns
    kinds = {kind for _, kind in slices}
    assert {"fill", "expand", "features", "notes", "entities"} <= kinds, kinds
    assert sum(1 for _, kind in slices if kind == "fill") > 3  # streamed in several slices
    per_pass: dict[int, list[str]] = {}
    for p, kind in slices:
        per_pass.setdefault(p, []).append(kind)
    crowded = {p: ks for p, ks in per_pass.items() if len(ks) > 1}
    assert not crowded, list(crowded.items())[:5]
    passes = sorted(per_pass)
    pairs = zip(passes, passes[1:], strict=False)
    close = [(a, per_pass[a], b, per_pass[b]) for a, b in pairs if b - a < 2]
    assert not close, close[:5]
    # Everything arrived all the same: the whole text, the notes, the entities.
    assert window.reader.document().blockCount() == window.reader.views.line_count
    assert len(window.entities.spans) > 0
    # The types' layers went in in one turn (one turn each took seven turns of the hand-over).
    from gui.ui.entities.style import TYPES

    assert len(layer_passes) == len(TYPES) and len(set(layer_passes)) == 1, layer_passes


def test_the_converters_warm_up_waits_until_the_tickers_are_quiet(qtbot, tmp_path, monkeypatch):
    """OpenCC's dictionaries load on the session's pool thread (~0.4-0.6 s of Python): not
    while the UI thread's start-up slices still run, which would wait for the GIL (session
    11's traces: the UI thread asleep up to 0.3 s of a 0.55 s gap), but soon after."""
    import time

    from PySide6.QtCore import QTimer

    from gui.settings import Settings
    from gui.ui import session as session_module
    from gui.ui.signals import AppSignals
    from gui.ui.ui_turns import TURNS

    warmed: list[float] = []
    monkeypatch.setattr(
        session_module._WarmConverters, "run", lambda self: warmed.append(time.monotonic())
    )
    # Each look at the tickers, and whether they had been quiet long enough by then.
    # (Read just before the poll reads the clock itself: a look that the poll finds quiet can
    # read a hair under WARM_IDLE_S here, one it finds busy never reads over it.)
    # Every session's polls are seen (an earlier test's session may still poll): keep whose.
    polls: list[tuple[object, float]] = []
    poll = session_module.ReaderSession._warm_converters

    def polled(self) -> None:
        polls.append((self, time.monotonic() - TURNS.last_slice))
        poll(self)

    monkeypatch.setattr(session_module.ReaderSession, "_warm_converters", polled)
    # A start-up's ticker: a slice in every pass it gets, for a second.
    ticking = QTimer(interval=0)
    began = time.monotonic()
    last = [began]

    def tick() -> None:
        if time.monotonic() - began > 1.0:
            ticking.stop()
        elif TURNS.may_run("test"):
            TURNS.ran("test")
            last[0] = TURNS.last_slice  # (what the warm-up goes by)

    ticking.timeout.connect(tick)
    ticking.start()
    path = tmp_path / "report.txt"
    path.write_text(build_large_report(20_000, seed=4), encoding="utf-8")
    signals = AppSignals()
    session = session_module.ReaderSession(signals, Settings())
    with qtbot.waitSignal(signals.document_opened, timeout=30_000):
        session.open(path)
    qtbot.waitUntil(lambda: warmed != [], timeout=30_000)
    session.wait()
    assert not ticking.isActive()
    # After the last slice and the quiet time, not before (on the base: 0.4 s after opening).
    assert warmed[0] - last[0] >= session_module.WARM_IDLE_S
    # And at the first look that found them quiet (not a wall-clock bound, which a busy
    # machine overran: session 13).
    idle = session_module.WARM_IDLE_S
    quiet_for = [gap for who, gap in polls if who is session]
    # The wrapper reads the clock just before the session's own look: a thread switch between
    # the two (the pool's threads, a loaded CI machine) makes its reading the smaller by a few
    # milliseconds — 0.243 s against 0.25 once (session 24) — so the bound allows half a poll.
    assert quiet_for[-1] >= idle - session_module.WARM_POLL_MS / 2000, quiet_for
    assert all(q < idle for q in quiet_for[:-1]), quiet_for


@pytest.mark.slow
def test_the_note_markers_are_not_repainted_at_every_slice_of_the_fill(
    make_window, qtbot, tmp_path, isolated_data_dir, monkeypatch
):
    """The notes' margin markers lie over the reader; over its scroll bar too, they were
    repainted with it at every slice of a long report's fill (its range grows): ~5-9 ms of
    marker_rects with 1,000 notes, in the same stretch as the slice."""
    from PySide6.QtCore import QPoint, QRect

    from gui.ui import reader_fill
    from gui.ui.notes import painting

    path = tmp_path / "long-report.txt"
    path.write_text(build_large_report(reader_fill.STREAM_CHARS * 4, seed=9), encoding="utf-8")
    assert add_notes(path, isolated_data_dir, NOTES) == NOTES
    paints, slices = [0], [0]
    paint = painting.MarginMarkers.paintEvent
    step = reader_fill.StreamedFill._step

    def counted_paint(self, event):
        paints[0] += 1
        paint(self, event)

    def counted_step(self):
        before = self.filled
        step(self)
        slices[0] += self.filled != before

    monkeypatch.setattr(painting.MarginMarkers, "paintEvent", counted_paint)
    monkeypatch.setattr(reader_fill.StreamedFill, "_step", counted_step)
    window = make_window(path)
    reader = window.reader
    qtbot.waitUntil(lambda: not reader.filler.busy, timeout=60_000)
    assert slices[0] > 10
    assert paints[0] < slices[0] / 3, (paints[0], slices[0])  # ~5 paints, whatever the slices
    markers = window.notes.painter.markers
    bar = reader.verticalScrollBar()
    on_reader = QRect(bar.mapTo(reader, QPoint(0, 0)), bar.size())
    assert bar.isVisible() and not markers.geometry().intersects(on_reader)
    assert markers.width() > reader.width() - bar.width() - 10  # the rest of the reader
    # The markers still show where notes start on screen.
    qtbot.waitUntil(lambda: len(window.notes.controller.notes()) == NOTES, timeout=60_000)
    reader.scroll_to_text_pos(window.notes.controller.notes()[0].start)
    qtbot.waitUntil(lambda: markers.marker_rects() != [], timeout=10_000)

"""After a script switch, the reader's block replacement and the notes list's and outline's
announcements share the event loop's passes (gui/ui/ui_turns.py): never two slices in one
pass or in two passes running, so input, paints and other timers get the pass between.

Before, each was a zero-interval timer of its own, and a replacement (~30-45 ms of CPU) and a
slice of announcements ran back to back: the 臺 and 港 toggles' longest stalls on a 1 M
report (107 and 121 ms in the quiet rerun of session 9)."""

from __future__ import annotations

import sys

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from large_report import add_notes, build_large_report  # noqa: E402

from tests.ui.event_passes import passes as loop_passes  # noqa: E402

NOTES = 300


def test_tickers_take_turns_with_a_free_pass_between(qtbot):
    from PySide6.QtCore import QTimer

    from gui.ui.ui_turns import UiTurns

    turns = UiTurns()
    count, done = loop_passes()
    ran: list[tuple[int, str]] = []
    timers = []
    for name in ("reader", "notes", "outline"):

        def step(name=name) -> None:
            if turns.may_run(name):
                ran.append((count[0], name))
                turns.ran(name)

        timer = QTimer(interval=0)
        timer.timeout.connect(step)
        timer.start()
        timers.append(timer)
    qtbot.waitUntil(lambda: len(ran) >= 60, timeout=10_000)
    for timer in timers:
        timer.stop()
    done()
    passes = [p for p, _ in ran]
    assert all(b - a >= 2 for a, b in zip(passes, passes[1:], strict=False)), ran[:12]
    # Nobody starves: three tickers due in every pass each get about a third of the slices.
    for name in ("reader", "notes", "outline"):
        assert sum(1 for _, n in ran if n == name) >= len(ran) // 4, ran[:12]


def test_a_slice_handed_to_take_runs_in_its_turn_only_and_counts_even_if_it_fails(qtbot):
    # The start-up's tickers (the fill, the outline's expansion, the notes' load, steps run
    # in turns) hand their slice to take() instead of asking and saying each themselves.
    import pytest

    from gui.ui.ui_turns import UiTurns

    turns = UiTurns()
    done: list[str] = []
    assert turns.take("fill", lambda: done.append("fill"))
    assert not turns.take("outline", lambda: done.append("outline"))  # the same pass: taken
    assert done == ["fill"]
    qtbot.waitUntil(lambda: turns.may_run("outline"))  # passes go by: its turn now

    def fails() -> None:
        raise RuntimeError("a slice that fails")

    with pytest.raises(RuntimeError):
        turns.take("outline", fails)
    assert not turns.take("notes", lambda: done.append("notes"))  # it still had its turn
    assert done == ["fill"]


def test_a_switch_never_runs_two_slices_in_neighbouring_passes(
    make_window, qtbot, tmp_path, isolated_data_dir
):
    from gui.core.script import Script
    from gui.ui.notes.install import STAGED_CHARS

    path = tmp_path / "long-report.txt"
    path.write_text(build_large_report(STAGED_CHARS + 50_000, seed=5), encoding="utf-8")
    assert add_notes(path, isolated_data_dir, NOTES) == NOTES
    window = make_window(path)
    notes, outline, reader = window.notes.dock.model, window.outline.model, window.reader
    qtbot.waitUntil(lambda: len(notes.visible_notes()) == NOTES, timeout=60_000)
    qtbot.waitUntil(lambda: not reader.filler.busy and not reader.switcher.busy, timeout=60_000)
    qtbot.waitUntil(lambda: window.entities.result is not None, timeout=120_000)
    qtbot.wait(200)

    count, done = loop_passes()
    slices: list[tuple[int, str]] = []
    reader.document().contentsChange.connect(lambda *_: slices.append((count[0], "reader")))
    notes.dataChanged.connect(lambda *_: slices.append((count[0], "notes")))
    outline.dataChanged.connect(lambda *_: slices.append((count[0], "outline")))
    window.scripts.actions[Script.HANT].trigger()
    qtbot.waitUntil(
        lambda: (
            not reader.switcher.busy
            and not notes._pending  # noqa: SLF001 - every row announced
            and not outline._pending
        ),  # noqa: SLF001
        timeout=120_000,
    )
    done()
    reader.document().contentsChange.disconnect()

    kinds: dict[int, set[str]] = {}
    for p, kind in slices:
        kinds.setdefault(p, set()).add(kind)
    assert {k for ks in kinds.values() for k in ks} == {"reader", "notes", "outline"}
    assert sum(1 for ks in kinds.values() if "reader" in ks) > 3  # a pass in several edits
    assert all(len(ks) == 1 for ks in kinds.values()), kinds
    passes = sorted(kinds)
    close = [(a, b) for a, b in zip(passes, passes[1:], strict=False) if b - a < 2]
    assert not close, [(a, kinds[a], b, kinds[b]) for a, b in close[:5]]
    # The switch itself is whole: every block in 繁, the notes' quotes too.
    assert reader.block_scripts().count(Script.HANT) == reader.views.line_count
    note = notes.visible_notes()[0]
    quote = " ".join(window.notes.quote(note).split())
    assert quote[:20] in notes.data(notes.index_for_note(note.id))

"""Work run on the UI thread in short slices (gui/ui/sliced_steps.py)."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer

from gui.ui.sliced_steps import SlicedSteps


def test_steps_run_in_slices_with_the_event_loop_turning_between(qtbot):
    owner = QObject()
    steps_done: list[float] = []
    ticks: list[float] = []

    def steps():
        for _ in range(40):
            time.sleep(0.001)  # a step of ~1 ms
            steps_done.append(time.perf_counter())
            yield

    ticker = QTimer(owner)
    ticker.setInterval(1)
    ticker.timeout.connect(lambda: ticks.append(time.perf_counter()))
    ticker.start()
    sliced = SlicedSteps(owner, slice_s=0.005, pause_ms=2)
    with qtbot.waitSignal(sliced.finished, timeout=10000):
        sliced.start(steps())
        assert sliced.busy and not steps_done  # nothing runs inside start()
    ticker.stop()
    assert len(steps_done) == 40 and not sliced.busy
    # The ticker fired while the steps ran: the work was cut into several turns of the loop.
    during = [t for t in ticks if steps_done[0] < t < steps_done[-1]]
    assert len(during) >= 3
    # No slice ran much past its budget: between two ticks at most ~5 ms of 1 ms steps.
    for a, b in zip(during, during[1:], strict=False):
        assert sum(a < s < b for s in steps_done) <= 8


def test_a_new_start_replaces_the_steps_left(qtbot):
    sliced = SlicedSteps(slice_s=0.002, pause_ms=0)
    ran: list[str] = []

    def steps(name: str, count: int):
        for _ in range(count):
            ran.append(name)
            time.sleep(0.001)
            yield

    sliced.start(steps("first", 1000))
    qtbot.wait(20)
    with qtbot.waitSignal(sliced.finished, timeout=10000):
        sliced.start(steps("second", 5))
    assert ran.count("second") == 5 and ran.count("first") < 1000

import sys
import threading

from gui.core.switch_interval import SHORT_INTERVAL, short_switch_interval


def test_the_interval_is_short_inside_and_given_back_after():
    before = sys.getswitchinterval()
    with short_switch_interval():
        assert sys.getswitchinterval() <= SHORT_INTERVAL < before
    assert sys.getswitchinterval() == before


def test_overlapping_holders_give_the_old_interval_back_whichever_ends_first():
    # The loading thread and the entity pass each asked for a short interval and put back
    # what they had found: the one that ended last left the short one for good, or the one
    # still running lost it.
    before = sys.getswitchinterval()
    first_in, second_in, first_may_end = threading.Event(), threading.Event(), threading.Event()
    seen: list[float] = []

    def first() -> None:
        with short_switch_interval():
            first_in.set()
            first_may_end.wait(5)

    thread = threading.Thread(target=first)
    thread.start()
    first_in.wait(5)
    with short_switch_interval():
        second_in.set()
        first_may_end.set()
        thread.join(5)
        seen.append(sys.getswitchinterval())  # the first has ended: still short for us
    assert seen == [min(before, SHORT_INTERVAL)]
    assert sys.getswitchinterval() == before


def test_held_until_released_a_short_interval_asked_for_is_set_then():
    # The app holds it until the window's first paint: a long report's read starts before it.
    from gui.core import switch_interval

    before = sys.getswitchinterval()
    switch_interval.hold()
    try:
        with short_switch_interval():
            assert sys.getswitchinterval() == before
            switch_interval.release()
            assert sys.getswitchinterval() <= SHORT_INTERVAL < before
    finally:
        switch_interval.release()
    assert sys.getswitchinterval() == before
    with short_switch_interval():  # released: as before
        assert sys.getswitchinterval() <= SHORT_INTERVAL


def test_a_thread_waits_for_the_release_at_most_its_timeout():
    # The app's long read waits for the window's first paint before its long Python.
    from gui.core import switch_interval

    assert switch_interval.wait_for_release(0)  # nothing held: at once
    switch_interval.hold()
    try:
        assert not switch_interval.wait_for_release(0.05)  # held: only as long as asked
        got: list[bool] = []
        waiting = threading.Thread(target=lambda: got.append(switch_interval.wait_for_release(10)))
        waiting.start()
        waiting.join(0.1)
        assert waiting.is_alive() and got == []  # still held: still waiting
        switch_interval.release()
        waiting.join(5)
        assert got == [True]
    finally:
        switch_interval.release()
    assert switch_interval.wait_for_release(0)


def test_the_main_thread_never_waits_for_the_release(monkeypatch):
    # The app reads a report of normal size on the main thread before its first paint: had it
    # waited for the release, which only that paint gives, every launch took RELEASE_WAIT more.
    from gui.core import switch_interval

    waited: list[float] = []

    class Recorded(threading.Event):
        def wait(self, timeout=None):
            waited.append(timeout)
            return super().wait(0)

    monkeypatch.setattr(switch_interval, "_released", Recorded())
    switch_interval.hold()
    try:
        assert threading.current_thread() is threading.main_thread()
        assert not switch_interval.wait_for_release()
        assert waited == []
        worker = threading.Thread(target=switch_interval.wait_for_release)
        worker.start()
        worker.join(5)
        assert waited == [switch_interval.RELEASE_WAIT]  # a background thread does wait
    finally:
        switch_interval.release()

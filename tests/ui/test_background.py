"""Background jobs: the newest job's result arrives on the UI thread; older ones and failures
of superseded jobs are dropped; a failure is one line."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from gui.ui.background import BackgroundJobs


def test_the_result_arrives_on_the_owner_thread(qtbot):
    jobs = BackgroundJobs(max_threads=1)
    worker_threads: list[object] = []
    seen: list[tuple[object, bool]] = []
    jobs.done.connect(lambda r: seen.append((r, QThread.currentThread() is jobs.thread())))

    def work(cancelled):
        worker_threads.append(threading.current_thread())
        return 42

    with qtbot.waitSignal(jobs.done, timeout=5000):
        jobs.start(work)
    assert seen == [(42, True)]
    assert worker_threads[0] is not threading.main_thread()


def test_a_newer_job_wins_and_the_older_one_sees_it_was_cancelled(qtbot):
    jobs = BackgroundJobs(max_threads=1)
    release = threading.Event()
    saw_cancel: list[bool] = []
    results: list[object] = []
    jobs.done.connect(results.append)

    def slow(cancelled):
        release.wait(5)
        saw_cancel.append(cancelled())
        return "old"

    jobs.start(slow)
    with qtbot.waitSignal(jobs.done, timeout=5000):
        jobs.start(lambda cancelled: "new")
        release.set()
    jobs.wait()
    qtbot.wait(20)
    assert results == ["new"] and saw_cancel == [True]


def test_a_failure_is_one_line_and_none_reports_nothing(qtbot):
    jobs = BackgroundJobs()
    failures: list[str] = []
    jobs.failed.connect(failures.append)
    done: list[object] = []
    jobs.done.connect(done.append)

    def broken(cancelled):
        raise ValueError("bad bytes")

    with qtbot.waitSignal(jobs.failed, timeout=5000):
        jobs.start(broken, lambda err: f"Cannot open x.txt: {err}")
    assert failures == ["Cannot open x.txt: bad bytes"]
    jobs.start(lambda cancelled: None)  # a cancelled pass returns None: nothing to report
    jobs.wait()
    qtbot.wait(20)
    assert done == []

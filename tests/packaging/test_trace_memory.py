"""The memory trace of a session (``benchmarks/trace_memory.py``): each process read from
``/proc`` and named by what it is, and the peak of their sum with what each held then."""

from __future__ import annotations

import os
import subprocess
import sys

from frozen_helpers import REPO

sys.path.insert(0, str(REPO / "benchmarks"))

import trace_memory  # noqa: E402


def test_a_process_is_read_with_its_pss_and_named_by_its_nice_value():
    here = trace_memory.rollup(os.getpid())
    assert here is not None and 0 < here["Pss"] <= here["Rss"]
    assert trace_memory.role(os.getpid(), os.getpid()) == "ui"
    script = "import os, sys, time; os.nice(5); print(1, flush=True); time.sleep(30)"
    child = subprocess.Popen(  # named as the recogniser's child is: a spawn child at nice 5
        [sys.executable, "-c", script, "--multiprocessing-fork"], stdout=subprocess.PIPE
    )
    try:
        assert child.stdout is not None and child.stdout.readline()
        assert trace_memory.role(child.pid, os.getpid()) == "entities"
    finally:
        child.kill()
        child.communicate()  # reaped, its pipe closed
    assert trace_memory.rollup(child.pid) is None  # gone: not counted


def test_the_peak_is_the_largest_sum_and_lists_what_each_process_held():
    def sample(t, ui, child):
        procs = {"ui:1": {"Pss": ui * 1024, "Rss": ui * 1100}}
        if child:
            procs["entities:2"] = {"Pss": child * 1024, "Rss": child * 1100}
        return {"t": t, "procs": procs}

    run = {
        "samples": [sample(0.0, 100, 0), sample(1.0, 400, 150), sample(2.0, 520, 0)],
        "session": {"event_loop": 0.5, "everything_shown": 2.0},
    }
    text = "\n".join(trace_memory.summary(run))
    assert "peak PSS of all processes 550 MB at 1.0 s" in text  # not the UI's own peak at 2 s
    assert "entities:2" in text and "150.0" in text
    assert "ui:1                 520.0 MB at 2.0 s" in text

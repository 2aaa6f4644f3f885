"""Scaling bounds for the tests that guard a stage against superlinear time
(tests/core/test_entities_scaling.py, tests/core/test_outline_scaling.py)."""

from __future__ import annotations

import time
from collections.abc import Callable


def least_seconds(run: Callable[[str], object], text: str, runs: int = 2) -> float:
    """The least of ``runs`` timings of ``run(text)`` in this process's CPU time: a scaling bound,
    not a benchmark, so other work on a shared machine must not move it (wall time did: a 10 MB
    benchmark running beside the suite pushed a ratio over its bound of 7 once)."""
    times = []
    for _ in range(runs):
        start = time.process_time()
        run(text)
        times.append(time.process_time() - start)
    return min(times)

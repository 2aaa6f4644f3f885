"""Scaling bounds for the tests that guard a stage against superlinear time
(tests/core/test_entities_scaling.py, tests/core/test_outline_scaling.py)."""

from __future__ import annotations

import time
from collections.abc import Callable


def least_seconds(run: Callable[[str], object], text: str, runs: int = 2) -> float:
    """The shortest of ``runs`` timings of ``run(text)``: a scaling bound, not a benchmark, so
    the least-disturbed run counts (the machine is shared with other work)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run(text)
        times.append(time.perf_counter() - start)
    return min(times)

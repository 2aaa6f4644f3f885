"""The pools' children run below the window's priority from their start (gui.core.worker_pool)."""

from __future__ import annotations

import os
import sys

import pytest

from gui.core.worker_pool import spawn_pool

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="reads the children's nice values in /proc"
)


def _nice_of(pid: int) -> int:
    with open(f"/proc/{pid}/stat", encoding="ascii") as f:
        return int(f.read().rsplit(")", 1)[1].split()[16])


def _own_nice() -> int:
    return os.nice(0)


def test_a_pools_children_are_lowered_as_soon_as_they_exist():
    """Read right after the pool spawned them — long before a new interpreter could reach
    the pool's initializer — the children already run 5 below this process; and they still
    do once they work (the initializer does not lower them a second time)."""
    pool = spawn_pool(2, 5)
    assert pool is not None
    try:
        future = pool.submit(_own_nice)  # spawns the children, from this thread
        processes = dict(pool._processes)  # noqa: SLF001 - the children the submit started
        at_once = [_nice_of(pid) for pid in processes]
        assert processes and at_once == [os.nice(0) + 5] * len(processes)
        assert future.result(timeout=60) == os.nice(0) + 5
        assert [_nice_of(pid) for pid in processes] == at_once
    finally:
        pool.shutdown(wait=True)


def test_the_resource_tracker_runs_below_the_window_too():
    """multiprocessing's own helper process, started with the first pool's locks."""
    from multiprocessing import resource_tracker

    pool = spawn_pool(1, 5)
    assert pool is not None
    try:
        pid = resource_tracker._resource_tracker._pid  # noqa: SLF001
        assert pid is not None and _nice_of(pid) >= os.nice(0) + 5
    finally:
        pool.shutdown(wait=True)


def test_the_frozen_app_makes_no_pool_and_never_imports_this_module(monkeypatch):
    """build.spec leaves multiprocessing out: importing gui.core.worker_pool there fails."""
    from gui.core import entity_pass, script_workers

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.delitem(sys.modules, "gui.core.worker_pool")
    monkeypatch.setattr(script_workers, "_pool", None)
    monkeypatch.setattr(entity_pass, "_process_pool", None)
    assert script_workers.pool() is None
    assert entity_pass.process_pool() is None
    assert "gui.core.worker_pool" not in sys.modules


def _mark_prepared() -> None:
    os.environ["WORKER_POOL_TEST_PREPARED"] = "yes"


def _prepared() -> str:
    return os.environ.get("WORKER_POOL_TEST_PREPARED", "")


def test_a_pools_prepare_runs_in_each_child_before_its_first_task():
    pool = spawn_pool(1, 5, _mark_prepared)
    assert pool is not None
    try:
        assert pool.submit(_prepared).result(timeout=60) == "yes"
        assert _prepared() == ""  # in the child, not here
    finally:
        pool.shutdown(wait=True)

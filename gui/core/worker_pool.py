"""Pools of child processes below the window's priority from their first instruction.

A child used to lower its priority in the pool's initializer, after its interpreter had
started, imported ``multiprocessing``'s bootstrap and read its pickled preparation data: tens
of ms of CPU at the window's own priority, which on a 2-core machine fell in the start-up's
first second (the recogniser's child is started as soon as a long report's text is read,
while the window builds its chrome and lays out the first part). Here the parent lowers each
child the moment it exists (:class:`NicedProcess`), and the initializer
(:func:`gui.core.worker_lifeline.child_started`) only makes sure of it (a platform where the
parent cannot) and starts the watch on the parent.

Imported only where a pool is made, and never in the frozen app, which has no
``multiprocessing`` (its callers look at ``sys.frozen`` first).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor
from multiprocessing.context import SpawnContext, SpawnProcess

from gui.core.worker_lifeline import child_started, lower_priority, nice_below


def spawn_pool(
    workers: int, nice: int = 10, prepare: Callable[[], object] | None = None
) -> Executor | None:
    """A pool of ``workers`` spawned child processes (forking a process that runs Qt threads
    is unsafe) that run ``nice`` below the calling thread's priority from their start, run
    ``prepare`` (picklable: a module's function or a ``functools.partial`` of one) before
    their first task, and end with this process; None in the frozen app, whose executable
    cannot be re-run as a plain Python child (build.spec leaves ``multiprocessing`` out)."""
    if getattr(sys, "frozen", False):
        return None
    nice_value = nice_below(nice)
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=NicedSpawnContext(nice_value),
        initializer=child_started,
        initargs=(os.getpid(), nice_value, prepare),
    )
    lower_resource_tracker(nice_value)
    return pool


def lower_resource_tracker(nice_value: int) -> None:
    """``multiprocessing``'s resource tracker below the window too: a Python process of its
    own, started with the first pool's locks (its interpreter's start, ~20-30 ms of CPU, fell
    in the same first second at the window's priority). It only keeps a list; once lowered,
    it stays so."""
    from multiprocessing import resource_tracker

    tracker = getattr(resource_tracker, "_resource_tracker", None)
    pid = getattr(tracker, "_pid", None)  # (no public name for it)
    if isinstance(pid, int):
        lower_priority(nice_value, pid)


class NicedProcess(SpawnProcess):
    """A spawned child lowered to ``nice_value`` by the parent as soon as it exists (on
    Linux the nice value is the child's main thread's; the threads it starts inherit it)."""

    nice_value = 0

    def start(self) -> None:
        super().start()
        if self.pid is not None:
            lower_priority(self.nice_value, self.pid)


class NicedSpawnContext(SpawnContext):
    """``multiprocessing``'s spawn context making :class:`NicedProcess` children."""

    def __init__(self, nice_value: int) -> None:
        self.nice_value = nice_value

    def Process(self, *args, **kwargs) -> NicedProcess:  # type: ignore[override]  # noqa: N802
        process = NicedProcess(*args, **kwargs)
        process.nice_value = self.nice_value
        return process

"""Worker processes end with the app, however the app ends.

A ``multiprocessing`` child outlives its parent when the parent is killed (``kill -9``, a
crash, the session ending): nothing tells it, and it waits on its task queue forever, holding
its memory. The child therefore watches its parent: :func:`child_started` (a pool's child:
``gui.core.worker_pool``'s initializer; the library's indexing server) starts a daemon thread that checks every half second
whether the parent is still the process that started it, and ends the child at once when it
is not.

Linux's parent-death signal (``prctl(PR_SET_PDEATHSIG)``) is not used: it fires when the
*thread* that created the child ends, and the pool starts its child from whichever worker
thread submits first — a thread Qt's pool retires after 30 idle seconds, which would kill a
healthy child. ``multiprocessing``'s resource tracker needs nothing of its own: it exits
when the last process holding its pipe (the parent, then this child) is gone.
"""

from __future__ import annotations

import os
import threading
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable
    from concurrent.futures import Executor

#: How often the child checks its parent, in seconds.
POLL_SECONDS = 0.5


def child_started(
    parent_pid: int, nice_value: int, prepare: Callable[[], object] | None = None
) -> None:
    """Initializer for a worker's child (a pool's: ``gui.core.worker_pool``; the library's
    indexing server): its nice value at least ``nice_value`` (the window's UI thread should
    win a busy CPU; a pool's parent set it as the child started), the watch on
    ``parent_pid``, then ``prepare`` (the worker's own set-up, before its first task)."""
    lower_priority(nice_value)
    watch_parent(parent_pid)
    if prepare is not None:
        prepare()


def nice_below(steps: int = 10) -> int:
    """The nice value ``steps`` below the calling thread's priority (0 where the platform
    has no nice values)."""
    return os.nice(0) + steps if hasattr(os, "nice") else 0


def lower_priority(nice_value: int, pid: int = 0) -> None:
    """Raise the nice value of process ``pid`` (0: the calling thread) to ``nice_value``
    unless it is that high already; nothing where the platform has no nice values."""
    if not hasattr(os, "setpriority"):
        return
    try:
        if os.getpriority(os.PRIO_PROCESS, pid) < nice_value:
            os.setpriority(os.PRIO_PROCESS, pid, nice_value)
    except OSError:  # ended already
        pass


def watch_parent(parent_pid: int) -> threading.Thread:
    """End this process (``os._exit``: no clean-up that could wait on the dead parent) as
    soon as ``parent_pid`` is no longer its parent."""

    def watch() -> None:
        while parent_alive(parent_pid):
            time.sleep(POLL_SECONDS)
        os._exit(0)

    thread = threading.Thread(target=watch, name="parent-watch", daemon=True)
    thread.start()
    return thread


def parent_alive(parent_pid: int) -> bool:
    """Whether ``parent_pid`` is still this process's parent. On POSIX an orphan is adopted
    (by init or a subreaper), so its parent id changes. Elsewhere there is no cheap, safe
    probe (``os.kill(pid, 0)`` on Windows sends Ctrl+C), so the watch is POSIX only."""
    if os.name == "posix":
        return os.getppid() == parent_pid
    return True


def stop_pool(pool: Executor, wait: bool = False) -> None:
    """End ``pool``'s children now (at quit): work still running there is abandoned."""
    processes = getattr(pool, "_processes", None) or {}
    for proc in list(processes.values()):
        proc.terminate()
    pool.shutdown(wait=wait, cancel_futures=True)

"""A shorter thread switch interval while a background thread runs Python beside the UI.

The UI thread gives up the GIL at every Qt call PySide makes without it and at every wait for
an event, and takes it back through the interpreter's switch interval: while another thread
runs Python, each time back may wait that long (Python's default is 5 ms). A turn of the UI
thread that takes the GIL back a dozen times (building the window's chrome) then lasts several
times its own CPU. Reading a long report (~1 s of Python on a million characters) and waiting
for an entity pass are such threads; while one runs, the interval is 1 ms.

The interval is the interpreter's, so the threads that ask for a short one are counted: the
first sets it, the last gives the old one back, whatever order they end in.

Not before the window's first paint (:func:`hold` / :func:`release`): a long report's read
starts before it, and there the UI thread runs Python itself (the first part, the first
layout) more than it waits on Qt. Sharing the GIL with the reading thread every millisecond
instead of every five delayed the 1 M-character report's first paint by 0.1-0.2 s (8 of 8
alternating start-ups at load 13-15). Nor should that read's long Python run beside the first
paint at all: with the 5 ms interval the UI thread slept on the GIL for 34-170 ms of the first
paint's 63-148 ms gap (session 13's traces). A thread about to run Python for long before it
may be released waits for the release first (:func:`wait_for_release`).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

#: The interval while a background thread runs Python (seconds).
SHORT_INTERVAL = 0.001

_lock = threading.Lock()
_holders = 0
_saved = 0.0
_held = False  # until the first paint: asked for, not set
_released = threading.Event()  # set whenever not held
_released.set()
#: The longest a background thread waits for the release (seconds): a window that is never
#: painted (hidden, minimised at start) does not hold its report's read for longer.
RELEASE_WAIT = 2.0


@contextmanager
def short_switch_interval() -> Iterator[None]:
    """Run the ``with`` block with a switch interval of at most :data:`SHORT_INTERVAL` (every
    time the UI thread needs the GIL back — each Python slot, paint or event override — it may
    wait this long: 5 ms × the many calls of one repaint is a visible hitch, 1 ms is not)."""
    global _holders, _saved
    with _lock:
        if _holders == 0:
            _saved = sys.getswitchinterval()
        _holders += 1
        if not _held:
            sys.setswitchinterval(min(sys.getswitchinterval(), SHORT_INTERVAL))
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0:
                sys.setswitchinterval(_saved)


def hold() -> None:
    """Until :func:`release`, a short interval asked for is not set, and
    :func:`wait_for_release` waits (the app's start-up, up to the window's first paint)."""
    global _held
    with _lock:
        _held = True
        _released.clear()


def release() -> None:
    """Set the short interval now if a thread asked for it while held."""
    global _held
    with _lock:
        _held = False
        _released.set()
        if _holders:
            sys.setswitchinterval(min(sys.getswitchinterval(), SHORT_INTERVAL))


def wait_for_release(timeout: float = RELEASE_WAIT) -> bool:
    """On a background thread about to run Python for long: wait until :func:`release` (the
    window's first paint), at most ``timeout`` seconds; at once when nothing is held, and
    never on the main thread, which is the one to paint (a report of normal size is read
    there before the first paint). Whether it was released."""
    if threading.current_thread() is threading.main_thread():
        return _released.is_set()
    return _released.wait(timeout)

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
alternating start-ups at load 13-15).
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
    """Until :func:`release`, a short interval asked for is not set (the app's start-up, up
    to the window's first paint)."""
    global _held
    with _lock:
        _held = True


def release() -> None:
    """Set the short interval now if a thread asked for it while held."""
    global _held
    with _lock:
        _held = False
        if _holders:
            sys.setswitchinterval(min(sys.getswitchinterval(), SHORT_INTERVAL))

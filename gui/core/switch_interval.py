"""A shorter thread switch interval while a background thread runs Python beside the UI.

The UI thread gives up the GIL at every Qt call PySide makes without it and at every wait for
an event, and takes it back through the interpreter's switch interval: while another thread
runs Python, each time back may wait that long (Python's default is 5 ms). A turn of the UI
thread that takes the GIL back a dozen times (building the window's chrome) then lasts several
times its own CPU. Reading a long report (~1 s of Python on a million characters) and waiting
for an entity pass are such threads; while one runs, the interval is 1 ms.

The interval is the interpreter's, so the threads that ask for a short one are counted: the
first sets it, the last gives the old one back, whatever order they end in.
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


@contextmanager
def short_switch_interval(seconds: float = SHORT_INTERVAL) -> Iterator[None]:
    """Run the ``with`` block with a switch interval of at most ``seconds``."""
    global _holders, _saved
    with _lock:
        if _holders == 0:
            _saved = sys.getswitchinterval()
        _holders += 1
        sys.setswitchinterval(min(sys.getswitchinterval(), seconds))
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0:
                sys.setswitchinterval(_saved)

"""Work around PySide6 6.12 abi3 wheels losing references to ``None``/``True``/``False`` on
Python < 3.12.

Every call of a Qt method that returns nothing (``QTextCursor.setPosition``,
``QScrollBar.setValue``, ``QApplication.processEvents`` …) decrements ``None``'s reference
count without having incremented it, and some calls returning a bool (``Signal.emit``) do the
same to ``True``/``False``: the wheels are built against headers where these singletons are
immortal (Python ≥ 3.12). On Python 3.11 a session of a few thousand such calls drives a count
to zero and the interpreter aborts ("Fatal Python error: none_dealloc" / "bool_dealloc"). We
give the three singletons a reference count so large that it cannot reach zero — what Python
3.12 does by making them immortal.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 48


def keep_none_alive() -> bool:
    """Make ``None``, ``True`` and ``False`` effectively immortal on Python < 3.12.

    Idempotent; returns True if applied."""
    if sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return False  # immortal already / a debug build with a different object layout
    applied = False
    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value >= _RESERVE:
            applied = True
            continue
        # Sanity check that the first word really is the count before writing to it.
        if abs(count.value - (sys.getrefcount(singleton) - 1)) > 64:
            continue
        count.value += _RESERVE
        applied = True
    return applied

"""The recogniser's child process loaded ahead of the next report.

After a long report's pass the child is ended (its heap goes with it: ``RECYCLE_CHARS`` in
:mod:`gui.core.entity_pass`), and a short report was then recognised in the window's process,
whose first pass loads the recogniser: ~0.25 s of imports in the UI thread's turns, then
~0.5 s of tables (the gazetteer's patterns, the Simplified pivot's dictionaries) on the
worker thread, for a pass of a few milliseconds — 0.6-0.7 s of the 0.8-1.0 s it took to show
the bundled report after a 1 M one. So a fresh child is started at once and loads the
recogniser at its low priority (:meth:`LoadedChild.warm`, ~0.5-1 s of its CPU, ~28 MB PSS
for the rest of the session), and short texts are recognised there too (behind the warm-up,
if it is still running: at worst its end, where this process would load it all itself).

Qt-free, and imports nothing of the recogniser: this runs in the window's process.
"""

from __future__ import annotations

import threading
from typing import Any

#: What the warm-up recognises: a sentence of the genre, with a date, an organisation, a
#: place, a document title and an amount, in Simplified and in Traditional (whose pass loads
#: the Simplified pivot's dictionaries, ~0.2 s: a Simplified text's pass does not), so that
#: the tables a pass reads are all loaded.
WARM_UP_TEXTS = (
    "2021年3月，兰州新区管委会印发《关于支持企业发展的若干措施》，投资12亿元。",
    "2021年3月，蘭州新區管委會印發《關於支持企業發展的若干措施》，投資12億元。",
)


def warm_up() -> None:
    """In the child: import the recogniser and load its tables with a pass over each of
    :data:`WARM_UP_TEXTS` (and their entities' pivot keys, as a pass's answer has them)."""
    from gui.core import compiled_patterns
    from gui.core.entities import recognise
    from gui.core.script import to_pivot

    for text in WARM_UP_TEXTS:
        for entity in recognise(text):
            to_pivot(entity.text)
    compiled_patterns.save()  # (the regexes a pass compiles: for the next child)


class LoadedChild:
    """Which pool's child has the recogniser loaded, or is loading it (a pass answered there,
    or a warm-up sent): a short text sent there waits at most for the warm-up's end, where
    this process would load everything itself first."""

    def __init__(self) -> None:
        self._pool: Any | None = None
        self._lock = threading.Lock()

    def warm(self, pool: Any) -> bool:
        """Have ``pool``'s child load the recogniser now; False if the pool is shut down.
        (Should the warm-up fail, so would a pass there, which then runs in this process.)"""
        try:
            pool.submit(warm_up)
        except RuntimeError:  # shut down meanwhile (quitting)
            return False
        self.mark(pool)
        return True

    def mark(self, pool: Any) -> None:
        """``pool``'s child has the recogniser loaded (or is loading it)."""
        with self._lock:
            self._pool = pool

    def holds(self, pool: Any | None) -> bool:
        """Whether ``pool`` (the running one, or None) has it loaded or is loading it."""
        with self._lock:
            return pool is not None and pool is self._pool

"""Cyclic garbage collection paused for a pass that allocates much and builds no cycles.

Python's collector runs every ~700 allocations of containers (tuples, lists, dicts, objects)
and walks the young ones. An entity pass over a 10 MB report allocates hundreds of thousands
of tuples (candidates, spans) and the lists that hold them, none of them in a cycle: reference
counting frees each the moment it is dropped, and the ~1,000 collections their allocation set
off found 96 objects between them, for ~0.4 s of CPU. Reading and outlining such a report,
and writing its JSON, is the same again (~250 collections).

:func:`paused` turns the collector off for such a pass and restores the state it found: on
only if it was on (the window turns it off itself until its first paint). Two passes on two
threads may overlap; the first to end may turn it back on while the other runs, which costs
only the collections the pause saved.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No cyclic collection inside the ``with``; the collector's state restored after it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()

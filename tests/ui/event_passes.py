"""A counter of the event loop's passes, for tests of what runs in which pass."""

from __future__ import annotations

from collections.abc import Callable


def passes(
    each: Callable[[], None] | None = None,
) -> tuple[list[int], Callable[[], None]]:
    """``(count, done)``: ``count[0]`` goes up by one each time the event dispatcher wakes (a
    pass of the event loop), and ``each()``, if given, is called then, before the pass runs
    anything; ``done()`` stops counting."""
    from PySide6.QtCore import QAbstractEventDispatcher

    count = [0]

    def awake() -> None:
        count[0] += 1
        if each is not None:
            each()

    dispatcher = QAbstractEventDispatcher.instance()
    dispatcher.awake.connect(awake)
    return count, lambda: dispatcher.awake.disconnect(awake)

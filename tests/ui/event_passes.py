"""A counter of the event loop's passes, for tests of what runs in which pass."""

from __future__ import annotations

from collections.abc import Callable


def passes() -> tuple[list[int], Callable[[], None]]:
    """``(count, done)``: ``count[0]`` goes up by one each time the event dispatcher wakes (a
    pass of the event loop); ``done()`` stops counting."""
    from PySide6.QtCore import QAbstractEventDispatcher

    count = [0]

    def awake() -> None:
        count[0] += 1

    dispatcher = QAbstractEventDispatcher.instance()
    dispatcher.awake.connect(awake)
    return count, lambda: dispatcher.awake.disconnect(awake)

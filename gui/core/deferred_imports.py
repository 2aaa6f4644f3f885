"""Importing modules ahead of need, on the caller's thread.

The window imports what a background job will need (a format reader, the recogniser) on the UI
thread before the job starts: PySide's import hook then runs there rather than in the worker,
where it would compete with the UI for the GIL. Large sets are imported one module per
event-loop turn (:func:`import_steps`), so no single turn blocks for long."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterable
from functools import partial


def import_quietly(name: str) -> None:
    """Import ``name`` if it can be; a missing optional module is reported by whoever really
    uses it, with a message for the user, not here."""
    try:
        importlib.import_module(name)
    except ImportError:
        pass


def import_all(names: Iterable[str]) -> None:
    """Import every module of ``names`` that is not imported yet."""
    for name in names:
        if name not in sys.modules:
            import_quietly(name)


def import_steps(names: Iterable[str]) -> list[Callable[[], None]]:
    """One callable per module of ``names`` not imported yet, each importing that module, for
    the caller to run one per event-loop turn."""
    return [partial(import_quietly, n) for n in names if n not in sys.modules]

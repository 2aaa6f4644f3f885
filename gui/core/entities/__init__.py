"""Entity recognition for Chinese reports: ORG, LOC, PER, DATE, QUANT, DOC, TERM.

Public API::

    recognise(text, corrections=None) -> list[Entity]
    recognise_spans(text, corrections=None) -> list[(start, end, type)]   # the same, no Entity
    Entity(start, end, type, text)            # frozen; offsets in ``text``, end exclusive
    Corrections / load_corrections / save_corrections / merge / CorrectionsError
    load_user_corrections() / user_corrections_path()   # <data dir>/corrections.json

Importing this package is cheap: the recogniser's modules (their tables and patterns, ~0.3 s
of imports under load) are imported on the first use of ``recognise`` or ``recognise_pivot``;
gazetteers load on the first call. A window that only reads the user's corrections (a long
report is recognised in a child process) never imports them on its UI thread, and the window
can import them one module per event-loop turn (``gui.core.entity_pass.preload_steps``).
"""

from typing import TYPE_CHECKING, Any

from gui.core.entities.corrections import (
    Corrections,
    CorrectionsError,
    load_corrections,
    load_user_corrections,
    merge,
    save_corrections,
    user_corrections_path,
)
from gui.core.entities.model import ENTITY_TYPES, Entity

if TYPE_CHECKING:
    from gui.core.entities.recogniser import recognise, recognise_pivot, recognise_spans


def __getattr__(name: str) -> Any:
    """``recognise``, ``recognise_spans`` and ``recognise_pivot``, imported on first use."""
    if name in ("recognise", "recognise_pivot", "recognise_spans"):
        from gui.core.entities import recogniser

        return getattr(recogniser, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ENTITY_TYPES",
    "Corrections",
    "CorrectionsError",
    "Entity",
    "load_corrections",
    "load_user_corrections",
    "merge",
    "recognise",
    "recognise_pivot",
    "recognise_spans",
    "save_corrections",
    "user_corrections_path",
]

"""Entity recognition for Chinese reports: ORG, LOC, PER, DATE, QUANT, DOC, TERM.

Public API::

    recognise(text, corrections=None) -> list[Entity]
    Entity(start, end, type, text)            # frozen; offsets in ``text``, end exclusive
    Corrections / load_corrections / save_corrections / merge / CorrectionsError
    load_user_corrections() / user_corrections_path()   # <data dir>/corrections.json

Importing this package is cheap: gazetteers and patterns load on the first ``recognise``.
"""

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
from gui.core.entities.recogniser import recognise, recognise_pivot

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
    "save_corrections",
    "user_corrections_path",
]

"""The entity value type shared by the recogniser, corrections, the CLI and the GUI."""

from __future__ import annotations

from dataclasses import dataclass

#: The seven types of the annotation guideline, in display order.
ENTITY_TYPES: tuple[str, ...] = ("ORG", "LOC", "PER", "DATE", "QUANT", "DOC", "TERM")


@dataclass(frozen=True, order=True)
class Entity:
    """A recognised span: ``[start, end)`` in Python string indices (code points) of the text
    it was recognised on, its type (one of :data:`ENTITY_TYPES`) and its text."""

    start: int
    end: int
    type: str
    text: str

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "type": self.type, "text": self.text}

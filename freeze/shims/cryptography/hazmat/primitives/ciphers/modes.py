"""``modes.CBC``: an initialisation-vector holder, checked as cryptography checks it."""

from __future__ import annotations


class CBC:
    name = "CBC"

    def __init__(self, initialization_vector: bytes) -> None:
        initialization_vector = bytes(initialization_vector)
        if len(initialization_vector) != 16:
            raise ValueError(f"Invalid IV size ({len(initialization_vector)}) for CBC.")
        self.initialization_vector = initialization_vector

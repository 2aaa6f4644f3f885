"""What a model's sliced announcements ask before each slice (``gui.ui.ui_turns.TURNS`` in the
app): models take it as a value, so they need not import the UI layer."""

from __future__ import annotations

from typing import Protocol


class TurnGate(Protocol):
    """Hands each event-loop pass to one piece of background UI work."""

    def may_run(self, ticker: str) -> bool: ...
    def ran(self, ticker: str) -> None: ...

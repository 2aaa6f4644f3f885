"""Helpers of the entity round tests: the spans of a text, and the check that every script
view of a text gives the same spans (recognition runs on the Simplified pivot)."""

from __future__ import annotations

from gui.core.entities import recognise
from gui.core.script import make_view


def spans(text: str) -> list[tuple[str, str]]:
    """(text, type) of each entity recognised in ``text``."""
    return [(e.text, e.type) for e in recognise(text)]


def same_in_every_view(text: str) -> None:
    """Assert that the Simplified, Traditional, Hong Kong and Taiwan views give the same spans."""
    expected = [(e.start, e.end, e.type) for e in recognise(text)]
    for view in ("hans", "hant", "hk", "tw"):
        got = [(e.start, e.end, e.type) for e in recognise(make_view(text, view).text)]
        assert got == expected, view

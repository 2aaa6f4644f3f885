"""Helpers of the entity round tests: the spans of a text, and the check that every script
view of a text gives the same spans (recognition runs on the Simplified pivot)."""

from __future__ import annotations

from gui.core.entities import recognise
from gui.core.script import make_view


def spans(text: str) -> list[tuple[str, str]]:
    """(text, type) of each entity recognised in ``text``."""
    return [(e.text, e.type) for e in recognise(text)]


def of_type(text: str, kind: str) -> list[str]:
    """The texts of the entities of type ``kind`` recognised in ``text``, in order."""
    return [s for s, t in spans(text) if t == kind]


def same_in_every_view(text: str, views: tuple[str, ...] = ("hans", "hant", "hk", "tw")) -> None:
    """Assert that the Simplified, Traditional, Hong Kong and Taiwan views give the same spans.

    A view whose phrases change length (閃存芯片 → 快閃記憶體晶片 in 臺) is compared through its
    offset map, in the coordinates of ``text``. ``views`` leaves out a view that rewrites a
    name's own words (长江存储 → 長江儲存 in 臺: another text, not the same one in another script)."""
    expected = [(e.start, e.end, e.type) for e in recognise(text)]
    for view in views:
        shown = make_view(text, view)
        got = [(e.start, e.end, e.type) for e in recognise(shown.text)]
        if len(shown.text) != len(text):
            got = [(*shown.to_text(s, e), t) for s, e, t in got]
        assert got == expected, view


def assert_found_in_order(text: str, kind: str, names: list[str]) -> None:
    """Assert that ``names`` are among the ``kind`` entities of ``text``, in this order (other
    entities of the kind may stand between), and that every script view agrees."""
    found = of_type(text, kind)
    assert [n for n in found if n in names] == names, spans(text)
    same_in_every_view(text)

"""The parent of each numbered line, found in one pass, is the one the outline's tier rules
asked for by looking back over every numbered line (2.4 s on a 1 M-character report)."""

from __future__ import annotations

import random

from gui.core.outline_lists import _nearest_parents, decide_colon_leads


def _looked_back(numbered: dict[int, tuple[float, str]], line: int) -> int | None:
    rank = numbered[line][0]
    parents = [k for k in numbered if k < line and numbered[k][0] < rank]
    return max(parents) if parents else None


def _random_numbered(rng: random.Random, size: int) -> dict[int, tuple[float, str]]:
    kinds = ("short", "lead", "long-lead", "colon-lead")
    lines = rng.sample(range(size * 3), size)
    return {i: (float(rng.choice((1, 2, 2.5, 3, 4))), rng.choice(kinds)) for i in lines}


def test_nearest_parents_match_looking_back_over_every_line():
    rng = random.Random(7)
    for size in (0, 1, 2, 5, 40, 300):
        numbered = _random_numbered(rng, size)
        parents = _nearest_parents(numbered)
        assert parents == {i: _looked_back(numbered, i) for i in numbered}


def test_colon_leads_under_a_colon_parent_are_kept_and_others_dropped():
    # 一、 …： over (一) …： points (a nested structure): kept; a flat run of 1、…： items: dropped.
    numbered = {
        0: (1.0, "colon-lead"),
        1: (2.0, "colon-lead"),
        2: (2.0, "colon-lead"),
        3: (1.0, "colon-lead"),
        10: (3.0, "colon-lead"),
        11: (3.0, "colon-lead"),
    }
    found: list = ["h"] * 12
    decide_colon_leads(found, numbered)
    assert [found[i] for i in (0, 1, 2, 3)] == ["h"] * 4
    # 10 and 11 sit under 3 (a colon lead of a lower rank): kept as well.
    assert found[10] == found[11] == "h"
    flat = {5: (3.0, "colon-lead"), 6: (3.0, "colon-lead"), 7: (3.0, "short")}
    found = ["h"] * 8
    decide_colon_leads(found, flat)
    assert found[5] is None and found[6] is None

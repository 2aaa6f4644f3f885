"""Round 20 of #13, LOC: classes of the tuning batches (dev 1–12) that recur across sources.
Real lines of dev documents, written phrases of each form and phrases each rule must leave
alone, in every script view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import same_in_every_view, spans


def _places(text: str) -> list[str]:
    return [s for s, t in spans(text) if t == "LOC"]


@pytest.mark.parametrize(
    "text, place",
    [
        # dev b9, a Hong Kong report of 1 July: a rarer verb of motion before a Hong Kong place
        ("懸掛國旗及區旗，飛越維港上空。", "維港"),
        # dev b4, Heilongjiang's work report: the province's short name after 亲临
        ("习近平总书记再次亲临龙江视察", "龙江"),
        # written: the same verbs before a district
        ("直升機飛越大埔上空", "大埔"),
    ],
)
def test_a_weak_place_after_a_rarer_verb(text, place):
    assert place in _places(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        # a bare district name glued to a word is that word's tail
        "在这个平台中发布",
        "我们的舞台中央",
    ],
)
def test_a_weak_place_inside_a_word(text):
    assert _places(text) == []
    same_in_every_view(text)

"""Round 10 of #13: fixes for error classes of batch 8's dev part that recur in the other dev
batches (benchmarks/entity_error_classes.py, table in docs/entities.md), each on real phrases
of the corpus' genres and checked in every script view, with the phrases each rule must leave
alone."""

from __future__ import annotations

import pytest

from tests.core.entity_views import same_in_every_view, spans

# -- China and a one-character country before a word of relations (one-character place
# abbreviation; batches 1, 2, 4-8) ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("我高度重视中塞关系发展", ["中", "塞"]),
        ("引领中塞战略伙伴关系不断迈上新台阶", ["中", "塞"]),
        ("今年是中沙全面战略伙伴关系建立10周年", ["中", "沙"]),
        ("推动中沙关系取得新的进展", ["中", "沙"]),
    ],
)
def test_china_and_a_one_character_country(text, expected):
    assert [t for t, ty in spans(text) if ty == "LOC"] == expected, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("乘坐中巴车前往现场", "巴"),  # a minibus: no word of relations follows
        ("中新社记者报道", "新"),  # the news agency
        ("南海诸岛包括中沙群岛", "沙"),  # an archipelago, one name
    ],
)
def test_no_pair_without_a_word_of_relations(text, absent):
    assert (absent, "LOC") not in spans(text), spans(text)
    same_in_every_view(text)


# -- a national administration's local bureau (ORG false alarm and right edge; batches 1-8) ---


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "旨在落實國家稅務總局廣東省稅務局、國家稅務總局深圳市稅務局",
            ["國家稅務總局廣東省稅務局", "國家稅務總局深圳市稅務局"],
        ),
        ("會議將由國家稅務總局深圳市稅務局召集", ["國家稅務總局深圳市稅務局"]),
    ],
)
def test_local_bureau_named_after_its_administration(text, expected):
    assert [t for t, ty in spans(text) if ty == "ORG"] == expected, spans(text)
    same_in_every_view(text)


def test_administration_and_a_bureau_apart_stay_two():
    text = "国家税务总局和广东省税务局联合发布"
    assert [t for t, ty in spans(text) if ty == "ORG"] == ["国家税务总局", "广东省税务局"]
    same_in_every_view(text)

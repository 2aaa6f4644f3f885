"""General coverage of the recogniser (issue #13, second round): patterns of the language and
the genre, and public data, each tested on sentences written for the pattern (not taken from
the evaluation documents), with a guard that the pattern does not fire where it should not."""

from __future__ import annotations

import pytest

from gui.core.entities import recognise


def texts(text: str, etype: str) -> list[str]:
    return [e.text for e in recognise(text) if e.type == etype]


# -- world places: ISO 3166 countries and subdivisions, capitals and large cities ----------


@pytest.mark.parametrize(
    "text, place",
    [
        ("代表团随后访问了葡萄牙和保加利亚。", "保加利亚"),
        ("与乌拉圭签署合作备忘录", "乌拉圭"),
        ("該公司在維吉尼亞州設廠", "維吉尼亞州"),
        ("他曾在寮國工作三年", "寮國"),
        ("新加坡、吉隆坡和雅加达的航线", "吉隆坡"),
        ("华北地区出现大范围降雪", "华北地区"),
    ],
)
def test_world_places_from_public_lists(text, place):
    assert place in texts(text, "LOC")


@pytest.mark.parametrize(
    "text, word",
    [
        ("广东加快建设现代产业体系", "东加"),  # Tonga's Taiwan name runs into 广东加快
        ("他在山口等候", "山口"),  # a prefecture of Japan, a common word here
        ("东部地区和中西部地区协调发展", "东部地区"),  # descriptive regions are no places
    ],
)
def test_world_names_that_are_common_words_are_not_places(text, word):
    assert word not in texts(text, "LOC")


def test_a_new_country_before_a_university_is_a_place_of_its_own():
    found = {(e.type, e.text) for e in recognise("她毕业于葡萄牙里斯本大学")}
    assert ("LOC", "葡萄牙") in found

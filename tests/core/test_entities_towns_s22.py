"""Session 22 (task e39), LOC in 公文: Taiwan's former counties that older notices list (臺北縣,
桃園縣: merged into the special municipalities in 2010 and 2014, read as their city and a stray
縣 before) and a town named for a place before a mark or its own post (左权县辽阳镇镇长,
南汇新城镇、: the town, then the chain with its county) — not 乡镇, 乡亲 or 镇压. Real lines of dev
batches 5, 10, 11, 25, 30 and 33, in every script view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import of_type, same_in_every_view, spans


def _places(text: str) -> list[str]:
    return of_type(text, "LOC")


@pytest.mark.parametrize(
    "text, places",
    [
        # dev b33, the Ministry of Justice's notice of 2010: the northern region's cities and counties
        (
            "(一)北區（含臺北市、臺北縣、基隆市、桃園縣、新竹市、新竹縣）：",
            ["臺北市", "臺北縣", "基隆市", "桃園縣", "新竹市", "新竹縣"],
        ),
        # dev b10, a bulletin of coal-mine blasts: a town named for a city, with its county
        ("对事故负有主要领导责任的左权县辽阳镇镇长甄贵清受到行政降级处分", ["左权县辽阳镇"]),
        # dev b30, Shanghai's Lingang opinion: a town named for a new city in a 、-list of towns
        (
            "招商引资等工作，南汇新城镇、万祥镇、泥城镇和书院镇（以下统称“四镇”）重点",
            ["南汇新城镇", "万祥镇", "泥城镇", "书院镇"],
        ),
    ],
)
def test_former_counties_and_towns_named_for_places(text, places):
    assert _places(text) == places, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, places",
    [
        # dev b5, a Shanghai notice: 乡镇 "townships and towns" after the city is a word
        ("上海市交通委员会关于延长《上海市乡镇渡口管理办法》有效期的通知", []),
        # dev b11, a Taiwan release: 鄉親 "fellow townsfolk" after the city
        ("總統也向臺南鄉親說明，此次談判並未調降美國稻米進口關稅，", ["臺南", "美國"]),
        # dev b25, Hong Kong news of Myanmar: 鎮壓 "to suppress" after a district
        ("軍警到蘭達亞區鎮壓，有市民受傷。", ["蘭達亞區"]),
    ],
)
def test_words_after_places_that_are_no_towns(text, places):
    assert _places(text) == places, spans(text)

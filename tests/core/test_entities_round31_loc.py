"""Round 31 of #13, LOC (session 19): a Hong Kong district before 區議員 is the district without
the 區 the councillor's title holds (深水埗區議員 → 深水埗), and the districts named by a direction
are found there (東區區議員 → 東區); temples named in quotes after their city by Taiwan's press
(臺南「開基玉皇宮」) are places. Real lines of dev batch 23's documents, written phrases, and
phrases the rules must leave alone, in every script view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import of_type, same_in_every_view, spans


def _places(text: str) -> list[str]:
    return of_type(text, "LOC")


@pytest.mark.parametrize(
    "text, places",
    [
        # dev b23, a list of candidates of 2020's postponed election: the district's councillor
        (
            "九龍西\n\n深水埗區議員 江貴生（民協）\n\n油尖旺區議員 林兆彬",
            ["九龍西", "深水埗", "油尖旺"],
        ),
        # dev b23, the same list: a district named by a direction
        ("香港島\n\n東區區議員 蘇逸恒（民主黨）", ["香港島", "東區"]),
        # dev b23, the same list
        ("新界東\n\n沙田區議員 黃文萱（公民黨）", ["新界東", "沙田"]),
        # written: another district named by a direction
        ("北區區議員 陳大文表示，", ["北區"]),
    ],
)
def test_districts_before_a_councillors_title(text, places):
    assert _places(text) == places, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, places, orgs",
    [
        # dev b23, the same list: the district council is a body, its district no place apart
        ("灣仔區議會主席 楊雪盈", [], ["灣仔區議會"]),
        # written: the generic east district is no place without the councillor's title
        ("东区医院急症室", [], ["东区医院"]),
        ("位于城市东区的新校舍", [], []),
    ],
)
def test_district_councils_and_generic_districts_stay(text, places, orgs):
    assert _places(text) == places, spans(text)
    assert of_type(text, "ORG") == orgs, spans(text)


@pytest.mark.parametrize(
    "text, places",
    [
        # dev b23, the Vice President's temple visits of the New Year's third day
        (
            "蕭美琴副總統先後前往臺南「開基玉皇宮」、嘉義「民雄大士爺廟」、「民雄慶誠宮」",
            ["臺南", "開基玉皇宮", "嘉義", "民雄大士爺廟", "民雄慶誠宮"],
        ),
        # dev b23, the same release: a temple named 代天府
        (
            "屏東「南方代天府」及高雄「鳳山代天府」參拜祈福",
            ["屏東", "南方代天府", "高雄", "鳳山代天府"],
        ),
        # written: a Buddhist temple
        ("前往杭州「靈隱禪寺」參訪", ["杭州", "靈隱禪寺"]),
    ],
)
def test_quoted_temples(text, places):
    assert _places(text) == places, spans(text)
    same_in_every_view(text)


def test_a_quoted_phrase_that_is_no_temple_stays_a_term():
    text = "推動「世代共融」的農村社區"
    assert _places(text) == []
    assert of_type(text, "TERM") == ["「世代共融」"], spans(text)

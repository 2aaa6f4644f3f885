"""Round 26 of #13: what batch 19's dev part showed once it was scored. A planning word before
the level word is a class of towns, not a town (试点镇); a name before 宣读 ends before the verb;
a pastor's name before 牧师; a person remembered by the anniversary of a birth (纪念…诞辰).
Real lines of batch 19's dev documents, the words the rules must leave alone, in every script
view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import same_in_every_view, spans

# dev b19, gw-sh-lingang-city-checkup-2024
LINGANG_TOWNS = (
    "结合新片区实际，管委会会同浦东新区和奉贤区每年在浦东新区南汇新城镇（滴水湖核心片区）、书院镇、"
    "万祥镇、泥城镇和奉贤区四团镇范围内选取4个试点镇开展城市体检，以镇城市化地区为体检范围，"
    "查找群众、企业反映强烈的难点、堵点、痛点问题。"
)
LINGANG_PILOTS = "每个试点镇各选取1-2个社区开展体检试点。试点社区居住人口规模宜为5000-12000人，"


def _of_type(text: str, kind: str) -> list[str]:
    return [s for s, t in spans(text) if t == kind]


@pytest.mark.parametrize("text", [LINGANG_TOWNS, LINGANG_PILOTS])
def test_a_pilot_town_is_a_kind_of_town_not_a_place(text):
    places = _of_type(text, "LOC")
    assert not [p for p in places if "试点" in p]
    same_in_every_view(text)


def test_the_towns_named_beside_the_pilot_towns_stay_places():
    places = _of_type(LINGANG_TOWNS, "LOC")
    assert {"书院镇", "万祥镇", "奉贤区四团镇"} <= set(places)


@pytest.mark.parametrize(
    "text, person, not_person",
    [
        # dev b19, news-cn-jinye-mingde-admissions-meeting: 宣读 is the verb after the name
        (
            "会上，集团公司副总裁秦忠宣读了《关于成立集团教育产业招生工作临时领导小组的决定》。",
            "秦忠",
            "秦忠宣",
        ),
        # dev b19, press-tw-president-228-memorial-2026: a pastor named before his title
        (
            "因此，每一年二二八的紀念儀式，如同剛剛田永人牧師所說，為何我們每一年都要舉辦，",
            "田永人",
            "剛田永人",
        ),
        # dev b19, press-mo-mam-mio-pang-fei-retrospective-2026: remembered by his birth
        (
            "為紀念繆鵬飛誕辰90周年及向這位藝術大師致敬，文化局與澳門文化體策劃此次大型",
            "繆鵬飛",
            "紀念繆鵬飛",
        ),
    ],
)
def test_a_person_named_by_a_verb_a_title_after_or_an_anniversary(text, person, not_person):
    people = _of_type(text, "PER")
    assert person in people and not_person not in people
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        # no name before the anniversary: a word of time, a pronoun
        "今年是中华人民共和国成立75周年，也是他逝世十周年。",
        "纪念活动于诞辰日当天举行。",
    ],
)
def test_an_anniversary_without_a_name_names_nobody(text):
    assert _of_type(text, "PER") == []

"""Round 12 of #13 (ORG): classes of batch 10's dev part (scored fresh, then tunable). Each on
real phrases of dev documents, in every script view, with the phrases each must leave alone."""

from __future__ import annotations

import pytest

from tests.core.entity_views import same_in_every_view, spans

# -- a State Council inter-ministerial joint conference, and its head used alone ----------------

# batch 10 dev, the State Council's 批复 on the vocational-education joint conference (annex)
_ANNEX = (
    "经国务院同意，建立国务院职业教育工作部际联席会议（以下简称联席会议）制度。\n"
    "联席会议设召集人1人。\n"
    "在联席会议召开之前，由联席会议办公室召开联络员会议。"
)


def test_joint_conference_its_short_name_and_office():
    orgs = [t for t, ty in spans(_ANNEX) if ty == "ORG"]
    assert orgs == [
        "国务院",
        "国务院职业教育工作部际联席会议",
        "联席会议",
        "联席会议",
        "联席会议",
        "联席会议办公室",
    ], spans(_ANNEX)
    same_in_every_view(_ANNEX)


@pytest.mark.parametrize(
    "text, expected",
    [
        # batch 10 dev: the full name after 并入 and before 制度
        ("其职能并入国务院职业教育工作部际联席会议。", ["国务院职业教育工作部际联席会议"]),
        (
            "领导同志牵头负责的国务院职业教育工作部际联席会议制度。",
            ["国务院职业教育工作部际联席会议"],
        ),
    ],
)
def test_joint_conference_named_in_full(text, expected):
    assert [t for t, ty in spans(text) if ty == "ORG"] == expected, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        "各地要建立部际联席会议制度，定期召开联席会议。",  # a kind of arrangement, no name
        "两市召开联席会议，研究交通一体化。",  # a meeting held, not a body named in full
    ],
)
def test_joint_conference_as_a_common_noun_is_no_body(text):
    assert not [t for t, ty in spans(text) if ty == "ORG"], spans(text)


# -- boundaries: a verb of consent before a body, a 气象台 station --------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # batch 10 dev, the State Council's reply on the Guangdong–Hong Kong–Macau weather stations
        ("港澳人员必须上岛时，应征得广州军区同意并办理有关手续。", ["广州军区"]),
        ("与澳门地球物理气象台合建2个自动气象站。", ["澳门地球物理气象台"]),
        ("同意广东省气象局与香港天文台合建3个自动气象站", ["广东省气象局", "香港天文台"]),
    ],
)
def test_consent_verb_and_weather_station(text, expected):
    assert [t for t, ty in spans(text) if ty == "ORG"] == expected, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize("text", ["各级气象台要加强值班。", "省气象台"])
def test_weather_station_as_a_kind_is_no_body(text):
    assert not [t for t, ty in spans(text) if ty == "ORG"], spans(text)


# -- a coal mine named after the places that locate it ------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # batch 10 dev, the 2004 coal-mine 通报: the place is its own LOC, the mine the ORG
        (
            "8月11日，大同市杏儿沟煤矿瓦斯爆炸事故造成43人死亡",
            [("大同市", "LOC"), ("杏儿沟煤矿", "ORG")],
        ),
        ("山西左权县河南村煤矿“8·18”事故", [("山西左权县", "LOC"), ("河南村煤矿", "ORG")]),
        ("安徽芦岭煤矿“5·13”事故", [("安徽", "LOC"), ("芦岭煤矿", "ORG")]),
    ],
)
def test_mine_after_its_places(text, expected):
    assert [s for s in spans(text) if s[1] in ("LOC", "ORG")] == expected, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        # the same 通报: 煤矿 as the common noun
        "部分煤矿企业在煤炭市场趋于好转的情况下",
        "要对照《煤矿安全生产基本条件》，对所有煤矿逐个进行审核",
        "山西、安徽省4起特大煤矿瓦斯爆炸事故",
        "继续依法关闭非法和不具备安全生产条件的小煤矿",
    ],
)
def test_mine_as_a_common_noun_is_no_body(text):
    assert not [t for t, ty in spans(text) if ty == "ORG"], spans(text)


# -- a village's, town's or community's party organ ---------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # batch 10 dev, the coal-mine 通报
        ("对事故负有主要责任的河南村党支部书记王俊杰受到撤销党内职务", ["河南村党支部"]),
        ("左权县辽阳镇党委书记赵宏伟受到党内严重警告处分", ["左权县辽阳镇党委"]),
        # batch 9 dev, the 新闻联播 digest
        ("吉林省长春市宽城区长山花园社区党委", ["吉林省长春市宽城区长山花园社区党委"]),
    ],
)
def test_party_organ_of_a_place_below_the_county(text, expected):
    assert [t for t, ty in spans(text) if ty == "ORG"] == expected, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        "芦岭煤矿党委书记王士永受到撤销党内职务处分",  # a mine's 党委: the post's body is the mine
        "各村党支部要认真组织学习",  # a kind, no place
        "乡镇党委书记",
    ],
)
def test_party_organ_without_its_place_is_not_joined(text):
    assert not [t for t, ty in spans(text) if ty == "ORG" and t.endswith(("党委", "党支部"))]

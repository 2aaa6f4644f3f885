"""Round 18 of #13, LOC and PER: classes found in batches 14 and 15's dev parts (scored once at
02:47, session 15) that are patterns of the language. Real lines of dev documents, written phrases
of each form and phrases each rule must leave alone, in every script view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import same_in_every_view, spans


def _of(text: str, kind: str) -> list[str]:
    return [s for s, t in spans(text) if t == kind]


@pytest.mark.parametrize(
    "text, places",
    [
        # dev b14, a 2011 business story carried by a procurement portal: a county-level new town
        ("中联重科拟在江阴临港新城建立华东基地，总投资超过100亿元", ["江阴临港新城"]),
        # written: a city's planned new town after the city
        ("推进上海松江新城建设", ["上海松江新城"]),
    ],
)
def test_a_new_town_is_a_zone(text, places):
    found = _of(text, "LOC")
    for place in places:
        assert place in found
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, place",
    [
        # 新城区 is a district's name with its level word (Xi'an's, Hohhot's), not a new town + 区
        ("西安市新城区人民政府发布通知", "西安市新城区"),
        ("呼和浩特市新城区", "呼和浩特市新城区"),
    ],
)
def test_a_district_named_new_town_keeps_its_level(text, place):
    assert place in _of(text, "LOC")
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        # a company named 新城 (a developer), and 新城 as a common noun
        "新城控股集团发布公告",
        "启动新城建设",
        "家住新城小区",
    ],
)
def test_new_town_alone_is_no_place(text):
    assert not any("新城" in s for s in _of(text, "LOC"))
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, person, org",
    [
        # dev b14: a director leads his committee to a signing (X率Y): 率 ends the person, opens the body
        (
            "市委常委、临港新城管委会主任薛良率临港新城管委会、市经信委、璜土镇有关负责人",
            "薛良",
            "临港新城管委会",
        ),
        # written: the same verb before a zone's committee
        ("主任薛良率苏州工业园区管委会负责人前往", "薛良", "苏州工业园区管委会"),
    ],
)
def test_lead_verb_ends_the_person_before_a_body(text, person, org):
    assert person in _of(text, "PER")
    assert org in _of(text, "ORG")
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, road",
    [
        # dev b15, Hong Kong police news: a trunk road named for the town it leaves, after a
        # verb of way and after a preposition of way
        ("返家途中駛經粉嶺公路時突失事遇車禍身亡", "粉嶺公路"),
        ("駕駛綿羊仔沿粉嶺公路回家", "粉嶺公路"),
        # written: another of Hong Kong's trunk roads, opening the sentence
        ("屯門公路交通繁忙", "屯門公路"),
    ],
)
def test_a_road_named_for_its_district(text, road):
    assert road in _of(text, "LOC")
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        # after a province, a city, a level word or a kind, 公路 is "the roads of"
        "湖南公路建设投资",
        "加强农村公路建设",
        "嘉定区公路管理所",
        "沿高速公路行驶",
    ],
)
def test_roads_of_a_place_are_no_name(text):
    assert not any(s.endswith("公路") for s in _of(text, "LOC"))
    same_in_every_view(text)


def test_hong_kong_news_names_a_person_by_surname_then_sex():
    # dev b15, Hong Kong police news: 姓李 before the role, then 李男 twice
    text = "43歲姓李鐵騎士與親友「做節」後，返家途中駛經粉嶺公路時失事。事發昨晚11時許，李男與親戚在上水晚飯後。救護員到場將李男送院"
    assert _of(text, "PER") == ["李", "李", "李"]
    same_in_every_view(text)
    # written: the same form with 男子
    assert _of("一名姓陳男子被捕，陳男被帶署調查", "PER") == ["陳", "陳"]


@pytest.mark.parametrize(
    "text",
    [
        "百姓男女都來了",  # 百姓 is the word "the people"
        "同姓男女不婚",
        "男女老少齊參與",
        "李男子被捕",  # a surname and sex with no 姓 before: nobody was introduced
    ],
)
def test_surname_and_sex_needs_the_surname_introduced(text):
    assert _of(text, "PER") == []
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, people",
    [
        # dev b15, a 2011 bribery story: the accused named by surname only, counted
        ("是1年前州医院爆发的涉及李、黄、杨三名负责人在内的", ["李", "黄", "杨"]),
        # written: two, with 二人 and with 两位 + a role
        ("王、李二人被捕", ["王", "李"]),
        ("陈、林两位议员", ["陈", "林"]),
    ],
)
def test_surnames_in_a_list_counted_as_people(text, people):
    assert _of(text, "PER") == people
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        "中、美两国关系",  # countries, counted as countries
        "东、西两人",  # directions are no surnames
        "省、市、区三级联动",  # levels, counted as levels
    ],
)
def test_a_counted_list_of_other_things_is_no_people(text):
    assert _of(text, "PER") == []
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, place",
    [
        # dev b14, a 2011 business story: 本市 ("this city") before a district and its zone
        (
            "海尔（天津）市场创新产业园区位于本市津南区八里台工业区，占地面积约1100亩",
            "津南区八里台工业区",
        ),
        # dev b14: a company's park named with its city in brackets
        ("双方就加快海尔（天津）市场创新产业园区建设", "海尔（天津）市场创新产业园区"),
        # written: 本市 before a known zone
        ("项目位于本市浦东新区", "浦东新区"),
    ],
)
def test_a_zone_after_this_city_or_with_its_city_in_brackets(text, place):
    assert place in _of(text, "LOC")
    assert not any(s.startswith("市") for s in _of(text, "LOC"))
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        "进入市场工业园区",  # 市场 "market" is no level word before a place
        "某公司（北京）有限公司",  # a company's branch in brackets is a company, no park
    ],
)
def test_no_zone_without_a_place_or_a_park(text):
    assert not any(s.endswith("园区") for s in _of(text, "LOC"))
    same_in_every_view(text)

"""Round 11 of #13 (ORG): bodies of the State Council, the Party Central Committee, the
provinces' and cities' Party committees and Hong Kong, Macau and Taiwan, from the gazetteers'
check against the public organisation charts and from a pattern of level-named bodies; each on
real phrases (dev documents of the corpus, and the People's Daily corpus the team scores on
outside the repository), in every script view, with the phrases each must leave alone."""

from __future__ import annotations

import pytest

from tests.core.entity_views import same_in_every_view, spans

# -- the central bodies' short and full forms (known_orgs.txt) ---------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # batch 9 dev, a State Council leading group's member list
        ("孙瑞标 税务总局副局长", ["税务总局"]),
        ("钱毅平 中央军委后勤保障部副部长", ["中央军委后勤保障部"]),
        # People's Daily 1998 (outside corpus)
        ("中共中央组织部今天下午在京召开座谈会", ["中共中央组织部"]),
        ("全国政协副主席、中共中央统战部部长王兆国出席", ["全国政协", "中共中央统战部"]),
        ("中宣部常务副部长刘云山在会上讲话", ["中宣部"]),
        ("由中央党校和国家行政学院共同组织", ["中央党校", "国家行政学院"]),
        ("中国作协和现代文学馆负责同志", ["中国作协"]),
        ("国家网信办、网信办", ["国家网信办", "网信办"]),
    ],
)
def test_central_bodies_by_their_short_and_full_forms(text, expected):
    assert [t for t, ty in spans(text) if ty == "ORG"] == expected, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("各地应急部门要加强值守", "应急部"),  # 应急部 is not listed: it runs into 应急部门
        ("会同退役军人部门做好安置", "退役军人部"),
        ("集中办理群众诉求", "中办"),
    ],
)
def test_short_forms_that_run_into_words_are_not_listed(text, absent):
    assert (absent, "ORG") not in spans(text), spans(text)


# -- Hong Kong, Macau and Taiwan bodies (orgs_hk_tw_macau.txt) ----------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("地球物理氣象局發出黃色暴雨警告", ["地球物理氣象局"]),
        ("中央流行疫情指揮中心今天宣布", ["中央流行疫情指揮中心"]),
        ("財政部關務署表示", ["財政部關務署"]),
        ("香港教育大學的研究發現", ["香港教育大學"]),
    ],
)
def test_hong_kong_macau_and_taiwan_bodies(text, expected):
    assert [t for t, ty in spans(text) if ty == "ORG"] == expected, spans(text)
    same_in_every_view(text)


# -- a Party committee's department, a level's court, procuratorate or hospital ----------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # People's Daily 1998 (outside corpus)
        ("包括省委宣传部一名副部长在内的考察组", ["省委宣传部"]),
        ("会同市委宣传部、市文旅局开展检查", ["市委宣传部", "市文旅局"]),
        ("甘肃省委宣传部部长在会上讲话", ["甘肃省委宣传部"]),
        ("中共北京市委组织部印发通知", ["中共北京市委组织部"]),
        ("由区委统战部牵头", ["区委统战部"]),
        ("案件由市人民检察院提起公诉", ["市人民检察院"]),
        ("省高级人民法院二审维持原判", ["省高级人民法院"]),
        ("患者被送往市第一人民医院救治", ["市第一人民医院"]),
        ("兰州市中级人民法院", ["兰州市中级人民法院"]),
    ],
)
def test_level_named_party_departments_courts_and_hospitals(text, expected):
    assert [t for t, ty in spans(text) if ty == "ORG"] == expected, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        "全市人民法院系统要加强审判管理",  # every court of the city
        "各市人民医院要做好救治准备",
        "本市人民法院受理的案件",
        "要加强宣传部门之间的协作",  # 部门: departments in general
        "市委、市政府高度重视",  # the committee alone is generic
        "县委书记带队检查",
        "城市委员会的成员",
        "我市人民群众的获得感",
    ],
)
def test_generic_levels_and_words_are_left_alone(text):
    assert [t for t, ty in spans(text) if ty == "ORG"] == [], spans(text)
    same_in_every_view(text)

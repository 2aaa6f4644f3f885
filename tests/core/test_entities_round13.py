"""Round 13 of #13 (ORG): classes that recur in the dev parts of batches 1–10 and in an outside
corpus (People's Daily 1998, MSRA). Each on real phrases of dev documents, in every script view,
with the phrases each must leave alone."""

from __future__ import annotations

import pytest

from tests.core.entity_views import same_in_every_view, spans


def _orgs(text: str) -> list[str]:
    return [t for t, ty in spans(text) if ty == "ORG"]


# -- the world's companies by their Chinese names (orgs_world_companies.txt) --------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # batch 8 dev, Guangdong's work report
        ("6万家、增加值增长3%，巴斯夫核心装置、", ["巴斯夫"]),
        ("西门子能源项目建成投产。", ["西门子能源"]),  # with its industry word, as a listed name
        # batch 5 dev, Tianjin's work report: a joint venture, a maker with its industry word
        ("一汽丰田销售总部落户，诺和诺德制药等加快扩能建设。", ["一汽丰田", "诺和诺德制药"]),
        ("华晨宝马、广汽本田扩大产能。", ["华晨宝马", "广汽本田"]),
    ],
)
def test_world_companies_by_their_chinese_names(text, expected):
    assert _orgs(text) == expected, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        "要深刻反思科学发展的道路。",  # a verb runs across the edge: 反思|科学 holds no 思科
        "全市新增三星级酒店5家。",  # 三星 is left out: 三星级
        "出台支持赣州吉安联动建设江西南部重要城市群的政策。",  # 安联 left out: 吉安联动
        "五星红旗和紫荆花旗辉映下的香港。",  # 花旗 left out
        "他放松下来以后继续工作。",  # 松下 left out
    ],
)
def test_world_company_names_left_alone_in_words(text):
    assert not _orgs(text), spans(text)


# -- a site named for a company is a place (company_sites.py) -----------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # batch 1 dev, Shenzhen's work report
        ("显示器件生产线、比亚迪汽车工业园（深汕）项目。", "比亚迪汽车工业园（深汕）"),
        # batch 5 dev, Tianjin's work report
        ("一批新质项目深耕拓展，联想创新园正式启用。", "联想创新园"),
        ("特变电工智慧产业园、飞毛腿绿色储能等投产增效。", "特变电工智慧产业园"),
        # batch 10 dev, an RTHK digest (Traditional)
        ("香港迪士尼樂園宣布，慶祝開幕20周年。", "香港迪士尼樂園"),
    ],
)
def test_site_named_for_a_company_is_one_place(text, expected):
    got = spans(text)
    assert (expected, "LOC") in got, got
    assert not [t for t, ty in got if ty == "ORG"], got
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("比亚迪建设新的工业园。", ["比亚迪"]),  # a verb between: the company builds a park
        ("支持联想在天津设立创新园。", ["联想"]),
    ],
)
def test_company_before_a_clause_about_a_park_stays_a_company(text, expected):
    assert _orgs(text) == expected, spans(text)
    assert not [t for t, ty in spans(text) if ty == "LOC" and t.endswith("园")], spans(text)


# -- a body's name broken over two lines (name_context.name_across_lines) -----------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # batch 10 dev, the State Council's 批复: its title and its annex's heading
        (
            "国务院关于同意建立国务院职业教育工作\n部际联席会议制度的批复",
            ["国务院", "国务院职业教育工作\n部际联席会议"],
        ),
        ("国务院职业教育工作\n部际联席会议成员名单", ["国务院职业教育工作\n部际联席会议"]),
        # batch 8 dev, Guangdong's work report: the occasion line
        (
            "——2026年1月26日在广东省第十四届\n人民代表大会第五次会议上",
            ["广东省第十四届\n人民代表大会"],
        ),
    ],
)
def test_name_broken_over_two_lines_is_one_body(text, expected):
    assert _orgs(text) == expected, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # batch 6 dev, a headquarters' member list: a title ends the line before
        ("申通地铁集团副总裁\n指挥部下设办公室", ["申通地铁集团"]),
        # batch 10 dev, a 通报's title: a mine is named only after its places
        ("国务院办公厅关于山西、安徽省\n四起特大煤矿瓦斯爆炸事故", ["国务院办公厅"]),
        # a heading and the paragraph after it: the line before holds no place or body
        ("三、加强组织领导\n委员会办公室负责日常工作。", []),
    ],
)
def test_lines_that_do_not_continue_a_name(text, expected):
    assert _orgs(text) == expected, spans(text)

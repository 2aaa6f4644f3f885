"""Round 36 of #13, all types (session 20): generic words of place before a rail line's word
name a kind of line (地方铁路, 市域铁路); a stock behind the mark of risk is a company (*ST创兴); a
place and its area are one place (浙江地区); kinds of bank (股份制银行, 超百家村镇银行); a level's
people's organisations (省供销社); 县域 is no county (和|县域). Real lines of dev documents (batches
21, 24, 25 and 28), written phrases, and phrases the rules must leave alone, in every script view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import of_type, same_in_every_view, spans


@pytest.mark.parametrize(
    "text",
    [
        # dev b28, Shanghai's rules on the protection zones of local railways
        "（一）城市市区高速铁路为十米，其他铁路为八米；",
        # dev b24, Shanghai's factor guarantees for major transport works: 市域 is an area word
        "（七）重要设施方面，重点摸排地铁、市域铁路、重要道路及航道等，针对所影响的设施，",
        # dev b25, Shanghai's rules on credit in transport construction
        "是指在本市从事公路、水运、轨道交通、地方铁路、城市道路和其他交通基础设施建设活动的",
    ],
)
def test_a_kind_of_rail_line_is_no_place(text):
    assert of_type(text, "LOC") == [], spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, lines",
    [
        # written: lines named by the places they join stay places
        ("成渝高铁和沪杭铁路的客流继续增长", ["成渝高铁", "沪杭铁路"]),
    ],
)
def test_lines_named_by_their_places_stay_places(text, lines):
    assert of_type(text, "LOC") == lines, spans(text)


@pytest.mark.parametrize(
    "text, stocks",
    [
        # dev b28, A-share delistings: stocks by their short names behind the mark of risk
        (
            "近日，*ST创兴、*ST沪科、*ST太和3只个股进入退市整理期。",
            ["*ST创兴", "*ST沪科", "*ST太和"],
        ),
        (
            "*ST万方甚至没有进入退市整理期，因连续20个交易日收盘总市值均低于5亿元，直接摘牌。",
            ["*ST万方"],
        ),
        # written: the mark without *
        ("ST华微公告称，公司股票将被实施其他风险警示", ["ST华微"]),
    ],
)
def test_a_stock_behind_the_mark_of_risk_is_a_company(text, stocks):
    assert of_type(text, "ORG") == stocks, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        # dev b28: the mark before a word of the market names a kind of company
        "截至6月8日，A股市场ST/*ST公司数量约238家。",
        # written
        "部分ST股票遭到抛售，ST板块整体下跌",
    ],
)
def test_the_mark_before_a_market_word_names_no_company(text):
    assert of_type(text, "ORG") == [], spans(text)


@pytest.mark.parametrize(
    "text, places",
    [
        # dev b28, village banks dissolved: the area around a province is one place with it
        ("同日，浙江地区也有两家村镇银行获批解散。", ["浙江地区"]),
        # dev b21, the evening news digest
        ("还控制了苏梅地区一个居民点。", ["苏梅地区"]),
    ],
)
def test_a_place_and_its_area_are_one_place(text, places):
    assert of_type(text, "LOC") == places, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, places",
    [
        # written: the statistics' term regional GDP keeps the place bare
        ("深圳地区生产总值增长5%", ["深圳"]),
        # written: after a district's level word 地区 is no area around it
        ("湾仔区地区康乐活动", ["湾仔区"]),
    ],
)
def test_area_word_left_alone(text, places):
    assert of_type(text, "LOC") == places, spans(text)


@pytest.mark.parametrize(
    "text, orgs",
    [
        # dev b28, village banks: banks by their form, their risk and their count are kinds
        (
            "属地监管部门可探索允许辖内国有大型商业银行和股份制银行将当地其他主发起行发起设立的"
            "高风险村镇银行改建为其分支机构。",
            [],
        ),
        ("今年以来，已有超百家村镇银行获批退出市场。", []),
        # written: a bank named by its place stays a name
        ("江苏银行和多家股份制银行跟进", ["江苏银行"]),
    ],
)
def test_kinds_of_bank_name_no_bank(text, orgs):
    assert of_type(text, "ORG") == orgs, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, orgs",
    [
        # dev b28, a supply co-operative's visit: the level's co-operatives by their level word
        (
            "省供销社副主任沈省文、业务处处长吴小樟，区供销联社党委书记、主任倪晓锦，",
            ["省供销社", "业务处", "区供销联社"],
        ),
        # written: with the place before the level word, the place is in the name
        ("杭州市总工会主席和浙江省科协负责人出席", ["杭州市总工会", "浙江省科协"]),
    ],
)
def test_a_levels_peoples_organisations(text, orgs):
    assert of_type(text, "ORG") == orgs, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        # written: every province's co-operative is a kind
        "全省供销社系统和各市供销社",
    ],
)
def test_every_levels_organisation_is_a_kind(text):
    assert of_type(text, "ORG") == [], spans(text)


@pytest.mark.parametrize(
    "text, places",
    [
        # dev b28: 和 joins 县域 (county economies), no county 和县
        ("让村镇银行提升金融服务“三农”和县域实体经济的能力", []),
        # written: the county itself stays a place
        ("和县位于安徽省东部", ["和县", "安徽省"]),
    ],
)
def test_a_level_word_of_an_area_word(text, places):
    assert of_type(text, "LOC") == places, spans(text)
    same_in_every_view(text)

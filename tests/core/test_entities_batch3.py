"""Patterns of the genres of batch 3's dev documents (Taiwan FSC decisions, Tainan city
releases, a State Council reply, Hong Kong news, the xwlb digest), each on a real phrase of
those genres and the annotators' decision that settles it (tests/data/real/entities/
README-batch3.md). Every phrase is also checked in the Traditional views, where the recogniser
must give the same spans."""

from __future__ import annotations

import pytest

from gui.core.entities import recognise
from gui.core.script import make_view


def texts(text: str, etype: str) -> list[str]:
    return [e.text for e in recognise(text) if e.type == etype]


def same_in_every_view(text: str) -> None:
    spans = [(e.start, e.end, e.type) for e in recognise(text)]
    for view in ("hans", "hant", "hk", "tw"):
        assert [(e.start, e.end, e.type) for e in recognise(make_view(text, view).text)] == spans


# -- dates: the Minguo calendar, shared years and months, cut end years --------------------

# A Taiwan decision dated by the Minguo calendar: its bare years are years, its ranges one date.
_FSC = (
    "發文日期：中華民國110年12月23日\n"
    "單保費收入，自100年之新臺幣(以下同)3千3百餘萬元，增加至108年之1億7千8百餘萬元"
    "(100年至108年分別為33,187、32,542、33,538千餘元)。"
    "貴公司於108年5月1日至8月31日間，辦理商業火險。"
)


def test_bare_minguo_years_are_dates_in_a_document_dated_by_them():
    # the era's full name belongs to the date (batch 3's decision: 中華民國105年9月14日)
    assert texts(_FSC, "DATE") == [
        "中華民國110年12月23日",
        "100年",
        "108年",
        "100年至108年",
        "108年5月1日至8月31日",
    ]
    same_in_every_view(_FSC)


def test_a_bare_three_digit_year_stays_a_count_where_no_date_uses_the_calendar():
    # 成立105年: the xwlb digest counts the years since the Party's founding.
    text = "国际人士表示，中国共产党成立105年以来，中国在中国共产党的领导下"
    assert texts(text, "DATE") == []
    assert texts(text, "QUANT") == ["105年"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("根据国务院领导同志批示，2004年4月和9月，国土资源部两次组成专家组", ["2004年4月和9月"]),
        ("马鬃山村房屋开裂主要是2003年12月18日、19日所发生的地震", ["2003年12月18日、19日"]),
        ("申訴專員2018至19年度（截至3月底） 接獲4,991宗", ["2018至19年度", "3月底"]),
        ("不滿警務處拒絕提供在2012至16年期間接獲的報告", ["2012至16年"]),
        ("強化採樣監測於防疫期間114年10月26日迄11月30日止", ["114年10月26日迄11月30日"]),
        # A clock time after the day does not cut the date.
        ("農業局表示，截至7月22日16時，市府已受理農業損失救助", ["7月22日"]),
        ("今年前5个月，内地与香港贸易进出口值达1.9万亿元", ["前5个月"]),
        # 致電1999: a service number, not a year before a word.
        ("可立即向聯合服務中心或致電1999反映，市府絕對會全力協助", []),
    ],
)
def test_date_forms_of_the_new_genres(text, expected):
    assert texts(text, "DATE") == expected
    same_in_every_view(text)


# -- quantities: every order written with digits, shared units, prefixes ------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("「玉井農產加工及冷鏈物流中心」總經費6億3,900萬元，預計完工", ["6億3,900萬元"]),
        ("則是已完成1萬8千多筆申請受理", ["1萬8千多筆"]),
        (
            "單保費收入自新臺幣(以下同)3千3百餘萬元，增加至1億7千8百餘萬元",
            ["3千3百餘萬元", "1億7千8百餘萬元"],
        ),
        ("總經費投入高達新臺幣 1億3,327萬元，此舉有效", ["新臺幣 1億3,327萬元"]),
        (
            "已達932萬元(分別為300、785、915、1,425、9,320千元)",
            ["932萬元", "300、785、915、1,425、9,320千元"],
        ),
        ("这两次震动震级分别为ML1.8级和ML2.5级", ["ML1.8级", "ML2.5级"]),
        ("會在10至15個工作天內回覆投訴人", ["10至15個工作天"]),
        ("固網每日投入各區210人力，期在最短時間內恢復", ["210人力"]),
        ("南市府預計清運8,500公噸，20平方公尺以上", ["8,500公噸", "20平方公尺"]),
    ],
)
def test_quantity_forms_of_the_new_genres(text, expected):
    assert texts(text, "QUANT") == expected
    same_in_every_view(text)


def test_a_list_after_di_numbers_articles_and_shares_no_unit():
    # 第1、2、3条: the list numbers articles; it is not one amount of 条.
    assert not [q for q in texts("依第1、2、3条规定处罚5万元", "QUANT") if "、" in q]


# -- organisations: defined short names, the body written to, a field's first word ---------


def test_a_short_name_defined_in_brackets_is_the_body_wherever_it_recurs():
    text = (
        "一、貴公司未就給付通路報酬建立完善管控機制，致給付錠嵂保險經紀人股份有限公司"
        "(下稱錠嵂保經)廣告費用，卻無廣告之實。\n(一)貴公司自100年給付錠嵂保經廣告相關費用。"
    )
    assert texts(text, "ORG") == ["錠嵂保險經紀人股份有限公司", "錠嵂保經", "錠嵂保經"]
    same_in_every_view(text)


def test_a_defined_short_name_does_not_stretch_a_name_over_a_stop_word():
    # 下设: the office is set up under the group; the short name names the office.
    text = "区城市更新领导小组下设办公室（简称“区更新办”），负责日常工作"
    assert "区城市更新领导小组下设办公室" not in texts(text, "ORG")


@pytest.mark.parametrize(
    "text, expected",
    [
        # 贵公司 ("your company") in a decision addressed to it is no name.
        ("事實：\n(二)惟查貴公司於108年給付廣告費", []),
        ("網頁廣告費係貴公司給付", []),
        # A conjunction cannot open a field: 和 of 和泰 is part of the name.
        ("受處分人：和泰產物保險股份有限公司\n營利事業統一編號", ["和泰產物保險股份有限公司"]),
        ("即依規定，移送法務部行政執行署各分署辦理行政執行。", ["法務部行政執行署"]),
    ],
)
def test_organisations_of_decisions(text, expected):
    assert texts(text, "ORG") == expected
    same_in_every_view(text)


# -- places: a town with its county goes on into its village, which recurs alone -----------


def test_a_village_after_its_town_is_one_place_and_recurs_alone():
    text = (
        "湖北省巴东县官渡口镇马鬃山村地质险情调查专家组。"
        "专家组认为，马鬃山村房屋开裂主要是地震所致。"
    )
    assert texts(text, "LOC") == ["湖北省巴东县官渡口镇马鬃山村", "马鬃山村"]
    same_in_every_view(text)


def test_a_town_without_its_county_does_not_open_a_chain():
    # 城镇 is no town with its county: nothing joins it to the village word after it.
    assert texts("推进新型城镇和美丽乡村建设", "LOC") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "農業面臨0121地震造成東山、六甲、楠西、白河、柳營、大內等地龍眼烘焙窯受損嚴重",
            ["東山", "六甲", "楠西", "白河", "柳營", "大內"],
        ),
        (
            "近期共執行了包含北門、將軍、青山、鹿耳門及安平等重要漁港的疏浚工作",
            ["北門", "將軍", "青山", "鹿耳門", "安平"],
        ),
        ("以及北門、將軍、七股等區部分蔬果類作物", ["北門", "將軍", "七股"]),
        # Most members must be districts named bare: a list of crops is no list of places.
        ("包括文旦、酪梨、玉米、高粱等地區特產", []),
    ],
)
def test_a_list_closed_by_and_other_places_names_districts(text, expected):
    assert texts(text, "LOC") == expected
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("實測結果。\n法制處指出，會後並赴後壁區實測", ["法制處"]),
        ("【垃圾清運】\n環保局報告，截至7月22日，清潔人員出動", ["環保局"]),
        ("發稿單位：農業局\n發稿時間：114年12月18日", ["農業局"]),
        ("南市府表示，針對受災戶提供協助", ["南市府"]),
        # 各局處 ("every bureau") is no bureau.
        ("市府動員20局處，各局處也全力投入", []),
        # Not a clause's subject: 结局, 大局 stay words.
        ("这一结局表示各方已有共识", []),
    ],
)
def test_a_city_release_names_its_bureaus_bare(text, expected):
    assert texts(text, "ORG") == expected
    same_in_every_view(text)


# -- people: a full name before a title after any word, a body led by a person --------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("国务院：\n为落实曾培炎副总理对报告的批示", ["曾培炎"]),
        ("组织以华中科技大学刘广润院士为组长的专家组", ["刘广润"]),
        ("農業國際行銷，在黃偉哲市長帶領下仍積極推動", ["黃偉哲"]),
        ("选举产生了新一届理事会和以俞亦纲为主席的主席团", ["俞亦纲"]),
        # A body's name before a title is no person.
        ("中国科学院院士和中国工程院院士", []),
    ],
)
def test_people_named_before_their_title(text, expected):
    assert texts(text, "PER") == expected
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, etype, expected",
    [
        (
            "輔導「東山175休閒農業區」、「營墘休閒農業區」通過劃設",
            "LOC",
            ["東山175休閒農業區", "營墘休閒農業區"],
        ),
        ("「玉井農產加工及冷鏈物流中心」總經費6億3,900萬元", "LOC", ["玉井農產加工及冷鏈物流中心"]),
        # A quoted centre that is a body stays a body.
        ("由「香港生產力促進中心」負責", "ORG", ["香港生產力促進中心"]),
    ],
)
def test_a_quoted_zone_or_facility_is_the_place(text, etype, expected):
    assert texts(text, etype) == expected
    same_in_every_view(text)


def test_a_normative_document_number_keeps_its_whole_issuer():
    text = "根据《关于本市推进BIM技术应用的通知》（沪住建规范联〔2023〕14号）要求"
    assert "沪住建规范联〔2023〕14号" in texts(text, "DOC")
    same_in_every_view(text)


def test_a_park_written_after_its_district_is_one_place():
    text = "114年新增啟用關廟區大潭埤旺萊寵物友善公園，提供飼主友善空間"
    assert texts(text, "LOC") == ["關廟區大潭埤旺萊寵物友善公園"]
    same_in_every_view(text)

"""Round 18 of #13, ORG on batches 14 and 15 dev: a short name defined with 下文简称 / 下文称 (as
with 以下简称), and a rarer verb before a body's head (跨进法院, 承揽|州医院), with what must stay
as it is, in every script view. Lines of dev documents and written phrases."""

from __future__ import annotations

import pytest

from tests.core.entity_views import same_in_every_view, spans


def _of(text: str, kind: str) -> list[str]:
    return [s for s, t in spans(text) if t == kind]


@pytest.mark.parametrize(
    "text, short, times",
    [
        # dev, news-cn-xiangxi-hospital-bribery-2011 (batch 15)
        (
            "10年前，他担任湘西州人民医院(下文简称“州医院”)党委书记、副院长。"
            "州医院工作人员王某则表示：",
            "州医院",
            2,
        ),
        # written: 下文称, full-width brackets, no quotation marks
        ("甲方与长江港务集团有限公司（下文称港务集团）签约，港务集团负责装卸。", "港务集团", 2),
    ],
)
def test_a_short_name_defined_with_xiawen_is_the_body(text, short, times):
    assert _of(text, "ORG").count(short) == times, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, word",
    [
        # an announcement calling itself 公司 stays no name (以下简称 and 下文简称 alike)
        ("华宇科技股份有限公司（下文简称“公司”）董事会决定，公司将回购股份。", "公司"),
        # 下文 that defines nothing
        ("该公司（下文将详述）去年亏损。", "下文"),
    ],
)
def test_xiawen_that_defines_no_body_names_nothing(text, word):
    assert word not in _of(text, "ORG"), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, name",
    [
        # dev, news-cn-otis-tianjin-orders-2011 (batch 15): 的 is a syllable of 奥的斯 (Otis)
        (
            "记者就此向奥的斯官方进行征询，奥的斯电梯(中国)投资有限公司表示正面处理。",
            "奥的斯电梯(中国)投资有限公司",
        ),
        ("苏州新达与苏州江南快速电梯有限公司(隶属于奥的斯集团)存在业务关系。", "奥的斯集团"),
        # written: another transliteration with 的 (Addis Ababa)
        ("他在亚的斯亚贝巴大学任教。", "亚的斯亚贝巴大学"),
    ],
)
def test_de_inside_a_transliteration_is_no_edge(text, name):
    assert name in _of(text, "ORG"), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, name",
    [
        # 的 after a pronoun or a country is "of": the name starts after it
        ("他的斯巴达公司去年上市。", "斯巴达公司"),
        ("美国的斯坦福大学招生。", "斯坦福大学"),
        ("公司的罗斯集团宣布转让。", "罗斯集团"),
    ],
)
def test_de_after_a_word_stays_an_edge(text, name):
    assert name in _of(text, "ORG"), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, word",
    [
        # dev, news-cn-xiangxi-hospital-bribery-2011 (batch 15): a rarer verb and its object
        ("院长是个高危行业，一脚靠着医院，一脚靠着法院，稍一松懈，就跨进法院大门。", "跨进法院"),
        # written: the same shape with another rarer verb
        ("他们熟知医院的规矩。", "熟知医院"),
    ],
)
def test_a_rarer_verb_and_a_head_are_no_name(text, word):
    assert not any(word in s for s in _of(text, "ORG")), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, name, verb",
    [
        # dev, news-cn-xiangxi-hospital-bribery-2011: the short name after a rarer verb
        (
            "他担任湘西州人民医院(下文简称“州医院”)党委书记。次年，罗某为承揽州医院乾州新区宿舍工程。",
            "州医院",
            "承揽",
        ),
        # written: a rarer verb before a place-led name
        ("记者追查深圳市建设局的审批记录。", "深圳市建设局", "追查"),
    ],
)
def test_a_rarer_verb_ends_a_name_on_the_left(text, name, verb):
    found = _of(text, "ORG")
    assert name in found and not any(verb in s for s in found), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, name",
    [
        # names that open with a verb-like pair stay whole: the pair is no verb of the lists there
        ("中国建设银行与承德露露股份有限公司签约。", "承德露露股份有限公司"),
        ("县人民医院和州医院", "县人民医院"),
    ],
)
def test_names_near_rarer_verbs_stay_whole(text, name):
    assert name in _of(text, "ORG"), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, word",
    [
        # dev, news-hk-waste-charge-concerns-2019 (batch 15): trades of services are kinds
        ("垃圾徵費實施一年多，但業主、清潔公司及物管公司均反映對執行有疑問。", "公司"),
        ("適逢不少大廈管理公司的2年期清潔合約屆滿。", "公司"),
        # dev, news-cn-xiangxi-hospital-bribery-2011: a trade after an anonymising 某
        ("2006年，湖南某房地产开发公司法人代表陈某送钱。", "公司"),
        ("帮助彭某所在的电梯公司获得该工程的合同。", "公司"),
    ],
)
def test_a_trade_before_company_is_a_kind(text, word):
    assert not any(word in s for s in _of(text, "ORG")), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, name",
    [
        # a proper core before the trade stays a name
        ("康力电梯子公司与苏州江南快速电梯有限公司有业务往来。", "苏州江南快速电梯有限公司"),
        ("深圳市万科物业服务有限公司负责管理。", "深圳市万科物业服务有限公司"),
        ("香港保安服務公司協會發表聲明。", "香港保安服務公司協會"),
    ],
)
def test_a_proper_core_before_a_trade_stays_a_name(text, name):
    assert name in _of(text, "ORG"), spans(text)
    same_in_every_view(text)


# dev, gw-sh-jingan-heritage-developer-selection-2022 (batch 15): a list of bureaus closed by 等,
# then a list of matters in the same clause
_TWO_LISTS = (
    "区商务委、区投资办、区金融办、区文化旅游局、区房管局等在其职责范围内就风貌保护项目的"
    "运营要求、功能业态、历史文化价值、设计方案等进行明确并开展洽谈。"
)


def test_a_list_after_a_closed_list_of_bodies_is_no_list_of_bodies():
    found = _of(_TWO_LISTS, "ORG")
    assert "区房管局" in found and "区商务委" in found, spans(_TWO_LISTS)
    for word in ("运营要求", "功能业态", "历史文化价值", "设计方案"):
        assert not any(word in s for s in found), spans(_TWO_LISTS)
    same_in_every_view(_TWO_LISTS)


def test_a_list_of_bodies_before_another_keeps_its_unknown_members():
    # dev, news-hk-walking-library-reading-drive-2024 (batch 13): publishers, then schools
    text = (
        "10月3日至10月9日，裝載香港三聯書店、香港中華書局、香港商務印書館、萬里機構、新雅文化、"
        "香港教圖、香港中和出版及聯合培進等多間知名出版社捐贈的優質圖書的流動圖書車將駛入"
        "油蔴地街坊會學校、打鼓嶺嶺英公立學校、東華三院邱子田紀念中學、深培中學等香港10間中小學校，"
    )
    found = _of(text, "ORG")
    assert "萬里機構" in found and "新雅文化" in found, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        # dev, gw-sh-qibao-small-works-2020 (batch 14): owned by a level of government, a kind
        "13.项目户管单位（各村、合作社、镇属公司、相关部门、居委会）负责申报。",
        # written
        "由区属公司负责建设，市属医院负责救治。",
    ],
)
def test_a_body_owned_by_a_level_is_a_kind(text):
    found = _of(text, "ORG")
    assert not any(w in s for s in found for w in ("镇属", "区属", "市属")), spans(text)
    same_in_every_view(text)

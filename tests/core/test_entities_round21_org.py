"""Round 21 of #13, ORG: a document's own names tag their further mentions — a company named
with a bare head (集团, 公司) by its brand alone, a body met under a Latin name wherever that
name recurs. Checked against batch 16's dev part scored before and after without reading its
errors. Lines of dev documents and written phrases, with what must stay as it is, in every
script view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import same_in_every_view, spans


def _of(text: str, kind: str) -> list[str]:
    return [s for s, t in spans(text) if t == kind]


@pytest.mark.parametrize(
    "text, brand, times",
    [
        # dev, news-tw-owlting-stellar-investment (batch 15)
        (
            "奧丁丁集團宣布獲得美國Stellar基金會策略性投資。透過雙方合作，奧丁丁將與"
            "Stellar共同推動。奧丁丁本輪募資成功吸引了來自各界的投資人。",
            "奧丁丁",
            2,
        ),
        # dev, press-tw-tainan-typhoon-relief (batch 3): 遠傳 of 遠傳公司, not of 遠傳電信
        (
            "市府邀集中華電信、遠傳電信等業者。在遠傳部分，遠傳公司表示仍有專人處理，"
            "民眾７月底前都可到遠傳門市免費充電。",
            "遠傳",
            2,
        ),
        # written, mainland: a group named in full, then by its brand
        ("江苏恒瑞集团今年增资扩产。恒瑞新建的生产线已投产。", "恒瑞", 1),
    ],
)
def test_a_company_named_with_its_bare_head_is_named_by_its_brand_later(text, brand, times):
    assert _of(text, "ORG").count(brand) == times, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, word",
    [
        # written: kinds of company before a bare head name no brand
        ("该子公司负责生产。子公司的利润下降。", "子"),
        ("本公司决定增资。本年度公司利润增长。", "本"),
        # written: a place before the head is a place, not a brand (中国 of 中国公司)
        ("多家中国公司参展。中国代表团出席。", "中国"),
        # dev-like (batch 6): the brand before 园区 is the company's site, a place
        ("漢翔公司今年擴廠，活動選在漢翔園區舉辦。", "漢翔"),
        # dev-like (batch 3): the brand before 电信 is the longer name's start
        ("台灣大哥大公司表示，台灣大哥大電信等業者已完成搶修。", "大哥大"),
    ],
)
def test_what_stays_no_brand(text, word):
    assert word not in _of(text, "ORG"), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, name, times",
    [
        # dev, news-tw-korea-crash-bird-strike (batch 13)
        (
            "美國國家運輸安全委員會（NTSB）派員協助。調查團表示，送交NTSB分析的黑盒子"
            "資料缺少最後4分鐘。",
            "NTSB",
            2,
        ),
        # written: a Latin name glossed once, then alone
        (
            "国际展览业协会（UFI）在澳门举行年会。旅博会获UFI认证。",
            "UFI",
            2,
        ),
    ],
)
def test_a_body_met_under_its_latin_name_is_that_body_where_the_name_recurs(text, name, times):
    assert _of(text, "ORG").count(name) == times, spans(text)
    same_in_every_view(text)


def test_a_latin_name_inside_a_longer_latin_word_stays_untagged():
    text = "美国在台协会（AIT）发表声明。请WAIT一下，AITX不是它。"
    orgs = _of(text, "ORG")
    assert orgs.count("AIT") == 1, spans(text)
    same_in_every_view(text)

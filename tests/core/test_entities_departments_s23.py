"""Session 23 (e42, #13): a department named by its standard name alone — its remit and a head,
without the place (统计局, 生态环境局, 觀光旅遊局, 發展改革和統計局). Lines of dev documents, in
every script view, and what must stay as it is: the level's own department, a province's kind
of department in an address line, a known short name inside a longer standard name."""

from __future__ import annotations

import pytest

from gui.core.entities.departments import department_start
from tests.core.entity_views import assert_found_in_order, of_type, same_in_every_view, spans


@pytest.mark.parametrize(
    "text, bodies",
    [
        # dev, gw-sh-major-transport-works-factor-guarantee-2024: a verb before the department
        (
            "红线和噪音治理的，开展不可规避性论证，并征询生态环境局书面意见；涉及生态保护红线的",
            ["生态环境局"],
        ),
        # dev, press-tw-tainan-national-day-events-2026: Tainan's bureau at a paragraph's start
        ("歡迎大家安排一趟臺南小旅行。\n\n觀光旅遊局林國華局長表示，今年國慶連假", ["觀光旅遊局"]),
        # dev, report-cn-central-departments-directory-2025: the Party's committee by its remit
        ("2021/4/26，新增政法委12337政法干警违纪违法举报平台", ["政法委"]),
        # dev, gw-tw-moea-import-regulations-article9-amendment-2005: after 經 "by"
        ("四、輸入人道救援物資。\n五、其他經貿易局核定者。", ["貿易局"]),
        # dev, press-mo-hengqin-executive-committee-reform-2026: the zone's nine bureaux, remits
        # joined by 和 among them
        (
            "改革後，執委會共設置9個工作機構，依次為：行政法務局、發展改革和統計局、財政局、"
            "產業發展局、金融發展局、民生事務局、商事服務局、城市規劃和建設局、人才發展和社會保障局。",
            [
                "行政法務局",
                "發展改革和統計局",
                "財政局",
                "產業發展局",
                "金融發展局",
                "民生事務局",
                "商事服務局",
                "城市規劃和建設局",
                "人才發展和社會保障局",
            ],
        ),
    ],
)
def test_a_department_by_its_standard_name(text, bodies):
    assert_found_in_order(text, "ORG", bodies)


def test_known_short_name_inside_a_standard_name_is_not_taken_alone():
    # dev, press-mo-hengqin-executive-committee-reform-2026: 發展局 (Hong Kong's) and 法務局
    # (Macau's) are known bodies, but here they end longer standard names
    text = "原經濟發展局更名為產業發展局，進一步強化對合作區產業的支持；組建行政法務局。"
    found = of_type(text, "ORG")
    assert "發展局" not in found and "法務局" not in found, spans(text)


def test_what_stays_as_it_is():
    # dev, gw-cn-mohrss-working-days-2008: every province's department, with its other head
    text = "各省、自治区、直辖市劳动和社会保障厅（局）：\n根据《全国年节及纪念日放假办法》"
    assert not any("社会保障厅" in o for o in of_type(text, "ORG")), spans(text)
    # dev, reg-cn-ic-layout-enforcement-2001: 直辖市的 "the municipalities'": a kind
    text = "各省、自治区、直辖市的知识产权局应当协助、配合国家知识产权局开展集成电路"
    assert "知识产权局" not in of_type(text, "ORG"), spans(text)
    # dev, gw-sh-chongming-checkup-2021: the level word is the department's own
    text = "区财政局、区规划资源局、区生态环境局、区农业农村委、区科委、区住房保障局"
    assert "区农业农村委" in of_type(text, "ORG"), spans(text)


def test_a_modifier_alone_names_no_department():
    # written: 发展局, 管理局 alone are no standard names; 统计局 is
    assert department_start("发展", "局") == -1
    assert department_start("管理", "局") == -1
    assert department_start("统计", "局") == 0
    assert department_start("征询生态环境", "局") == 2
    assert department_start("统计", "公司") == -1


@pytest.mark.parametrize(
    "text, body",
    [
        # dev, news-cn-xinjiang-sports-bureau-kinship-pairing-2017
        ("从今年住村工作开始，在自治区体育局39名县处级以上干部陆续", "自治区体育局"),
        # dev, gw-cn-sandu-fishery-regulation-amendment-decision-2022
        ("县流域情况划定禁渔区并向自治县人大常委会报告。", "自治县人大常委会"),
    ],
)
def test_an_autonomous_divisions_level_word(text, body):
    # 自治 is no verb before 区: the autonomous region's bureau is the level's, whole
    found = of_type(text, "ORG")
    assert body in found and body[2:] not in found, spans(text)
    same_in_every_view(text)


def test_a_place_before_a_standard_name_with_joined_remits():
    # dev, gw-cn-badong-geohazard-reply-2004: the city's bureau whole, though 和 stops names
    text = "湖北省国土资源厅和重庆市国土资源和房屋管理局又分别对马鬃山村地质险情"
    found = of_type(text, "ORG")
    assert found[:2] == ["湖北省国土资源厅", "重庆市国土资源和房屋管理局"], spans(text)
    same_in_every_view(text)

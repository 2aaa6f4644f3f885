"""Round 30 of #13, ORG on the dev parts of batches 23 and 24: the parties of a building project
named by their work (建设、施工、监理等单位), the language of shareholdings (X股份 "X's shares",
X控股股东, 出让方, 发行股份), a discipline's 与 inside a school's name (核科学与技术学院) and a
level word before a body (区级审批审查中心: each district's centre). Lines of dev documents, in
every script view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import of_type, same_in_every_view, spans

# dev, gw-sh-foundation-pit-monitoring-plan-2023
_ROLES = "（一）建设、施工、监理、监测等有关单位需按照基坑工程信息化系统使用手册的要求进行相关信息上传，确保上传资料准确、完整。"


def test_project_roles_before_their_units_are_no_bodies():
    assert of_type(_ROLES, "ORG") == []
    # nor, once listed, where the same work is named again
    text = (
        _ROLES
        + "建设单位应会同设计、施工、监理、监测等单位根据监测数据，结合现场情况进行综合分析。"
    )
    assert of_type(text, "ORG") == []
    same_in_every_view(text)


def test_named_companies_before_their_kind_stay():
    # the seed document: named firms before 等企業 are organisations, 中牧股份 with its 股份
    text = "支持海默科技、耐馳泵業、中農威特、中牧股份等企業積極拓展海外市場,開展科技合作。"
    found = of_type(text, "ORG")
    assert "中牧股份" in found and "海默科技" in found, spans(text)


@pytest.mark.parametrize(
    "text, bodies, not_bodies",
    [
        # dev, news-cn-meishi-tech-share-reduction-2026
        (
            "以集中竞价方式减持魅视科技股份不超过1,434,321股（占魅视科技总股本比例1%）",
            ["魅视科技", "魅视科技"],
            ["魅视科技股份"],
        ),
        (
            "与魅视科技实际控制人、董事长、总经理方华为一致行动人，直接持有魅视科技股份27,319,090股",
            ["魅视科技", "魅视科技"],
            ["魅视科技股份"],
        ),
        # dev, news-cn-jingfeng-mingyuan-share-transfer-2026
        (
            "晶丰明源控股股东、实际控制人间接持有的晶丰明源股份不参与此次询价转让。",
            ["晶丰明源", "晶丰明源"],
            ["晶丰明源控股", "晶丰明源股份"],
        ),
        (
            "本次询价转让的出让方海南晶哲瑞创业投资合伙企业（有限合伙）非晶丰明源控股股东、实际控制人",
            ["海南晶哲瑞创业投资合伙企业（有限合伙）", "晶丰明源"],
            ["方海南晶哲瑞创业投资合伙企业（有限合伙）"],
        ),
        (
            "截至2026年6月11日，出让方所持首发前股份的数量为18,690,279股，占晶丰明源总股本比例9.18%。",
            ["晶丰明源"],
            ["方所持首发前股份", "所持首发前股份"],
        ),
        (
            "晶丰明源部分董事及高级管理人员通过出让方间接持有公司股份。",
            ["晶丰明源"],
            ["方间接持有公司", "间接持有公司"],
        ),
        (
            "本次向特定对象发行股份募集配套资金的发行数量最终为16,861,826股",
            [],
            ["发行股份", "象发行股份"],
        ),
    ],
)
def test_shareholding_frames(text, bodies, not_bodies):
    found = of_type(text, "ORG")
    assert all(found.count(b) >= bodies.count(b) for b in bodies), spans(text)
    assert not set(found) & set(not_bodies), spans(text)
    same_in_every_view(text)


def test_a_company_named_with_its_shares_suffix_stays():
    # 股份 as the suffix of a registered name, no count after it
    text = "出让方委托中信证券股份有限公司组织实施本次询价转让。"
    assert "中信证券股份有限公司" in of_type(text, "ORG"), spans(text)


def test_discipline_with_and_inside_a_school():
    # dev, news-cn-lanzhou-lithium-isotope-detection-2026
    text = "记者11日从兰州大学获悉，该校稀有同位素前沿科学中心、核科学与技术学院刘作业教授团队首次"
    found = of_type(text, "ORG")
    assert "核科学与技术学院" in found and "核科学" not in found, spans(text)
    same_in_every_view(text)


def test_level_word_before_a_body_is_a_kind():
    # dev, gw-sh-construction-business-environment-plan-2026
    text = (
        "1.深化“一个中心”建设。贯彻落实区级审批审查中心建设工作指引，加强机构设置，明确职责定位。"
    )
    assert "区级审批审查中心" not in of_type(text, "ORG"), spans(text)
    same_in_every_view(text)


def test_a_departments_staff_association_is_one_body_with_it():
    # dev, news-hk-rthk-immigration-detention-2020
    text = (
        "香港入境事務助理員工會、香港入境處員佐級總會及香港入境事務處人員協會（以下簡稱入境處四會）"
    )
    found = of_type(text, "ORG")
    assert "香港入境處員佐級總會" in found and "香港入境事務處人員協會" in found, spans(text)
    assert "香港入境處" not in found and "香港入境事務處" not in found, spans(text)
    same_in_every_view(text)

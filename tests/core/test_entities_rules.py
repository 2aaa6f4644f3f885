"""Each rule family of the recogniser on its own examples (Simplified input)."""

from __future__ import annotations

import pytest

from gui.core.entities import Entity, recognise


def found(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in recognise(text)]


def spans_of(text: str, etype: str) -> list[str]:
    return [e.text for e in recognise(text) if e.type == etype]


def test_entity_is_frozen_with_text_coordinates():
    ents = recognise("2021年，兰州高新区集聚企业200家。")
    assert ents[0] == Entity(0, 5, "DATE", "2021年")
    with pytest.raises(AttributeError):
        ents[0].start = 3  # type: ignore[misc]


# -- DOC and TERM --------------------------------------------------------------------------


def test_titles_include_marks_and_hide_what_is_inside():
    text = "印发《国务院关于促进国家高新技术产业开发区高质量发展的若干意见》，落实《中华人民共和国促进科技成果转化法》。"
    assert found(text) == [
        ("DOC", "《国务院关于促进国家高新技术产业开发区高质量发展的若干意见》"),
        ("DOC", "《中华人民共和国促进科技成果转化法》"),
    ]


def test_nested_title_is_one_span():
    text = "《国务院关于印发实施〈中华人民共和国促进科技成果转化法〉若干规定的通知》"
    assert found(text) == [("DOC", text)]


def test_quoted_terms_include_marks():
    text = "在原有“4+7”政策基础上，推行“揭榜挂帅”和「放管服」改革。"
    assert spans_of(text, "TERM") == ["“4+7”", "“揭榜挂帅”", "「放管服」"]


# -- DATE ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2021年2月，", ["2021年2月"]),
        ("于2021年5月1日起施行", ["2021年5月1日"]),
        ("2020年至2022年期间", ["2020年至2022年"]),
        ("2021—2025年规划", ["2021—2025年"]),
        ("9月16日至18日举办", ["9月16日至18日"]),
        ("记者15日获悉", ["15日"]),
        ("2021年度预算和2021年末余额", ["2021年度", "2021年末"]),
        ("2024年第一季度经济", ["2024年第一季度"]),
        ("2023年1-6月，全市", ["2023年1-6月"]),
        ("二〇二一年四月十二日", ["二〇二一年四月十二日"]),
    ],
)
def test_dates(text, expected):
    assert spans_of(text, "DATE") == expected


def test_deictic_words_are_not_annotated_but_half_years_are():
    # Second edition: 上半年 is a DATE; 今年, 上年, 过去一年 standing alone are not.
    assert spans_of("今年上半年、上年同期和过去一年", "DATE") == ["上半年"]


# -- QUANT ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("集聚企业近200家，实现总产值140亿元", ["200家", "140亿元"]),
        ("占全省30%以上", ["30%"]),
        ("达到20个以上", ["20个"]),
        ("高于全省0.6个百分点", ["0.6个百分点"]),
        ("亩均税收5.27万元/亩", ["5.27万元/亩"]),
        ("建筑面积1.5万平方米", ["1.5万平方米"]),
        ("发放45万余份，历时30多年", ["45万余份", "30多年"]),
        ("排名前30名", ["30名"]),
        ("城镇新增就业1200万人，用时6个月", ["1200万人", "6个月"]),
        ("用电6.42亿度，约3.8万亿元", ["6.42亿度", "3.8万亿元"]),
        ("压缩至1个工作日以内", ["1个工作日"]),
    ],
)
def test_quantities(text, expected):
    assert spans_of(text, "QUANT") == expected


def test_not_quantities():
    # Chinese numerals, ordinals, ratios, fractions, tech names, phone numbers, postcodes.
    text = (
        "三大产业结构为8.1:39.5:52.4，仅为1/10，建成5G基站，第3名，电话：010-88656100，邮编：100045"
    )
    assert spans_of(text, "QUANT") == []


# -- ORG -----------------------------------------------------------------------------------


def test_org_suffix_with_left_boundary():
    text = "与中科院兰州分院、兰州大学、西北师范大学、甘肃省科学院等科研院所建立合作关系"
    assert spans_of(text, "ORG") == ["中科院兰州分院", "兰州大学", "西北师范大学", "甘肃省科学院"]


def test_org_left_boundary_stops_at_verbs():
    text = "建成稀土功能材料产业研究院，设立兰州高新区(北欧)离岸创新中心，并与兰州市科技局共同举办"
    assert spans_of(text, "ORG") == [
        "稀土功能材料产业研究院",
        "兰州高新区(北欧)离岸创新中心",
        "兰州市科技局",
    ]


def test_generic_designations_are_not_orgs():
    text = (
        "组建了一批协同创新工作站，认定省级企业技术中心15家，建设研发中心，形成新发展格局，全面部署"
    )
    assert spans_of(text, "ORG") == []


def test_known_bodies_and_level_prefixed_bureaus():
    text = (
        "经国务院批准，13家孵化器被纳入科技部统计系统，由省科技厅会同市商务局负责，各科技部门配合"
    )
    assert spans_of(text, "ORG") == ["国务院", "科技部", "省科技厅", "市商务局"]


def test_generic_government_is_not_org():
    assert spans_of("在省委、省政府和市委的领导下，市人民政府向大会报告", "ORG") == []


def test_enumeration_before_deng_qiye():
    text = "集聚中牧股份、中农威特、奇正藏药、陇神戎发、兰州生物等企业近200家"
    assert spans_of(text, "ORG") == ["中牧股份", "中农威特", "奇正藏药", "陇神戎发", "兰州生物"]


def test_names_from_a_list_are_found_everywhere():
    text = "支持海默科技、耐驰泵业等企业拓展市场。海默科技还设立了海外仓。"
    assert spans_of(text, "ORG") == ["海默科技", "耐驰泵业", "海默科技"]


# -- LOC -----------------------------------------------------------------------------------


def test_places_from_the_gazetteer():
    text = (
        "每年新增高新技术企业占甘肃省30%以上，发挥兰州科研院所集中的优势，开拓北欧市场，落户城关区"
    )
    assert spans_of(text, "LOC") == ["甘肃省", "兰州", "北欧", "城关区"]


def test_named_zones_but_not_generic_ones():
    text = "为兰白国家自主创新示范区建设提供支撑，支持苏州工业园区、昆山经开区发展，建设国家自主创新示范区，增速居全省国家级经开区前列，进驻园区"
    assert spans_of(text, "LOC") == ["兰白国家自主创新示范区", "苏州工业园区", "昆山经开区"]


def test_place_inside_an_org_is_not_separate():
    assert found("兰州大学特色药物健康产业发展工作站") == [
        ("ORG", "兰州大学特色药物健康产业发展工作站")
    ]


def test_entities_inside_non_entity_names():
    assert found("成功举办第十届中国创新创业大赛") == [("LOC", "中国")]


# -- PER -----------------------------------------------------------------------------------


def test_people_by_title():
    text = "（记者王晓明）该校徐明轩教授团队与省长李建华会见，高级工程师参加"
    assert spans_of(text, "PER") == ["王晓明", "徐明轩", "李建华"]


# -- footers -------------------------------------------------------------------------------


def test_footer_publisher_and_address_but_not_numbers():
    text = (
        "科学技术部火炬高技术产业开发中心 京ICP备05034026号-1 京公网安备 11010202000532号\n"
        "地址:北京市西城区三里河二区甲18号 邮编:100045 联系电话:010-88656100"
    )
    assert found(text) == [
        ("ORG", "科学技术部火炬高技术产业开发中心"),
        ("LOC", "北京市西城区三里河二区甲18号"),
    ]


def test_unlabelled_postal_address():
    assert spans_of("办公地点位于安徽省合肥市蜀山区梅山路18号。", "LOC") == [
        "安徽省合肥市蜀山区梅山路18号"
    ]


# -- regressions found on real reports of the genre ----------------------------------------


def test_ascii_comma_is_a_boundary_before_numbers_and_years():
    text = "活动上,64个项目集中签约,1992年再度新增25家"
    assert found(text) == [("QUANT", "64个"), ("DATE", "1992年"), ("QUANT", "25家")]


def test_thousands_separator_stays_inside_a_number():
    assert spans_of("总额1,234亿元", "QUANT") == ["1,234亿元"]


def test_department_remit_with_he_is_one_name():
    text = "杭州市余杭区发展和改革局、市人力资源和社会保障局联合发文"
    assert spans_of(text, "ORG") == ["杭州市余杭区发展和改革局", "市人力资源和社会保障局"]


def test_enumeration_with_words_between_deng_and_head():
    text = "涉及一汽解放、玲珑轮胎、法雷奥等多家行业内龙头企业"
    assert spans_of(text, "ORG") == ["一汽解放", "玲珑轮胎", "法雷奥"]


def test_zone_cores_must_be_place_like():
    text = "碧江高新区签约项目，成功创建全国科普示范区，获评强县建设示范县"
    assert found(text) == [("LOC", "碧江高新区")]


def test_decades_and_centuries_are_dates_not_quantities():
    # A decade takes its part like a year its suffix (2021年末): 90年代初 is one span.
    assert found("20世纪80年代以来，90年代初") == [
        ("DATE", "20世纪80年代"),
        ("DATE", "90年代初"),
    ]


def test_place_short_forms_inside_common_words_are_not_places():
    assert found("确保定期召开会议，推广安全生产经验，各自贡献力量，使用大理石") == []
    assert spans_of("保定市、广安、自贡和大理", "LOC") == ["保定市", "广安", "自贡", "大理"]


def test_foreign_country_before_an_institution_is_a_separate_place():
    text = "与日本理化学研究所、美国哈佛大学学者合作，美国国家科学院公布名单"
    assert found(text) == [
        ("LOC", "日本"),
        ("ORG", "理化学研究所"),
        ("LOC", "美国"),
        ("ORG", "哈佛大学"),
        ("ORG", "美国国家科学院"),
    ]


def test_percent_ranges_compound_units_and_times_of_day():
    text = "亩均增产10%~15%，浓度降至32微克/立方米，上午9时30分开幕，得分92.5分"
    assert spans_of(text, "QUANT") == ["10%~15%", "32微克/立方米", "92.5分"]


def test_bylines_with_spaces():
    assert spans_of("（记者 王晓明 通讯员 李华）市长 葛斌表示", "PER") == ["王晓明", "李华", "葛斌"]


def test_remit_words_inside_a_name_that_starts_with_a_place():
    text = "河南省铁路建设投资集团有限公司、上海市投资促进服务中心致辞；支持无锡高新区建设技术交易分中心"
    assert found(text) == [
        ("ORG", "河南省铁路建设投资集团有限公司"),
        ("ORG", "上海市投资促进服务中心"),
        ("LOC", "无锡高新区"),
    ]


def test_enumeration_with_a_count_and_modifiers():
    assert found("吸引了菲谱光电、老鹰基金等8家高新技术企业参加") == [
        ("ORG", "菲谱光电"),
        ("ORG", "老鹰基金"),
        ("QUANT", "8家"),
    ]


def test_two_enumerations_in_one_clause():
    text = "对南京大学、东南大学等高校和江苏省产业技术研究院等新型研发机构给予奖补"
    assert spans_of(text, "ORG") == ["南京大学", "东南大学", "江苏省产业技术研究院"]


def test_party_committee_titles_and_qizhong_are_not_entities():
    assert found("区委常委、常务副区长出席，其中国家级平台5个") == [("QUANT", "5个")]


def test_department_of_a_ministry_and_titles_after_common_nouns():
    assert found("商务部外资司负责，公司的项目经理介绍，王强经理表示") == [
        ("ORG", "商务部外资司"),
        ("PER", "王强"),
    ]


def test_numeric_dates():
    text = "发布时间：2021-03-15，2021/3/15和2021.3.15，但1.2.3和2021-03不是"
    assert spans_of(text, "DATE") == ["2021-03-15", "2021/3/15", "2021.3.15"]


def test_people_before_speech_verbs_and_after_long_titles():
    text = "。王晓明表示，该公司表示，副主任顾月明分别致辞，秘书长王晓利以及嘉宾出席"
    assert spans_of(text, "PER") == ["王晓明", "顾月明", "王晓利"]


def test_national_designations_and_facilities_named_centre_are_not_orgs():
    text = "依托合肥综合性国家科学中心，贵安新区数据中心，兰州市政务服务中心"
    assert found(text) == [("LOC", "合肥"), ("LOC", "贵安新区"), ("ORG", "兰州市政务服务中心")]


def test_enumeration_items_joined_by_yu_inside_the_list():
    text = "支持电子科技大学、西南交通大学与华为、腾讯、中国移动等企业共建联合实验室"
    assert spans_of(text, "ORG") == ["电子科技大学", "西南交通大学", "华为", "腾讯", "中国移动"]


def test_list_members_when_the_last_item_runs_on():
    text = "比亚迪、广汽埃安、上汽大众长沙基地一季度累计生产整车。新能源、智能制造、比亚迪领域"
    assert spans_of(text, "ORG") == ["比亚迪", "广汽埃安", "上汽大众", "比亚迪"]


def test_pair_with_a_known_organisation():
    text = "星云股份和时代星云分别入选，兰州大学和企业共同参与，国务院和地方联动"
    assert spans_of(text, "ORG") == ["星云股份", "时代星云", "兰州大学", "国务院"]

"""Session 28 (e52, #13): places of 公文 and reports the readers cut or missed — a river's basin
with its river and the river bare after it (卫河流域 … 卫河保护), a river by its bank (信江右岸),
a port's shoreline that is no port of entry (港口岸线), towns before 区域 and towns in 水镇, and
a postal code written against a labelled address, a transit station by its place (臺南轉運站).
Lines of dev documents (named) and invented
lines where a pattern needs its form or its negative, in every script view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import of_type, same_in_every_view, spans


@pytest.mark.parametrize(
    "text, places",
    [
        # dev b55, gw-ha-jiaozuo-weihe-river-coordinated-protection-decision-2023
        ("贯彻习近平生态文明思想，加强卫河流域生态环境保护，防御、减轻洪涝灾", ["卫河流域"]),
        ("一、在卫河流域开展生态保护和灾害防治及其监督", ["卫河流域"]),
        # invented: another river, a preposition before it
        ("为沱江流域治理提供保障", ["沱江流域"]),
    ],
)
def test_a_basin_is_one_place_with_its_river(text, places):
    found = of_type(text, "LOC")
    assert found == places, spans(text)
    same_in_every_view(text)


def test_the_river_of_a_basin_is_named_bare_after_it():
    # dev b55, the same decision: the basin first, then the river bare (对卫河, 建立健全卫河…)
    text = (
        "加强卫河流域生态环境保护。二、卫河保护应当坚持统筹规划、区域协同。"
        "县级人民政府应当加强对卫河保护工作的领导，建立健全卫河保护工作联席会议制度。"
    )
    assert of_type(text, "LOC") == ["卫河流域", "卫河", "卫河", "卫河"], spans(text)
    same_in_every_view(text)


def test_no_bare_river_without_its_basin():
    # invented: 卫河 written alone is not read from nothing
    assert "卫河" not in of_type("二、卫河保护应当坚持统筹规划。", "LOC")


@pytest.mark.parametrize(
    "text, places",
    [
        # dev b53, gw-jx-provincial-government-yingtan-port-master-plan-reply-2020
        ("流口岸线：信江左岸流口镇下游，岸线长100米，规划为旅游客运岸线。", ["信江"]),
        ("城东花园岸线：信江右岸大岩苏家至刘家，岸线长600米", ["信江"]),
    ],
)
def test_a_river_by_its_bank(text, places):
    found = of_type(text, "LOC")
    assert all(p in found for p in places), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        # dev b53, the same reply: 港口 + 岸线, no 口岸 (port of entry)
        ("鹰潭港规划港口岸线7116米，其中已开发利用55米。", "规划港口岸"),
        ("规划港口岸线2616米。", "规划港口岸"),
    ],
)
def test_a_ports_shoreline_is_no_port_of_entry(text, absent):
    found = of_type(text, "LOC")
    assert absent not in found and "鹰潭港规划港口岸" not in found, spans(text)
    same_in_every_view(text)


def test_a_port_of_entry_before_its_bus_lines_stays():
    # invented: 口岸 + 线路 is the port and its lines
    assert "横琴口岸" in of_type("开通横琴口岸线路", "LOC")


@pytest.mark.parametrize(
    "text, towns",
    [
        # dev b57, report-cn-liuhe-strategic-emerging-industries-2022: towns before 区域, 水镇
        (
            "柳河县域内风力资源较好的四个区域分别为：凉水镇至孤山子镇区域、三源浦镇至红石镇区域、"
            "安口镇至向阳镇区域、亨通镇至圣水镇区域。",
            ["凉水镇", "孤山子镇", "三源浦镇", "红石镇", "安口镇", "亨通镇", "圣水镇"],
        ),
        ("风力资源总量约450—500MW，其中：向阳镇区域约150MW，圣水镇约300MW。", ["圣水镇"]),
        # dev b38, stats-cn-pingtan-2012-statistical-bulletin
        ("平潭馆落户流水镇五埕村，该馆", ["流水镇五埕村"]),
    ],
)
def test_towns_before_a_region_and_in_shui(text, towns):
    found = of_type(text, "LOC")
    assert all(t in found for t in towns), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text", ["增强城乡区域发展新动能", "全镇区域内统一规划", "江南水乡风貌", "加强镇区管理"]
)
def test_words_of_town_and_region_are_no_towns(text):
    assert not [p for p in of_type(text, "LOC") if p[-1:] in "镇乡"], spans(text)


@pytest.mark.parametrize(
    "text, address",
    [
        # dev b54, gw-tw-doh-nursing-personnel-act-rules-draft-notice-2012
        ("護理及健康照護處\n(二)地址：10341台北市大同區塔城街36號", "台北市大同區塔城街36號"),
        # dev b58, gw-tw-tainan-labour-care-worker-training-class-applications-notice-2024
        (
            "電話：06-6333022，地址：73001臺南市新營區民治路36號(世紀大樓10樓)",
            "臺南市新營區民治路36號(世紀大樓10樓)",
        ),
        # invented: a three-digit code, and the spaced one as before
        ("地址：100臺北市中正區忠孝東路一段1號", "臺北市中正區忠孝東路一段1號"),
        ("地址：708201 台南市安平区永华路2段6号", "台南市安平区永华路2段6号"),
        # invented: a house number is no postal code
        ("地址：100号大楼三层", "100号大楼三层"),
    ],
)
def test_a_postal_code_against_the_address_is_no_part_of_it(text, address):
    assert address in of_type(text, "LOC"), spans(text)
    same_in_every_view(text)


def test_a_transit_station_is_named_by_its_place():
    # dev b58, press-tw-tainan-tpass-monthly-pass-ipass-money-app-2024
    text = "第四則是至臺南轉運站、新營轉運站、麻豆轉運站或關廟轉運站設置的TPASS"
    assert of_type(text, "LOC") == ["臺南轉運站", "新營轉運站", "麻豆轉運站", "關廟轉運站"], spans(
        text
    )
    same_in_every_view(text)


@pytest.mark.parametrize("text", ["而不是等到捷運、轉運站或相關建設完成後", "开展一级客运站等项目"])
def test_a_station_of_no_place_is_no_name(text):
    # dev b22, press-tw-tncc-final-interpellation-2026; dev b38, a county's bulletin
    assert of_type(text, "LOC") == [], spans(text)


@pytest.mark.parametrize(
    "text, place",
    [
        # dev b53, gw-jx-provincial-government-yingtan-port-master-plan-reply-2020
        ("中童岸線：信江左岸中童鎮界牌大橋上游800米至下游400米", "中童鎮界牌大橋"),
        ("石港岸線：信江右岸錦江鎮石港大橋下游200米至石港楊家", "錦江鎮石港大橋"),
        # dev b57, report-cn-liuhe-strategic-emerging-industries-2022 (no 的 in the town)
        ("并建有库容量2468万立方米的安口镇大迫子水库；年均日照发电时长", "安口镇大迫子水库"),
    ],
)
def test_a_town_and_its_bridge_or_reservoir_are_one_place(text, place):
    found = of_type(text, "LOC")
    assert place in found and "的安口镇" not in found, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, town",
    [
        # dev b42, news-cn-cctv-xwlb-transcript-20021001; dev b36, news-cn-xwlb-transcript-20260621
        ("的现场搬到了沂蒙山区的朱田镇，之前，他们用节省下", "朱田镇"),
        ("距离银川40公里的闽宁镇，蓝色光伏海闪耀", "闽宁镇"),
    ],
)
def test_a_particle_opens_no_towns_name(text, town):
    assert town in of_type(text, "LOC"), spans(text)


def test_a_town_in_a_list_is_no_person():
    # dev b57, report-cn-liuhe-strategic-emerging-industries-2022: 向 + 阳镇 read as a name
    text = "通过金风科技和华润电力测风数据得知，向阳镇和圣水镇年均风速阈值约每秒5.5米"
    assert of_type(text, "PER") == [] and "圣水镇" in of_type(text, "LOC"), spans(text)


def test_an_airport_named_in_full_is_its_short_form_after():
    # dev b59, news-tw-nownews-songshan-airport-relocation-explainer-2026
    text = (
        "2006年參選台北市長的謝長廷，同樣提出松山機場遷移構想。"
        "此外，松機是軍民合用機場，軍方也有需求。離島航線怎辦？桃機場能否接手？"
    )
    found = of_type(text, "LOC")
    assert "松山機場" in found and "松機" in found and "桃機" not in found, spans(text)
    same_in_every_view(text)


def test_no_airport_short_form_without_the_airport():
    # invented: 松机 alone is not read from nothing
    assert "松機" not in of_type("此外，松機是軍民合用機場。", "LOC")


@pytest.mark.parametrize(
    "text, places",
    [
        # dev b58, news-tw-tvbs-typhoon-haikui-japan-forecast-track-2023
        ("颱風將影響日本沖繩縣的先島群島（宮古群島、八重山群島）。", ["宮古群島", "八重山群島"]),
        ("據，海葵颱風目前位於沖繩群島南方海域，中心位置", ["沖繩群島"]),
    ],
)
def test_an_archipelago_by_its_short_name(text, places):
    found = of_type(text, "LOC")
    assert all(p in found for p in places), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize("text", ["大小群岛星罗棋布", "太平洋上的群岛国家"])
def test_kinds_of_archipelago_are_no_names(text):
    assert not [p for p in of_type(text, "LOC") if p.endswith("群岛")], spans(text)


@pytest.mark.parametrize(
    "text",
    [
        # dev b59, news-tw-nownews-songshan-airport-relocation-explainer-2026
        "此執行北部緊急救援及離島運送任務。\n離島航線怎辦？",
        "包括金門、馬祖、澎湖等離島航線長期是松機的重要運量來源",
        # dev b50, news-tw-tvbs-penghu-doctor-hou-wu-chung-mourned-2017
        "偏鄉醫療資源不足，離島居民長期面臨醫師荒的問題",
    ],
)
def test_taiwans_outlying_islands_as_a_kind_are_no_place(text):
    assert "離島" not in of_type(text, "LOC"), spans(text)


def test_hong_kongs_islands_district_stays():
    # dev b23, news-hk-postponed-election-candidates-2020; dev b7 (Macau), a venue on the islands
    assert "離島" in of_type("區議員 謝旻澤\n離島區議員 梁國豪\n", "LOC")
    assert "離島醫療綜合體" in of_type(
        "大病不出澳\n隨著離島醫療綜合體北京協和醫院澳門醫學中心", "LOC"
    )

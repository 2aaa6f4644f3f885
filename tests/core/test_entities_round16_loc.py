"""Round 16 of #13, LOC: the four bounds of a plot (四至) in planning and land notices — the
roads, waterways, estates and plots named after 东至 / 南至 / 西至 / 北至 (``bounds.py``). Real
lines of a dev document (batch 13, gw-sh-industrial-renewal-areas-2024), written phrases of the
same genre, and phrases the rule must leave alone, in every script view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import same_in_every_view, spans


def _of(text: str, kind: str) -> list[str]:
    return [s for s, t in spans(text) if t == kind]


@pytest.mark.parametrize(
    "text, places",
    [
        # dev, gw-sh-industrial-renewal-areas-2024: the annex table's 四至 column
        (
            "东至浦东运河，南至上川路，西至外环绿化带500米，北至东靖路",
            ["浦东运河", "上川路", "外环绿化带", "东靖路"],
        ),
        (
            "东至共和新路，南至红线围墙、江场西路，西至规划江场二路、彭越浦，"
            "北至规划少年村路（现为铁路南何线）、走马塘",
            ["共和新路", "江场西路", "江场二路", "彭越浦", "少年村路", "南何线", "走马塘"],
        ),
        (
            "东至上海警备区江湾训练基地，南至水木年华花园，西至俞泾浦，北至虹凉馨苑",
            ["上海警备区江湾训练基地", "水木年华花园", "俞泾浦", "虹凉馨苑"],
        ),
        (
            "东至规划沙岭路，南至长阳路，西至C3-5地块内江路，北至C3-10地块",
            ["沙岭路", "长阳路", "C3-5地块内江路", "C3-10地块"],
        ),
        (
            "东至同杰路-谢春路-嘉松北路，南至昌吉东路，西至木泾河-春锦路-同科路（规划），"
            "北至氢能港规划边界",
            ["同杰路", "谢春路", "嘉松北路", "昌吉东路", "木泾河", "春锦路", "同科路", "氢能港"],
        ),
        (
            "东起金山卫西卫城河（张泾河），南至板桥西路，西至卫宏路，北至金山大道",
            ["金山卫西卫城河", "张泾河", "板桥西路", "卫宏路", "金山大道"],
        ),
        (
            "东至佘北公路，南至泗陈公路沿线，西至陶干路沿线，北至昌业路",
            ["佘北公路", "泗陈公路", "陶干路", "昌业路"],
        ),
        (
            "东至民兴二路、规划五路，南至北青公路、古思浜路，西至徐盈路、规划三路",
            ["民兴二路", "规划五路", "北青公路", "古思浜路", "徐盈路", "规划三路"],
        ),
        # written: a land notice's plot, roads joined by a conjunction
        ("该地块四至范围：东至长阳路和沙岭路，西至杨树浦港。", ["长阳路", "沙岭路", "杨树浦港"]),
    ],
)
def test_places_named_as_a_plots_bounds(text, places):
    found = _of(text, "LOC")
    for place in places:
        assert place in found, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, not_places",
    [
        # dev, the same table: red lines, walls and a company's buildings bound plots, no places
        ("东至菱川路，南至用地红线，西至临沧路，北至江川路", ["用地红线", "红线"]),
        ("南至红线围墙、江场西路", ["红线围墙"]),
        ("东至民兴二路、华捷实业雪华鞋业森驰实业边界线", ["华捷实业雪华鞋业森驰实业边界线"]),
        # written: kinds of line, not named ones
        ("东至高速公路，南至海岸线，西至绿化带，北至城市道路", ["高速公路", "海岸线", "绿化带"]),
        # written: a province and a verb, not a bound (广东至深圳); a phrase with 的
        ("开通广东至深圳的城际线路", ["深圳的城际线路", "城际线路"]),
        ("，南至广州的高铁线路已经开通", ["广州的高铁线路"]),
        # written: from east to west, a date after 至
        ("由东至西穿过城区，北至2025年底完工", ["西穿过城区"]),
    ],
)
def test_bounds_that_name_no_place(text, not_places):
    found = _of(text, "LOC")
    for word in not_places:
        assert word not in found, spans(text)
    same_in_every_view(text)


def test_the_area_named_before_its_bounds_in_a_table():
    # dev, gw-sh-industrial-renewal-areas-2024: district | area | bounds, one cell a line
    text = (
        "序号\n\n区\n\n名称\n\n四至范围\n\n1\n\n浦东新区\n\n曹路工业园区\n\n"
        "东至浦东运河，南至上川路，西至外环绿化带500米，北至东靖路\n\n2\n\n静安区\n\n"
        "走马塘整体转型区域\n\n东至共和新路，南至红线围墙、江场西路\n\n6\n\n宝山区\n\n"
        "宝山高新区南区\n\n东至工业路，南至山连路、丰翔路\n\n11\n\n青浦区\n\n"
        "东方生命港·青浦虹桥园\n\n东至民兴二路、规划五路"
    )
    found = _of(text, "LOC")
    for area in ("曹路工业园区", "走马塘整体转型区域", "宝山高新区南区", "东方生命港·青浦虹桥园"):
        assert area in found, found
    for district in ("浦东新区", "静安区", "宝山区", "青浦区"):
        assert district in found, found
    assert "四至范围" not in found and "宝山高新区" not in found, found
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        # written: a sentence or the column's head before the bounds, no area's name
        "本项目位于浦东新区\n东至浦东运河，南至上川路",
        "地块四至范围\n东至浦东运河，南至上川路",
        "二、用地四至\n东至浦东运河",
    ],
)
def test_no_area_from_a_sentence_or_a_head_before_bounds(text):
    first_line = text.split("\n")[0]
    assert (first_line, "LOC") not in spans(text), spans(text)
    assert ("浦东运河", "LOC") in spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, place",
    [
        # dev, news-cn-huangshi-investment-fair-2021: "Greater Wuhan" as a verb's object
        ("吴锦说，融入大武汉，黄石底气足", "大武汉"),
        ("对接大武汉，黄石能量足，黄石临空临港", "大武汉"),
        ("服务大武汉，黄石干劲足", "大武汉"),
    ],
)
def test_a_citys_greater_area_after_a_verb(text, place):
    assert (place, "LOC") in spans(text), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, place",
    [
        # written: 大 is a word's end (加大, 扩大), a city's own name (大连), or the country's
        ("要加大武汉的投入", "武汉"),
        ("进一步扩大武汉市场", "武汉"),
        ("支持大连发展", "大连"),
        ("服务大中国", "中国"),
    ],
)
def test_no_greater_area_where_da_is_a_word(text, place):
    found = spans(text)
    assert (place, "LOC") in found, found
    assert not [s for s, t in found if t == "LOC" and s.startswith("大") and s != place], found


@pytest.mark.parametrize(
    "text, city",
    [
        # dev, news-hk-playable-city-space-2017: the mayor's city with its level word
        ("為城市規劃帶來新的框架，可供參考。倫敦市長於2016年發表", "倫敦市"),
        # written
        ("纽约市长表示将增加预算", "纽约市"),
        ("酒店位于东京市中心", "东京市"),
    ],
)
def test_a_world_city_with_its_level_word(text, city):
    assert (city, "LOC") in spans(text), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, not_place",
    [
        # dev, wr-tianjin-2026: 增城 (a district of Guangzhou) inside 新增城市
        ("新增城市绿道超200公里", "增城市"),
        # written: a market, citizens, a market value
        ("伦敦市场交易清淡", "伦敦市"),
        ("香港市民踊跃参与", "香港市"),
        ("全市各区", "全市"),
    ],
)
def test_city_and_shi_that_are_no_city(text, not_place):
    assert (not_place, "LOC") not in spans(text), spans(text)


@pytest.mark.parametrize(
    "text, places",
    [
        # dev, news-hk-playable-city-space-2017: a country and its city, one place
        ("意大利都靈一處路旁兒童遊樂空間", ["意大利都靈"]),
        # dev, news-cn-nuclear-veteran-obituary-2021: bases named by province and code
        ("参加了青海221基地和四川902基地的创业建设", ["青海221基地", "四川902基地"]),
    ],
)
def test_turin_and_coded_bases(text, places):
    found = _of(text, "LOC")
    for place in places:
        assert place in found, spans(text)
    same_in_every_view(text)


def test_a_counted_base_is_no_place():
    # written: a count of bases, a scope before a number
    assert _of("建设了3个基地", "LOC") == []
    assert _of("全省200基地", "LOC") == []


@pytest.mark.parametrize(
    "text, areas",
    [
        # dev, gw-sh-jiading-immovable-relics-2024: a city's designated historic areas
        (
            "涉及嘉定西门历史文化风貌区及州桥历史文化风貌区的不可移动文物",
            ["嘉定西门历史文化风貌区", "州桥历史文化风貌区"],
        ),
        # written
        ("位于衡复历史文化风貌区内", ["衡复历史文化风貌区"]),
    ],
)
def test_named_historic_areas(text, areas):
    found = _of(text, "LOC")
    for area in areas:
        assert area in found, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        # dev, gw-sh-jingan-relics-2018 and written: the kind of area, no name before it
        "保护街整体格局和历史风貌区的保护，留住城市记忆",
        "加强本市历史文化街区保护",
        "划定12片历史文化风貌区",
    ],
)
def test_historic_areas_unnamed(text):
    assert not [s for s in _of(text, "LOC") if "风貌区" in s or "街区" in s], spans(text)


@pytest.mark.parametrize(
    "text, city",
    [
        # dev, news-tw-korea-crash-bird-strike-briefing-2025: a CNA dateline with its reporter
        ("（中央社記者廖禹揚首爾7日專電）韓國國土交通部今天表示", "首爾"),
        # written: the same shapes of a dateline
        ("（中央社首爾23日綜合外電報導）南韓央行今天公布", "首爾"),
        ("新华社首尔3月5日电 韩国政府表示", "首尔"),
    ],
)
def test_the_city_of_a_wire_storys_dateline(text, city):
    assert (city, "LOC") in spans(text), spans(text)
    same_in_every_view(text)


def test_no_dateline_city_without_an_agency():
    # written: a date and 电 after a word that is no place
    found = spans("他们在会上3月5日电话联系")
    assert not [s for s, t in found if t == "LOC"], found


def test_the_area_is_found_back_over_any_spaces_without_a_copy_of_the_text():
    """``bounds._before_spaces`` is ``len(text[:at].rstrip())`` (session 20: the copy of all
    the text before each row's bounds made a table of plots quadratic)."""
    from gui.core.entities.bounds import _before_spaces

    # dev, gw-sh-industrial-renewal-areas-2024, with the blank lines a page may hold instead
    row = "曹路工业园区{}东至浦东运河，南至上川路，西至外环绿化带500米，北至东靖路"
    for gap in ("\n\n", "\n", " \n\u3000\n", "\t\n \n", ""):
        text = row.format(gap)
        at = text.index("东至")
        assert _before_spaces(text, at) == len(text[:at].rstrip()) == len("曹路工业园区")
    assert _before_spaces("  \n", 3) == 0
    assert _before_spaces("东至", 0) == 0

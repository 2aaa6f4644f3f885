"""Session 26 (e49, #13): places named by a kind word the level readers did not read
(`gui.core.entities.place_kinds`) — a city's special economic zone, a world region and 区域, a
Taiwan village (里) by its frames, a list of sites of one kind (海岸, 沙洲, 老街); and two
one-character countries before 军事合作 or 传统友谊 (`places._PAIR`), a region or a run of provinces after a verb (融入|苏南, 沟通|湘鄂两省),
a road by its network code (G320), the other side of a border (与培石交界). Lines of
tuning dev documents (named) and invented lines where a pattern needs its form or its negative,
in every script view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import of_type, same_in_every_view, spans


@pytest.mark.parametrize(
    "text, span",
    [
        # dev, press-mo-zhuhai-npc-rules-alignment-visit-2026: the zone with its city
        (
            "他期望透過運用珠海經濟特區立法權的舉措，",
            ("珠海經濟特區", "LOC"),
        ),
        (
            "潘江主任在會上指出，珠海經濟特區因改革而生、因開放而興。",
            ("珠海經濟特區", "LOC"),
        ),
        # invented: another city, with its level word
        ("深圳市经济特区建立四十周年。", ("深圳市经济特区", "LOC")),
        # dev, press-mo-apec-tourism-ministers-meeting-2026: a world region and 区域
        (
            "一起探討以數智技術賦能旅遊發展對亞太區域經濟社會發展的重要貢獻；",
            ("亞太區域", "LOC"),
        ),
        (
            "通過創新旅遊便利化多邊合作推動亞太區域旅遊無障礙流動；",
            ("亞太區域", "LOC"),
        ),
        # invented: another region
        ("加强东南亚区域互联互通。", ("东南亚区域", "LOC")),
    ],
)
def test_one_span_in_every_view(text, span):
    assert span in spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, kind, expected",
    [
        # dev, press-tw-tainan-council-replies-2026: two villages at their common border
        (
            "選址於區政段303、304地號，六安里與安西里交界處，總經費約",
            "LOC",
            ["六安里", "安西里"],
        ),
        # dev, press-tw-hsinchu-lichi-pond-dredging-2015: a village before its head's title
        (
            "巿議員劉聲正、徐信芳、鄭貴元及公園里長林志雅亦與會關心工程",
            "LOC",
            ["公園里"],
        ),
        # invented: the title written 里长 after the village's 里
        ("北区长兴里里长出席说明会。", "LOC", ["长兴里"]),
        # dev, press-tw-tncc-coastal-erosion-2026: a list of the coast's sections and sand bars
        (
            "主要海岸段包含雙春海岸、北門海埔地海岸、北門潟湖沙洲、馬沙溝海岸、七股潟湖沙洲、"
            "曾文海埔地海岸、四草海岸、安平海岸及黃金海岸等。",
            "LOC",
            [
                "雙春海岸",
                "北門海埔地海岸",
                "北門潟湖沙洲",
                "馬沙溝海岸",
                "七股潟湖沙洲",
                "曾文海埔地海岸",
                "四草海岸",
                "安平海岸",
                "黃金海岸",
            ],
        ),
        # dev, news-cn-cctv-xwlb-transcript-20021001: two rivers no list holds
        (
            "天津市改造竣工的复兴河、月牙河等5条水上风景线，今天全线开通。",
            "LOC",
            ["天津市", "复兴河", "月牙河"],
        ),
        # dev, stats-fj-pingtan-2015-statistical-bulletin: a scenic area and a market
        ("石碑洋景区、台湾免税市场评为国家3A级景区；", "LOC", ["石碑洋景区", "台湾免税市场"]),
        # invented: two old streets after a verb of motion
        ("旅客可到菁寮老街和神农老街。", "LOC", ["菁寮老街", "神农老街"]),
    ],
)
def test_names_in_every_view(text, kind, expected):
    assert of_type(text, kind) == expected
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # dev, news-cn-us-japan-joint-forces-command-2024: two countries before 军事合作
        ("也将提升美日军事合作的联动性和效率", ["美", "日"]),
        # dev, news-cn-camp-david-summit-reactions-2023
        ("但这并不能成为将韩日军事合作无限扩大正当化的理由", ["韩", "日"]),
        # invented: 军事合作 alone names no country
        ("双方同意加强军事合作。", []),
    ],
)
def test_two_countries_before_military_cooperation(text, expected):
    assert of_type(text, "LOC") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # dev, gw-js-nantong-private-economy-decision-2025: a region after a verb (融入|苏南)
        (
            "加强与长江三角洲等区域相关城市的合作，以融入苏南、接轨上海为重点",
            ["长江三角洲", "苏南", "上海"],
        ),
        # dev, news-cn-cctv-xwlb-transcript-20021001: a run of provinces after a verb, before 两省
        ("伴着欢快的锣鼓，沟通湘鄂两省的荆州长江大桥今天通车", ["湘", "鄂", "荆州长江大桥"]),
        # dev, news-cn-xwlb-transcript-20260621: the same before 协作
        ("总书记强调，要总结运用闽宁协作等有益经验", ["闽", "宁"]),
        # invented: a great region after a noun stays a direction
        ("位于城市东北、西南方向的两个片区", []),
    ],
)
def test_region_after_a_verb(text, expected):
    assert of_type(text, "LOC") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # dev, gw-sh-urban-transport-system-plan-2024: a national road by its code in a list of roads
        (
            "持续推进外环西段、G320、北横通道全生命周期管理试点工作",
            ["外环西段", "G320"],
        ),
        # invented: a code before its road word is one place with it, and no count of countries
        ("沿G320国道和S226省道绕行。", ["G320国道", "S226省道"]),
        # invented: a summit and a train are no roads
        ("G20峰会在杭州举行，代表乘坐G1234次列车抵达。", ["杭州"]),
    ],
)
def test_roads_by_their_code(text, expected):
    assert of_type(text, "LOC") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # dev, gw-cn-badong-geohazard-reply-2004: the other side of a border
        ("2003年4月的4.5级地震中位于马鬃山村与培石交界处。", ["马鬃山村", "培石"]),
        # invented: a verb after 与 is no place
        ("该村与有关单位交界处的围墙。", []),
    ],
)
def test_the_other_side_of_a_border(text, expected):
    assert of_type(text, "LOC") == expected


@pytest.mark.parametrize(
    "text, kind, expected",
    [
        # dev, gw-tw-cec-municipal-election-commission-organization-amendment-2007: 里长, an office
        ("二、關於里長選舉、罷免事務之辦理事項。", "LOC", []),
        # invented: 里 "inside" and "mile" in lists and before 长
        ("在这里与那里之间，家里和城里都一样。", "LOC", []),
        ("全线五公里长，连通两岸。", "LOC", []),
        # dev, news-cn-cctv-xwlb-transcript-20021001: 万里长城 holds no village
        ("五星红旗聚集到万里长城的起点河北秦皇岛老龙头", "LOC", ["河北秦皇岛"]),
        # invented: a province's delta and 区域 keeps the delta alone (the gold's 长三角区域统一标准)
        ("推动长三角区域统一地方标准。", "LOC", ["长三角"]),
        # invented: directions of a coast are no list of sites; a first member across a verb is left
        ("保护东海岸和西海岸的生态。", "LOC", []),
        ("旅客可顺游菁寮老街，感受农村风光。", "LOC", []),
        # dev, press-tw-tainan-west-market-2026: a century-old market and a district's shopping
        # area are the district alone
        ("帶動百年市場與中西區商圈全面升溫", "LOC", ["中西區"]),
        # dev, press-mo-tourism-expo-buyers-2026: 街市 "market" is no street
        (
            "金蓮花廣場、普濟禪院及祐漢街市等澳門特色地標",
            "LOC",
            ["金蓮花廣場", "普濟禪院", "祐漢街市", "澳門"],
        ),
        # dev, gw-sh-huangpu-heritage-protection-measures-2023: kinds of protected area, no names
        ("包括历史文化风貌区、风貌保护街坊、风貌保护道路、风貌保护河道）", "LOC", []),
    ],
)
def test_what_stays_as_it_is(text, kind, expected):
    assert of_type(text, kind) == expected

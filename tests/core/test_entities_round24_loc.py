"""Round 24 of #13, LOC: the counties that the 2020 division codes lack (from a later edition),
the members of a 、-list closed by a count of zones, a county before the bare 园区 and a county's
seat (县城). Real lines of dev documents (batch 1's Shenzhen work report, batch 2's Shaanxi
work report, batch 3's geohazard reply), the words the rules must leave alone, in every script
view."""

from __future__ import annotations

import pytest

from gui.core.entities.gazetteer import gazetteer
from tests.core.entity_views import same_in_every_view, spans


def _places(text: str) -> list[str]:
    return [s for s, t in spans(text) if t == "LOC"]


def test_the_counties_made_since_2020_are_known_with_their_parents():
    gaz = gazetteer()
    assert {"坪山区", "光明区", "鄠邑区", "临平区", "神木市", "郫都区"} <= gaz.counties
    assert "深圳" in gaz.county_parents["坪山"]
    # the development zones that the later codes list beside the counties are no counties
    assert not {"苏州工业园区", "兰州新区", "龙感湖管理区"} & gaz.counties
    # short forms of the new county-level cities, not those that are words or names
    assert "神木" in gaz.bare_in_lists
    assert "同仁" not in gaz.weak_places and "白杨" not in gaz.weak_places


# dev b1, news-cn-shenzhen-work-report-2022
SHENZHEN_PARKS = "推动宝安燕罗、龙岗宝龙、龙华九龙山、坪山高新南、光明凤凰、深汕智造城等20个先进制造业园区建设提速。"
SHENZHEN_AREAS = (
    "深圳将扎实推进深圳湾超级总部基地、香蜜湖新金融中心、北站国际商务区、笋岗-清水河片区、"
    "光明科学城中心区、空港新城、盐田临港产业带、坪山燕子湖、坝光国际生物谷等20个重点片区规划建设，"
)


@pytest.mark.parametrize(
    "text, place",
    [
        (SHENZHEN_PARKS, "宝安燕罗"),
        (SHENZHEN_PARKS, "龙华九龙山"),
        (SHENZHEN_PARKS, "坪山高新南"),
        (SHENZHEN_PARKS, "深汕智造城"),
        (SHENZHEN_AREAS, "深圳湾超级总部基地"),
        (SHENZHEN_AREAS, "光明科学城中心区"),
        (SHENZHEN_AREAS, "坪山燕子湖"),
        (SHENZHEN_AREAS, "坝光国际生物谷"),
    ],
)
def test_the_members_of_a_list_counted_as_zones_are_places(text, place):
    assert place in _places(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, word",
    [
        (SHENZHEN_PARKS, "九龙山"),  # the member is the whole name, not the mountain in it
        (SHENZHEN_AREAS, "深圳湾"),
        # members that are kinds, not names: no member reads as a place or a zone
        ("推进老旧小区、城中村、工业区等10个重点片区改造", "老旧小区"),
        ("加快产业园区、物流园区等5个园区建设", "物流园区"),
    ],
)
def test_a_list_of_kinds_counted_as_zones_is_no_list_of_places(text, word):
    assert word not in _places(text)


@pytest.mark.parametrize(
    "text, place, not_place",
    [
        # dev b2, wr-shaanxi-2026: a county before 园区 is the place alone
        ("陈仓、洋县园区产值超过100亿元，富平园区产值超过200亿元。", "洋县", "洋县园区"),
        ("陈仓、洋县园区产值超过100亿元，富平园区产值超过200亿元。", "富平", "富平园区"),
        # dev b3, gw-cn-badong-geohazard-reply-2004: the county's seat
        ("水平距离700-800米，东距巴东县城18公里，西距重庆市巫山县培石", "巴东县城", "巴东县"),
    ],
)
def test_a_county_with_its_park_or_its_seat(text, place, not_place):
    found = _places(text)
    assert place in found and not_place not in found
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, body",
    [
        # 城 opens a word after 县: the county's bureaus keep their names
        ("巴东县城乡规划局", "巴东县城乡规划局"),
        ("巴东县城市管理局", "巴东县城市管理局"),
    ],
)
def test_a_county_before_a_word_in_cheng_is_no_seat(text, body):
    assert (body, "ORG") in spans(text)
    assert "巴东县城" not in _places(text)


def test_a_named_park_keeps_its_name():
    assert "苏州工业园区" in _places("苏州工业园区")
    assert _places("进驻园区的企业") == []


@pytest.mark.parametrize(
    "text, word",
    [
        # dev b7, stats-hlj-daqing-h1-economy-2016: 高速 before 增长 is "rapidly"
        ("地方经济正向拉动明显，地方投资高速增长，城乡居民同步增收", "地方投资高速"),
        # dev b10, gw-tw-tainan-madou-plan-notice-2026: a plan's verb before 高速公路
        ("「變更高速公路麻豆交流道附近特定區計畫」", "變更高速公路"),
    ],
)
def test_a_verb_or_an_adverb_before_an_expressway_word_names_no_road(text, word):
    assert word not in _places(text)


def test_an_expressway_named_by_initials_stays():
    assert "京雄高速" in _places("京雄高速通车")
    assert "机荷高速公路" in _places("机荷高速公路")


@pytest.mark.parametrize(
    "text, place",
    [
        # dev b3 and b8, news-cn-xwlb-digest-20260628 and -20260630: a body's former site or memorial
        ("党员探访红九军政治部旧址等地，聆听微党课", "红九军政治部旧址"),
        ("走进中国共产党历史展览馆，感悟思想伟力。", "中国共产党历史展览馆"),
        ("在广东广州农民运动讲习所旧址纪念馆，", "广东广州农民运动讲习所旧址纪念馆"),
    ],
)
def test_a_bodys_former_site_or_memorial_is_one_place(text, place):
    assert place in _places(text)
    same_in_every_view(text)


def test_a_kind_of_site_is_no_place():
    # dev b11, news-cn-xwlb-digest-20260622: revolutionary sites as a kind
    assert _places("在杨家岭、枣园等革命旧址，一件件实物") == ["杨家岭"]
    assert "周原遗址" in _places("周原遗址")


@pytest.mark.parametrize(
    "text, place",
    [
        # dev b17, press-tw-president-taipei-book-fair-2026: 届 ends its word
        ("總統出席第34屆台北國際書展開幕典禮　盼攜手文化界", "台北"),
        # dev b17, press-mo-lusophone-innovation-contest-2026: Macau's 假 ("at") before a venue
        ("經濟及科技發展局於今（16）日假澳門科學館舉辦", "澳門科學館"),
        # written: a convention and exhibition centre is a venue
        ("在香港會議展覽中心舉行", "香港會議展覽中心"),
    ],
)
def test_a_place_after_a_session_count_or_macaus_jia(text, place):
    assert place in _places(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        # dev b5, news-cn-blackland-fertiliser-2026; dev b11, news-cn-xwlb-digest-20260622
        "2021年起，中国科学院联合东北三省一区实施“黑土粮仓”科技会战",
        "贯彻落实习近平总书记关于新时代东北全面振兴和建设现代化产业体系的重要论述",
    ],
)
def test_a_great_region_counted_in_provinces_or_revitalised_is_named(text):
    assert "东北" in _places(text)
    same_in_every_view(text)


@pytest.mark.parametrize("text", ["位于城区东北部", "位于城市东北", "向东北方向延伸"])
def test_a_direction_is_no_region(text):
    assert _places(text) == []


@pytest.mark.parametrize(
    "text, place",
    [
        # dev b7, press-mo-iris-clearance-extension-2026: a pier beside piers
        ("澳大橋港澳旅檢大廳、外港碼頭、內港碼頭、氹仔碼頭、澳門國際機場）合共", "內港碼頭"),
        # dev b3, press-tw-tainan-agriculture-review-2025: parks beside a park, on both sides
        (
            "未來規劃於南科火車站滯洪池、東區大智寵愛多功能公園、東區崇賢公園、南區公兒S57公園、"
            "南區S34公園等5處設置寵物友善公園",
            "東區大智寵愛多功能公園",
        ),
        (
            "東區大智寵愛多功能公園、東區崇賢公園、南區公兒S57公園、南區S34公園等5處",
            "南區S34公園",
        ),
    ],
)
def test_a_site_beside_a_site_of_its_kind_is_a_place(text, place):
    assert place in _places(text)
    same_in_every_view(text)


def test_a_kind_beside_a_site_is_no_place():
    # the member before the pier names no pier of its own (港澳 is two places), and a
    # designation before the kind is no name
    found = _places("外港碼頭、城市公園和東區崇賢公園")
    assert "城市公園" not in found and "東區崇賢公園" in found


@pytest.mark.parametrize(
    "text, road",
    [
        # the check set's Taipei lantern traffic measures: a street named after a city whose
        # name ends in a direction's character (汉中 + 街, not 汉 + 中街)
        ("22:00 封閉漢中街(成都路至內江街路段)雙向，及漢中街(內江街至長沙街路段)北", "漢中街"),
        ("台中路與北京西路口", "台中路"),
    ],
)
def test_a_road_named_after_a_place_ending_in_a_direction(text, road):
    assert road in _places(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, place",
    [
        # dev b10, news-hk-rthk-greater-china-digest-2025; dev b9, news-cn-xwlb-digest-20260701
        ("昨晚出席大馬總理安華的歡迎晚宴。", "大馬"),
        ("启动试运营，首期开通阿布扎比至富查伊拉线路。", "富查伊拉"),
    ],
)
def test_malaysia_short_and_the_emirates(text, place):
    assert place in _places(text)
    same_in_every_view(text)


@pytest.mark.parametrize("text", ["走在大马路上", "这台车大马力"])
def test_a_big_road_is_no_malaysia(text):
    assert _places(text) == []


@pytest.mark.parametrize(
    "text, word",
    [
        # dev b3, press-mo-uccla-hengqin-visit-2026: a language, where the country is met
        # before as a place and tagged again at each mention
        ("葡萄牙總理訪問。他強調，葡萄牙語和西班牙語是聯結各地區", "葡萄牙語"),
        # dev b10, stats-mo-amcm-mortgage-loans-2026: a currency at a bracket's end
        ("月減少58.3%至6.6億元（澳門元，下同）。其中", "澳門"),
        # dev b3, news-cn-xwlb-digest-20260628: 火山 + 东部, no 山东
        ("岸的埃特纳火山出现活跃迹象，火山东部侧翼有熔岩流出", "山东"),
        # dev b5, wr-tianjin-2026: rivers that enter the sea, no 海河
        ("12条入海河流稳定消劣，近岸海域生态环境持续改善", "海河"),
        # dev b8, news-cn-xwlb-digest-20260630: 湿 + 地块
        ("因此，低温高湿地块要及时中耕松土通气", "低温高湿地"),
        # dev b8, press-tw-president-us-interview-response-2026: the island chain
        ("也是當前第一島鏈周邊各國與美方合作", "第一島"),
        # dev b17, news-cn-pboc-liu-shiyu-internet-finance-2014: 跑路 "run off"
        ("网络借贷平台的卷款跑路和倒闭事件", "卷款跑路"),
    ],
)
def test_a_phrase_is_no_place(text, word):
    found = _places(text)
    assert word not in found and not any(word in f for f in found if f != "葡萄牙")


@pytest.mark.parametrize(
    "text, place",
    [
        # round 29: a great river's basin is one place with it (长江流域, as the guideline keeps it)
        ("海河流域", "海河流域"),
        ("山东部分地区", "山东"),
        ("香港元朗區", "香港元朗區"),
        ("杭州西溪湿地", "杭州西溪湿地"),
    ],
)
def test_the_places_beside_those_phrases_stay(text, place):
    assert place in _places(text)


def test_a_zones_phase_is_part_of_its_name():
    # dev b4, press-tw-tainan-council-replies-2026
    text = "關心新營糖廠周邊發展及如何串連柳營科技工業區三期議題"
    assert "柳營科技工業區三期" in _places(text)
    same_in_every_view(text)


@pytest.mark.parametrize("text", ["白杨市场开业", "附近的双河市场", "创新星市级"])
def test_a_corps_city_named_by_a_word_is_left_out(text):
    assert _places(text) == []


@pytest.mark.parametrize("text", ["太平城区改造", "重新林区管理"])
def test_a_word_before_the_area_words_names_no_new_district(text):
    # 平城区 and 新林区 are districts made after 2020; here 城区 / 林区 follow a word
    assert _places(text) == []


def test_a_new_district_after_its_city_stays():
    assert "大同市平城区" in _places("大同市平城区")


def test_hui_before_li_jie_is_no_county():
    # 会理 (会理市) is left out of the short forms: 也会理解
    assert _places("他也会理解的") == []
    assert "会理县" in _places("会理县")

"""Round 17 of #13, LOC: classes of places that recur in dev documents of two source
repositories or more (``score_entities.py --batch N --split dev --errors`` over batches 1-11,
pooled). Real lines of dev documents, written phrases of each form and phrases each rule must
leave alone, in every script view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import same_in_every_view, spans


def _of(text: str, kind: str) -> list[str]:
    return [s for s, t in spans(text) if t == kind]


@pytest.mark.parametrize(
    "text, places",
    [
        # dev b2, a provincial work report: two counties named bare, the list alone
        ("参与全国碳市场交易5.8亿元。安康、石泉分别入选全国第一批美丽城市", ["安康", "石泉"]),
        # dev b4, a Tainan council reply: a pair joined by 及 before the adverb of both
        ("目前永康及安定均已設置環保金爐", ["永康", "安定"]),
        # written: districts of a prefecture, three in a list, before 等
        ("推动曾都、下陆、铁山等地协同发展", ["曾都", "下陆", "铁山"]),
        ("和平、河西两区联合举办", ["和平", "河西"]),
    ],
)
def test_a_list_of_districts_named_bare(text, places):
    found = _of(text, "LOC")
    for place in places:
        assert place in found, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, not_places",
    [
        # values, not places: a member is no county (团结), or a wish
        ("维护和平、安定、团结的局面", ["和平", "安定"]),
        ("祝您健康、长寿、平安", ["长寿", "平安"]),
        # a county's name inside a word before the list (推进和平)
        ("推进发展和平安建设", ["平安"]),
    ],
)
def test_a_list_of_values_holds_no_place(text, not_places):
    found = _of(text, "LOC")
    for word in not_places:
        assert word not in found, spans(text)


@pytest.mark.parametrize(
    "text, place",
    [
        # dev b6, a provincial work report: a description ending in the venue's kind, then its name
        ("亚洲最大专业货运机场花湖国际机场成为内陆“空中出海口”", "花湖国际机场"),
        # dev b9, a news digest: a line named in apposition after a dash
        ("中企参与建设的阿联酋首条客运铁路——阿提哈德客运铁路6月30日启动试运营", "阿提哈德客运铁路"),
        # dev b3, a news digest: a foreign airport named for a person, joined by a middle dot
        (
            "委内瑞拉首都加拉加斯附近的迈克蒂亚西蒙·玻利瓦尔国际机场于当天部分恢复运营",
            "迈克蒂亚西蒙·玻利瓦尔国际机场",
        ),
        # written: a bridge named after the kind of bridge
        ("全国最长跨海大桥深中大桥建成通车", "深中大桥"),
    ],
)
def test_a_venue_named_after_its_kind(text, place):
    assert place in _of(text, "LOC"), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, not_place",
    [
        # a conjunction after the kind opens no name (首都机场和|大兴国际机场)
        ("从首都机场和大兴国际机场出发", "和大兴国际机场"),
        # a phrase after the kind: no name (扩建机场的航站楼)
        ("新建机场和改扩建机场12个", "改扩建机场"),
        # written: an island before a bridge named for a person is no part of it
        ("站在河中的长岛顺乔治·华盛顿大桥望去", "长岛顺乔治·华盛顿大桥"),
    ],
)
def test_a_phrase_before_a_venue_is_no_name(text, not_place):
    assert not_place not in _of(text, "LOC"), spans(text)


@pytest.mark.parametrize(
    "text, zone",
    [
        # dev b1, Shenzhen's work report, and dev b5, Tianjin's: a district named by the station
        ("将扎实推进香蜜湖新金融中心、北站国际商务区、笋岗-清水河片区", "北站国际商务区"),
        (
            "西站同城商务区建设提速，南站科技商务区、滨海站商务区等高端业态引聚提升",
            "南站科技商务区",
        ),
        # written
        ("加快西站新区建设", "西站新区"),
    ],
)
def test_a_district_named_by_a_citys_station(text, zone):
    assert zone in _of(text, "LOC"), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, place",
    [
        # dev b2, a Taiwan news page: a district of New Taipei between 在 and what was done there
        ("當時在三重擔任家庭看護工的菲律賓籍女移工", "三重"),
        # written
        ("他曾赴洛川考察苹果产业", "洛川"),
        ("来自富平务工的人员", "富平"),
    ],
)
def test_a_county_named_bare_where_something_is_done(text, place):
    assert place in _of(text, "LOC"), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("在平安建设中发挥作用", "平安"),
        ("在和平发展道路上", "和平"),
        ("现在安定工作是重点", "安定"),
    ],
)
def test_a_common_word_after_zai_is_no_place(text, word):
    assert word not in _of(text, "LOC"), spans(text)


@pytest.mark.parametrize(
    "text, place",
    [
        # dev b4 and b3, Tainan's council and government: the city after a conjunction or a verb
        ("自然出生人口持續下降的問題，但台南仍有部分區域人口增加", "台南"),
        ("農業局展現年度施政成果   盼臺南農業行銷國際", "臺南"),
        # written
        ("这项政策使瑞金成为红色旅游的热点", "瑞金"),
    ],
)
def test_a_place_after_a_one_character_word(text, place):
    assert place in _of(text, "LOC"), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, not_place",
    [
        # 由于 is a word: 于都 (a county) does not start after it
        ("由于都市化进程加快", "于都"),
        # a word's tail: 平台中 holds no 台中
        ("在平台中发布", "台中"),
    ],
)
def test_a_word_across_the_one_character_word_holds_no_place(text, not_place):
    assert not_place not in _of(text, "LOC"), spans(text)


@pytest.mark.parametrize(
    "text, places",
    [
        # dev b13, a Huangshi release, and dev b6, Hubei's work report: a named zone bare and
        # at the head of a corridor of science zones
        ("努力把黄石打造成为光谷向东最有潜力的增长极", ["黄石", "光谷"]),
        ("以东湖科学城为核心区域的光谷科创大走廊成势见效", ["东湖科学城", "光谷科创大走廊"]),
        # written: another city's corridor
        ("共建G60科创走廊和南京科创走廊", ["南京科创走廊"]),
    ],
)
def test_a_named_zone_and_its_corridor(text, places):
    found = _of(text, "LOC")
    for place in places:
        assert place in found, spans(text)
    same_in_every_view(text)


def test_the_city_of_a_dateline_after_two_reporters():
    # dev b13, a CNA story: two reporters joined by 、 between the agency and the place
    text = "（中央社記者郭建伸、林巧璉台北16日電）北院審理京華城案引發爭議"
    assert "台北" in _of(text, "LOC"), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, place",
    [
        # dev b3, a Macau release: a Portuguese city with its level word after its country
        ("具有重要參考價值。\n葡萄牙豐當市市長米格爾·加維尼奧斯出席", "葡萄牙豐當市"),
        # check set, a Taipei release and a Macau news page
        ("以及韓國大邱、日本青森弘前市等特色燈組", "日本青森弘前市"),
        ("分別派出代表隊參加在保加利亞布爾加斯舉行的世界太極拳錦標賽", "保加利亞布爾加斯"),
    ],
)
def test_a_city_abroad_after_its_country(text, place):
    assert place in _of(text, "LOC"), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, not_place",
    [
        # a kind of city and a part of the country are no city's name
        ("代表团访问了意大利北部城市都灵", "意大利北部城市"),
        ("论坛在巴西沿海城市桑托斯召开", "巴西沿海城市"),
        # a person's transliterated name after a country, not after 在
        ("阿根廷梅西和葡萄牙球员都出场了", "阿根廷梅西"),
        # a mayor: 市长 is the post, not the level word
        ("英国伦敦市长出席", "英国伦敦市长"),
    ],
)
def test_no_city_abroad_where_a_word_follows_the_country(text, not_place):
    assert not_place not in _of(text, "LOC"), spans(text)


@pytest.mark.parametrize(
    "text, places, not_places",
    [
        # written: the word 城市 after a place or a word ending in a county's first character
        ("推进上海城市更新，加快沿海城市和新兴城市发展", ["上海"], ["海城市", "兴城市"]),
        # the counties themselves: in a chain, at a boundary, before a body
        (
            "辽宁海城市和山东邹城市签约，会议在宜城市召开",
            ["辽宁海城市", "山东邹城市", "宜城市"],
            [],
        ),
    ],
)
def test_the_word_city_after_a_word_is_no_county(text, places, not_places):
    found = _of(text, "LOC")
    for place in places:
        assert place in found, spans(text)
    for word in not_places:
        assert word not in found, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, initials",
    [
        # dev b13, a Huangshi release: Wuhan and Huangshi by their initials, after the province
        ("6月6日，2021湖北武黄同城暨黄石产业投资推介会在武汉举行", ["武", "黄"]),
        # dev b2, a news digest: four cities before the cities counted
        ("是三天假期中最高的一天。北上广深成渝等各大城市的出城方向", ["北", "上", "广", "深"]),
        # written
        ("加快沪苏同城化，推动广佛同城", ["沪", "苏", "广", "佛"]),
    ],
)
def test_city_initials_before_a_word_that_links_them(text, initials):
    found = _of(text, "LOC")
    for initial in initials:
        assert initial in found, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        "推进城乡一体化和产城一体化，促进区域一体化",
        "实现医疗卫生一体化和全域一体化",
    ],
)
def test_words_before_a_link_are_no_initials(text):
    assert not [s for s in _of(text, "LOC") if len(s) == 1], spans(text)


@pytest.mark.parametrize(
    "text, place",
    [
        # dev b2, a provincial work report: a city's branch of the national archive of editions
        ("西安国家版本馆、陕西考古博物馆、省图书新馆等投入使用", "西安国家版本馆"),
        # written
        ("代表团参观了马德里国家博物馆", "马德里国家博物馆"),
    ],
)
def test_a_citys_national_hall(text, place):
    assert place in _of(text, "LOC"), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, not_place",
    [
        # dev b6 and b2, provincial work reports, and dev b13, a Shanghai notice: designations,
        # not names (富裕县 and 乡城县 are counties, but 共同富裕 and 美丽乡村 are programmes)
        ("牢牢扭住高质量发展建设共同富裕示范区这一核心任务", "富裕示范区"),
        ("安康、石泉分别入选全国第一批美丽城市、美丽乡村先行区", "美丽乡村先行区"),
        ("着力推进老旧工业区更新，强化重点产业区域城市更新", "老旧工业区"),
    ],
)
def test_a_zone_named_by_its_programme_is_no_place(text, not_place):
    assert not_place not in _of(text, "LOC"), spans(text)


def test_a_zone_of_a_county_named_like_a_programme_stays():
    text = "富裕县经济开发区和乡城县工业园区"
    assert _of(text, "LOC") == ["富裕县经济开发区", "乡城县工业园区"], spans(text)


@pytest.mark.parametrize(
    "text, place",
    [
        # dev b3, a news digest, and the check set's Hong Kong pages: space sites by their place
        ("神舟二十三号乘组进驻中国空间站已满一个月", "中国空间站"),
        ("運載火箭在酒泉衛星發射中心點火發射", "酒泉衛星發射中心"),
        # written
        ("火箭在西昌卫星发射中心发射", "西昌卫星发射中心"),
    ],
)
def test_a_space_site_named_by_its_place(text, place):
    assert place in _of(text, "LOC"), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, address",
    [
        # dev b10, a Tainan notice: the address in brackets ends before the closing one
        (
            "說明會於麻豆區公所3樓會議室舉行（地址：臺南市麻豆區東角里忠孝路250號），歡迎踴躍參加。",
            "臺南市麻豆區東角里忠孝路250號",
        ),
        ("活动在区文化馆（地址：上海市静安区北京西路1000号）举行。", "上海市静安区北京西路1000号"),
        # a bracket the address opens itself stays in it
        ("地址：上海市静安区北京西路1000号（科技大厦）", "上海市静安区北京西路1000号（科技大厦）"),
    ],
)
def test_an_address_in_brackets_ends_at_the_closing_one(text, address):
    assert address in _of(text, "LOC"), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, place, other",
    [
        # dev b11, a news digest, and dev b2, a Taiwan news page: 塔 opens a name, no tower
        (
            "并同工商界代表座谈交流。孟加拉国总理塔里克、几内亚总理出席",
            "孟加拉国",
            ("塔里克", "PER"),
        ),
        ("尤其在阿富汗陷落塔利班之手後", "阿富汗", ("塔利班", "ORG")),
    ],
)
def test_ta_opening_a_name_is_no_tower(text, place, other):
    found = spans(text)
    assert (place, "LOC") in found and other in found, found
    same_in_every_view(text)


def test_towers_stay():
    text = "登上广州塔，参观澳门旅游塔和天津津塔。广州塔里有餐厅"
    assert _of(text, "LOC") == ["广州塔", "澳门旅游塔", "天津津塔", "广州塔"], spans(text)

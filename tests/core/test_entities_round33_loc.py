"""Round 33 of #13, LOC (session 20): a port of entry after a verb that takes it (可使用|橫琴口岸)
and no kind of port (智慧口岸); China and a partner in diplomatic news (引领|哈中关系, 中南关系,
，中孟是); foreign places by 区 and 邦 (萊達雅區, 克钦邦); a city's road works named by their road
(银都路越江隧道); roads in traffic notices (中華路西側, 臨近成都路口, 開封至長沙|路段); 中国 ending no
chain (仰光|中國大使館); a company's world region (亚太区); waterworks and sugar refineries
(杨树浦水厂, 新營糖廠); memorials named by a day (二二八紀念館); 里加 across a word's edge; a country
that is no district before a road (聖露西亞|駐臺大使) and Taiwan's names of its allies. Real lines of
dev documents (batches 4, 18–21 and 25) and of the outline check, written phrases, and phrases the
rules must leave alone, in every script view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import of_type, same_in_every_view, spans


def _places(text: str) -> list[str]:
    return of_type(text, "LOC")


@pytest.mark.parametrize(
    "text, places",
    [
        # dev b25, a Macau release on smart clearance: the port after 使用 / 適用
        ("完成“智能通關”登記後，可使用橫琴口岸、青茂口岸", ["橫琴口岸", "青茂口岸"]),
        # (台灣地區 one place since session 24's e45: the guideline's region + 地区 and the gold of
        # batches 34, 45 and 47, six spans in four documents; this release's gold alone keeps it bare)
        (
            "的台灣地區人士，則只適用橫琴口岸及港珠澳大橋口岸",
            ["台灣地區", "橫琴口岸", "港珠澳大橋"],
        ),
        # dev b25, the same release: 智慧口岸 is a kind of port, as 智能機場 is of airport
        ("為推進智慧口岸建設，提升通關體驗", []),
        ("全力推進智慧口岸建設，為居民和旅客提供", []),
    ],
)
def test_ports_after_a_verb_and_kinds_of_port(text, places):
    assert _places(text) == places, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, places",
    [
        # written: a city before a site's word is no venue after a verb (顯示|臺南 + 濕地)
        ("黑面琵鷺增加600隻，顯示臺南濕地保育成效良好", ["臺南"]),
    ],
)
def test_a_place_before_a_sites_word_stays_alone(text, places):
    assert _places(text) == places, spans(text)


@pytest.mark.parametrize(
    "text, places",
    [
        # dev b21, a news digest: the partner first, after a verb of two characters
        ('托卡耶夫表示，两国元首引领哈中关系进入新的"黄金30年"', ["哈", "中"]),
        # dev b21, the same digest: 南 is South Africa before a word that names two countries
        ("习近平主席高度重视中南关系。", ["中", "南"]),
        ("中南作为金砖国家和二十国集团成员", ["中", "南"]),
        # dev b20, a digest of two days later: the pair as a subject before 是
        ("李强表示，中孟是相知相亲的传统友邻。", ["中", "孟"]),
    ],
)
def test_china_and_a_partner(text, places):
    assert _places(text) == places, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, places",
    [
        # written: the centre-south of China, and 中南 as no pair of countries
        ("华中南部地区降雨偏多", ["华中"]),
        ("中南大学附属医院", []),
        # written: after a verb the pair is two places, as after a mark
        ("要开展塞中关系研究", ["塞", "中"]),
    ],
)
def test_centre_south_and_glued_pairs_stay(text, places):
    assert _places(text) == places, spans(text)


@pytest.mark.parametrize(
    "text, places",
    [
        # dev b25, a Hong Kong report on Myanmar: a state by its type word 邦
        ("由中國國家電力投資集團出資、位於克钦邦的大壩工程", ["克钦邦"]),
        # dev b25, the same report: a district of Yangon by its type word 區
        ("軍警到蘭達亞區鎮壓，有市民受傷。", ["蘭達亞區"]),
        # written: another state of Myanmar
        ("掸邦北部局势紧张，克伦邦也有冲突", ["克伦邦"]),
    ],
)
def test_foreign_states_and_districts(text, places):
    assert _places(text) == places, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, places",
    [
        # written: a federation, a city-state and a district's word stay what they are
        ("美利坚合众国联邦政府", ["美利坚合众国"]),
        ("古希腊城邦", ["希腊"]),
        ("阿姆斯特丹郊区", ["阿姆斯特丹"]),
    ],
)
def test_federations_and_suburbs_stay(text, places):
    assert _places(text) == places, spans(text)


@pytest.mark.parametrize(
    "text, places",
    [
        # dev b25, Shanghai's plan of its transport system: river tunnels named by their road
        (
            "推进银都路越江隧道、龙水南路越江隧道、隆昌路越江隧道等项目建设。",
            ["银都路越江隧道", "龙水南路越江隧道", "隆昌路越江隧道"],
        ),
        # dev b25, the same plan: an expressway named by its road
        ("有序推进漕宝路快速路项目建设。", ["漕宝路快速路"]),
        # written: a viaduct named by its road
        ("完成延安路高架设施提升", ["延安路高架"]),
    ],
)
def test_road_works_named_by_their_road(text, places):
    assert _places(text) == places, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, places",
    [
        # written: the kinds of road with no road's name before them
        ("在高速公路、城市快速路上违法停车的", []),
        ("道路高架桥下空间", []),
    ],
)
def test_kinds_of_road_stay(text, places):
    assert _places(text) == places, spans(text)


@pytest.mark.parametrize(
    "text, places",
    [
        # the outline check's Taipei lantern festival traffic notice: a road before its side,
        # its junction and its bracket, and a section's cross streets named bare
        ("2月26日(四)開幕日，中華路西側臨近成都路口計程車排班區取消。", ["中華路", "成都路"]),
        (
            "西門紅樓廣場全天禁止進入；中華路(開封至長沙路段) 16:00-22:00",
            ["中華路", "開封", "長沙"],
        ),
        ("花博展區：玉門至中山路段 16:00-22:00", ["花博展區", "玉門", "中山"]),
        # the check's Ximen lighting release: a road before a direction
        ("沿成都路往中華路方向，Hirono小野與", ["成都路", "中華路"]),
    ],
)
def test_roads_in_traffic_notices(text, places):
    assert _places(text) == places, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, places",
    [
        # written: a notice's verb opens no road's name; 路口 of a kind, 口岸 no junction
        ("下午起封闭汉中街，车辆改道", ["汉中街"]),
        ("在十字路口右转", []),
    ],
)
def test_notice_verbs_and_junction_words(text, places):
    assert _places(text) == places, spans(text)


@pytest.mark.parametrize(
    "text, found",
    [
        # dev b25, a Hong Kong report on Myanmar: a city, then China's embassy in it (round 32
        # reads the embassy named by its country alone as the body the gold has)
        ("一名在仰光中國大使館外示威的緬族年輕人", [("仰光", "LOC"), ("中國大使館", "ORG")]),
        # written: the same in Tokyo; a chain from country to city stays one place
        ("在东京中国大使馆外", [("东京", "LOC"), ("中国大使馆", "ORG")]),
        ("在广东佛山举行", [("广东佛山", "LOC")]),
    ],
)
def test_china_ends_no_chain(text, found):
    assert spans(text) == found
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, places",
    [
        # dev b19, a company's news: its Asia-Pacific region by 区
        ("朗盛半结晶产品业务部亚太区负责人卫业克说", ["亚太区"]),
        # dev b18, a Macau release: the same after a list's 及
        ("邀請該學院香港及亞太區總監Mr. Kenny Siu擔任主講者", ["香港", "亞太區"]),
        # written: 区域 is the word "region" after the place
        ("推进亚太区域合作", ["亚太"]),
    ],
)
def test_a_companys_world_region(text, places):
    assert _places(text) == places, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, places",
    [
        # dev b4, Tainan's replies to its council: a sugar refinery named for its district
        ("例如將新營糖廠轉化成為無汙染的機能", ["新營糖廠"]),
        # dev b20, Yangpu's heritage plan: waterworks named for their place
        (
            "推进杨树浦水厂深度处理改造建设工程，启动闸北水厂深度处理改造",
            ["杨树浦水厂", "闸北水厂"],
        ),
    ],
)
def test_waterworks_and_refineries(text, places):
    assert _places(text) == places, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, places",
    [
        # written: kinds of waterworks name no site
        ("新建自来水厂两座", []),
        ("该糖厂已停产", []),
    ],
)
def test_kinds_of_waterworks_stay(text, places):
    assert _places(text) == places, spans(text)


@pytest.mark.parametrize(
    "text, places",
    [
        # dev b19, a Taiwan presidential release on 228: memorials named by the day
        (
            "推動建立二二八紀念碑、二二八公園、二二八紀念館等。",
            ["二二八紀念碑", "二二八公園", "二二八紀念館"],
        ),
        ("在2011年2月28日，二二八國家紀念館正式開館營運", ["二二八國家紀念館"]),
        # written: a museum named by the day in the mainland
        ("参观九一八历史博物馆", ["九一八历史博物馆"]),
    ],
)
def test_memorials_named_by_a_day(text, places):
    assert _places(text) == places, spans(text)
    same_in_every_view(text)


def test_a_day_before_its_event_stays_a_date():
    # written: the day before a gathering is a date, as before
    assert of_type("六四集会在维园举行", "DATE") == ["六四"], spans("六四集会在维园举行")


@pytest.mark.parametrize(
    "text, places",
    [
        # dev b25, Shanghai's transport plan: 区里|加强, no Riga
        ("按照市区分工，督促区里加强城市生活性集散交通系统建设", []),
        # written: Riga itself
        ("会议在拉脱维亚首都里加举行", ["拉脱维亚", "里加"]),
    ],
)
def test_riga_across_a_words_edge(text, places):
    assert _places(text) == places, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, places",
    [
        # dev b20, a Taiwan presidential release: a country before its mission is no district
        # of a street (聖露西亞|駐臺大使, not 西亞 + …路), and the allies' names in Taiwan's usage
        ("在場觀禮者包括聖露西亞駐臺大使路易斯（Robert Kennedy Lewis）", ["聖露西亞", "臺"]),
        ("總統贈勳聖文森國駐臺大使柏安卓表彰深化兩國邦誼", ["聖文森國", "臺"]),
        ("總統今（25）日下午頒授聖文森及格瑞那丁駐臺大使柏安卓", ["聖文森及格瑞那丁", "臺"]),
        # dev b25, the Hong Kong report on Myanmar: its second city
        ("一名24歲的曼德勒華裔青年示威者說", ["曼德勒"]),
    ],
)
def test_taiwans_allies_and_myanmars_cities(text, places):
    assert _places(text) == places, spans(text)
    same_in_every_view(text)


def test_zhongshan_hall_is_one_place():
    # the outline check's Taipei lantern festival smoking zones: the hall, not the city 中山
    text = "2、中山堂、福星國小周邊人行道"
    assert _places(text) == ["中山堂"], spans(text)
    same_in_every_view(text)

"""Round 15 of #13, LOC: classes of places reached by data and grammar rather than by the
sentences of one document. Named natural features from jieba's place words
(natural_places.txt: 马鬃山, 涑水河, 喀喇昆仑山, 马拉维湖), a village or town named after one
(马鬃山村, 琉璃河镇), a zone joined by a hyphen to a local name (笋岗-清水河片区). Real
sentences of dev documents and written phrases, in every script view; common nouns, idioms and
people's names left alone."""

from __future__ import annotations

import pytest

from gui.core.entities.gazetteer import gazetteer
from tests.core.entity_views import same_in_every_view, spans


def _of(text: str, kind: str) -> list[str]:
    return [s for s, t in spans(text) if t == kind]


@pytest.mark.parametrize(
    "text, places",
    [
        # dev, gw-cn-badong-geohazard-reply-2004: the mountain, and the village named after it
        ("自2004年3月8日至7月7日，马鬃山地震监测在25公里范围内共记录到振动事件567次", ["马鬃山"]),
        ("对于马鬃山房屋开裂的原因，专家组认为", ["马鬃山"]),
        ("建议你省按照专家组意见，做好马鬃山村及周围地区地下振动的长期监测工作", ["马鬃山村"]),
        (
            "关于湖北省巴东县官渡口镇马鬃山村地质险情调研情况的报告",
            ["湖北省巴东县官渡口镇马鬃山村"],
        ),
        # dev, news-cn-shenzhen-work-report-2022: a local name joined to a place by a hyphen
        ("北站国际商务区、笋岗-清水河片区、光明科学城中心区", ["笋岗-清水河片区"]),
        # written: features of the world and of China that no hand list held
        ("这条隧道位于津轻海峡", ["津轻海峡"]),
        ("他们确认在开发湄公河盆地方面有共同的利益", ["湄公河"]),
        ("越过雪线，登上了喀喇昆仑山。", ["喀喇昆仑山"]),
        ("集雄奇与秀美于一身的马拉维湖是大自然的馈赠", ["马拉维湖"]),
        ("游客来到琉璃河镇参观", ["琉璃河镇"]),
    ],
)
def test_named_natural_features(text, places):
    found = _of(text, "LOC")
    for place in places:
        assert place in found, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, not_a_place",
    [
        # written: common nouns, idioms and people jieba tags as places
        ("他说话总是信口开河", "信口开河"),
        ("翻过崇山峻岭才到村里", "崇山峻岭"),
        ("暴雨形成了堰塞湖", "堰塞湖"),
        ("这是一座休火山", "休火山"),
        ("钟南山院士表示", "钟南山"),
        ("推翻了压在人民头上的三座大山", "三座大山"),
        ("亚历山大大帝", "亚历山"),
        ("在深山村里", "深山村"),
    ],
)
def test_words_that_are_no_feature(text, not_a_place):
    assert (not_a_place, "LOC") not in spans(text), spans(text)


def test_the_list_holds_features_of_three_characters_or_more():
    natural = gazetteer().natural_places
    assert {"马鬃山", "湄公河", "津轻海峡", "西西里岛"} <= natural
    assert all(len(name) >= 3 for name in natural)
    # two characters are too often a common word (高山, 江河, 登山)
    assert not {"高山", "江河", "登山", "江湖"} & natural


@pytest.mark.parametrize(
    "text, year, place",
    [
        # outline check, tw-taipei-lantern-ip-launch-2026
        ("不只變形金剛！2026台北燈節花博展區亮點一次看", "2026", "台北"),
        ("觀傳局表示，2026台北燈節小提燈結合科技", "2026", "台北"),
        # written: the same in the mainland's script, and 台南 after a year
        ("2025台南灯会开幕", "2025", "台南"),
    ],
)
def test_a_year_before_taipei_is_no_count_of_machines(text, year, place):
    found = spans(text)
    assert (year, "DATE") in found and (place, "LOC") in found, found
    assert not [s for s, t in found if t == "QUANT"], found
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, count",
    [
        # written: 台 counts machines before 北京, 南方, 中央 (a measure word, not Taiwan)
        ("购置3台北京产的机床", "3台"),
        ("运来5台南方产的设备", "5台"),
        ("安装10台中央空调", "10台"),
    ],
)
def test_machines_before_a_word_stay_counted(text, count):
    assert (count, "QUANT") in spans(text), spans(text)


@pytest.mark.parametrize(
    "text, sites",
    [
        # outline check, tw-taipei-lantern-expo-highlights-2026
        ("2月25日至3月15日在花博展區與西門展區盛大登場", ["花博展區", "西門展區"]),
        (
            "花博展區鄰近商圈、宮廟、大龍街夜市、士林夜市及陽明山等旅遊熱點",
            ["大龍街夜市", "士林夜市"],
        ),
        # outline check, tw-taipei-lantern-ip-launch-2026
        ("臺北孔廟、大龍峒保安宮、圓山商圈、大龍峒商圈", ["圓山商圈", "大龍峒商圈"]),
        ("步行即可抵達燈節展區，更可順遊周邊中山商圈、景福宮", ["中山商圈"]),
        # outline check, tw-taipei-lantern-ximen-lighting-2026
        ("今（26）日晚間為西門展區點燈，高達8公尺", ["西門展區"]),
    ],
)
def test_districts_markets_and_zones_named_in_notices(text, sites):
    found = _of(text, "LOC")
    for site in sites:
        assert site in found, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, not_a_site",
    [
        # dev, press-mo-tourism-expo-closing-2026: sections of exhibitors by their origin
        ("包括港澳展區864個、中國內地展區324個和國際展區329個", "港澳展區"),
        ("包括港澳展區864個、中國內地展區324個和國際展區329個", "中國內地展區"),
        # dev, wr-tianjin-2026: a development area, no exhibition zone
        ("义务教育优质均衡发展区继续扩围", "均衡发展区"),
        # dev, press-tw-president-orchid-show-2026: the verb's object
        ("一同進行啟動儀式及參觀展區，親身體驗蘭花之美", "參觀展區"),
        # dev, press-tw-tainan-west-market-2026: the district's shops, and a verb's object
        ("帶動百年市場與中西區商圈全面升溫", "中西區商圈"),
        ("為持續活化歷史場域並強化商圈發展動能", "強化商圈"),
        # outline check: counted zones, the festival's zones, common nouns
        ("本次燈節在雙展區皆規劃吸菸區", "雙展區"),
        ("步行即可抵達燈節展區，更可順遊", "燈節展區"),
        ("今年活動期間展區及周邊禁止吸菸", "活動期間展區"),
        ("周邊商圈也推出燈節優惠", "周邊商圈"),
    ],
)
def test_site_words_that_name_no_site(text, not_a_site):
    assert (not_a_site, "LOC") not in spans(text), spans(text)


@pytest.mark.parametrize(
    "text, place",
    [
        # written: a foreign city named after its country is one place with it, as the chains
        # of the guideline (广东佛山; the check set's 韓國大邱, 保加利亞布爾加斯)
        ("代表团赴泰国曼谷、柬埔寨金边访问", "泰国曼谷"),
        ("代表团赴泰国曼谷、柬埔寨金边访问", "柬埔寨金边"),
        ("美国纽约的联合国总部", "美国纽约"),
    ],
)
def test_a_foreign_city_after_its_country(text, place):
    assert (place, "LOC") in spans(text), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, places",
    [
        # dev, news-hk-palace-museum-funding-2017: the palace museum named by its place
        ("《眾新聞》再向馬會查詢西九故宮項目的詳情審批程序", ["西九故宮"]),
        ("並會呈交董事局以作批核，香港故宮項目也不例外。」", ["香港故宮"]),
        # outline check, tw-taipei-lantern-ip-launch-2026: temples in a list of sights
        (
            "景福宮、文昌宮、晴光市場、臺北孔廟、大龍峒保安宮、圓山商圈",
            ["景福宮", "文昌宮", "臺北孔廟", "大龍峒保安宮"],
        ),
        # written: world and Tibetan palaces and temples
        ("布达拉宫、大昭寺、色拉寺、哲蚌寺等著名古迹", ["布达拉宫", "大昭寺", "色拉寺", "哲蚌寺"]),
        ("上万人聚集在通往白金汉宫的皇家大道上", ["白金汉宫"]),
    ],
)
def test_temples_and_palaces_by_name(text, places):
    found = _of(text, "LOC")
    for place in places:
        assert place in found, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, word",
    [
        # dev, news-hk-palace-museum-funding-2017: the museum is one place
        ("審批在西九文化區發展香港故宮文化博物館的建議", "香港故宮"),
        # outline check, tw-taipei-lantern-ximen-lighting-2026: 宫庙 "temples", a common noun
        ("在地宮廟及企業也紛紛響應推出精彩主題燈組", "地宮"),
        # written: words that end in the temple characters
        ("春节期间走出庙会，到一家小店", "走出庙"),
        ("剖宫产分娩比例下降", "剖宫"),
        ("茂名市茂南区原有神庙近二百座", "神庙"),
        ("故宫博物院也在改革", "故宫"),
    ],
)
def test_words_with_temple_characters_left_alone(text, word):
    assert (word, "LOC") not in spans(text), spans(text)


def test_the_white_house_stays_the_body():
    # dev, news-cn-xwlb-digest-2026
    text = "美国白宫发言人18日称，因后勤问题推迟了美国副总统的行程"
    assert ("白宫", "ORG") in spans(text) and ("美国", "LOC") in spans(text), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        # outline check, mo-news-youth-study-tour-2026
        "了解我國修建長城的歷史，感受600年嘉峪關關城作為古代軍事要塞的雄偉",
        "副會長周勝表示，長城是中華民族的精神象徵",
    ],
)
def test_the_great_wall(text):
    assert ("長城", "LOC") in spans(text), spans(text)
    same_in_every_view(text)


def test_the_great_wall_inside_names_is_no_place():
    # written: a carmaker and a hotel named after it
    assert ("长城", "LOC") not in spans("长城汽车销量增长"), spans("长城汽车销量增长")
    assert ("长城", "LOC") not in spans("入住北京长城饭店"), spans("入住北京长城饭店")


@pytest.mark.parametrize(
    "text, places",
    [
        # outline check, tw-taipei-lantern-ip-launch-2026: the system's word before 至 and
        # before a list of stations holds for each station
        ("除了搭乘捷運至圓山站，推薦民眾亦可搭乘至中山國小站", ["圓山站"]),
        ("鄰近捷運圓山站及中山國小站，交通便利", ["捷運圓山站", "中山國小站"]),
        # written
        ("乘地铁到西单站下车", ["西单站"]),
        # outline check, mo-news-apec-tourism-2026 (Simplified there): a continent
        ("可再往远走，欧洲、美洲甚至部分中亚", ["欧洲", "美洲"]),
        # outline check, the lantern notices: Taipei's areas the press names alone
        ("大龍街夜市、士林夜市及陽明山等旅遊熱點", ["陽明山"]),
        ("賞燈之外，也到西門町周邊的商圈宮廟景點走走", ["西門町"]),
    ],
)
def test_stations_continents_and_areas(text, places):
    found = _of(text, "LOC")
    for place in places:
        assert place in found, spans(text)
    same_in_every_view(text)


def test_a_train_that_arrives_names_no_station():
    assert not _of("地铁到站后请先下后上", "LOC")


@pytest.mark.parametrize(
    "text, place",
    [
        # outline check, tw-taipei-lantern-ip-launch-2026 and the smoking-zones notice
        ("今年新增的花博展區位於花博公園圓山園區，鄰近捷運圓山站", "花博公園圓山園區"),
        ("1、花博公園圓山園區及周邊場域，東側至中山北路3段", "花博公園圓山園區"),
        # written: a park's gate, as a venue's
        ("请从朝阳公园南门入园", "朝阳公园南门"),
    ],
)
def test_a_park_goes_on_into_its_area_and_gates(text, place):
    assert (place, "LOC") in spans(text), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, place",
    [
        # dev, news-cn-xwlb-digest-2026
        ('毛泽东带领中共中央机关离开西柏坡，踏上"进京赶考"之路', "西柏坡"),
        ("新中国的国名为中华人民共和国，北平为首都，并改名为北京", "北平"),
        # dev, press-mo-hengqin-art-fair-2026
        ("為觀眾帶來層次豐富的視聽享受。烏鎮戲劇節精品團隊帶來", "烏鎮"),
        # dev, wr-tianjin-2026
        ("接续拓展夏季达沃斯论坛成果效能", "达沃斯"),
        # dev, news-cn-xwlb-digest-20260622
        ("巍巍宝塔山，承载着不灭的信仰", "宝塔山"),
        ("在杨家岭、枣园等革命旧址，一件件实物", "杨家岭"),
        # written: a township named after the site is one place with its level word
        ("企业家慷慨地为西柏坡乡受损的职业中学投资", "西柏坡乡"),
    ],
)
def test_sites_of_history_and_forum_towns(text, place):
    assert (place, "LOC") in spans(text), spans(text)
    same_in_every_view(text)


def test_the_old_name_of_beijing_needs_a_word_boundary():
    # written: 苏北 + 平原, not 北平
    assert ("北平", "LOC") not in spans("苏北平原上的村庄"), spans("苏北平原上的村庄")


def test_the_error_shapes_tool_classifies_and_counts():
    """benchmarks/loc_error_shapes.py: the class of a place by its end, on the pivot, and the
    units of a document (a miss, a wrong edge, a place under another type's span)."""
    import sys

    from tests.conftest import REPO

    sys.path.insert(0, str(REPO / "benchmarks"))
    from loc_error_shapes import shape, units

    assert shape("馬鬃山") == "natural" and shape("西門展區") == "venue/site"
    assert shape("安亭镇") == "town/village" and shape("海淀") == "bare name"
    assert shape("港") == "one-char"
    text = "在馬鬃山村和花博展區，「西門展區」"
    gold = {(1, 5, "LOC"), (6, 10, "LOC"), (12, 16, "LOC")}
    found = {(1, 4, "LOC"), (11, 17, "TERM")}
    assert sorted(units(text, gold, found)) == [
        ("edge", (1, 5, "LOC")),
        ("miss", (6, 10, "LOC")),
        ("miss (other type)", (12, 16, "LOC")),
    ]


@pytest.mark.parametrize(
    "text, pair",
    [
        # written, in the form of People's Daily's world news: a pair before a word of relations
        ("记者：印巴两国间关系和解存在困难", ("印", "巴")),
        ("尽管巴以谈判遭遇挫折", ("巴", "以")),
        ("墨美两国在反毒斗争上合作", ("墨", "美")),
        ("目前意中两国关系很好", ("意", "中")),
    ],
)
def test_one_character_countries_paired_before_a_word_of_relations(text, pair):
    found = _of(text, "LOC")
    assert list(pair) == found[:2], spans(text)
    same_in_every_view(text)


def test_the_common_characters_stay_words_elsewhere():
    # written: 巴 in 下巴, 尾巴 and 巴不得; 意 in 满意
    for text in ("他摸着下巴间的胡子", "尾巴关系到平衡", "大家对中美关系的进展很满意"):
        assert not {"巴", "意"} & set(_of(text, "LOC")), spans(text)


@pytest.mark.parametrize(
    "text, pair",
    [
        # dev, news-hk-rthk-greater-china-digest-2025: China and a partner as a headline's subject
        ("習近平於柬埔寨傳媒發文\u3000稱中柬要強化戰略協作共同反對霸權主義", ("中", "柬")),
        ("習近平：中馬將與地區國家突破單邊主義和保護主義", ("中", "馬")),
        # written
        ("会谈中，中印双方同意加强合作", ("中", "印")),
    ],
)
def test_china_and_a_partner_as_a_clause_subject(text, pair):
    found = _of(text, "LOC")
    assert pair[0] in found and pair[1] in found, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize("text", ["，中老年人要多运动", "，中东将迎来降温", "他说中国要发展"])
def test_words_that_begin_with_zhong_stay_words(text):
    assert "中" not in _of(text, "LOC"), spans(text)

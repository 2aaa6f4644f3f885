"""General coverage of the recogniser (issue #13, second round): patterns of the language and
the genre, and public data, each tested on sentences written for the pattern (not taken from
the evaluation documents), with a guard that the pattern does not fire where it should not."""

from __future__ import annotations

import pytest

from gui.core.entities import recognise


def texts(text: str, etype: str) -> list[str]:
    return [e.text for e in recognise(text) if e.type == etype]


# -- world places: ISO 3166 countries and subdivisions, capitals and large cities ----------


@pytest.mark.parametrize(
    "text, place",
    [
        ("代表团随后访问了葡萄牙和保加利亚。", "保加利亚"),
        ("与乌拉圭签署合作备忘录", "乌拉圭"),
        ("該公司在維吉尼亞州設廠", "維吉尼亞州"),
        ("他曾在寮國工作三年", "寮國"),
        ("新加坡、吉隆坡和雅加达的航线", "吉隆坡"),
        ("华北地区出现大范围降雪", "华北地区"),
    ],
)
def test_world_places_from_public_lists(text, place):
    assert place in texts(text, "LOC")


@pytest.mark.parametrize(
    "text, word",
    [
        ("广东加快建设现代产业体系", "东加"),  # Tonga's Taiwan name runs into 广东加快
        ("他在山口等候", "山口"),  # a prefecture of Japan, a common word here
        ("东部地区和中西部地区协调发展", "东部地区"),  # descriptive regions are no places
    ],
)
def test_world_names_that_are_common_words_are_not_places(text, word):
    assert word not in texts(text, "LOC")


def test_a_new_country_before_a_university_is_a_place_of_its_own():
    found = {(e.type, e.text) for e in recognise("她毕业于葡萄牙里斯本大学")}
    assert ("LOC", "葡萄牙") in found


# -- sites below the county: towns, roads, plants, ports, rail lines, factories ------------


@pytest.mark.parametrize(
    "text, place",
    [
        # A chain of places from the larger to the smaller is one place (batch-2 gold:
        # 安徽无为市刘渡镇, 河北省平山县西柏坡纪念馆).
        ("嘉定区安亭镇和朱家角镇加快建设", "嘉定区安亭镇"),
        ("嘉定区安亭镇和朱家角镇加快建设", "朱家角镇"),
        ("公司地址为衡山路88号", "衡山路88号"),
        ("陕西北路1088弄3号的老洋房", "陕西北路1088弄3号"),
        ("康定路与江宁路交叉口", "江宁路"),
        ("在康定路、昌平路和余姚路沿线", "昌平路"),
        ("沿着北京西路前行", "北京西路"),
        ("同意石洞口電廠擴建", "石洞口電廠"),
        ("批准石洞口电厂扩建", "石洞口电厂"),
        ("大亚湾核电站二期", "大亚湾核电站二期"),
        ("宁波舟山港和上海港的吞吐量", "宁波舟山港"),
        ("大秦线运量增加", "大秦线"),
    ],
)
def test_sites_are_places(text, place):
    assert place in texts(text, "LOC")


@pytest.mark.parametrize(
    "text",
    [
        "加强城镇和乡镇建设，推动历史文化名镇保护，坐镇指挥，返乡创业。",
        "走好发展之路，共建一带一路，开辟道路，思路清晰，香港街头。",
        "中长线规划，守住底线，一线城市，沿线国家，生产线。",
        "本港经济，深港合作，加工厂，电厂。",
        "他在马路边，全市300个乡镇。",
    ],
)
def test_common_nouns_on_site_suffixes_are_not_places(text):
    assert [t for t in texts(text, "LOC") if t != "香港"] == []


def test_a_factory_named_for_its_place_is_a_company():
    assert texts("洛阳拖拉机厂与其他企业合作", "ORG") == ["洛阳拖拉机厂"]
    assert texts("兴建一座加工厂", "ORG") == []
    assert texts("該公司在維吉尼亞州設廠", "ORG") == []  # 设厂: "set up a factory"


# -- organisations: national bureaus by pattern, university departments, world bodies -------


@pytest.mark.parametrize(
    "text, body",
    [
        ("国家消防救援局发布通知", "国家消防救援局"),  # not in any list: the pattern
        ("国务院安全生产委员会办公室印发", "国务院安全生产委员会办公室"),
        ("中共中央网络安全和信息化委员会办公室", "中共中央网络安全和信息化委员会办公室"),
        ("國立臺灣大學法律系教授", "國立臺灣大學法律系"),
        ("北京大学中文系毕业", "北京大学中文系"),
        ("北约秘书长表示", "北约"),
    ],
)
def test_bodies_by_pattern_and_public_lists(text, body):
    assert body in texts(text, "ORG")


@pytest.mark.parametrize(
    "text", ["国家有关部委联合发文", "完善社会保障体系", "加强联系", "他主修政治学系列课程"]
)
def test_national_words_and_department_suffixes_alone_are_no_bodies(text):
    assert texts(text, "ORG") == []


# -- people: appointments, nominees and candidates, more titles -----------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("国务院任命王晓东为国家发展改革委副主任", "王晓东"),
        ("免去刘德明的副主任职务", "刘德明"),
        ("会议选举李明担任主席", "李明"),
        ("考试委员被提名人周万来，", "周万来"),
        ("监察委员被提名人林秀莲女士表示", "林秀莲"),
        ("行长易纲表示", "易纲"),
    ],
)
def test_people_in_appointments_and_after_roles(text, name):
    assert name in texts(text, "PER")


@pytest.mark.parametrize(
    "text",
    [
        "注重发挥专家解读作用",  # 专家 is no title: 解读 is a verb, not 解 + 读
        "任命程序依法进行，选举结果为有效",
        "理事会决定，助理研究员参加",
    ],
)
def test_role_words_before_common_words_make_no_people(text):
    assert texts(text, "PER") == []


# -- a verb before a place-led name ends the name (verbs.txt, from jieba's tagged word list) --


@pytest.mark.parametrize(
    "text, body",
    [
        ("他们拜访宁波大学。", "宁波大学"),
        ("网民质疑杭州市人民医院的做法。", "杭州市人民医院"),
        ("并赞扬浙江省科技厅。", "浙江省科技厅"),
        ("村民起诉深圳市规划和自然资源局。", "深圳市规划和自然资源局"),
    ],
)
def test_a_verb_before_a_place_led_body_is_not_part_of_it(text, body):
    assert texts(text, "ORG") == [body]


def test_verbs_inside_known_names_still_hold():
    # 监督 and 管理 are verbs, but inside a bureau's name (they are never in verbs.txt).
    assert texts("上海市市场监督管理局发布", "ORG") == ["上海市市场监督管理局"]


# -- Hong Kong forms of address: 陈生 "Mr Chan", 苏太 "Mrs So" --------------------------------


@pytest.mark.parametrize(
    "text, names",
    [
        ("陈生说，会视情况而定。", ["陈"]),
        ("苏太：而家好好多。", ["苏"]),
        ("黄太称赞牙科服务。", ["黄"]),
        ("梁生形容那是一个奇迹。", ["梁"]),  # any speech verb, not a list of sentences
        ("陈生荣表示支持。", ["陈生荣"]),  # a given name, not 陈生 + 荣
        ("加强卫生工作，毕生难忘。", []),
    ],
)
def test_hong_kong_forms_of_address_before_a_verb_or_a_mark(text, names):
    assert texts(text, "PER") == names


# -- Hong Kong, Macau and Taiwan places ---------------------------------------------------


@pytest.mark.parametrize(
    "text, place",
    [
        ("他住在鲗鱼涌，在中环上班", "鲗鱼涌"),
        ("周末去长洲和南丫岛", "长洲"),
        ("澳门花地玛堂区的居民", "澳门花地玛堂区"),  # a chain of places is one place
        ("新北市板桥区的公所", "新北市板桥区"),
        ("前往日月潭参观", "日月潭"),
    ],
)
def test_hong_kong_macau_and_taiwan_places(text, place):
    assert place in texts(text, "LOC")


def test_taiwan_district_names_that_are_common_words_are_left_out():
    assert texts("中和反应，三重保障", "LOC") == []


def test_rivers_seas_and_parties_from_the_lists():
    assert {"黄浦江", "京杭大运河", "杭州湾大桥"} <= set(
        texts("黄浦江两岸、京杭大运河申遗与杭州湾大桥", "LOC")
    )
    assert texts("民众党和时代力量发表声明", "ORG") == ["民众党", "时代力量"]


# -- subdistricts (towns.txt), towns by pattern, Taiwan districts (taiwan_districts.txt) ----


@pytest.mark.parametrize(
    "text, place",
    [
        ("黄浦区南京东路街道和朱家角镇", "黄浦区南京东路街道"),
        ("黄浦区南京东路街道和朱家角镇", "朱家角镇"),
        ("城关镇的集市", "城关镇"),
        ("新北市三峡区与瑞芳区", "瑞芳区"),
    ],
)
def test_listed_townships_and_taiwan_districts_are_places(text, place):
    assert place in texts(text, "LOC")


def test_a_township_government_or_office_is_a_body():
    found = texts("安亭镇政府、虹桥街道办事处，各街道办事处", "ORG")
    assert found == ["安亭镇政府", "虹桥街道办事处"]


@pytest.mark.parametrize("text", ["中心镇建设", "各街道要加强管理", "街道社区", "特色小镇"])
def test_generic_towns_and_streets_are_no_places(text):
    assert texts(text, "LOC") == []


# -- regions: a province's abbreviation and a direction; the great regions ---------------------


@pytest.mark.parametrize(
    "text, region",
    [
        ("鲁西南地区的电网", "鲁西南地区"),
        ("皖北、豫东的粮食外运", "豫东"),
        ("苏南和苏北经济", "苏北"),
        ("推动东北振兴", "东北"),
        ("东北、华北和西北", "西北"),
    ],
)
def test_regions_named_by_abbreviation_and_direction(text, region):
    assert region in texts(text, "LOC")


@pytest.mark.parametrize(
    "text", ["城市东北部", "东北方向", "西南风", "新南向政策", "位于城市西南的"]
)
def test_directions_are_no_regions(text):
    assert texts(text, "LOC") == []


def test_a_person_named_in_full_is_later_named_by_surname_and_title():
    text = "被提名人周立新表示，周院长强调，国王院长不在。"
    assert texts(text, "PER") == ["周立新", "周"]
    assert texts("周院长强调", "PER") == []  # no full name earlier: no evidence


# -- Hong Kong and Macau bodies with 及/暨 in their names; level words before known bureaus ----


@pytest.mark.parametrize(
    "text, body",
    [
        ("統計暨普查局公布數據", "統計暨普查局"),
        ("社會文化司司長歐陽瑜出席", "社會文化司"),
        ("創新科技及工業局局長", "創新科技及工業局"),
        ("人才發展委員會召開會議", "人才發展委員會"),
        ("区政府责成区文化局办理", "区文化局"),  # 文化局 is a known Macau body too
    ],
)
def test_hong_kong_and_macau_bodies(text, body):
    assert body in texts(text, "ORG")


def test_state_forest_farms_are_bodies_and_family_farms_are_not():
    assert texts("塞罕坝机械林场获联合国地球卫士奖", "ORG") == ["塞罕坝机械林场", "联合国"]
    assert texts("发展家庭农场和休闲农场", "ORG") == []


def test_biographies_open_with_the_name_and_a_career_verb():
    assert texts("林秀莲，现任法官，曾任律师。", "PER") == ["林秀莲"]
    found = {(e.type, e.text) for e in recognise("张志明，曾任台湾大学教授。")}
    assert {("PER", "张志明"), ("ORG", "台湾大学")} <= found  # 大学教授 is no 大学教育
    assert texts("会议指出，现任领导要负责。", "PER") == []


def test_taiwan_bodies_and_short_forms_that_are_no_words():
    text = "曾任銓敘部政務次長、行政院人事行政總處副人事長"
    assert texts(text, "ORG") == ["銓敘部", "行政院人事行政總處"]
    assert texts("高效办成大件运输，其中油气管道，平台电商", "ORG") == []  # 成大, 中油, 台电


@pytest.mark.parametrize(
    "text, hall", [("上海博物馆展出", "上海博物馆"), ("参观国家博物馆", "国家博物馆")]
)
def test_museums_named_by_their_place_or_the_nation_are_venues(text, hall):
    assert hall in texts(text, "LOC")


@pytest.mark.parametrize(
    "text", ["进一步调动博物馆利用馆藏", "支持非国有博物馆发展", "拟议博物馆的资料"]
)
def test_a_museum_without_a_name_is_no_venue(text):
    assert texts(text, "LOC") == []


def test_runs_of_province_abbreviations_before_a_relating_word():
    assert texts("苏浙皖三省经济总量", "LOC") == ["苏", "浙", "皖"]
    assert texts("湘赣交界地区", "LOC") == ["湘", "赣"]
    assert texts("京津冀协同发展", "LOC") == ["京津冀"]  # a region of its own
    assert "新" not in texts("新宁地区", "LOC")  # the county 新宁


@pytest.mark.parametrize(
    "text, name",
    [
        ("美国总统唐纳德·特朗普表示", "唐纳德·特朗普"),
        ("伊萬．納威出席", "伊萬．納威"),
        ("约瑟夫·拜登，", "约瑟夫·拜登"),
    ],
)
def test_transliterated_names_with_a_middle_dot(text, name):
    assert name in texts(text, "PER")


def test_a_dotted_name_inside_a_longer_name_or_a_venue_is_no_person():
    assert texts("华特·克朗凯特新闻与大众传播学院", "PER") == []
    assert texts("上生·新所开放", "PER") == []


def test_care_homes_and_clinics_are_bodies():
    text = "县妇幼保健院改扩建，松园路养老院建设项目，新建一所养老院，乡镇卫生院。"
    assert texts(text, "ORG") == ["县妇幼保健院", "松园路养老院"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("据王晓明介绍，今年以来", "王晓明"),
        ("图为张建国在车间查看", "张建国"),
        ("。张伟说，", "张伟"),
    ],
)
def test_sources_captions_and_plain_speech(text, name):
    assert texts(text, "PER") == [name]


def test_said_and_according_to_alone_make_no_people():
    assert texts("据说今年，总的来说，小说家说，他游说各方，据统计介绍。", "PER") == []


def test_more_news_organisations_and_papers_that_begin_a_word():
    found = texts("据中央社报道，联合报指出，端传媒与澳广视消息", "ORG")
    assert found == ["中央社", "联合报", "端传媒", "澳广视"]
    assert texts("联合报告显示", "ORG") == []


# -- quantities: currency before the amount, ranges, tenths, signs (second edition) ----------


@pytest.mark.parametrize(
    "text, amount",
    [
        ("奖励人民币5万元至8万元。", "人民币5万元至8万元"),
        ("给予港币500元资助", "港币500元"),
        ("数值在0至-100%之间", "0至-100%"),
        ("满意度达8成3，", "8成3"),
        ("约3至4成的企业", "3至4成"),
        ("增长+5%，", "+5%"),
    ],
)
def test_amounts_take_currency_range_and_sign(text, amount):
    assert amount in texts(text, "QUANT")


def test_tenths_need_a_number_that_stands_alone():
    assert texts("12成为全国第一，3成立新公司", "QUANT") == []


def test_a_decade_takes_its_part():
    assert texts("上世纪90年代中期，20世纪90年代初，80年代中国", "DATE") == [
        "90年代中期",
        "20世纪90年代初",
        "80年代",
    ]


@pytest.mark.parametrize(
    "text, name",
    [
        ("俄罗斯总统普京表示，", "普京"),
        ("联合国秘书长古特雷斯出席", "古特雷斯"),
        ("国务院总理李强表示", "李强"),
    ],
)
def test_foreign_leaders_after_their_title(text, name):
    assert name in texts(text, "PER")


def test_a_title_before_a_common_word_makes_no_foreign_name():
    assert texts("总理说明情况，总统府发言人", "PER") == []


def test_a_city_before_a_market_is_the_city_without_its_level_word():
    # 温州市场 reads 温州 + 市场 for every city, not only the three a list once named.
    assert texts("锦州市场繁荣，义乌市场兴旺，柳州市场活跃", "LOC") == ["锦州", "义乌", "柳州"]


def test_a_level_led_management_committee_is_a_body_not_a_zone_board():
    text = "区文物管理委员会各成员单位，兰州新区管理委员会"
    assert texts(text, "ORG") == ["区文物管理委员会", "兰州新区管理委员会"]


def test_the_new_patterns_give_the_same_spans_in_every_script_view():
    from gui.core.script import make_view

    text = (
        "嘉定区安亭镇和南京东路街道，衡山路88号，石洞口电厂，宁波舟山港，京广线，苏南和苏北经济。"
        "据王晓明介绍，俄罗斯总统普京表示，人民币5万元至8万元，统计暨普查局，90年代中期。"
    )
    spans = [(e.start, e.end, e.type) for e in recognise(text)]
    assert len(spans) == 14  # 嘉定区安亭镇 is one place
    for view in ("hant", "hk", "tw"):
        assert [(e.start, e.end, e.type) for e in recognise(make_view(text, view).text)] == spans

"""Places that stand as words of a sentence rather than as names with a type word (LOC): a
one-character abbreviation after a verb of motion, supply or concern (供港蔬菜, 援疆, 入津, 涉陕,
在汉, 大病不出澳, 对美关税谈判), a country's press (日媒预计), the Greater Bay Area named short
(服务湾区, 共建湾区税收人才队伍), rivers and canals by where they stand (都柳江流域, 视察安平运河),
foreign places by a transliteration and a type word (拉瓜伊拉州, 塔科马市, 埃特纳火山), a literary
name before 大地, a city's greater area (大台南), 中企, and a county named bare between a verb
of place and what is done there (在三重担任). Each is a row of ``_SCANS``; the scans of the
places named by one character (供港, 日媒, 中企, 港版国安法, 中柬) are in
:mod:`gui.core.entities.place_abbreviations`.

Each pattern opens on a character that alone is common (出, 对, 日, 湾), so each asks the word
lists of the gazetteer that no common word runs across its edges (提出, 出台, 日常, 美好, 当日).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from gui.core.entities.gazetteer import Gazetteer
from gui.core.entities.lexicon import PLACE_FALSE_CONTEXTS as FALSE
from gui.core.entities.lexicon import TRANSLIT_CHARS, is_cjk
from gui.core.entities.names import MASK, Candidate
from gui.core.entities.place_abbreviations import (
    CHINA_PAIR_SUBJECT,
    CHINESE_FIRMS,
    HK_LAW,
    PRESS,
    VERB_ABBREVIATION,
    abbreviation_at,
    china_pair_at,
    chinese_firms_at,
    clause_goes_on,
    hk_law_at,
    in_word,
    press_at,
)
from gui.core.entities.places import left_boundary

# 湾区 alone is the Greater Bay Area (粤港澳大湾区) in the releases of Guangdong, Hong Kong and
# Macau (服务湾区, 共建湾区, 展示湾区特色), not where 湾 ends a bay's name (大湾区, 北部湾区,
# 大亚湾区: the gazetteer's or a district's).
_BAY_AREA = re.compile("湾区")
_BAY_BEFORE = set("，。、；：:（(“「\n 的和与及在")


def _bay_area_at(masked: str, m: re.Match[str], gaz: Gazetteer) -> list[Candidate]:
    s = m.start()
    before = masked[s - 1 : s]
    if before and is_cjk(before) and before not in _BAY_BEFORE:
        if before in "大东西南北前后" or any(
            masked[s + 1 - k : s + 1] in gaz.places for k in range(2, 6)
        ):
            return []  # 大湾区, 北部湾区, 大亚湾区: a bay's name, not the Bay Area
    return [(s, m.end(), "LOC", 4)]


# A river named by a short proper name and 江, 河 or 溪 before a word of rivers (都柳江流域,
# 涪江、琼江两江交汇处, 以曾文溪为界, 黄河干流): the word says that the name is a river's. The
# gazetteer knows the great rivers; this finds the others where they stand so.
# A river's left or right bank gives the river (信江右岸, 信江左岸流口镇下游), as a shore does.
_RIVER_WORD = re.compile(
    "流域|交汇|干流|支流|沿岸|两岸|左岸|右岸|上游|中游|下游|水系|为界|入海口|两江|三江"
)
_RIVER_NOT = frozenset(
    "江河 运河 内河 界河 山河 大河 大江 小河 小溪 溪河 冰河 天河 银河 星河 河流".split()
)
_RIVER_NOT_START = set("大小内外该此本全各一这那其每条")


# 对卫河, 为卫河 (加强对卫河保护, 为卫河流域): a preposition, no river's first character.
_AFTER_PREPOSITION = set("以在与和及的沿从至到经处于了向对为")
# 美国西北部|塔科马市, 委内瑞拉北部|拉瓜伊拉州: the part of a country the place lies in.
_DIRECTION_PARTS = frozenset("东部 西部 南部 北部 中部".split())


def _clear_left(masked: str, s: int, gaz: Gazetteer) -> bool:
    """Whether a name may start at ``s``: after a mark, a preposition or particle, a verb, a
    function word or a place (地处|涪江, 视察|安平运河, 台南市|安平运河, 意大利|埃特纳火山)."""
    before = masked[s - 1 : s]
    two = masked[s - 2 : s]
    return (
        not before
        or not is_cjk(before)
        or before in _AFTER_PREPOSITION
        or two in gaz.verbs
        or two in gaz.function_words
        or two in _DIRECTION_PARTS
        or any(masked[s - k : s] in gaz.places for k in range(2, 5))
    )


def _river_at(masked: str, end: int, gaz: Gazetteer) -> int:
    """Where a river's name that ends at ``end`` starts (-1 if none)."""
    if masked[end - 1 : end] not in ("江", "河", "溪"):
        return -1
    if any(masked[end - k : end] in gaz.places for k in range(2, 5)):
        return -1  # 长江, 黄河: the gazetteer's
    if masked[end - 2 : end] in _RIVER_NOT:
        return -1  # 沿着运河两岸: a kind of river, whatever stands before it
    for k in (2, 3):  # the shortest name with a clear left edge (地处|涪江)
        s = end - k
        name = masked[s:end]
        if s < 0 or len(name) != k or not all(is_cjk(ch) for ch in name):
            continue
        if name[0] in _RIVER_NOT_START or name in gaz.function_words:
            continue
        if k == 3 and (name[0] in "着了过的地得是" or name[:2] in gaz.function_words):
            continue
        if any(ch in "两三四五六七八九十" for ch in name[:-1]):
            continue  # 两江 (交汇), 三江: a count of rivers
        if _clear_left(masked, s, gaz):
            return s
    return -1


# A canal is named by a two-character proper name and 运河 (平陆运河, 安平运河) wherever it
# stands after a boundary, a preposition or a verb (视察安平运河, 改变了安平运河沿岸); kinds of
# canal (大运河 alone, 该运河) and the gazetteer's (京杭大运河) are left alone.
_CANAL = re.compile("运河")
_CANAL_WORKS = ("枢纽工程", "航道工程")


def _canal_at(masked: str, m: re.Match[str], gaz: Gazetteer) -> list[Candidate]:
    e = m.end()
    s = m.start() - 2
    name = masked[s : m.start()]
    if s < 0 or not all(is_cjk(ch) for ch in name) or name[0] in _RIVER_NOT_START:
        return []
    # A place + 运河 is its canal even where X运河 is a known one (台南运河, not 台|南运河), unless
    # the place's first character ends another place (天津|南运河).
    named = name in gaz.places and masked[s - 1 : s + 1] not in gaz.places
    if any(masked[e - k : e] in gaz.places for k in range(3 if not named else 4, 7)):
        return []
    if name in gaz.function_words or name in gaz.verbs or name[1] in "的了和与及在大条":
        return []
    if masked.startswith(_CANAL_WORKS, e):
        e += 4  # 平陆运河枢纽工程: a named shipping work is one place with 工程
    return [(s, e, "LOC", 4)] if _clear_left(masked, s, gaz) else []


def _rivers_at(masked: str, m: re.Match[str], gaz: Gazetteer) -> list[Candidate]:
    out: list[Candidate] = []
    end = m.start()
    s = _river_at(masked, end, gaz)
    # A river's basin is one place with it, as a great river's is (卫河流域, 长江流域; the
    # guideline's 黄河流域陕晋豫段); the list before it is of rivers (涪江、琼江两江交汇处).
    basin = m.end() if m.group() == "流域" else end
    while s >= 0:
        out.append((s, basin, "LOC", 4))
        basin = s - 1
        if masked[s - 1 : s] != "、":
            break
        end = s - 1  # the list before it: 涪江、琼江两江
        s = _river_at(masked, end, gaz)
    return out


# A place before 大地 is a place whatever stands before it (奏响赣鄱大地, 以来神州大地, 荆楚大地): the
# literary names of the provinces and of China stand so in work reports and national news.
_LAND = re.compile("大地")


def _land_at(masked: str, m: re.Match[str], gaz: Gazetteer) -> list[Candidate]:
    e = m.start()
    k = next((k for k in (3, 2) if masked[e - k : e] in gaz.places), 0)
    return [(e - k, e, "LOC", 4)] if k else []


# 大 before a city or a district names the greater area (打造安全宜居的大台南, 【大新营区人口流失】,
# 关心大新营区, 大上海, 融入大武汉): after a mark, a particle or a verb of two characters only, so
# that 大 is no word's end (扩大, 最大, 广大), and never before a province, a country or a
# continent (大中国, 大欧洲).
_GREATER = re.compile("大")
_GREATER_AFTER = set("的在让对于与和及为是将把到从个")
# Verbs of joining and serving a city's greater area (融入大武汉, 对接大武汉, 服务大武汉), beyond the
# word list's verbs.
_GREATER_VERBS = frozenset("关心 融入 对接 服务 建设 共建 助力 拥抱 接轨 联通 辐射 支撑".split())


def _greater_place_at(masked: str, m: re.Match[str], gaz: Gazetteer) -> list[Candidate]:
    s = m.start()
    before = masked[s - 1 : s]
    if before and is_cjk(before) and before not in _GREATER_AFTER:
        # 关心大新营区, 融入大武汉, 对接大武汉, 服务大武汉: a verb's object
        verb = masked[s - 2 : s]
        if verb not in _GREATER_VERBS and verb not in gaz.verbs:
            return []
    for k in (4, 3, 2):
        place = masked[s + 1 : s + 1 + k]
        if len(place) != k or place not in gaz.places:
            continue
        if (
            place in gaz.provinces
            or place in gaz.countries
            or place.endswith("洲")
            or place == "中国"
        ):
            return []  # 大中国, 大欧洲: no greater area of a city
        if masked[s : s + 1 + k] in gaz.places:
            return []
        if place[-1] not in "市区县" and not clause_goes_on(masked, s + 1 + k, gaz):
            return []  # 大连接, 大同时: the place's characters run on into a word
        return [(s, s + 1 + k, "LOC", 4)]
    return []


# A foreign place named by a transliteration and its type word: states, provinces and counties
# (委内瑞拉北部拉瓜伊拉州, 巴南部信德省, 康斯坦察县, 塔科马市), mountains, volcanoes, lakes, rivers,
# bays and islands (埃特纳火山, 在瑞士比尔根山, 冲毁了库卡尔特河堤坝, 位于阿卡普尔科湾, 生于伯罗奔尼撒
# 半岛). A Chinese place of the same shape is the gazetteer's (苏州, 阿克苏市); the type word is
# no title or word of its own (州长, 州立, 市场, 市民, 省长, 县城, 湖南, 河北).
_DOTS = set("·．•‧・")
# The transliteration characters that are also prepositions (因马拉维湖而得名, 位于…).
_PREPOSITIONS = set("因于")
_FOREIGN_TYPE = re.compile(
    "州(?![长立])|省(?![长委级份内外会])|市(?![场民长委政区级内])|县(?![长委政级城域内])"
    "|镇(?![长政])|火山|山脉|半岛|山(?![区东西])|湖(?![南北区])|河(?![南北流道])|湾(?![区])|岛(?![内上])"
    # A district of a foreign city (仰光以西的工业区萊達雅區) and a state of Myanmar or India
    # (位於克钦邦, 掸邦): 邦 is the type word of their states; 联邦, 城邦 are no transliteration.
    "|区(?![长委政级域内外间别块位])|邦(?![交联])"
)
# 邦 names a state after two characters of transliteration already (克钦邦).
_SHORT_TYPES = frozenset("邦")


def _foreign_place_at(masked: str, m: re.Match[str], gaz: Gazetteer) -> list[Candidate]:
    e = m.start()
    s = e
    while s > 0 and e - s < 6 and masked[s - 1] in TRANSLIT_CHARS:
        s -= 1
    shortest = 2 if m.group() in _SHORT_TYPES else 3
    if e - s < shortest or masked[s : m.end()] in gaz.places:
        return []  # 阿克苏市, 西弗吉尼亚州: the gazetteer's
    # A place that ends inside the run is no part of the name (意大利|埃特纳火山,
    # 安哥拉|维亚纳市); one that ends at the type word is the gazetteer's.
    cut = max(
        (
            x
            for x in range(s + 1, e + 1)
            for y in range(max(0, x - 6), s + 1)
            if masked[y:x] in gaz.places
        ),
        default=s,
    )
    if cut == e:
        return []
    s = cut
    if masked[s : s + 1] == masked[s + 1 : s + 2]:
        s += 2  # 汤汤|伊图里河: a doubled character is a word of its own
    elif (
        masked[s] in _PREPOSITIONS
        or masked[s - 1 : s + 1] in gaz.verbs
        or masked[s - 1 : s + 1] in gaz.function_words
    ):
        s += 1  # 因|马拉维湖, 位于|阿卡普尔科湾: the run opens with or inside a word
    elif masked[s : s + 2] in gaz.verbs or masked[s : s + 2] in gaz.function_words:
        s += 2  # 切实提高|库区: the run opens with a word of the clause, no transliteration
    if e - s < shortest or masked[s - 1 : s] in _DOTS:
        return []  # 尼·伯尔切斯库镇: the end of a dotted name
    return [(s, m.end(), "LOC", 4)] if e - s >= 4 or _clear_left(masked, s, gaz) else []


# A city the lists name bare, written with its level word (伦敦市长 → 伦敦市, as 台中市长 → 台中市;
# 东京市中心): the city and 市, not a market or citizens (伦敦市场, 香港市民, 纽约市值).
_CITY_LEVEL = re.compile("市(?![场值民面井价况容貌集])")


def _places_ending_at(masked: str, e: int, gaz: Gazetteer) -> Iterator[tuple[int, str]]:
    """(length, name) of each listed place of 4, 3 or 2 characters that ends at ``e``, longest first."""
    for k in (4, 3, 2):
        name = masked[e - k : e]
        if len(name) == k and name in gaz.places:
            yield k, name


def _city_level_at(masked: str, m: re.Match[str], gaz: Gazetteer) -> list[Candidate]:
    e = m.start()
    for k, city in _places_ending_at(masked, e, gaz):
        if city[-1] in "省市区县州镇乡村国" or city + "市" in gaz.places:
            return []  # 上海市: the list's own
        if city in gaz.countries or city in gaz.provinces or city == "中国":
            return []  # 美国市, 广东市: no city
        if in_word(masked[e - k - 1 : e - k + 1], gaz) or masked[e - k - 1 : e - k + 2] in FALSE:
            return []  # 新增城市绿道: 增城 starts inside a word; so does 上城 in 及以上城市
        if city in gaz.weak_places and not _clear_left(masked, e - k, gaz):
            return []
        return [(e - k, e + 1, "LOC", 4)]
    return []


# A wire story's dateline names the city between the agency or its reporter and the date
# (中央社首尔23日综合外电报导, 中央社记者廖禹扬首尔7日专电, 新华社记者张三首尔3月5日电): the date is
# masked, and the city may be a world name matched elsewhere only at a word boundary.
# (from a masked run's first character only: tried inside the run, the match failed again)
_DATELINE_END = re.compile(f"{MASK}(?<!{MASK}{MASK}){MASK}*(?:专电|电|综合外电报导|外电)")
_AGENCY_WORDS = ("社", "记者", "报", "电台")


def _dateline_place_at(masked: str, m: re.Match[str], gaz: Gazetteer) -> list[Candidate]:
    e = m.start()
    for k, _place in _places_ending_at(masked, e, gaz):
        # Two reporters may stand between the agency and the place (記者郭建伸、林巧璉台北).
        lead = masked[max(0, e - k - 16) : e - k]
        lead = lead[max(lead.rfind(mark) for mark in "，。；（(\n") + 1 :]
        if any(word in lead for word in _AGENCY_WORDS):
            return [(e - k, e, "LOC", 4)]
        return []
    return []


_Scan = Callable[[str, "re.Match[str]", Gazetteer], list[Candidate]]
# Each scan: the strings of which the text must hold one for it to run at all (none: it always
# runs), its pattern, and what it makes of one match.

# A county or district named bare between a verb of place and what is done there (在三重担任
# 看护工, 赴洛川考察, 来自富平务工): many such names are common words alone (三重 "triple", 安定
# "stable"), but between these two words a place stands. The verb after it is a closed list of
# what people and events do at a place, so 在平安建设中 and 在和平发展道路上 name none.
_AT_PLACE = re.compile(
    "(?=[在赴前来位地落抵回])(?:在|赴|前往|来自|位于|地处|落户|抵达|回到|来到)"
    "([\u4e00-\u9fff]{2,3}?)"
    "(?=担任|工作|生活|居住|举行|举办|召开|设立|投资|考察|调研|出生|就读|打工|务工|定居|成立"
    "|开设|设厂|落地|上学|任职|开业|视察|参观|访问|会见|出席|登陆)"
)
_NOT_AT = set("现存正所实好自内")


def _at_place_at(masked: str, m: re.Match[str], gaz: Gazetteer) -> list[Candidate]:
    if masked[m.start()] == "在" and masked[m.start() - 1 : m.start()] in _NOT_AT:
        return []  # 现在, 正在, 所在 are no verbs of place
    if m.group(1) not in gaz.bare_in_lists:
        return []
    return [(m.start(1), m.end(1), "LOC", 4)]


# A city's waterfront named by its district and 滨江 'riverside' (杨浦滨江, 上海杨浦滨江, 徐汇滨江):
# one place in Shanghai's plans and news, the district bare before it. Not 滨江区/路/大道/道/街,
# a district or a road of that name.
_WATERFRONT = re.compile("滨江(?![区路道街])")


def _waterfront_at(masked: str, m: re.Match[str], gaz: Gazetteer) -> list[Candidate]:
    s = m.start()
    k = next((k for k in (2, 3) if masked[s - k : s] in gaz.weak_places), 0)
    if not k:
        return []
    start = s - k
    city = next((c for c in (2, 3) if masked[start - c : start] in gaz.places), 0)
    start -= city
    if not left_boundary(masked, start):
        return []
    return [(start, m.end(), "LOC", 3)]


# A company's region of the world by 区 (亚太区负责人, 香港及亞太區總監): one place with its 区; 区域
# is the word "region" after it. The euro area (欧元区) is one too.
_REGIONS = (
    "亚太区",
    "大中华区",
    "东南亚区",
    "北美区",
    "拉美区",
    "中东区",
    "欧洲区",
    "亚洲区",
    "欧元区",
)
_WORLD_REGION = re.compile(f"(?=[亚大东北拉中欧])(?:{'|'.join(_REGIONS)})(?!域)")


def _world_region_at(masked: str, m: re.Match[str], gaz: Gazetteer) -> list[Candidate]:
    s = m.start()
    # After a company's division too (产品业务部|亚太区负责人).
    apart = left_boundary(masked, s) or masked[s - 1 : s] in ("部", "司")
    return [(s, m.end(), "LOC", 4)] if apart else []


_SCANS: tuple[tuple[tuple[str, ...], re.Pattern[str], _Scan], ...] = (
    ((), VERB_ABBREVIATION, abbreviation_at),
    (("媒",), PRESS, press_at),
    (("湾区",), _BAY_AREA, _bay_area_at),
    ((), _RIVER_WORD, _rivers_at),
    (("运河",), _CANAL, _canal_at),
    (("大地",), _LAND, _land_at),
    ((), _GREATER, _greater_place_at),
    (("港", "澳"), HK_LAW, hk_law_at),
    ((), _FOREIGN_TYPE, _foreign_place_at),
    (("中企",), CHINESE_FIRMS, chinese_firms_at),
    (("中",), CHINA_PAIR_SUBJECT, china_pair_at),
    (("市",), _CITY_LEVEL, _city_level_at),
    (("电",), _DATELINE_END, _dateline_place_at),
    ((), _AT_PLACE, _at_place_at),
    (("滨江",), _WATERFRONT, _waterfront_at),
    (_REGIONS, _WORLD_REGION, _world_region_at),
)


def place_words(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """All the candidates of this module."""
    return [
        candidate
        for needles, pattern, at in _SCANS
        if not needles or any(needle in masked for needle in needles)
        for m in pattern.finditer(masked)
        for candidate in at(masked, m, gaz)
    ]

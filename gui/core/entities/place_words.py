"""Places that stand as words of a sentence rather than as names with a type word (LOC): a
one-character abbreviation after a verb of motion, supply or concern (供港蔬菜, 援疆, 入津, 涉陕,
在汉, 大病不出澳, 对美关税谈判), a country's press (日媒预计), and the Greater Bay Area named short
(服务湾区, 共建湾区税收人才队伍).

Each pattern opens on a character that alone is common (出, 对, 日, 湾), so each asks the word
lists of the gazetteer that no common word runs across its edges (提出, 出台, 日常, 美好, 当日).
"""

from __future__ import annotations

import re

from gui.core.entities.gazetteer import Gazetteer
from gui.core.entities.lexicon import TRANSLIT_CHARS
from gui.core.entities.names import Candidate, is_cjk

# Verbs of motion and place (as in places._ABBREVIATION) and of supply, aid and concern
# (供港, 援疆, 入津, 出澳, 涉港), before a province's, a region's or a big city's one-character
# abbreviation; 疆, 藏 and 汉 (Wuhan) are added here. Matched from the verb, as the scans of
# places.py are.
_VERB_ABBREVIATION = re.compile(
    "(?=[赴抵离来返回驻访留在对供援入出涉上])(.)"
    "([京津沪渝港澳川粤鄂湘闽浙皖冀豫鲁陕滇黔桂琼赣辽晋华台疆藏汉美俄日韩英法德])"
    "(?![方商资企人股市区县中台上下内外风阶])"
)
_PROVINCES = set("京津沪渝川粤鄂湘闽浙皖冀豫鲁陕滇黔桂琼赣辽晋疆藏")
# What each verb takes: countries only after 对 (对美关税谈判, 对俄入境旅游: the object of a
# policy); 援 the regions of the aid programmes (援疆, 援藏, 援鄂); no 台, 港 or 华 after 出 or
# 入 (出台, 纳入台账, 出港 of ships, 华夏, 华文); 汉 (Wuhan), 疆 and 藏 after the verbs of place.
_TAKES = {
    "对": set("美俄日韩英法德"),
    "供": set("港澳"),
    "援": set("疆藏鄂川青"),
    "入": _PROVINCES,
    "出": _PROVINCES | {"澳"},
    "涉": _PROVINCES | set("港澳台"),
    **{verb: set("疆藏汉") for verb in "赴抵离来返回驻访留在"},
    "上": {"京"},  # 多名官员上京 (to Beijing); 上 takes nothing else (上海, 上港)
}
# 在藏品, 在疆域: the character starts a word. 汉 for Wuhan needs a verb or a mark after it
# (在汉成立, 来汉考察; not 在汉语中, 汉翔园区).
_NOT_BEFORE = {"藏": set("品书匿身量族语文"), "疆": set("域界土")}


# Hong Kong's national security law named by 港 (港版国安法, 港区国安法: the guideline's LOC) and
# the principle 爱国者治港 / 治澳 (Hong Kong governed by patriots).
_HK_LAW = re.compile("(?=港[版区])港(?=[版区]国安法|[版区]国家安全法)|(?=者治)者治([港澳])")


def _hk_law(masked: str) -> list[Candidate]:
    return [
        (m.start(1), m.end(1), "LOC", 4) if m.group(1) else (m.start(), m.end(), "LOC", 4)
        for m in _HK_LAW.finditer(masked)
    ]


# A country's press (日媒预计, 美媒称, 港媒报道): the abbreviation and 媒.
_PRESS = re.compile("(?=[日美韩英法德俄港台澳印])(.)媒")

# 湾区 alone is the Greater Bay Area (粤港澳大湾区) in the releases of Guangdong, Hong Kong and
# Macau (服务湾区, 共建湾区, 展示湾区特色), not where 湾 ends a bay's name (大湾区, 北部湾区,
# 大亚湾区: the gazetteer's or a district's).
_BAY_AREA = re.compile("湾区")
_BAY_BEFORE = set("，。、；：:（(“「\n 的和与及在")


def _clause_goes_on(masked: str, pos: int, gaz: Gazetteer) -> bool:
    """Whether a mark, a verb or a function word follows at ``pos``."""
    nxt = masked[pos : pos + 1]
    pair = masked[pos : pos + 2]
    return not nxt or not is_cjk(nxt) or pair in gaz.verbs or pair in gaz.function_words


def _abbreviations(masked: str, gaz: Gazetteer) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _VERB_ABBREVIATION.finditer(masked):
        verb, place = m.group(1), m.group(2)
        v, s = m.start(1), m.start(2)
        if place not in _TAKES.get(verb, ()) or masked[s + 1 : s + 2] in _NOT_BEFORE.get(place, ()):
            continue
        if place == "汉" and not _clause_goes_on(masked, s + 1, gaz):
            continue
        pair = masked[v : v + 2]
        if pair in gaz.abbreviation_words or pair in gaz.verbs or pair in gaz.function_words:
            continue  # 出台, 纳入 …: the two characters are one word
        before = masked[v - 1 : v + 1]
        if before in gaz.verbs or before in gaz.function_words or before in gaz.abbreviation_words:
            continue  # 提出, 进入, 提供, 现在: the verb is the end of another word
        after = masked[s : s + 2]
        if after in gaz.abbreviation_words or after in gaz.function_words or after in gaz.verbs:
            continue  # 对美好生活, 对日常, 在法律: the place character starts a word
        out.append((s, s + 1, "LOC", 4))
    return out


def _press(masked: str, gaz: Gazetteer) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _PRESS.finditer(masked):
        s = m.start()
        before = masked[s - 1 : s]
        if before and is_cjk(before):
            left = masked[s - 1 : s + 1]
            if left in gaz.abbreviation_words or left in gaz.function_words or left in gaz.places:
                continue  # 当日媒体, 今日媒体, 香港媒体
            if masked[s - 2 : s] not in gaz.verbs and masked[s - 2 : s] not in gaz.function_words:
                continue
        out.append((s, s + 1, "LOC", 4))
    return out


def _bay_area(masked: str, gaz: Gazetteer) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _BAY_AREA.finditer(masked):
        s = m.start()
        before = masked[s - 1 : s]
        if before and is_cjk(before) and before not in _BAY_BEFORE:
            if before in "大东西南北前后" or any(
                masked[s + 1 - k : s + 1] in gaz.places for k in range(2, 6)
            ):
                continue  # 大湾区, 北部湾区, 大亚湾区: a bay's name, not the Bay Area
        out.append((s, m.end(), "LOC", 4))
    return out


# A river named by a short proper name and 江, 河 or 溪 before a word of rivers (都柳江流域,
# 涪江、琼江两江交汇处, 以曾文溪为界, 黄河干流): the word says that the name is a river's. The
# gazetteer knows the great rivers; this finds the others where they stand so.
_RIVER_WORD = re.compile("流域|交汇|干流|支流|沿岸|两岸|上游|中游|下游|水系|为界|入海口|[两三]江")
_RIVER_NOT = frozenset(
    "江河 运河 内河 界河 山河 大河 大江 小河 小溪 溪河 冰河 天河 银河 星河 河流".split()
)
_RIVER_NOT_START = set("大小内外该此本全各一这那其每条")


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
        before = masked[s - 1 : s]
        verb = masked[s - 2 : s]
        if (
            not before
            or not is_cjk(before)
            or before in "以在与和及的沿从至到经处于"
            or verb in gaz.verbs
            or verb in gaz.function_words
        ):
            return s
    return -1


# A canal is named by a two-character proper name and 运河 (平陆运河, 安平运河) wherever it
# stands after a boundary, a preposition or a verb (视察安平运河, 改变了安平运河沿岸); kinds of
# canal (大运河 alone, 该运河) and the gazetteer's (京杭大运河) are left alone.
_CANAL = re.compile("运河")


def _canals(masked: str, gaz: Gazetteer) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _CANAL.finditer(masked):
        e = m.end()
        s = m.start() - 2
        name = masked[s : m.start()]
        if s < 0 or not all(is_cjk(ch) for ch in name) or name[0] in _RIVER_NOT_START:
            continue
        if any(masked[e - k : e] in gaz.places for k in range(3, 7)):
            continue
        if name in gaz.function_words or name in gaz.verbs or name[1] in "的了和与及在大条":
            continue
        before = masked[s - 1 : s]
        verb = masked[s - 2 : s]
        if (
            not before
            or not is_cjk(before)
            or before in "以在与和及的沿从至到经处于了"
            or verb in gaz.verbs
            or verb in gaz.function_words
            or any(masked[s - k : s] in gaz.places for k in range(2, 5))  # 台南市|安平运河
        ):
            out.append((s, e, "LOC", 4))
    return out


def _rivers(masked: str, gaz: Gazetteer) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _RIVER_WORD.finditer(masked):
        end = m.start()
        s = _river_at(masked, end, gaz)
        while s >= 0:
            out.append((s, end, "LOC", 4))
            if masked[s - 1 : s] != "、":
                break
            end = s - 1  # the list before it: 涪江、琼江两江
            s = _river_at(masked, end, gaz)
    return out


# A foreign state, province or county named by a transliteration and 州 (委内瑞拉北部拉瓜伊拉州,
# 重灾区拉瓜伊拉州): a run of transliteration characters before 州, four of them or three at a
# word's start, is one (a Chinese prefecture's name is no transliteration: 苏州, 杭州).
_STATE = re.compile("州(?![长立])")  # 州长 is the governor, 州立大学 a university's name


def _foreign_states(masked: str, gaz: Gazetteer) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _STATE.finditer(masked):
        e = m.start()
        s = e
        while s > 0 and e - s < 6 and masked[s - 1] in TRANSLIT_CHARS:
            s -= 1
        while e - s >= 3 and masked[s : e + 1] not in gaz.places:
            before = masked[s - 1 : s]
            if e - s >= 4 or not before or not is_cjk(before) or before in "的在向和与及部":
                out.append((s, e + 1, "LOC", 4))
                break
            s += 1
    return out


# A place before 大地 is a place whatever stands before it (奏响赣鄱大地, 以来神州大地, 荆楚大地): the
# literary names of the provinces and of China stand so in work reports and national news.
_LAND = re.compile("大地")


def _lands(masked: str, gaz: Gazetteer) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _LAND.finditer(masked):
        e = m.start()
        for k in (3, 2):
            if masked[e - k : e] in gaz.places:
                out.append((e - k, e, "LOC", 4))
                break
    return out


# 大 before a city or a district names the greater area (打造安全宜居的大台南, 【大新营区人口流失】,
# 关心大新营区, 大上海): after a mark, a particle or 关心 only, so that 大 is no word's end (扩大,
# 最大, 广大), and never before a province, a country or a continent (大中国, 大欧洲).
_GREATER = re.compile("大")
_GREATER_AFTER = set("的在让对于与和及为是将把到从个")


def _greater_places(masked: str, gaz: Gazetteer) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _GREATER.finditer(masked):
        s = m.start()
        before = masked[s - 1 : s]
        if before and is_cjk(before) and before not in _GREATER_AFTER:
            if masked[s - 2 : s] != "关心":
                continue
        for k in (4, 3, 2):
            place = masked[s + 1 : s + 1 + k]
            if len(place) != k or place not in gaz.places:
                continue
            if place in gaz.provinces or place in gaz.countries or place.endswith("洲"):
                break  # 大中国, 大欧洲: no greater area of a city
            if masked[s : s + 1 + k] in gaz.places:
                break
            if place[-1] not in "市区县" and not _clause_goes_on(masked, s + 1 + k, gaz):
                break  # 大连接, 大同时: the place's characters run on into a word
            out.append((s, s + 1 + k, "LOC", 4))
            break
    return out


# 中企 (Chinese companies abroad: 中企参建的阿联酋首条客运铁路) names China by 中, as 日媒 names
# Japan; not in 中企业 (其中企业: 中 ends another word).
_CHINESE_FIRMS = re.compile("(?=中企)中企(?!业)")


def _chinese_firms(masked: str, gaz: Gazetteer) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _CHINESE_FIRMS.finditer(masked):
        s = m.start()
        left = masked[s - 1 : s + 1]
        if left in gaz.function_words or left in gaz.abbreviation_words or left in gaz.verbs:
            continue  # 其中, 集中
        out.append((s, s + 1, "LOC", 4))
    return out


# A foreign mountain, volcano or lake named by a transliteration (埃特纳火山, 比尔根山): a run
# of three to six transliteration characters before the feature word, after a boundary, a
# country, a preposition or a verb (位于意大利西西里岛东岸的埃特纳火山, 在瑞士比尔根山举行).
_FEATURE = re.compile("火山|山脉|山|湖")


def _foreign_features(masked: str, gaz: Gazetteer) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _FEATURE.finditer(masked):
        e = m.start()
        s = e
        while s > 0 and e - s < 6 and masked[s - 1] in TRANSLIT_CHARS:
            s -= 1
        while e - s >= 3:
            ends = [x for x in range(s + 2, e + 1) if masked[s:x] in gaz.places]
            if ends:
                s = max(ends)  # 意大利埃特纳, 内蒙古阿尔: the place is no part of the name
                continue
            before = masked[s - 1 : s]
            if (
                not before
                or not is_cjk(before)
                or before in "的在于与和及从至到"
                or masked[s - 2 : s] in gaz.verbs
                or any(masked[s - k : s] in gaz.places for k in range(2, 5))
            ):
                out.append((s, m.end(), "LOC", 4))
            break
    return out


def place_words(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """All the candidates of this module."""
    return (
        _abbreviations(masked, gaz)
        + (_press(masked, gaz) if "媒" in masked else [])
        + (_bay_area(masked, gaz) if "湾区" in masked else [])
        + _rivers(masked, gaz)
        + (_canals(masked, gaz) if "运河" in masked else [])
        + (_lands(masked, gaz) if "大地" in masked else [])
        + (_foreign_states(masked, gaz) if "州" in masked else [])
        + _greater_places(masked, gaz)
        + (_hk_law(masked) if "港" in masked or "澳" in masked else [])
        + _foreign_features(masked, gaz)
        + (_chinese_firms(masked, gaz) if "中企" in masked else [])
    )

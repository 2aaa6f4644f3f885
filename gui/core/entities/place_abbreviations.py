"""Places named by one character of their name, as words of a sentence (LOC): a province's,
a region's or a country's abbreviation after a verb of motion, supply or concern (供港蔬菜, 援疆,
入津, 涉陕, 在汉, 大病不出澳, 对美关税谈判), a country's press (日媒预计), 港 in Hong Kong's
national security law and 爱国者治港, 中 in 中企, and China and a partner opening a clause
(中柬要…, 中印双方). Each scan is a row of :mod:`gui.core.entities.place_words`' table, which
holds the places named by words of their own (湾区, rivers, 大地, a city's greater area).

Apart from ``place_words.py`` because a one-character name is read only by the words around it:
each scan here asks the word lists of the gazetteer that no common word runs across its edges
(提出, 出台, 日常, 美好, 当日) — :func:`in_word` and :func:`clause_goes_on`, which the greater
area's and the city level's scans there ask too.
"""

from __future__ import annotations

import re

from gui.core.entities.gazetteer import Gazetteer
from gui.core.entities.lexicon import is_cjk
from gui.core.entities.names import Candidate

# Verbs of motion and place (as in places._ABBREVIATION) and of supply, aid and concern
# (供港, 援疆, 入津, 出澳, 涉港), before a province's, a region's or a big city's one-character
# abbreviation; 疆, 藏 and 汉 (Wuhan) are added here. Matched from the verb, as the scans of
# places.py are.
VERB_ABBREVIATION = re.compile(
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
HK_LAW = re.compile("(?=港[版区])港(?=[版区]国安法|[版区]国家安全法)|(?=者治)者治([港澳])")


def hk_law_at(masked: str, m: re.Match[str], gaz: Gazetteer) -> list[Candidate]:
    return [(m.start(1), m.end(1), "LOC", 4) if m.group(1) else (m.start(), m.end(), "LOC", 4)]


# A country's press (日媒预计, 美媒称, 港媒报道): the abbreviation and 媒.
PRESS = re.compile("(?=[日美韩英法德俄港台澳印])(.)媒")


def in_word(pair: str, gaz: Gazetteer) -> bool:
    """Whether two characters are a word of the gazetteer's word lists (出台, 提出, 当日, 其中)."""
    return pair in gaz.abbreviation_words or pair in gaz.verbs or pair in gaz.function_words


def clause_goes_on(masked: str, pos: int, gaz: Gazetteer) -> bool:
    """Whether a mark, a verb or a function word follows at ``pos``."""
    nxt = masked[pos : pos + 1]
    pair = masked[pos : pos + 2]
    return not nxt or not is_cjk(nxt) or pair in gaz.verbs or pair in gaz.function_words


def abbreviation_at(masked: str, m: re.Match[str], gaz: Gazetteer) -> list[Candidate]:
    verb, place = m.group(1), m.group(2)
    v, s = m.start(1), m.start(2)
    if place not in _TAKES.get(verb, ()) or masked[s + 1 : s + 2] in _NOT_BEFORE.get(place, ()):
        return []
    if place == "汉" and not clause_goes_on(masked, s + 1, gaz):
        return []
    # 出台, 纳入: one word; 提出, 进入, 现在: the verb ends another word; 对美好, 在法律: the
    # place character starts one.
    if in_word(masked[v : v + 2], gaz) or in_word(masked[v - 1 : v + 1], gaz):
        return []
    return [] if in_word(masked[s : s + 2], gaz) else [(s, s + 1, "LOC", 4)]


def press_at(masked: str, m: re.Match[str], gaz: Gazetteer) -> list[Candidate]:
    s = m.start()
    before = masked[s - 1 : s]
    if before and is_cjk(before):
        left = masked[s - 1 : s + 1]
        if left in gaz.abbreviation_words or left in gaz.function_words or left in gaz.places:
            return []  # 当日媒体, 今日媒体, 香港媒体
        if masked[s - 2 : s] not in gaz.verbs and masked[s - 2 : s] not in gaz.function_words:
            return []
    return [(s, s + 1, "LOC", 4)]


# 中企 (Chinese companies abroad: 中企参建的阿联酋首条客运铁路) names China by 中, as 日媒 names
# Japan; not in 中企业 (其中企业: 中 ends another word).
CHINESE_FIRMS = re.compile("(?=中企)中企(?!业)")


def chinese_firms_at(masked: str, m: re.Match[str], gaz: Gazetteer) -> list[Candidate]:
    s = m.start()
    return [] if in_word(masked[s - 1 : s + 1], gaz) else [(s, s + 1, "LOC", 4)]  # 其中, 集中


# China and a partner as the subject of a clause, before a modal verb, 双方 or 是 (稱中柬要強化戰略協作,
# 习近平：中马将与地区国家, ，中印双方, 李强表示，中孟是相知相亲的传统友邻): headline usage of diplomatic news, one place per character.
CHINA_PAIR_SUBJECT = re.compile(
    "中([柬马老泰越缅菲新印巴俄美日韩英法德意澳加非拉欧塞沙哈吉塔乌土埃阿蒙孟尼肯坦赞古秘智墨希匈"
    "捷波罗保芬挪丹冰比卢奥瑞葡荷])(?=要|将|应|愿|同意|共同|携手|双方|一致|是)"
)
_CLAUSE_OPENERS = frozenset("：:，,。；;\n称")


def china_pair_at(masked: str, m: re.Match[str], gaz: Gazetteer) -> list[Candidate]:
    s = m.start()
    if masked[s - 1 : s] not in _CLAUSE_OPENERS:
        return []
    return [(s, s + 1, "LOC", 4), (s + 1, s + 2, "LOC", 4)]

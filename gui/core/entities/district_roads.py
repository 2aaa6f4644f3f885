"""A road, a street or a Hong Kong estate written right after its district (LOC): 旺角弥敦道,
将军澳宝琳北路, 安平区同平路, 中坜区中央西路二段, 观塘翠屏邨. Addresses in Hong Kong and Taiwan
news and notices name the district first and the street after it, with nothing between; the
gold keeps the two as one place (安南區城西街, as 上海市衡山路).

The road stage of :mod:`gui.core.entities.sites` finds a road by what follows it (a house
number, a section, a list) or by a place in its name, and reads at most four characters before
the suffix: a district of three and a name of three are beyond it, and Hong Kong's 道 ("road")
is no suffix there (知道, 渠道, 报道). Here the district is the evidence: a place of the
gazetteer, no country, then a name of two to four characters that is a name (no function word,
no generic word), then 路, 街, 大道, 道 or 邨. 道 is taken only after a name whose last
character makes no common word with it (知道, 通道, 频道, 车道, 街道 …).
"""

from __future__ import annotations

import re

from gui.core.entities import names
from gui.core.entities.gazetteer import Gazetteer
from gui.core.entities.lexicon import is_cjk
from gui.core.entities.names import Candidate
from gui.core.entities.places import left_boundary
from gui.core.entities.sites import ROAD_AFTER_NOT, ROAD_NOT, road_end

_SUFFIX = re.compile("大道|道|路|街|邨")
# The first character of the common words in 道: 知道 渠道 轨道 通道 频道 报道 味道 车道 隧道 跑道
# 管道 航道 赛道 铁道 公道 步道 坡道 地道 街道 人道 霸道 王道 难道 要道 正道 一道 水道 古道 引道 匝道
# 栈道 绿道 廊道 孔道 赛道 商道 厨道 茶道 剑道 柔道 书道 之道 门道 称道 说道 问道 顺道 取道.
_NOT_BEFORE_DAO = frozenset(
    "知渠轨通频报味车隧跑管航赛铁公步坡地街人霸王难要正一水古引匝栈绿廊孔商厨茶剑柔书之门称说问顺取布传讲"
)
# A function character or a verb of way makes the "name" a phrase (成都路至内江街, 成都路往中华路).
_NOT_IN_NAME = frozenset(
    "的了和与及在是为对把被从向于等各每个这那其之以而也都就还又将已该至到往临经近"
)
_NATION = frozenset(("中国", "中华", "全国", "我国", "祖国"))
# A body's character makes the "name" a body's (中国共产党|筚路蓝缕).
_BODY = frozenset("党团委会局厅部署处院校司社所")
# A site word after the place makes it a venue's name, not a district (中山堂武昌街, 北京站前路).
_NOT_FIRST = frozenset("堂站口路街道门区市县镇村港湾岛山桥楼场馆院园")


def _district_before(masked: str, p: int, gaz: Gazetteer) -> int:
    """The start of a place of the gazetteer that ends at ``p`` (the longest), or -1."""
    for k in (5, 4, 3, 2):
        place = masked[p - k : p] if p >= k else ""
        if not place or place not in gaz.places:
            continue
        if place in gaz.countries or place in _NATION:
            return -1  # 圣露西亚|驻台大使: a country is no district, nor is a region inside it
        if place in gaz.weak_places and not left_boundary(masked, p - k):
            # 平台中: a bare district glued to a word is that word's tail, unless the word is a
            # larger place (香港|中环|德辅道).
            larger = _district_before(masked, p - k, gaz)
            if larger < 0:
                continue
            return larger
        return p - k
    return -1


def _road_name(name: str, gaz: Gazetteer) -> bool:
    """A road's own name: no generic word, no function word of two characters in it; its first
    character may be one alone (安平区|同平路)."""
    words = gaz.function_words
    if names.is_generic(name) or not all(is_cjk(ch) for ch in name):
        return False
    return not any(name[i : i + 2] in words for i in range(len(name) - 1))


def district_roads(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """LOC candidates: a district and the road, street or estate written right after it."""
    out: list[Candidate] = []
    for m in _SUFFIX.finditer(masked):
        s, e = m.span()
        if masked[e : e + 1] in ROAD_AFTER_NOT and m.group() != "邨" or masked[e : e + 1] == "路":
            continue  # 北京路演, 渠道网, 民主道路: no road
        for n in (2, 3, 4):
            name = masked[s - n : s] if s >= n else ""
            if not name or name[-1] in ROAD_NOT or name[0] in _NOT_FIRST:
                continue
            if set(name) & _NOT_IN_NAME or set(name) & _BODY:
                continue
            if m.group() == "道" and name[-1] in _NOT_BEFORE_DAO:
                continue
            if name in gaz.places or name[:2] in gaz.places or not _road_name(name, gaz):
                continue  # 旺角|九龙湾: the name is another place, not a road's
            start = _district_before(masked, s - n, gaz)
            if start >= 0:
                out.append((start, road_end(masked, e), "LOC", 3))
                break
    return out

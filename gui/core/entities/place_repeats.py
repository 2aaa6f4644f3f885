"""A place named once with its level word is the same place bare later in the document (LOC):
阳新县 … 引进到黄石和阳新落户, 东山区 … 东山苦茶油. Reports name a county, a district or a
town in full at first mention and drop the level word after it; the bare name alone is often
no place of the gazetteer (阳新, 东山 are weak or absent), but the document's own full mention
says it is one.

The recogniser runs this after the names are chosen, with the places it found as the
document's own dictionary, where every longer occurrence of a chosen name is annotated too.
"""

from __future__ import annotations

import re

from gui.core.entities.gazetteer import Gazetteer, trie_pattern
from gui.core.entities.lexicon import is_cjk

# The level words dropped in later mentions.
_LEVEL = frozenset("县区市镇乡旗")
_PATH = "省市州盟县区旗"
# A place ending in a compound of the level word leaves no bare name (浦东新区 → 浦东新,
# 花博展区 → 花博展, 西安市新城区); nor does the euro area (欧元区 → 欧元, the currency).
_COMPOUNDS = frozenset(
    "新区 城区 地区 市区 郊区 林区 矿区 园区 发区 特区 景区 社区 治区 辖区 营区 展区 港区 厂区 校区 "
    "片区 能区 心区 湾区 服区 保区 验区 范区 作区 业区 技区 游区 元区".split()
)


def stems(places: set[str]) -> set[str]:
    """The bare names of the places written with a level word (阳新县 → 阳新), and the rivers
    of the basins (卫河流域 → 卫河)."""
    out = set()
    for place in places:
        if place.endswith("流域") and len(place) >= 4 and place[-3] in "江河溪":
            out.add(place[:-2])  # 卫河流域 … 卫河保护: the basin's river, named bare
            continue
        if place[-1] not in _LEVEL or place[-2:] in _COMPOUNDS:
            continue
        # A path of levels names its last place (臺南市東山區 → 東山, 黄石市阳新县 → 阳新).
        stem = place[:-1]
        cut = max(stem.rfind(ch) for ch in _PATH)
        stem = stem[cut + 1 :]
        if len(stem) >= 2:
            out.add(stem)
    return out


def zone_stems(places: set[str], gaz: Gazetteer) -> set[str]:
    """The bare names of counties that name a zone (平潭综合实验区 of 平潭县 → 平潭): a bulletin of
    the zone calls it by the county's name after (平潭建筑业, 平潭产值)."""
    out = set()
    for place in places:
        if len(place) < 5 or place[-2:] not in _COMPOUNDS:
            continue
        for k in (2, 3):
            head = place[:k]
            if any(head + level in gaz.counties for level in "县市"):
                out.add(head)
                break
    return out


# A zone's administrative committee names its zone (临港地区管委会, 菊园新区管委会, 中国（上海）自由
# 贸易试验区临港新片区管理委员会): the zone before 管委会 is a place of the document, named bare in
# the rest of its text (推进临港地区规划编制, 结合临港新片区实际, 菊园新区（以下简称街镇）), and the
# committee is the body (round e51). The zone's own name is two to four characters with no level
# word, not a kind (特定地区管委会: "the committees of the designated areas"; 各, 该 before it).
_COMMITTEE = re.compile("管委会|管理委员会")
_ZONE_WORDS = ("新片区", "片区", "地区", "新区")
_NOT_ZONE_NAMES = frozenset(
    "特定 有关 相关 重点 所在 所属 其他 其它 贫困 边远 偏远 发达 试点".split()
)
_NOT_IN_ZONE_NAME = frozenset("区市县省镇乡村和与及的了在是或等各该本全每其此这那")


def _zone_committees(pivot: str) -> list[tuple[int, int, int]]:
    """(zone start, zone end, committee end) of each zone named before its committee: the
    shortest name of two to four characters that starts a word (加强|临港地区管委会)."""
    from gui.core.entities.names import is_generic
    from gui.core.entities.places import left_boundary

    out = []
    for m in _COMMITTEE.finditer(pivot):
        e = m.start()
        word = next((w for w in _ZONE_WORDS if pivot.startswith(w, e - len(w))), "")
        if not word:
            continue
        w = e - len(word)
        for k in (2, 3, 4):
            stem = pivot[max(0, w - k) : w]
            if len(stem) < k or not all("\u4e00" <= ch <= "\u9fff" for ch in stem):
                break
            if any(ch in _NOT_IN_ZONE_NAME for ch in stem) or stem in _NOT_ZONE_NAMES:
                break
            if not left_boundary(pivot, w - k) or is_generic(stem):
                continue
            if not any(stem.endswith(n) for n in _NOT_ZONE_NAMES):
                out.append((w - k, e, m.end()))
            break
    return out


def bare_mentions(pivot: str, spans: list, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """Every free occurrence of a bare name of :func:`stems` (the document's chosen places)
    that no word runs across and that a verb, a function word or a mark closes on the right;
    and a zone's committee with the zone it names (:func:`_zone_committees`)."""
    places = {pivot[s:e] for s, e, t in spans if t == "LOC"}
    names = stems(places) | zone_stems(places, gaz)
    committees = _zone_committees(pivot) if "管委会" in pivot or "管理委员会" in pivot else []
    names |= {pivot[s:e] for s, e, _c in committees}
    if not names:
        return []
    taken = bytearray(len(pivot))
    for s, e, _t in spans:
        taken[s:e] = b"\x01" * (e - s)
    out: list[tuple[int, int, str]] = []
    for s, _e, c in committees:
        if not any(taken[s:c]) and not (s and is_cjk(pivot[s - 1]) and taken[s - 1]):
            out.append((s, c, "ORG"))
            taken[s:c] = b"\x01" * (c - s)
    for m in re.finditer(trie_pattern(names), pivot):
        s, e = m.span()
        if any(taken[s:e]) or (e < len(pivot) and taken[e]) or (s and taken[s - 1]):
            continue
        if s and is_cjk(pivot[s - 1]) and _a_word(pivot[s - 1 : s + 1], gaz):
            continue
        if e < len(pivot) and is_cjk(pivot[e]) and _a_word(pivot[e - 1 : e + 1], gaz):
            continue
        if _opens_a_facility(pivot, e):
            continue
        out.append((s, e, "LOC"))
        taken[s:e] = b"\x01" * (e - s)
    return out


# Characters that end the words after a bare name (阳新和, 阳新的, 阳新、).
_CLOSING = frozenset("的和与及等在是也都将已为于")
# The last character of a facility's name (将军海水淡化厂, 新营糖厂, 东山车站).
_FACILITY = frozenset("厂站馆场港园")


def _opens_a_facility(pivot: str, e: int) -> bool:
    """Whether the bare name at ``e`` opens a facility's longer name: a facility character
    within the next six characters of the same phrase (将军海水淡化厂; 阳新片区新老项目 is none)."""
    for ch in pivot[e : e + 7]:
        if not is_cjk(ch) or ch in _CLOSING:
            return False
        if ch in _FACILITY:
            return True
    return False


def _a_word(pair: str, gaz: Gazetteer) -> bool:
    return pair in gaz.verbs or pair in gaz.function_words or pair in gaz.abbreviation_words


def airport_short_forms(pivot: str, found: list[tuple[int, int, str]], gaz: Gazetteer) -> set[str]:
    """Taiwan's press names an airport by its place's first character and 机 once it has named
    it in full (松山机场 … 松机遷移, 松机是军民合用机场): the short forms of the airports found whose
    name is a place of two characters and 机场."""
    if "机场" not in pivot:
        return set()
    return {
        pivot[s] + "机"
        for s, e, t in found
        if t == "LOC"
        and e - s == 4
        and pivot[s + 2 : e] == "机场"
        and pivot[s : s + 2] in gaz.places
    }

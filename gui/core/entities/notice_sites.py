"""Sites that city notices and news name by a short proper name and a site word (LOC): a
business district (中山商圈, 沅陵街商圈, 大龙峒商圈), a night market (士林夜市, 大龙街夜市) and
an event's exhibition zone (西门展区, 花博展区), a city's designated historic area (嘉定西门历史文化风貌区,
州桥历史文化风貌区, 衡复历史文化风貌区; not 历史风貌区 alone or after 本市); and temples and palaces by their names
(景福宫, 大龙峒保安宫, 大昭寺, 白金汉宫), which the same lists of sights name.

The site word alone is a common noun (周边商圈, 逛商圈, 双展区, 国际展区, 灯节期间展区), so the
name before it must be a name: a place (中山, 士林), or a short word that is no designation,
verb or function word, standing where a word starts — a list of sites names each in full after
its mark (、大龙峒商圈、), and inside a clause a name of two or three characters follows a
preposition, a verb of place or motion or a function word (在西门展区, 今年花博展区). The site
words are rare, so the text is searched for them first and read backwards.
"""

from __future__ import annotations

import re

from gui.core.entities.bounds import bounds
from gui.core.entities.district_roads import district_roads
from gui.core.entities.gazetteer import Gazetteer
from gui.core.entities.lexicon import is_cjk
from gui.core.entities.names import Candidate
from gui.core.entities.places import name_like

_SITE_WORD = re.compile("商圈|夜市|展区|历史文化风貌区|历史风貌区|历史文化街区")
# Words of kind, scope and time before a site word: the site is not named (周边商圈, 国际展区,
# 活动期间展区).
_KINDS = frozenset(
    "周边 附近 邻近 核心 重点 特色 传统 热门 主要 各大 全市 本市 新兴 大型 国际 内地 境外 海外 "
    "国内 主题 专业 综合 城市 社区 区域 室内 户外 期间 活动 辖区".split()
)
# Verbs of visiting whose object is the site (参观展区, 游览夜市).
_VISITS = frozenset("参观 游览 走访 巡视 逛逛 前往 抵达 进入 来到 强化 发展 打造 活化 带动".split())
# A count or a scope right before the site word (双展区, 各商圈, 本夜市), or an event's name
# (灯节展区: the festival's zones).
_COUNTING = frozenset("双两各全本该此每一二三四五六七八九十几多个节会")
# Characters that join words: a stretch holding one is a phrase (场与中西区, 仪式及参观, 复兴路等).
_NOT_IN_NAME = frozenset("及与和的在了是为等")
# Prepositions and verbs that lead a name without being part of it.
_LEADS = frozenset("近予给向对把被从往自")
# One-character names of the regions exhibitors come from (港澳展区, 内地展区).
_ORIGINS = frozenset("港澳台中外内")
# What may stand right before a short name inside a clause: prepositions, verbs of place and
# motion, marks of a list.
_BEFORE_NAME = frozenset("在于到往游逛跨来为与和及的是")


def notice_sites(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """Business districts, night markets and exhibition zones named by a short name; temples;
    the places named as a plot's bounds (``bounds``); roads after their district."""
    out = temples(masked, gaz) + bounds(masked, gaz) + district_roads(masked, gaz)
    if not any(word in masked for word in ("商圈", "夜市", "展区", "风貌区", "历史文化街区")):
        return out
    for m in _SITE_WORD.finditer(masked):
        s, e = m.span()
        if masked[s - 1 : s] == "发" or masked[s - 1 : s] in _COUNTING:
            continue  # 发展区 (a development area), 双展区, 各商圈: counted, not named
        start = _name_start(masked, s, m.group(), gaz)
        if start is not None:
            out.append((start, e, "LOC", 3))
    return out


# Temples and palaces by their names (景福宫, 大龙峒保安宫, 清凉寺, 白金汉宫, 伏羲庙), not the
# words they end (庙会, 宫墙, 剖宫产, 宫庙, 寺院) nor a kind (古庙, 神庙: one character).
_TEMPLE = re.compile("(?:宫|庙|寺)(?![会墙殿产庙院宇廷文博])")  # 故宫博物院: the museum


def temples(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """Temples and palaces named by a proper name of two to four characters (LOC)."""
    out: list[Candidate] = []
    for m in _TEMPLE.finditer(masked):
        s, e = m.span()
        if masked[s - 1 : s] in "宫庙寺" or masked[s - 1 : s] in _COUNTING:
            continue
        if any(masked[s - k : e] in gaz.orgs for k in (1, 2, 3)):
            continue  # 白宫, 克里姆林宫: a seat of government the lists know as the body
        start = _name_start(masked, s, m.group(), gaz)
        if start is not None:
            out.append((start, e, "LOC", 3))
    return out


def _name_start(masked: str, s: int, word: str, gaz: Gazetteer) -> int | None:
    """Where the site's name before ``s`` starts; None if the site word is not named."""
    fits = {k: _fits(masked[s - k : s], word, gaz) for k in (5, 4, 3, 2) if k <= s}
    # A place names the site wherever it stands (周边中山商圈); so does a name after a mark.
    for k in (5, 4, 3, 2):
        fit = fits.get(k)
        if fit and (fit == "place" or not is_cjk(masked[s - k - 1 : s - k] or "。")):
            return s - k
        if masked[s - k - 1 : s - k] == "、" and fit:
            return s - k
    # Inside a clause: the shortest name after a preposition, a verb or a function word.
    for k in (2, 3):
        before = masked[max(0, s - k - 2) : s - k]
        if fits.get(k) and (
            before[-1:] in _BEFORE_NAME or before in gaz.function_words or before in gaz.verbs
        ):
            return s - k
    return None


def _fits(part: str, word: str, gaz: Gazetteer) -> str:
    """ "place" or "name" if ``part`` can name a site before ``word``; "" if not."""
    if not all(is_cjk(ch) for ch in part) or set(part) & _NOT_IN_NAME:
        return ""
    if part[0] in _LEADS:
        return ""  # 近西本愿寺, 予西九故宫: a preposition or verb before the name
    if any(part[i : i + 2] in _KINDS for i in range(len(part) - 1)):
        return ""
    if part[-2:] in _VISITS or part[:2] in gaz.verbs or part[-2:] in gaz.verbs:
        return ""
    if not name_like(part, gaz) or part in gaz.function_words:
        return ""
    if part[-1] in "区市县" and part in gaz.places:
        return ""  # 中西区商圈: the district's shops, the district named with its level word
    place = gaz.place_re.match(part)
    if word == "展区" and (place or set(part) <= _ORIGINS):
        return ""  # a section of exhibitors by origin (港澳展区, 中国内地展区), no site
    return "place" if place else "name"

"""The four bounds of a plot (四至) in planning and land notices (LOC): a site is described by
what bounds it on each side, 东至浦东运河，南至上川路，西至外环绿化带500米，北至东靖路 — the roads,
rivers, estates and plots named after 东至 / 南至 / 西至 / 北至 (or 东起 …) up to the clause's end.
Those roads stand before a comma, where the road rule (which wants a house number, a section or
a list after 路) does not reach them, and the rivers (彭越浦, 俞泾浦, 走马塘), estates (虹凉馨苑)
and plots (C3-10地块) hold no suffix of a town.

A bound is read only where it starts a line or follows a clause's mark (广东至深圳 is a province
and a verb), and each of its parts (joined by 、, a hyphen between names or brackets) is a place
only when it ends in a word of a road, a waterway, an estate, a building or a plot: 红线围墙,
用地红线 and a company's 厂房边界线 are bounds but no places. 规划 before a road is the road's
state (规划江场二路 → 江场二路), except a provisional numbered road (规划五路); 沿线 and 规划边界
after a place are the bound's words (泗陈公路沿线, 氢能港规划边界).
"""

from __future__ import annotations

import re

from gui.core.entities.gazetteer import Gazetteer
from gui.core.entities.lexicon import is_cjk
from gui.core.entities.names import MASK, Candidate

_BOUND = re.compile(  # (the direction first; what stands before it looked back on)
    "[东南西北](?:(?<=[\n，。；;：:].)|(?<![\\s\\S][\\s\\S]))(?:至|起|到|临)"
)
_CLAUSE_END = re.compile("[\n，。；;]")
# Parts of a bound: a list mark, brackets, a hyphen between two names (同杰路-谢春路), a
# conjunction after a road or a river (长阳路和沙岭路).
_PART_MARK = re.compile(
    "[、（）()]|(?<=[\u4e00-\u9fff])[-－—](?=[\u4e00-\u9fff])|(?<=[路街道河浦])[和与及](?=[\u4e00-\u9fff])"
)
# Words a place named as a bound ends in: roads, waterways, estates, buildings, plots, lines.
_PLACE_END = re.compile(
    "(?:大道|公路|路|街|巷|弄|运河|河|浦|塘|港|江|浜|泾|湖|溪|渠|花园|苑|大楼|大厦|地块|基地"
    "|绿化带|线|公园|广场|桥)$"
)
# Kinds before the end word: a bound drawn along a kind of line, no named place (东至高速公路,
# 南至海岸线, 西至绿化带, 北至城市道路).
_KINDS = frozenset(
    "高速 城市 现状 主干 次干 乡村 农村 沿海 海岸 国境 边境 分界 中心 警戒 地平 水平 防护 隔离 "
    "绿化 生态 河道 道路 村庄 厂区 小区 住宅 居民 市政 省道 国道 县道 乡道".split()
)
_TAIL = re.compile("(?:沿线|(?:规划)?边界线?)$")
# A note in brackets names the bound anew (（现为铁路南何线）: "now the Nanhe railway line"); the
# kind word 铁路 leads a line's name.
_NOTE = re.compile("(?:现为|原为|今为|即)?(?:铁路(?=.+线$))?")
# Characters no road's or river's name holds: function words (a phrase, not a name).
_NOT_IN_NAME = frozenset("的了着是在与及或等为把被对")
_NUMBERED_ROAD = re.compile("规划[一二三四五六七八九十\\d]{1,3}(?:路|街)$")
# A plot's code leads its name (C3-10地块, A5-05地块, C3-5地块内江路).
_PLOT_CODE = re.compile("[A-Z]{1,2}\\d{1,3}(?:-\\d{1,3})?地块")


def bounds(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """Places named as the bounds of a plot after 东至, 南至, 西至, 北至."""
    out: list[Candidate] = []
    if "至" not in masked and "起" not in masked:
        return out
    for m in _BOUND.finditer(masked):
        end = _CLAUSE_END.search(masked, m.end())
        stop = end.start() if end else len(masked)
        if stop - m.end() > 80:
            continue  # a sentence, not a bound
        if not m.start() or masked[m.start() - 1] == "\n":
            out += _named_area(masked, m.start())
        pos = m.end()
        for part in _PART_MARK.split(masked[pos:stop]):
            span = _place_in(part, gaz)
            if span:
                out.append((pos + span[0], pos + span[1], "LOC", 3))
            pos += len(part) + 1
    return out


def _place_in(part: str, gaz: Gazetteer) -> tuple[int, int] | None:
    """Where the place in one part of a bound lies, if the part names one."""
    start = 0
    code = _PLOT_CODE.match(part)
    cut = part.find(MASK, code.end() if code else 0)
    if cut >= 0:
        part = part[:cut]  # 外环绿化带500米: the width is no part of the name
    tail = _TAIL.search(part)
    if tail:
        part = part[: tail.start()]
    note = _NOTE.match(part)
    if note and note.end():
        start, part = note.end(), part[note.end() :]
    if part.startswith("规划") and not _NUMBERED_ROAD.match(part):
        start, part = start + 2, part[2:]
    end = _PLACE_END.search(part)
    if not 3 <= len(part) <= 14 or not end or part.endswith("红线"):
        return None  # 用地红线: the plot's red line, a planning boundary and no place
    if not end.start() or part[: end.start()] in _KINDS:
        return None  # 绿化带, 高速公路: the kind alone
    name = part[code.end() :] if code else part
    if name and not all(is_cjk(ch) or ch == "·" for ch in name):
        return None
    if not code and (set(part) & _NOT_IN_NAME or part[:2] in gaz.function_words):
        return None
    return start, start + len(part)


# A table of plots names each in the cell before its bounds (曹路工业园区 | 东至浦东运河，…): a
# line of a name alone, ending in a word of a site or an area, right before a line of bounds.
_AREA_LINE = re.compile("[\u4e00-\u9fff·]{4,20}")
_AREA_END = frozenset("区园带楼块城港场站厂域心地镇村苑")
_NOT_IN_LINE = _NOT_IN_NAME | frozenset("于将该其已由从向这此本位")


def _before_spaces(text: str, at: int) -> int:
    """``len(text[:at].rstrip())`` without copying the text before ``at`` (a table of plots
    has a line of bounds in every row: one copy of the report's head per row)."""
    while at > 0 and text[at - 1].isspace():  # (str.rstrip strips what str.isspace holds)
        at -= 1
    return at


def _named_area(masked: str, s: int) -> list[Candidate]:
    """The area named on the line before a line of bounds that starts at ``s``."""
    end = _before_spaces(masked, s)
    start = masked.rfind("\n", 0, end) + 1
    line = masked[start:end]
    if not _AREA_LINE.fullmatch(line) or line[-1] not in _AREA_END:
        return []
    if set(line) & _NOT_IN_LINE or "四至" in line or "范围" in line:
        return []  # 四至范围: the column's head; 项目位于浦东新区: a sentence
    return [(start, end, "LOC", 3)]

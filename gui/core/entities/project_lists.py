"""Companies that open the items of a work report's list of projects (round 17 of #13).

Work reports and their news list projects as the company and what it builds, several to a
sentence, and close the list with 等…项目: 中芯国际12英寸线、华星光电T7二期等项目; 芯业时代8英寸
半导体、弗迪12吉瓦时动力电池扩产等项目; 中船二期、中远海运船舶修造等新项目. The company is often
no listed name and carries no suffix, but the item's grammar gives it away: an item that opens
with a short run of Chinese characters followed at once by a figure, a Latin model or line
name (T7, V8, DCU) or a phase (二期) names its builder in that run — a project itself reads
西安咸阳国际机场T5航站楼 (a place and its facility) or 润泽智算中心三期 (a facility's head before
the phase), which are left alone.

Read after the names pass, on what it left free: a run any name already touches is not read.
"""

from __future__ import annotations

import re

from gui.core.entities.gazetteer import Gazetteer
from gui.core.entities.names import MASK, Candidate

#: A 、-list closed by 等 and, within one phrase, a word for projects (等项目, 等一批重大项目,
#: 等20个央陕合作项目); found by its end, and read back to the clause's start (after a mark, ASCII
#: ones too) within a bounded window, so that a long line with no mark costs no more than a short
#: one.
_MARKS = "，。；：！？,;:!?\n"
_LIST_END = re.compile(f"等[^{_MARKS}、]{{0,12}}项目")
#: The longest list of projects read (characters from the clause's start to 等).
_WINDOW = 400
#: The builder and what follows it at once: a masked figure (12英寸, 150亿方), a model or line
#: in capitals and digits (T7, V8, DCU, ABS; not a Latin name: 龙华Costco星河) or a phase (二期).
_ITEM = re.compile(
    f"([\u4e00-\u9fff]{{2,6}}?)(?:[{MASK}0-9]|[A-Z0-9]{{1,5}}(?![A-Za-z])|[一二三四五六七八九]期)"
)
#: Heads of facilities and places: a run ending in one names what is built, not who builds it
#: (润泽智算中心三期, 西安咸阳国际机场T5航站楼, 第二产业园3号楼).
_FACILITY_TAIL = re.compile(
    "(中心|基地|机场|园|区|城|港|站|线|厂|馆|院|校|大学|楼|路|桥|镇|村|县|市|省|湖|山|河|江|库|工程|"
    "项目|片|号|期|场|所|田|矿|井|谷|岛|湾|街|道)$"
)
#: Characters that no company name opens with: ordinals, demonstratives and words of amount
#: (第11代…, 该项目, 多个…, 新一批…).
_NOT_FIRST = frozenset("第该本各每其此这那多新全总共约近超逾")


def project_companies(masked: str, gaz: Gazetteer, taken: bytearray) -> list[Candidate]:
    """ORG candidates for the builders that open the items of a list of projects."""
    out: list[Candidate] = []
    read = -1
    for m in _LIST_END.finditer(masked):
        window = max(0, m.start() - _WINDOW)
        mark = max(masked.rfind(c, window, m.start()) for c in _MARKS)
        if mark >= 0:
            window = mark + 1
        elif window:
            continue  # no clause's start in reach: no list of projects
        if window <= read or "、" not in masked[window : m.start()]:
            continue
        read = pos = window
        for raw in masked[window : m.end()].split("、"):
            start, pos = pos, pos + len(raw) + 1
            item = _ITEM.match(masked, start, pos - 1)
            if not item:
                continue
            s, e = item.span(1)
            if not any(taken[s:e]) and _is_builder(masked[s:e], gaz):
                out.append((s, e, "ORG", 2))
    return out


def _is_builder(name: str, gaz: Gazetteer) -> bool:
    """Whether the run opening an item can be a company's name: no facility or place, no
    ordinal (重点推进第11代…), no list's 等 (邦普时代等1.1万个) and no verb or function word
    inside (重点推进)."""
    if name[0] in _NOT_FIRST or "第" in name or "等" in name or _FACILITY_TAIL.search(name):
        return False
    if name in gaz.places or name[:2] in gaz.places:
        return False
    pairs = {name[i : i + 2] for i in range(len(name) - 1)}
    return not (pairs & gaz.verbs or pairs & gaz.function_words)

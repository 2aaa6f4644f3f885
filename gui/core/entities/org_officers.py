"""A company named by its officer: the name right before a company officer's title and a person
(浙江圣熙资产基金经理王峰, 强脑科技创始人韩璧丞, 东方金诚首席宏观分析师王青).

Business news introduces the people it quotes by their company and their post, and the company
is often written by a short name that no suffix marks and no list holds. The title and the name
after it say that what stands before is a company: the officers of a company (董事长, 总裁,
创始人, 基金经理, an analyst or economist …), not of a government or a school, whose bodies the suffix rules find. The
name reaches back to a stop word or a mark (:func:`name_starts.name_start`), is two to ten characters,
no generic noun (公司董事, 该公司总经理), no place alone and no known body (found by its list).
"""

from __future__ import annotations

import re

from gui.core.entities.gazetteer import Gazetteer
from gui.core.entities.given_names import plausible_name
from gui.core.entities.name_starts import name_start
from gui.core.entities.names import Candidate, is_generic

#: A company's officers, longest first (the title's first character anchors the scan).
_OFFICER = re.compile(
    "(?:联合创始人|首席执行官|董事会主席|副董事长|董事长|副总裁|总裁|创始人|副总经理|总经理|基金经理|执行董事"
    "|首席经济学家|首席分析师|首席策略师|分析师|新闻发言人|发言人|副秘书长|秘书长|副会长|会长|副理事长|理事长)"
)
#: Words that end a title, not a name, right before the officer's title (行政总裁, 首席执行官 …,
#: 学联|前副秘书长: a former officer's body is read where it is named, not guessed past 前).
_TITLE_PARTS = (
    "行政",
    "执行",
    "常务",
    "联席",
    "集团",
    "公司",
    "企业",
    "董事会",
    "前",
    "原",
    "时任",
    "现任",
)
#: The qualifiers of an analyst's or an economist's title, read off before the name (东方金诚|
#: 首席宏观分析师, 共和党|战略分析师), and of a post not yet or not fully held (港大学生会|候选会长:
#: the candidate's body is the body whose post he stands for; 署理, 名誉 …; a portfolio: 候选内务副会长).
_QUALIFIERS = re.compile(
    "(?:首席|高级|资深|宏观|战略|策略|研究|行业|市场|候选|候任|署理|代理|名誉|荣誉|创会|内务|外务|财务|总务)+$"
)
#: A two-character head of a government or its organ is no name of its own (市府秘书长, 公署发言人).
_HEADS = frozenset("府署会局处司部委")


def officers_bodies(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """ORG candidates for the name right before a company officer's title and a person."""
    out: list[Candidate] = []
    for m in _OFFICER.finditer(masked):
        s, e = m.span()
        if masked[e : e + 2] in gaz.verbs or not any(
            plausible_name(masked[e : e + k], gaz) for k in (3, 2)
        ):
            continue  # 自民党高市早苗总裁|连任首相: a verb after the title, not a name
        q = _QUALIFIERS.search(masked, max(0, s - 8), s)
        end = q.start() if q else s
        start = name_start(masked, end, gaz)
        name = masked[start:end]
        if not 2 <= len(name) <= 10 or name.endswith(_TITLE_PARTS) or is_generic(name):
            continue
        if len(name) == 2 and name[-1] in _HEADS:
            continue
        if gaz.place_re.fullmatch(name) or any(
            k.end() == end for k in gaz.org_re.finditer(masked, start, end)
        ):
            continue
        out.append((start, end, "ORG", 3))
    return out

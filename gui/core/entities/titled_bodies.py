"""A body named by its head word where its own head's title follows it (专卖局卢栏封局长,
法律部副部长汤延若, 黎明教养院院长罗晋绍, 秘书局代理局长许朗诚, 驻多伦多文化资产管理处杜儿平处长;
an office, a commission or a centre and its 主任: 驻京办主任, 综合办主任邓生宗).

The suffix rules of :mod:`gui.core.entities.names` keep a short body in 局, 部, 处, 院, 署 … only
where a place, a level word or a list makes it one: alone these characters end common words
(内部, 全部, 到处, 医院). A title made of the body's own head character and 长 (局长 after 局, 处长
after 处, 院长 after 院), right after it or after the person who holds it, says that the name
before is that body: releases and news introduce an official by body, name and post in either
order (X局局长张三, X局张三局长). The name reaches back to a stop word or a mark
(:func:`name_starts.name_start`), has two characters or more before its head, and is no generic
phrase, no scope or count (该会会长, 五院院长, 各局局长), no listed body (its own match names
it: 稍早|农业部陈骏季部长) and no part of a longer body: a title that
is itself the start of an office's name (司长办公室) names that office, not the body before it.
"""

from __future__ import annotations

import re

from gui.core.entities.gazetteer import Gazetteer
from gui.core.entities.given_names import plausible_name
from gui.core.entities.name_starts import name_start
from gui.core.entities.names import Candidate, is_generic

#: The body's head, then (a person's name and) a title of that head's own holder.
_TITLED = re.compile(
    r"([局处署院厅部司会校所队站])(?=([\u3400-\u9fff]{2,4}?)?"
    r"(?:前|副|代理|代|署理|常务副|署理副)?\1长(?!办公室|办))"
)
#: An office or a commission and its director (驻京办主任, 市发改委副主任, 信息中心主任): 主任 is
#: the title of the head of a 办, a 委 and a 中心.
_DIRECTED = re.compile(r"(办|委|中心)(?=([\u3400-\u9fff]{2,4}?)?(?:副|常务副|署理)?主任(?!委员))")
#: Scope, reference and counting words that make the body a kind, not one (该会, 各局, 五院).
_SCOPE = re.compile(
    "^(?:各|该|本|这|那|其|此|每|原|前|现|新|旧|两|[一二三四五六七八九十百千]|有关|相关|所属|下属|上述)"
)


#: A body's head inside the stretch before the title's body: that body is its organ.
_PARENT = re.compile("常委会|委员会|人大|政协")
_COUNTS = frozenset("一二三四五六七八九十两几各该本")


def titled_bodies(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """ORG candidates for the name before a body's head word followed by its holder's title."""
    out: list[Candidate] = []
    for m in (*_TITLED.finditer(masked), *_DIRECTED.finditer(masked)):
        hs, he = m.span(1)
        person = m.group(2)
        if person is not None and not plausible_name(person, gaz):
            continue
        start = name_start(masked, hs, gaz)
        parents = [p.end() for p in _PARENT.finditer(masked, start, hs)]
        start = parents[-1] if parents else start  # 常委会|法工委: the organ, named from there
        proper = masked[start:hs]
        if not 2 <= len(proper) <= 20 or "的" in proper or _SCOPE.match(proper):
            continue
        if is_generic(proper) or masked[hs - 1] in _COUNTS or masked[start - 1 : start] in "和与及":
            continue  # 五院院长; 外交与|东非合作部: a name cut at its own conjunction
        if any(k.end() == he for k in gaz.org_re.finditer(masked, start, he)):
            continue  # a listed body ends there (稍早|農業部): its own match names it
        out.append((start, he, "ORG", 2))
    return out

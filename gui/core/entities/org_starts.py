"""The left edge of an ORG: a name does not start inside a word of its own.

The recogniser cuts a body's name at the function characters a name rarely holds (与 和 对 在 …:
科学院与清华大学 are two bodies). But 对 is also the first half of the word 对外 (external, foreign):
中国人民对外友好协会, 对外经济贸易大学, 中华民国对外贸易发展协会, 中国对外承包工程商会 — bodies of
foreign trade and friendship in every Chinese-speaking region. Cut there, the name starts at 外
(外贸易发展协会), which is no word. An ORG that starts with 外 right after 对 takes the 对 back,
and with it the place or body written right before (中国, 中华民国, 商务部): the whole is one name,
as the gold of the dev batches marks it. Not where 外 opens a word of its own that is the
body's name (对外交部, 对外汇局, 对外事办公室: 对 is a preposition there).

A city government's notice names its department and then the building it sits in (本府都市发展局永华市政中心
公告栏): a department and a place. The place's rule reads the building's name back over the department
and the 府 of 本府 (府都市发展局永华市政中心, no name). A place that starts with the 府 of 本府 / 市府 / 县府
and a department (two to four characters of remit and 局 / 处) gives the department back as an ORG and
keeps the rest, as the gold of the dev batches marks them. Nor does a body's name start with the
level character of 本市 / 本县 before a place ("this city", 本市麻豆区公所 → 麻豆区公所; 本市民政局 keeps
市民政局, a level word's body).

A body of two parties is named by both, joined by a dash (中国—东盟中心, 中国—阿拉伯国家合作论坛, 中国-
中亚合作秘书处): the place before the dash is part of the name, not a place of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from gui.core.entities.gazetteer import gazetteer
from gui.core.entities.name_context import past_determined_level

Span = tuple[int, int, str]

# Words that start with 外 and open bodies' names themselves (外交部, 外汇管理局, 外事办公室,
# 外商投资企业协会, 外国专家局): before them 对 is a preposition.
_OWN_WORDS = frozenset("交汇事资商国籍企语科包卖滩地省来埠")

# 府 and a department's name after 本 / 市 / 县, the rest being a place's own name.
_DEPARTMENT = re.compile(
    "府((?![各本该全两多每这那]|相关|有关|所属|其他|其它)[^\\W\\d局处]{2,4}[局处])"
)


def _moved_back(
    spans: list[Span], new_start: Callable[[Span, Span | None], int | None]
) -> list[Span]:
    """``spans`` (sorted, not overlapping) with each span whose ``new_start`` (given the span
    and the one kept before it) is a number moved back to it, over the spans it then covers."""
    out: list[Span] = []
    for span in spans:
        start = new_start(span, out[-1] if out else None)
        if start is not None:
            while out and out[-1][0] >= start:
                out.pop()
            span = (start, span[1], span[2])
        out.append(span)
    return out


def external_starts(pivot: str, spans: list[Span]) -> list[Span]:
    """``spans`` (sorted, not overlapping) with each ORG that starts at 外 after 对 moved back
    over 对外's 对 and over a place or body that ends right before it."""
    if "对外" not in pivot:
        return spans

    def new_start(span: Span, before: Span | None) -> int | None:
        s, _e, t = span
        if not (t == "ORG" and s > 0 and pivot[s] == "外" and pivot[s - 1] == "对"):
            return None
        if pivot[s + 1 : s + 2] in _OWN_WORDS or (before and before[1] >= s):
            return None  # 对外交部; a span holds the 对
        if before and before[1] == s - 1 and before[2] in ("LOC", "ORG"):
            return before[0]
        return s - 1

    return _moved_back(spans, new_start)


_DASHES = frozenset("—–－-")


def bilateral_names(pivot: str, spans: list[Span]) -> list[Span]:
    """``spans`` (sorted, not overlapping) with each ORG written right after a place and a dash
    joined to the place: one body named by the two parties. A known body after the dash is a
    party itself (中国—东盟博览会: the places of an event)."""
    if not any(d in pivot for d in _DASHES):
        return spans

    def new_start(span: Span, before: Span | None) -> int | None:
        s, e, t = span
        if t != "ORG" or s < 2 or pivot[s - 1] not in _DASHES or not before:
            return None
        if before[1] != s - 1 or before[2] != "LOC" or gazetteer().org_re.fullmatch(pivot[s:e]):
            return None  # 中国|—|东盟|博览会: two names
        return before[0]

    return _moved_back(spans, new_start)


def department_sites(pivot: str, spans: list[Span]) -> list[Span]:
    """``spans`` (sorted, not overlapping) with each place that starts with the 府 of 本府 and a
    department split into the department (ORG) and the rest (LOC), when the rest is a name of two
    characters or more."""
    if "府" not in pivot and "本" not in pivot:
        return spans
    out: list[Span] = []
    for span in spans:
        s, e, t = span
        if t == "ORG" and s > 0 and pivot[s - 1] == "本":
            # 本市|麻豆区公所: "this city" is no part of the place's body (but 本市|市民政局 keeps
            # its level word: name_context's rule, here for the spans other stages made)
            gaz = gazetteer()
            start = past_determined_level(pivot, s, gaz)
            if start == s and any(pivot[s + 1 : s + k] in gaz.full_places for k in range(3, 7)):
                start = s + 1  # a place of the full lists the pattern does not hold (麻豆区)
            span = (start, e, t)
        elif t == "LOC" and s > 0 and pivot[s] == "府" and pivot[s - 1] in "本市县":
            m = _DEPARTMENT.match(pivot, s, e)
            if m and e - m.end(1) >= 2:
                out += [(m.start(1), m.end(1), "ORG"), (m.end(1), e, "LOC")]
                continue
        out.append(span)
    return out

"""A place grown over the level word after it (LOC), on the spans of a pass before the chains are
joined: a town named for a place (左权县辽阳|镇, 浦东新区南汇新城|镇: the place and 镇 or 乡 before a
mark or the town's own post, then the chain with its county) and a village's group (马鬃山村|水坪5组,
上洲村|上屋组: the villagers' group under the village, by a short name, a number or both).
Each is one look-up per match of its level word, as ``regions.area_words`` (浙江|地区) is.
"""

from __future__ import annotations

import re
from bisect import bisect_left

Span = tuple[int, int, str]

# 镇 or 乡 before a mark or the town's own post (辽阳镇镇长) — not 乡亲, 镇压, 乡镇: a word follows.
_TOWN = re.compile("[镇乡](?=[、，。；：（(\n]|镇长|乡长)")
# A villagers' group: a short name and a number, a number, or a two-character name before 组,
# and not the words that 组 opens (组织, 组长, 组建) nor 村民小组 (民小|组 is no name).
_GROUP = re.compile(
    "村((?:[\u4e00-\u9fff]{2,3}?(?:\\d{1,2}|[一二三四五六七八九十]{1,3})|\\d{1,2}|[一二三四五六七八九十]{1,3}"
    "|[\u4e00-\u9fff]{2})组)(?![织长员建成合件别委])"
)
_NOT_IN_GROUP = set("民干委级的和与及在是为小")


def _grown(pivot: str, spans: list[Span], start: int, end: int, ends_not: str) -> list[Span] | None:
    """``spans`` with the LOC span that ends at ``start`` grown to ``end`` over the counts
    between (None if none ends there, or it is shorter than two characters or ends in one of
    ``ends_not``, or another span begins between)."""
    i = bisect_left(spans, (start,))
    j = i
    while j < len(spans) and spans[j][0] < end:
        if spans[j][1] > end or spans[j][2] != "QUANT":
            return None
        j += 1  # a count inside the grown part (水坪|5组) is no count: the name takes it
    if i == 0:
        return None
    s, e, t = spans[i - 1]
    if t != "LOC" or e != start or e - s < 2 or pivot[e - 1] in ends_not:
        return None
    spans[i - 1 : j] = [(s, end, t)]
    return spans


def town_words(pivot: str, spans: list[Span]) -> list[Span]:
    """``spans`` (sorted) with each place that 镇 or 乡 follows before a mark grown over it; not
    a place that ends in a level word itself (上海市乡镇, 县乡)."""
    if "镇" not in pivot and "乡" not in pivot:
        return spans
    for m in _TOWN.finditer(pivot):
        spans = _grown(pivot, spans, m.start(), m.end(), "区市省县州镇乡村") or spans
    return spans


def village_groups(pivot: str, spans: list[Span]) -> list[Span]:
    """``spans`` (sorted) with each village (a place ending in 村) grown over its group after it
    (the group begins right after a 村, so the place that ends there ends in it)."""
    if "村" not in pivot or "组" not in pivot:
        return spans
    for m in _GROUP.finditer(pivot):
        if not set(m.group(1)) & _NOT_IN_GROUP:
            spans = _grown(pivot, spans, m.start(1), m.end(1), "") or spans
    return spans

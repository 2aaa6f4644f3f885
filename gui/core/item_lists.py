"""Numbered statements over a format's bullet lists: a digest's items with their points.

A news digest set in Markdown (a Wind morning briefing: 「## 热点聚焦」 over
「1、我国首个基本医保参保长效机制正式公布。」 / 「- 连续参保有激励，…」 / 「- 基金零报销有激励，…」 /
「2、新能源车企集中公布7月份造车成绩单。」 / 「- 比亚迪…」) numbers its news items under its marked
sections and lists each item's points as bullets under it. Each item is a whole sentence — a
report, not a headline — and everything under it is the format's list items: the item and its
points are one entry of a list, and the marked headings are the document's sections.

Read only where the numbered line ends a sentence (。！), stands in a section whose heading the
format marks (the digest's 「## 热点聚焦」), every line under it up to its next sibling is a list
item the format marked (none of its own paragraphs), and three or more items of one numbering
family stand so: a headline over a bullet list (「一、工作目标」) stays a heading,
and so does one numbered sentence over a list in a document that numbers its parts otherwise.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from gui.core.numbering import numbered
from gui.core.outline_lists import MIN_LIST_RUN

#: Three or more items of one family over bullet lists are a list's entries (as three
#: numbered sentences in a row are a list: ``outline_lists.MIN_LIST_RUN``); two may be a
#: paper's goals over their points (「1、推广机密计算技术。」 / 「2、提高机密计算技术的可用性。」).
MIN_ITEMS = MIN_LIST_RUN
_STOPS = "。！!"


def drop_items_over_lists(
    body: Sequence[Any],
    found: list[Any],
    list_items: Collection[int],
    marked: Collection[int] | None,
) -> list[Any]:
    """``found`` (the outline's headings, in order) without the numbered statements that
    stand over bullet lists only (``list_items``: the lines the format marked as list items)
    inside a section the format marks (``marked``: its headings' line numbers)."""
    if not list_items or not found or not marked:
        return found
    position = {id(ln): p for p, ln in enumerate(body)}
    heads = {id(h.line) for h in found}
    by_rank: dict[float, list[int]] = {}
    section_marked = False  # (whether the last unnumbered heading above is the format's)
    for k, h in enumerate(found):
        text = h.line.text
        number = numbered(text)
        if number is None:
            section_marked = h.line.index in marked
        p = position.get(id(h.line))
        if number is None or p is None or text[-1] not in _STOPS or not section_marked:
            continue
        under = 0
        for ln in body[p + 1 :]:
            if id(ln) in heads or numbered(ln.text) is not None:
                break
            if ln.index not in list_items:
                under = 0
                break
            under += 1
        if under:
            by_rank.setdefault(number[0], []).append(k)
    dropped = {k for ks in by_rank.values() if len(ks) >= MIN_ITEMS for k in ks}
    return [h for k, h in enumerate(found) if k not in dropped]

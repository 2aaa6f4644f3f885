"""Lists whose entries look like headings: a digest's items over their points, a timeline.

**A digest's items over bullet lists.**
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

**A reference list.** A numbered source (「1. 香港政府統計處：食肆總收益… — 2026 年第二季…」) is
no step labelled by its publisher: a spaced dash sets off its note, as Chinese prose never does.

**A timeline.** A story's chronology sets each event on a line of its own after its date
(「2021年1月 由灣仔區議會主席楊雪盈牽頭的組織「灣仔起步」宣布解散」, 「2021年6月26日 新民主同盟宣布解散」):
a short event reads as a subhead, but the lines are a list's entries, dated. Read where three
or more lines in a row open with a date (year and month, a day or a time after), none of them
marked by the format as a heading (a page's 「## 2021年1月」 is its author's section).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Any

from gui.core.numbering import numbered
from gui.core.outline_lists import MIN_LIST_RUN


def drop_list_entries(
    body: Sequence[Any],
    found: list[Any],
    list_items: Collection[int],
    marked: Collection[int] | None,
) -> list[Any]:
    """``found`` (the outline's headings, in order) without those that are a list's entries:
    a digest's items over bullet lists (``list_items``: the lines the format marked as list
    items) and a timeline's dated lines (``marked``: the format's heading lines, or None)."""
    found = drop_items_over_lists(body, found, list_items, marked)
    found = [h for h in found if not is_source_entry(h.line.text)]
    return drop_timeline_entries(body, found, marked)


#: A reference list's note after a source's publisher and title, set off by a spaced dash
#: (Chinese prose sets its dash ——, unspaced).
_SOURCE_NOTE = " — "


def is_source_entry(line: str) -> bool:
    """A numbered entry of a reference list: the publisher closed by ：, the title, then a
    note after a spaced dash (「1. 香港政府統計處：食肆總收益及購貨額表 625-68001 — 2026 年第二季…。」)."""
    colon = line.find("：")
    return colon > 0 and numbered(line) is not None and _SOURCE_NOTE in line[colon:]


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


#: A timeline entry's date at the line's start: a year and a month (「2021年1月」, 「2021年6-7月」),
#: a day and a time after it (「2020年6月30日晚上11時」), then the event.
_DATED = re.compile(r"(?:19|20)\d{2}年\d{1,2}(?:[-－至]\d{1,2})?月(?:\d{1,2}日)?\S{0,8}?\s*\S")


def drop_timeline_entries(
    body: Sequence[Any], found: list[Any], marked: Collection[int] | None
) -> list[Any]:
    """``found`` without the headings that are entries of a timeline: three or more body lines
    in a row that open with a date, none marked by the format as a heading."""
    marked = marked or ()
    dated = [_DATED.match(ln.text) is not None and ln.index not in marked for ln in body]
    entries: set[int] = set()
    start = 0
    for p in range(len(body) + 1):
        if p < len(body) and dated[p]:
            continue
        if p - start >= MIN_LIST_RUN:
            entries.update(id(ln) for ln in body[start:p])
        start = p + 1
    return [h for h in found if id(h.line) not in entries] if entries else found

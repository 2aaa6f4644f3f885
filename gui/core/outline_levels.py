"""The levels of an outline's headings, from their ranks (``gui.core.outline``).

Numbered and marked heading styles have fixed ranks (``gui.core.numbering``: 第X章 before 一、
before （一）…); the unnumbered styles rank after them — 一是 headlines, lead sentences,
subheads — and a part's label and an annex have ranks of their own. The level of a heading is
the rank of its style among those the document uses, or one below the nearest open heading
for the unnumbered styles (docs/outline.md, *Levels*).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from gui.core.numbering import numbered

#: A stand-alone label over numbered headings (「事實：」 over 一、…): just above 一、.
RANK_LABEL = 19.5
RANK_ORDINAL = 24.0
RANK_LEAD = 30.0
RANK_SUBHEADING = 31.0
RANK_ANNEX = 0.0
#: The deepest level shown: tiers below it share it with their parents (a plan's （1） run-in
#: heads under 1. under （一） under 一、 inside an annex; docs/gold-outline.md, *Levels*).
MAX_LEVEL = 4


def heading_levels(
    found: Sequence[Any],
    shown: Collection[float] = (),
    boxes: Sequence[tuple[int, int]] = (),
) -> list[int]:
    """Numbered and marked styles take the rank of their style among those the document
    uses (第X条 stays level 3 under 第X章 even where no 第X节 comes between). Unnumbered ones
    (一是 lines, lead sentences, headlines, subheadings) sit one level below the nearest open
    heading of an outer style, so a lead sentence right under 二、 is level 2. An annex is
    top level and the headings inside it are ranked apart, one level down. A part's label
    (「事實：」) is level 1 and puts the numbered tiers after it one level down: the 一、 points
    of a decision whose 「事實及理由：…」 runs on its line, above the first label, stay level 1.
    ``shown``: GB/T 9704 ranks the text shows by paragraphs that head nothing
    (``outer_ranks_shown``): they keep their level in the document's part before any annex.
    ``boxes``: line ranges ``(first, last)`` of a format's boxes (a Markdown container,
    「::: info 附录」 … 「:::」) that hold a heading: each is ranked apart from the text around it,
    from level 1, and the text after its close goes on ranked as before it."""
    levels = [1] * len(found)
    for n, segment in enumerate(_segments(found, boxes)):
        _rank_segment(segment, levels, shown if n == 0 else ())
    return levels


def _segments(
    found: Sequence[Any], boxes: Sequence[tuple[int, int]]
) -> list[list[tuple[int, Any]]]:
    """The headings ranked together, with their places in ``found``: the text before the first
    annex, each annex to the next, and each box."""
    main: list[list[tuple[int, Any]]] = [[]]
    boxed: dict[int, list[tuple[int, Any]]] = {}
    for k, h in enumerate(found):
        box = next((b for b, (a, z) in enumerate(boxes) if a <= h.line.index <= z), None)
        if box is not None:
            boxed.setdefault(box, []).append((k, h))
        elif h.rank == RANK_ANNEX:
            main.append([(k, h)])
        else:
            main[-1].append((k, h))
    return main + [boxed[b] for b in sorted(boxed)]


def _rank_segment(
    placed: Sequence[tuple[int, Any]], levels: list[int], shown: Collection[float]
) -> None:
    """The levels of one segment's headings, written at their places in ``levels``."""
    segment = [h for _, h in placed]
    if not segment:
        return
    items = _items_under_subheads(segment)
    fixed = sorted(
        ({h.rank for h in segment if h.rank < RANK_ORDINAL} | set(shown))
        - {RANK_ANNEX, RANK_LABEL}
        - items.keys()
    )
    level_of = _fixed_levels(segment, fixed)
    base = 1 if segment[0].rank == RANK_ANNEX else 0
    in_part = 0  # 1 once a part's label has opened
    stack: list[tuple[int, float]] = []  # (level, rank) of the open headings
    for k, h in placed:
        if h.rank == RANK_ANNEX:
            levels[k] = 1
            continue
        if h.rank == RANK_LABEL:
            in_part, level = 1, base + 1
            stack.clear()
        elif h.rank in level_of:
            level = base + level_of[h.rank] + in_part
            while stack and stack[-1][0] >= level:
                stack.pop()
        else:
            rank = items.get(h.rank, h.rank)
            while stack and stack[-1][1] >= rank:
                stack.pop()
            level = (stack[-1][0] if stack else base) + 1
        stack.append((level, items.get(h.rank, h.rank)))
        levels[k] = min(level, MAX_LEVEL)


def outer_ranks_shown(body: Sequence[Any], found: Sequence[Any]) -> set[float]:
    """GB/T 9704 ranks (一、, （一）, 1.) that head nothing but that the text shows over headings
    of an inner rank (round 20): paragraphs open with its numbers from the first of its count,
    none heads a section, and a heading of an inner rank of the system follows the first. A 一、
    heading run on into its text (「一、2025年工作回顾刚刚过去的一年，…」, a scraper's lines run
    into one) is not found, but its （一） children are still one level under it."""
    headed = {h.rank for h in found}
    if not any(_GBT[0] < rank < _GBT[1] for rank in headed):
        return set()  # (no inner rank found: nothing to rank under a shown family)
    heads = {id(h.line): k for k, h in enumerate(found)}
    first: dict[float, int] = {}  # rank → how many headings come before its first paragraph
    k = 0
    for ln in body:
        if id(ln) in heads:
            k = heads[id(ln)] + 1
            continue
        number = numbered(ln.text)
        if number is None or not _GBT[0] <= number[0] < 23 or number[0] in headed:
            continue
        if number[0] not in first and not _starts_count(ln.text):
            continue  # (a family is shown from its first number: 一、, （一）, 1.)
        first.setdefault(number[0], k)
    return {rank for rank, k in first.items() if any(rank < h.rank < _GBT[1] for h in found[k:])}


#: GB/T 9704's numbers (一、 （一） 1. （1）) and the first of each count (一, 1).
_GBT = (20.0, 24.0)
_FIRST = frozenset("一1１")


def _items_under_subheads(segment: Sequence[Any]) -> dict[float, float]:
    """Numbered ranks whose count starts again at one with no heading of an outer numbered
    rank between, where a plain subhead opens the segment: the numbered items of the subheads
    above them (a white paper's 「机密计算的现状与困境」 over 「1、用户心智不足。」 … 「4、…」 and again
    「1、推广机密计算技术。」 … 「4、…」), ranked under the subheads — rank → the rank they take."""
    if not segment or segment[0].rank < RANK_ORDINAL:
        return {}
    last_first: dict[float, int] = {}
    items: dict[float, float] = {}
    for k, h in enumerate(segment):
        if not _GBT[0] <= h.rank < _GBT[1] or not _starts_count(h.line.text):
            continue
        before = last_first.get(h.rank)
        if before is not None and all(
            not g.rank < h.rank for g in segment[before + 1 : k] if g.rank < RANK_ORDINAL
        ):
            items[h.rank] = RANK_SUBHEADING + 0.6 + (h.rank - _GBT[0]) / 100
        last_first[h.rank] = k
    return items


def _starts_count(line: str) -> bool:
    """Whether a numbered line's number is the first of its count (一、, （一）, 1., （1）)."""
    return line.lstrip("（(")[:1] in _FIRST and not line.lstrip("（(")[1:2].isdigit()


def _system(rank: float) -> int:
    """The numbering system of a fixed rank: 0 the format's marks (levels 1–6), 1 the 第X
    numbers (编, 部分, 章, 节, 条), 2 decimal clauses (1 / 1.1 / 1.1.1), 3 GB/T 9704's 一、 >
    （一） > 1. > （1）."""
    return 0 if rank < 10 else 1 if rank < 14 else 2 if rank < 19 else 3


def _fixed_levels(segment: Sequence[Any], fixed: Sequence[float]) -> dict[float, int]:
    """Level of each fixed rank: its place among the ranks the segment uses — inside a numbering
    system always, and between systems where their first appearances keep that order. Where a
    system appears first under another that ranks below it (a survey's 「一. 报告背景」 … 「三.
    问卷分析」 over 「3.1. 受访者特征」 and 「3.1.1 年龄…」; a data chapter's 「第四部分：…」 listed
    under its 「1.3 数据篇整体结构」), the text's order wins: a system's first heading is one
    level under the latest numbered heading before it, and the system's other ranks follow."""
    canonical = {rank: i + 1 for i, rank in enumerate(fixed)}
    order: list[int] = []
    for h in segment:
        if h.rank in canonical and _system(h.rank) not in order:
            order.append(_system(h.rank))
    if order == sorted(order) or 0 in order:
        return canonical  # (the format's marks are levels the page gave: they stay first)
    levels: dict[float, int] = {}
    last = 0  # the level of the latest numbered heading
    for h in segment:
        if h.rank not in canonical:
            continue
        if h.rank not in levels:
            ranks = [r for r in fixed if _system(r) == _system(h.rank)]
            base = last + 1 - ranks.index(h.rank)
            levels.update({r: max(1, base + k) for k, r in enumerate(ranks)})
        last = levels[h.rank]
    return levels


def is_deck(found: Sequence[Any], body: Sequence[Any]) -> bool:
    """A news page's deck (副题): the one unnumbered short line right under the title, when
    no other line of the document has that form. It belongs to the title, not a section."""
    first = found[0]
    return (
        first.rank == RANK_SUBHEADING
        and bool(body)
        and first.line is body[0]
        and not any(h.rank == RANK_SUBHEADING for h in found[1:])
    )

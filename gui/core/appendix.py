"""An annex's own appendix: the list or table an annex announces (「…为联席会议成员（名单附后）。」)
and sets out after its last part, under a stand-alone title that names it
(「国务院职业教育工作」 / 「部际联席会议成员名单」, wrapped over two lines).

It is part of the annex, not a further document the 公文 carries (docs/gold-outline.md,
rule 7's batch-10 clarification): its title heads a section one level below the annex title,
beside the annex's 一、 parts (``gui.core.outline`` gives it their rank).
"""

from __future__ import annotations

from collections.abc import Sequence

from gui.core.numbering import numbered
from gui.core.outline_levels import RANK_ANNEX, RANK_SUBHEADING
from gui.core.patterns import LazyPattern
from gui.core.subheads import NO_HEADING_END

#: 「（名单附后）」, 「名录附后」, 「（一览表附后）」: what the annex announces, by its last word.
ANNOUNCED = LazyPattern(r"(名单|名录|一览表|清单|明细表|表)附后")
#: A title line is short; a wrapped one is two such lines.
MAX_TITLE_LINE = 30


def announced_appendices(
    texts: Sequence[str], ranks: Sequence[float | None]
) -> list[tuple[int, int, float]]:
    """Each annex's appendix title in ``texts`` (stripped body lines; ``ranks[i]``: the rank of
    the heading line i carries, or None) as (first line, last line, rank): the rank of the
    annex's outermost headings, so the title sits beside its 一、 parts."""
    out: list[tuple[int, int, float]] = []
    annexes = [i for i, rank in enumerate(ranks) if rank == RANK_ANNEX]
    if not annexes:
        return out
    for a, end in zip(annexes, annexes[1:] + [len(texts)], strict=True):
        taken = [rank is not None for rank in ranks[:end]]
        hit = appendix_title(texts[:end], a, taken)
        if hit is not None:
            inner = [rank for rank in ranks[a + 1 : end] if rank is not None]
            out.append((hit[0], hit[1], min(inner, default=RANK_SUBHEADING)))
    return out


#: A table flattened one cell a line opens with its first column's header (「序号」) right under
#: the table's title.
_FIRST_CELLS = frozenset({"序号", "序號", "编号", "編號"})
_TABLE_ENDS = ("表", "清单", "清單")


def table_appendices(
    texts: Sequence[str], ranks: Sequence[float | None]
) -> tuple[list[tuple[int, int, float]], set[int]]:
    """Round 29: an annex's own table set out after its last part without being announced
    (「全面推进城市综合交通体系建设任务分解表」 over 「序号」 / 「内容」 / 「牵头部门」 … under a 方案): its
    title as ``announced_appendices``'s, and the table's row groups that repeat the annex's own
    headings (「一、科学编制并实施城市综合交通体系规划」 again, over its rows) — cells, no headings."""
    titles: list[tuple[int, int, float]] = []
    rows: set[int] = set()
    annexes = [i for i, rank in enumerate(ranks) if rank == RANK_ANNEX]
    for a, end in zip(annexes, [*annexes[1:], len(texts)][: len(annexes)], strict=True):
        for i in range(a + 1, end - 1):
            if ranks[i] is not None or texts[i + 1] not in _FIRST_CELLS:
                continue
            inner = [k for k in range(a + 1, i) if ranks[k] is not None]
            if inner and texts[i].endswith(_TABLE_ENDS) and _title_like(texts[i]):
                titles.append((i, i, min(ranks[k] or 0.0 for k in inner)))
                heads = {texts[k] for k in inner}
                rows |= {k for k in range(i + 2, end) if ranks[k] is not None and texts[k] in heads}
            break
    return titles, rows


def appendix_title(
    texts: Sequence[str], annex: int, taken: Sequence[bool]
) -> tuple[int, int] | None:
    """The first and last line of the appendix title in ``texts`` (stripped body lines) after
    the annex that opens at ``texts[annex]``, or None. ``taken[i]``: line i already heads a
    section. The title is the first free, unnumbered, short line after the announcement that
    ends in the announced word (alone or joined with the next line) and has lines under it."""
    word = None
    for i in range(annex + 1, len(texts)):
        if word is None:
            m = ANNOUNCED.search(texts[i])
            word = m[1] if m else None
            continue
        if taken[i] or not _title_like(texts[i]):
            continue
        if texts[i].endswith(word) and i + 1 < len(texts):
            return i, i
        nxt = i + 1
        if (
            nxt + 1 < len(texts)
            and not taken[nxt]
            and _title_like(texts[nxt])
            and texts[nxt].endswith(word)
        ):
            return i, nxt
    return None


def _title_like(line: str) -> bool:
    return (
        0 < len(line) <= MAX_TITLE_LINE
        and line[-1] not in NO_HEADING_END
        and "：" not in line
        and ":" not in line
        and numbered(line) is None
    )

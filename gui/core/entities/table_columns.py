"""A flattened table's column of bodies (round 28 of #13).

A table that cleaning has flattened puts each cell on a line of its own, row after row: a list
of share issues reads 公司名称 / 上会日期 / 保荐机构, then 杭州高特电子设备股份有限公司 / 2026/1/13 /
中信证券 / 苏州联讯仪器股份有限公司 / 2026/1/14 / … The cell between a date (or figure) alone on
its line and the next row's company (a line ending in 公司) is one column; where most of that
column's cells are bodies by their own head or by the list of known bodies (中信证券, 中金公司),
the column is a column of bodies, and its other cells — short names with no head of their own
(华泰联合, 国泰海通, 长江保荐) — are bodies too. A column mostly of other words (a district, a
person) is left alone.
"""

from __future__ import annotations

import re

from gui.core.entities import lexicon as lx
from gui.core.entities.gazetteer import Gazetteer
from gui.core.entities.names import MASK, Candidate

#: A cell alone on its line after a line that stage 1 masked whole (a date, a figure) and
#: before a line that ends with a company's head. It opens with the line break, a literal the
#: regex engine scans for, not a lookbehind tried at every position of a long report.
_CELL = re.compile(f"\\n{MASK}+\\n([^\\n{MASK}]{{2,24}})(?=\\n[^\\n]{{2,40}}?公司(?:\\n|$))")
#: Heads that make a cell a body by itself (a securities firm, a bank, a company, a group).
_BODY_HEADS = ("证券", "公司", "银行", "集团", "基金", "资本")
#: The fewest rows that make a table.
_MIN_ROWS = 3


def body_column(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """ORG candidates for the headless cells of a flattened table's column of bodies."""
    items: list[tuple[int, int]] = []
    for m in _CELL.finditer(masked):
        pos = m.start(1)
        for raw in m.group(1).split("、"):
            items.append((pos, pos + len(raw)))
            pos += len(raw) + 1
    if len(items) < _MIN_ROWS:
        return []
    bodies = sum(
        1
        for s, e in items
        if masked.endswith(_BODY_HEADS, s, e) or gaz.org_re.fullmatch(masked[s:e])
    )
    if 2 * bodies < len(items):
        return []
    return [
        (s, e, "ORG", 2)
        for s, e in items
        if 2 <= e - s <= 8
        and all(lx.is_cjk(c) for c in masked[s:e])
        and masked[s:e] not in gaz.places
    ]

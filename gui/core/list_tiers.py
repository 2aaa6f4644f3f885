"""Tiers of numbered items that are a list's, not sections (``gui.core.outline``, round o41):
the points under a numbered item a list took, and the test of a ： line that is a short label
alone on its line (a 令's 「四、補助原則：」, which heads where a lead-in sentence closed by ： does
not: ``outline_lists.decide_colon_leads``). docs/outline.md, *Sections*."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from gui.core.patterns import LazyPattern

#: A label alone on its line: no clause mark inside it, nothing after its ：.
_CLAUSE_MARKS = "，,；;。"


def is_label_alone(heading: Any) -> bool:
    """Whether a ： heading is its whole line and a short label (「四、補助原則：」), not a
    sentence that leads into a list (「三、保險公司依前點規定申請時，應檢附下列證明文件：」)."""
    if heading is None:
        return False
    line = heading.line.text
    return heading.heading_end == heading.line.offset + len(line) and not any(
        c in _CLAUSE_MARKS for c in line
    )


#: The shapes of a numbered line that is a list's item when it heads nothing: a statement or a
#: lead-in closed by ： (``drop_orphan_tiers``). A short line that heads nothing is a headline
#: some rule missed as often (「三、基本原则」 in a text run together), so its points stay.
_ITEM_SHAPES = ("sentence", "colon-lead")


def drop_orphan_tiers(found: list[Any], numbered: dict[int, tuple[float, str]]) -> None:
    """A numbered item whose parent item heads nothing is none either: the points under a list
    item or a provision are its parts (「(一)北區（含臺北市…）：新臺幣二萬四千元。」 under
    「四、本條第一項第六款所稱禁止每月生活費用超過「一定金額」，…如下：」, a list's last item),
    not sections of a text whose upper tier is none (docs/gold-outline.md, rule 3: a tier
    under a list is the list's). The parent is the nearest numbered line above of an outer
    tier, unless another heading (a part's label, an annex, a subhead) stands between; it is an
    item when it is a statement or a lead-in (``_ITEM_SHAPES``), not when it is a paragraph
    whose run-in title was missed (「一、主要成效一年以来，…」 over its headed
    「（一）政务服务综合能力显著提升。…」). Round o41."""
    for k in sorted(numbered):
        if found[k] is None:
            continue
        rank = numbered[k][0]
        for j in range(k - 1, -1, -1):
            if j in numbered:
                if numbered[j][0] < rank:
                    if found[j] is None and numbered[j][1] in _ITEM_SHAPES:
                        found[k] = None
                    break
            elif found[j] is not None:
                break


def drop_order_colon_leads(found: list[Any], numbered: dict[int, tuple[float, str]]) -> None:
    """A 令's points (its header ends with its 字號: no 主旨, no 說明 or 事實 part) are
    provisions: a ： line among them is a list's lead-in (「二、保險公司符合下列條件之一者，得申請
    免辦理股票公開發行：」) or a labelled item (「一、第一組：總統、副總統…之辦理；…」), not a part's
    headline as in a decision or a 公告 (``outline_lists.decide_colon_leads``); a short label
    alone on its line still heads (「四、補助原則：」, over the points of the rules a 令 issues).
    Round o41."""
    for k, (_, shape) in numbered.items():
        if shape == "colon-lead" and not is_label_alone(found[k]):
            found[k] = None


#: The parts of a Taiwan 函 that hold its explanations and its measures, as labels alone on
#: their lines (「說　　明：」, 「辦法：」).
_LETTER_PARTS = LazyPattern(r"(?:說|说)\s*明\s*[:：]?|(?:辦|办)\s*法\s*[:：]?")


def drop_letter_points(
    body: Sequence[Any],
    found: list[Any],
    numbered: Collection[int],
    labels: Collection[int],
    parts_from: int | None,
) -> None:
    """The numbered points of a letter's 說明 or 辦法 part are its paragraphs (項次: 「一、依
    「管制藥品管理條例」第三條第二項規定辦理。」, 「二、附修正…1份。」 under 「說　　明：」), not
    sections: a 函 is written in three parts, 主旨, 說明 and 辦法, and only the parts' labels head.
    The part runs to the next part's label (``labels``), another label of the genre alone on
    its line or a heading that is no point (an annex's title). Only in a document in labelled
    parts (``parts_from``: below its header); the points of a 公告事項 or of a decision's 事實
    are decided by their tier. Round o41."""
    if parts_from is None:
        return
    part = False
    for k in range(parts_from + 1, len(body)):
        if k in numbered:
            if part:
                found[k] = None
            continue
        if _LETTER_PARTS.compiled.fullmatch(body[k].text):
            part = True
        elif k in labels or found[k] is not None:
            part = False

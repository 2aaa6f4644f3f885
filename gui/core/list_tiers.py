"""Tiers of numbered items that are a list's, not sections (``gui.core.outline``, round o41):
the points under a numbered item a list took, and the test of a ： line that is a short label
alone on its line (a 令's 「四、補助原則：」, which heads where a lead-in sentence closed by ： does
not: ``list_tiers.decide_colon_leads``). docs/outline.md, *Sections*."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from gui.core.numbering import numbered as numbered_line
from gui.core.outline_heads import Heading
from gui.core.outline_lists import sibling_groups
from gui.core.patterns import LazyPattern
from gui.core.subheads import MAX_CAPTION_CHARS, is_lead_in

#: A label alone on its line: no clause mark inside it, nothing after its ：.
_CLAUSE_MARKS = "，,；;。"
#: …no word that announces a list (「…符合下列條件之一者得申請…：」: ``subheads.is_lead_in``'s
#: 下列, 如下, 以下 …, and the Taiwan 左列 / 如左 of a text once written in columns)…
_ORDER_LEAD_IN = LazyPattern(r"左列|如左")
#: …and short: a label the length of a caption (``subheads.MAX_CAPTION_CHARS``) with room for
#: its number (「(十二)」). Longer, it is a sentence whose commas were left out.
_MOST_LABEL_CHARS = MAX_CAPTION_CHARS + 5


def is_label_alone(heading: Any) -> bool:
    """Whether a ： heading is its whole line and a label (「四、補助原則：」), not a sentence that
    leads into a list (「三、保險公司依前點規定申請時，應檢附下列證明文件：」): no clause mark
    (``_CLAUSE_MARKS``), no lead-in word (下列, 如下, 左列: ``subheads.is_lead_in``,
    ``_ORDER_LEAD_IN``), no more than ``_MOST_LABEL_CHARS`` characters — so a lead-in written
    without its comma (「二、…符合下列條件之一者得申請免辦理股票公開發行：」) is none (review rv26,
    task fx26)."""
    if heading is None:
        return False
    line = heading.line.text
    return (
        heading.heading_end == heading.line.offset + len(line)
        and len(line) <= _MOST_LABEL_CHARS
        and not any(c in _CLAUSE_MARKS for c in line)
        and not is_lead_in(line)
        and _ORDER_LEAD_IN.search(line) is None
    )


#: The shapes of a numbered line that is a list's item when it heads nothing: a statement or a
#: lead-in closed by ： (``drop_orphan_tiers``; ``colon-lead`` also covers a plan's step label
#: outside the Taiwan 公文, ``numbering.step_colon_end``, when its tier made it an item). A
#: short line that heads nothing is a headline some rule missed as often (「三、基本原则」 in a
#: text run together), so its points stay.
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
    「（一）政务服务综合能力显著提升。…」). Round o41.

    One pass down the text (review rv26: a scan back from each item was quadratic in a long
    run of items under no other heading): ``above`` holds the numbered lines since the last
    other heading whose tiers rise toward the current line, so its top is the parent."""
    above: list[int] = []
    for i, heading in enumerate(found):
        if i not in numbered:
            if heading is not None:
                above.clear()  # (another heading stands between: no parent above it)
            continue
        rank = numbered[i][0]
        while above and numbered[above[-1]][0] >= rank:
            above.pop()  # (a sibling or a deeper item: line i stands nearer than it)
        if above and heading is not None:
            parent = above[-1]
            if found[parent] is None and numbered[parent][1] in _ITEM_SHAPES:
                found[i] = None
        above.append(i)


def drop_order_colon_leads(found: list[Any], numbered: dict[int, tuple[float, str]]) -> None:
    """A 令's points (its letterhead 「…令」 over its 字號: the caller asks
    ``decision_form.is_order`` of the header of a document in labelled parts) are
    provisions: a ： line among them is a list's lead-in (「二、保險公司符合下列條件之一者，得申請
    免辦理股票公開發行：」) or a labelled item (「一、第一組：總統、副總統…之辦理；…」), not a part's
    headline as in a decision or a 公告 (``decide_colon_leads``); a label alone
    on its line still heads (「四、補助原則：」, over the points of the rules a 令 issues,
    ``is_label_alone``). Round o41; the 令 known by its letterhead since task fx26 (it was any
    header with no 主旨, so a decision whose header lacked its 主旨 line lost its 事實 points'
    headlines: review rv26, ``tests/core/test_outline_review_rv26.py``)."""
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
    parts: Collection[int],
    parts_from: int | None,
) -> None:
    """The numbered points of a letter's 說明 or 辦法 part are its paragraphs (項次: 「一、依
    「管制藥品管理條例」第三條第二項規定辦理。」, 「二、附修正…1份。」 under 「說　　明：」), not
    sections: a 函 is written in three parts, 主旨, 說明 and 辦法, and only the parts' labels head.
    The part runs to the next part's label (``parts``: ``subheads.part_labels``), another
    label of the genre alone on its line or a heading that is no point (an annex's title).
    Only in a document in labelled parts (``parts_from``: below its header); the points of a
    公告事項 or of a decision's 事實 are decided by their tier. Round o41."""
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
        elif k in parts or found[k] is not None:
            part = False


#: The keys of a contact block (a notice's 「洽詢：」 points: 「(一)承辦單位：…」, 「(二)地址：…」,
#: 「(三)電話：…」, 「(四)傳真：…」, 「(五)電子郵件：…」), in either script.
_CONTACT_KEY = LazyPattern(
    r"\s*(?:承[辦办](?:單位|单位|人)?|聯絡|联络|聯繫|联系|洽詢|洽询|地\s*址|通訊處|通讯处|郵遞區號"
    r"|邮政编码|邮编|(?:聯絡|联络|聯繫|联系|服務|服务|諮詢|咨询)?(?:電話|电话)|傳\s*真|传\s*真"
    r"|電子(?:郵件|信箱)|电子(?:邮件|邮箱|信箱)|[Ee]-?mail|網\s*址|网\s*址)[^：:]{0,4}[：:]"
)


#: A document to hand in and its copies (「(一)公文函：一式1份。」, 「(三)附表：訓練場地審查表一式1份
#: (如申請2班次以上，每班次各別一份)。」, 「…相關證明文件影本1份，無則免附。」): a checklist's item.
_COPIES = LazyPattern(r"(?:一式|影本|正本|副本)\s*[\d一二三四五六七八九十两兩]{1,3}\s*份")


def drop_contact_tiers(
    body: Sequence[Any], found: list[Any], numbered: dict[int, tuple[float, str]]
) -> None:
    """A tier whose items are most of them a contact block's fields (「(一)承辦單位：行政院衛生署
    護理及健康照護處」, 「(二)地址：10341台北市…」, 「(三)電話：02-85906381」 under 「四、對於本公告
    內容有任何意見…請…陳述意見或洽詢：」) is a list of the ways to reach an office, not sections
    (docs/gold-outline.md rule 3; batch 54's 衛生署 draft notice): its labels name fields, not
    parts; so is a checklist of the documents to hand in with their copies (「(一)公文函：一式1份。」,
    「(二)附表：資格審查表一式1份。」 under 「六、申請應備文件：」, batch 58's 勞工局 notice:
    ``_COPIES``). Decided before the ： tiers are (``decide_colon_leads``), so
    that the lead-in over the block heads nothing by it. Round o43."""
    for group in sibling_groups(numbered):
        if len(group) < 2:
            continue
        keys = 0
        for k in group:
            number = numbered_line(body[k].text)
            if number is None:
                continue
            line = body[k].text
            if _CONTACT_KEY.compiled.match(line, number[1]) or (
                "份" in line and _COPIES.compiled.search(line, number[1])
            ):
                keys += 1
        if keys * 2 > len(group):
            for k in group:
                found[k] = None


def decide_colon_leads(
    body: Sequence[Any],
    found: list[Any],
    numbered: dict[int, tuple[float, str]],
    parts: Collection[int] = (),
) -> None:
    """A numbered line's text up to its first ： heads it when most siblings of its tier open
    so (docs/gold-outline.md, rules 2 and 3: an administrative decision's 事實 points,
    「一、…未確實執行所定內部規章之帳務處理程序：」 over 「(一)給付費用前未辦理評估作業：…」), or
    when its ： headlines head a kept tier of their own (「二、經核貴行…有下列缺失事項：」 over its
    (一)(二) headlines, between two siblings that are sentences). Otherwise, a tie included,
    the ： lines are labelled list items: 「一、繳款期限：…」 beside 「二、請依…」. (Outside a
    document in labelled parts the only ``colon-lead`` lines are a plan's steps in the 1. and
    （1） tiers, 「（1）开展前期方案研究：…。」 (``numbering.step_colon_end``), decided here the
    same way; a glossary's 「1、利润总额：指…」 or a timeline's 「4. 2016年10月： …」 is a
    paragraph.) Each part (``parts``: its label lines) has tiers of its own: the 事實 points
    are not outvoted by the 繳款方式 and 注意事項 items under their own labels. (A 令's ： lines
    are decided before: ``list_tiers.drop_order_colon_leads``.)

    A sentence that leads into the list under it (the whole line a clause closed by ：,
    「四、對於本公告內容有任何意見或修正建議者，請於…陳述意見或洽詢：」 over a contact block) is no
    headline's vote unless its points head (round o43: batch 54's 衛生署 notice, whose tier
    of two labels in four is a list). In a tier kept so, a sibling without a headline is headed
    the same way, its number and its text up to its first 。 or ： (rule 2: 「八、本案預算如未獲
    審議通過、…調整補助。」 whole among a 公告's labels, batch 58's 勞工局 notice)."""
    kept: set[int] = set()
    # Deeper tiers first, so that a tier knows whether its points head a kept tier.
    groups = sorted(sibling_groups(numbered, parts), key=lambda g: -numbered[g[0]][0])
    for group in groups:
        colon = [k for k in group if numbered[k][1] == "colon-lead" and found[k] is not None]
        carries = any(k + 1 in kept for k in colon)
        # (A clause closed by ： is a headline where its whole tier opens so, a 裁處書's
        # findings; among labels and sentences it is a sentence of a list.)
        votes = len(colon) if len(colon) == len(group) else sum(_is_label(found[k]) for k in colon)
        if carries or votes * 2 > len(group):
            kept.update(colon)
            if votes * 2 > len(group):
                _head_siblings(body, found, numbered, group)
            continue
        for k in colon:
            found[k] = None


def _is_label(heading: Any) -> bool:
    """Whether a ： heading's lead is a label (「一、修正機關：」, 「二、申請單位資格:」), not a clause
    (「四、對於本公告內容有任何意見…，請於…洽詢：」, 「(二)本案計畫書受理提案須以正式公文函送至本中心，
    …受理時程：」) nor a sentence that announces a list (「五、本案公告相關作業時程預定如下：」)."""
    lead = heading.line.text[: heading.heading_end - heading.line.offset]
    return not any(c in lead for c in "，,；;") and not is_lead_in(lead)


def _head_siblings(
    body: Sequence[Any], found: list[Any], numbered: dict[int, tuple[float, str]], group: list[int]
) -> None:
    """Head each sibling of a kept ： tier that is no ： headline by its number and its text up
    to its first 。 or ： (the whole paragraph when it has none)."""
    for k in group:
        if numbered[k][1] == "colon-lead":
            continue
        ln = body[k]
        line = ln.text
        end = next((i + 1 for i, c in enumerate(line) if c in "。：:"), len(line))
        found[k] = Heading(ln, numbered[k][0], ln.offset, ln.offset + end)
        numbered[k] = (numbered[k][0], "colon-lead")

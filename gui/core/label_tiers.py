"""Numbered tiers whose every item opens with a label closed by ： (session 24, o38).

A release or a notice sets out what it announces as numbered items that each name a part
before a colon — 「1. 課程內容：」 over its (1)–(3), 「2. 課程對象：未曾於…的本澳醫療人員。」,
「3. 上課時間：」 over the classes, 「5. 報名日期： 9月16日至10月2日」 — and a report its measures
so (「1. 資料正確率：…」). Where every item of the tier opens so, the labels are the tier's
headings, whatever follows them on the line (docs/gold-outline.md rules 2 and 3: the number
plus the label; a tier is read as a whole). A tier where some items are sentences is a list
(a Tainan 公告's 「一、公開展覽時間：」 among 四、–七、 sentences), and a document set out in
labelled parts decides its colon leads itself (``list_tiers.decide_colon_leads``: a
裁處書's header fields stay body). The label is a name, not a figure, a date or a quotation
(「4. 2016年10月：」 is a timeline's entry), and what follows it does not define it (a
glossary's 「1、利润总额：指…」).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from gui.core.numbering import colon_lead_end
from gui.core.numbering import numbered as numbered_line
from gui.core.outline_heads import Heading
from gui.core.outline_lists import sibling_groups

#: A tier is read as labelled from this many items on: two labels may be a pair of fields.
MIN_LABELLED_ITEMS = 3
#: A label names a part in a few words (「授課語言及名額」), not a clause.
MAX_LABEL_CHARS = 12
_NOT_LABEL = '0123456789０１２３４５６７８９、，,“”"《》「」'
_DEFINES = "指即是为為系係"


def label_end(line: str) -> int | None:
    """End of a numbered line's label and its ： (「2. 課程對象：」), or None when the line does
    not open with a label: the number, a name of two to ``MAX_LABEL_CHARS`` characters with no
    figure, list mark or quotation, then ：, then nothing or text that does not define it."""
    number = numbered_line(line)
    if number is None:
        return None
    after = number[1]
    while after < len(line) and line[after].isspace():
        after += 1
    end = colon_lead_end(line, after)
    if end is None:
        return None
    label = line[after : end - 1].strip()
    if not 2 <= len(label) <= MAX_LABEL_CHARS or any(c in _NOT_LABEL for c in label):
        return None
    rest = line[end:].strip()
    if rest and rest[0] in _DEFINES:
        return None
    return end


def labelled_tiers(
    body: Sequence[Any], found: list[Any], numbered: dict[int, tuple[float, str]]
) -> None:
    """Head each item of a tier of ``MIN_LABELLED_ITEMS`` or more siblings that open with a
    label (``label_end``) with its number and label. Call only in a document not set out in
    labelled parts.

    A tier where most items, not all, open so (or are a bare label, 「八、研議案」) heads too
    (rule 3's mixed tier: a committee's minutes, 「一、時間：…」, 「二、地點：…」 … 「八、研議案」,
    「九、審議案：…」, batch 58; round o43); its other items head as a short line does, whole
    (「七、報告案（並當場確認會議記錄），詳後附件。」), and a paragraph keeps what its own form made
    of it (a run-in title, or none)."""
    for group in sibling_groups(numbered):
        if len(group) < MIN_LABELLED_ITEMS or group[-1] - group[0] == len(group) - 1:
            continue  # (items in one run, nothing under any but the last: a list)
        ends: list[int | None] = []
        for k in group:
            line = body[k].text
            end = label_end(line) if "：" in line or ":" in line else None
            if end is None and _is_bare_label(line):
                end = len(line)
            ends.append(end)
        labels = sum(end is not None for end in ends)
        if labels < MIN_LABELLED_ITEMS or labels * 2 <= len(group):
            continue
        if labels < len(group) and any(numbered[k][1] == "colon-lead" for k in group):
            continue  # (a plan's steps: decided as a tier of ： leads)
        for k, end in zip(group, ends, strict=True):
            line = body[k].text
            if end is None and found[k] is None and numbered[k][1] == "short":
                end = len(
                    line
                )  # (a short line among them: 「七、報告案（並當場確認會議記錄），詳後附件。」)
            if end is None:
                continue  # (a paragraph keeps what its own form made of it)
            if found[k] is not None and numbered[k][1] == "short" and line[-1] not in "。！!":
                continue  # 「1. 發現：讓文化內容可以被搜尋及核對」: a headline line, kept whole
            ln = body[k]
            found[k] = Heading(ln, numbered[k][0], ln.offset, ln.offset + end)


def _is_bare_label(line: str) -> bool:
    """A numbered line that is a label alone: a name of two to ``MAX_LABEL_CHARS`` characters
    after its number, no mark, figure or quotation (「八、研議案」)."""
    number = numbered_line(line)
    if number is None:
        return False
    label = line[number[1] :].strip()
    return 2 <= len(label) <= MAX_LABEL_CHARS and not any(
        c in _NOT_LABEL or c in "。！？!?；;：:（）()" for c in label
    )

"""Headlines opened by a speaker or a topic and a colon (round 20).

A news page names who said what, or what the part is about, before a colon in its subheads:
「麥美娟：各區民政事務處將推活動冀提升市民國家安全意識」, 「國台辦：「台獨打手、幫兇舉報專欄」已收逾3千
封舉報郵件」, 「现场：货物积压到了人行道」, 「環境局：舉報黑點 以便巡查」. Such a line has the form of a
field line — a label of up to four characters, then its value (「地點：澳門南灣雅文湖畔」,
「日期：4月18日晚上」) — so ``subheads.has_subhead_form`` keeps it out. What tells the two apart is
the layout, not the words: a field stands in a block of fields (「日期：…」 over 「地點：…」, a list of
definitions 「使用者：…」 / 「贡献者：…」 / 「维护者：…」, formulas 「日工资：…」 / 「小时工资：…」), a
headline alone between body paragraphs, over a paragraph at least as long, in a document whose
other subheads stand so too (a document's subheads are alike: ``subhead_runs.sibling_subheads``).
When a page marks its headings (HTML, Markdown), the format says so; this is for the same page
read as plain text.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Any

from gui.core.numbering import CN_NUM
from gui.core.subheads import (
    FIELD_LINE,
    MAX_SIBLING_CHARS,
    has_subhead_form,
    is_short_line,
)

#: The headline after the label is a headline's length, not a value's (「展期：3天」).
MIN_HEADLINE_CHARS = 8

#: The keys of a notice's or an event's fields, and of a page's credits: what a field names is
#: when, where, how to reach, what it costs, for whom, who runs it and who wrote it — its label
#: ends in one of these (「日期：」, 「活動地點：」, 「报名时间：」). A headline's label names who
#: speaks or what the part is about (「麥美娟：」, 「國台辦：」, 「现场：」, 「后续影响：」).
_FIELD_KEYS = tuple(
    """日期 时间 時間 时段 時段 期间 期間 展期 档期 檔期 地点 地點 地址 场地 場地 会场 會場 地区 地區
    区域 區域 范围 範圍 路线 路線 电话 電話 热线 熱線 传真 傳真 邮箱 郵箱 电邮 電郵 邮编 郵編 网址 網址
    网站 網站 联系人 聯絡人 联系 聯絡 咨询 諮詢 查询 查詢 费用 費用 票价 票價 收费 收費 价格 價格 名额
    名額 人数 人數 对象 對象 资格 資格 条件 條件 报名 報名 截止 主办 主辦 承办 承辦 协办 協辦 指导
    指導 支持 来源 來源 作者 记者 記者 编辑 編輯 责编 責編 摄影 攝影 撰文 审核 審核 主题 主題 内容
    內容 形式 方式 要求 备注 備註 附注 附註 说明 說明 语言 語言 嘉宾 嘉賓 主讲 主講 讲者 講者 主持
    规格 規格 数量 數量 单位 單位 期限 面积 面積 名称 名稱 标题 標題 题目 題目 主旨""".split()
)

_SENTENCE_END = "。！？!?"


def _is_field(text: str) -> bool:
    return bool(FIELD_LINE.match(text))


def colon_headlines(body: Sequence[Any], found: list[Any], numbered: Collection[int]) -> set[int]:
    """Lines of a label's form — up to four characters and a colon, then a headline — that stand
    as headlines do: one colon, a headline of ``MIN_HEADLINE_CHARS`` or more after it, a body
    line above (or a heading), a paragraph at least as long with a sentence's end under it, and
    neither neighbour a field line of its own. Call only where the document has two or more
    plain sibling subheads."""
    heads = set()
    for i in range(1, len(body) - 1):
        text = body[i].text
        if i in numbered or found[i] is not None or not _is_field(text):
            continue
        colon = min(text.find(c) for c in "：:" if c in text)
        if sum(text.count(c) for c in "：:") != 1:
            continue  # 「發稿單位：…發稿時間：…」: fields run together
        if len(text[colon + 1 :].strip()) < MIN_HEADLINE_CHARS:
            continue
        if text[:colon].strip().endswith(_FIELD_KEYS):
            continue  # 「地點：澳門南灣雅文湖畔」, 「活動時間：…」: a field, however it stands
        if not has_subhead_form(body, i, MAX_SIBLING_CHARS, field=True):
            continue
        above, under = body[i - 1], body[i + 1]
        if found[i + 1] is not None or len(under.text) < len(text):
            continue
        if not any(c in under.text for c in _SENTENCE_END):
            continue
        if _is_field(under.text) or _is_field(above.text):
            continue  # a block of fields, definitions or formulas
        if found[i - 1] is None and is_short_line(above.text):
            continue  # a run of short lines: a list or an address block
        heads.add(i)
    return heads


#: A speech's enumerated points: 「第一，加速政治檔案開放，追查真相：」 — the ordinal, a comma, the
#: point and a colon; the speaker's paragraphs on it follow.
_POINT = re.compile(rf"第([{CN_NUM}]{{1,3}})[，,][^。！？!?；;：:]{{4,40}}[：:]")
_POINT_ORDER = "一二三四五六七八九十"


def enumerated_points(body: Sequence[Any], found: list[Any], numbered: Collection[int]) -> set[int]:
    """A speech's points, each alone on its line as 「第一，…：」, 「第二，…：」 over the paragraphs
    that argue it (an address that announces 「有三項宣示：」 and then takes them in turn). Run into
    its paragraph, 「第一，…」 is a sentence's lead and body text (``_BODY_LEAD``); alone and closed
    by a colon it heads what follows. Two or more in order from 第一, each over a paragraph longer
    than itself that holds a sentence's end, none already a heading or numbered."""
    points: list[int] = []
    for i in range(len(body) - 1):
        m = _POINT.fullmatch(body[i].text)
        if m is None or i in numbered or found[i] is not None:
            continue
        under = body[i + 1].text
        if found[i + 1] is not None or len(under) <= len(body[i].text):
            continue
        if not any(c in under for c in _SENTENCE_END):
            continue
        if m.group(1) != _POINT_ORDER[len(points) : len(points) + 1]:
            break  # out of order: not one speaker's run of points
        points.append(i)
    return set(points) if len(points) >= 2 else set()

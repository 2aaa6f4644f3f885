"""A page's table and controls that a reader joining its lines ran into the text (round 22).

A Markdown reader joins the lines of a paragraph without a break: a scraper that wrote a
government portal's page one field a line and without blank lines gets back one line that
opens with the page's information table — its keys without colons, values after them
(「索取号3589258689/2025-00165载体类型发布机构上海市住房和城乡建设管理委员会文件编号…关键词内容描述」,
the Shanghai portals' 索取号 / 载体类型 / 记录形式 / 公开类别 / 内容描述 table) — and runs the text on
after it, and one whose last paragraph ends with the page's controls (「…（试行）收藏打印本页关闭窗口」).
``gui.core.patterns.paragraphs`` cuts both off as paragraphs of their own (page furniture:
``gui.core.furniture``). Only ``re`` here: ``patterns`` imports this module.
"""

from __future__ import annotations

import re

# The keys of a government portal's information table (信息公开 page head), as the page prints
# them above the document: gov.cn's 索引号 主题分类 发文机关 成文日期 发布日期, and the city and
# district portals' 索取号 载体类型 发布机构 文件编号 记录形式 公开类别 公开方式 关键词 内容描述.
TABLE_KEYS = (
    "索取号 索引号 主题分类 体裁分类 组配分类 服务对象 载体类型 发布机构 發布機構 发文机关 發文機關 "
    "文件编号 發文字號 发文字号 成文日期 发布日期 發布日期 生成日期 记录形式 公开类别 公开方式 "
    "公开范围 公开时限 信息来源 关键词 关键字 内容描述 内容概述 有效性"
).split()
TABLE_FIRST = frozenset(k[0] for k in TABLE_KEYS)
_KEY = "|".join(sorted(TABLE_KEYS, key=len, reverse=True))
_KEYS = re.compile(rf"(?:{_KEY})(?![:：])")
#: A table's run: the line opens with a key, and at least this many keys follow one another,
#: each within ``_VALUE_CHARS`` of the last (a value is a number, a name or a date).
MIN_TABLE_KEYS = 4
_VALUE_CHARS = 40
#: A table's values are numbers, names and dates: a clause's or a sentence's mark is text's.
_CLAUSE = re.compile(r"[，,。；;！？]")
_OPENS_WITH_KEY = re.compile(rf"\s*(?:{_KEY})(?![:：])")

# A page's print, close and keep controls, two or more run together at a line's end: the
# words a government page's control bar prints (收藏 打印本页 关闭窗口, 【打印】【关闭】).
_CONTROL = (
    r"(?:收藏|打印本页|打印本頁|打印此页|打印页面|打印|列印|关闭窗口|關閉窗口|关闭本页|關閉本頁"
    r"|关闭页面|关闭|關閉|返回顶部|返回頂部|分享)"
)
_CONTROLS_TAIL = re.compile(rf"(?:[【\[]?{_CONTROL}[】\]]?\s*){{2,}}$")
_CONTROL_ENDS = ("藏", "印", "页", "頁", "窗口", "閉", "闭", "部", "享", "】", "]")
_PRINT_OR_CLOSE = re.compile(r"打印|列印|关闭|關閉")


def table_run_end(raw: str) -> int | None:
    """Where the information table a line opens with ends (after its last key; the value of
    that key, when it has one, cannot be told from the text run on after it), or None: the
    line opens with no table of ``MIN_TABLE_KEYS`` keys or more."""
    if _OPENS_WITH_KEY.match(raw) is None:
        return None
    keys = 0
    end = 0
    for m in _KEYS.finditer(raw):
        if keys and m.start() - end > _VALUE_CHARS:
            break
        keys += 1
        end = m.end()
    if keys < MIN_TABLE_KEYS or end >= len(raw.rstrip()) or _CLAUSE.search(raw, 0, end):
        return None
    return end


def is_table_run(line: str) -> bool:
    """A whole line (or a cut paragraph) that is such a table run: its keys alone, values
    between them, nothing after the last key's value beyond ``_VALUE_CHARS``."""
    if len(line) > 400 or _OPENS_WITH_KEY.match(line) is None:
        return False
    keys = list(_KEYS.finditer(line))
    if len(keys) < MIN_TABLE_KEYS:
        return False
    gaps = [b.start() - a.end() for a, b in zip(keys, keys[1:], strict=False)]
    if max(gaps, default=0) > _VALUE_CHARS or len(line) - keys[-1].end() > _VALUE_CHARS:
        return False
    return _CLAUSE.search(line) is None


def controls_tail_start(raw: str) -> int | None:
    """Where a page's controls glued to the end of a line's text start (「…（试行）收藏打印本页
    关闭窗口」), or None: two controls or more, one of them a print or a close, after text."""
    tail = raw.rstrip()
    if not tail.endswith(_CONTROL_ENDS):
        return None
    m = _CONTROLS_TAIL.search(tail, max(0, len(tail) - 40))
    if m is None or m.start() == len(raw) - len(raw.lstrip()):
        return None  # (a line of controls alone is chrome already)
    # (the shortest tail of controls that is still two words: a sentence's own 打印 stays)
    run = m[0]
    if _PRINT_OR_CLOSE.search(run) is None or len(re.findall(_CONTROL, run)) < 2:
        return None
    return m.start()

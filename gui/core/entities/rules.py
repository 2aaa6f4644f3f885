"""Pattern rules: titles (DOC), quoted terms (TERM), dates (DATE), quantities (QUANT) and
postal addresses (LOC), run on the Simplified pivot.

Each function returns ``(start, end, type)`` spans. The patterns follow the annotation
guideline: only Arabic-digit quantities; approximators (近, 约, 超过, 以上, 左右, 前) stay outside
the span while those inside the expression (30多年, 45万余份) stay in; date ranges are one span.
"""

from __future__ import annotations

import re

Span = tuple[int, int, str]

# -- titles and quoted terms ---------------------------------------------------------------

# Nested titles use 〈〉 inside 《》, so a title is simply the text up to the next 》.
_DOC = re.compile(r"《[^《》\n]{1,120}》")
# 「」 is the Traditional-text habit for “”; t2s keeps it, so both are terms.
_TERM = re.compile(r"“[^“”\n]{1,40}”|「[^「」\n]{1,40}」")


def titles_and_terms(pivot: str) -> list[Span]:
    """DOC spans for 《…》 and TERM spans for “…” / 「…」, marks included."""
    spans = [(m.start(), m.end(), "DOC") for m in _DOC.finditer(pivot)]
    spans += [(m.start(), m.end(), "TERM") for m in _TERM.finditer(pivot)]
    return spans


# -- dates ---------------------------------------------------------------------------------

_CN_DIGIT = "〇零一二三四五六七八九"
_YEAR = r"(?:1[89]\d{2}|20\d{2})"
_MONTH = r"(?:1[0-2]|0?[1-9])"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_RANGE_SEP = r"(?:至|到|—|–|－|-|~|～)"
_YEAR_TAIL = r"(?:度|年[末底初]|末|底|初|上半年|下半年|前三季度|第?[一二三四1-4]季度)?"
_DATE_UNIT = (
    rf"(?:{_YEAR}年{_MONTH}{_RANGE_SEP}{_MONTH}月份?"  # 2023年1-6月
    rf"|{_YEAR}年(?:{_MONTH}月(?:份|{_DAY}日)?|{_YEAR_TAIL})"
    rf"|{_MONTH}月(?:份|{_DAY}日)?"
    rf"|{_DAY}日"
    rf"|[{_CN_DIGIT}]{{4}}年(?:[一二三四五六七八九十]{{1,2}}月(?:[一二三十]?[一二三四五六七八九十]日)?)?)"
)
# Every pattern below opens with a lookahead on its first character: the regex engine then
# skips to candidate positions at C speed instead of trying the whole pattern everywhere
# (4x faster on a long report).
_DATE = re.compile(
    rf"(?=[\d{_CN_DIGIT}])(?<![\d.])(?<!\d,)(?:"
    rf"{_YEAR}{_RANGE_SEP}{_YEAR}年{_YEAR_TAIL}"  # 2021—2025年
    rf"|{_YEAR}([-/.]){_MONTH}\1{_DAY}(?![\d.])"  # 2021-03-15, 2021/3/15, 2021.3.15
    rf"|{_MONTH}{_RANGE_SEP}{_MONTH}月(?:份)?"  # 1—11月
    rf"|{_DATE_UNIT}(?:{_RANGE_SEP}{_DATE_UNIT})?"  # 2020年至2022年, 9月16日至18日
    rf"|\d{{1,2}}世纪(?:\d0年代)?|(?:19)?\d0年代"  # 20世纪80年代, 90年代
    rf")(?![\d.])"
)


def dates(pivot: str) -> list[Span]:
    """DATE spans: digit dates, their ranges, year tails (年度, 年末, 第一季度) and decades."""
    return [(m.start(), m.end(), "DATE") for m in _DATE.finditer(pivot)]


# -- quantities ----------------------------------------------------------------------------

_UNITS = """
    个百分点 百分点 个工作日 个交易日 个季度 个月 个 家 人次 人 名 位 项 件 户 所 座 套 台 辆 架 艘
    列 条 款 种 份 批 次 场 期 届 天 年 周 小时 分钟 秒 倍 只 头 株 棵 元 美元 欧元 港元 日元 英镑
    平方公里 平方千米 平方米 平米 平方厘米 立方米 公顷 亩 公里 千米 米 厘米 毫米 微米 纳米 吨 千克
    公斤 克 千瓦时 千瓦 兆瓦 吉瓦 瓦 度 标准箱 标箱 张 本 篇 册 部 支 对 组 栋 层 处 宗 笔 单 盏
    升 床 间 片 块 根 枚 颗 门 级 星 分 岁 例 起 轮 段 类 幢 孔 眼 口 棟 班 趟 帧 首 台套 项次
    微克 毫克 千伏 伏 兆瓦时 吨标准煤 标准煤 千公顷 毫升 户次 家次 件次 辆次 架次 艘次 亿次
    ℃ ㎡ ㎞ ㎏ GW MW kW kWh MWh GWh kV km kg TB PB nm
""".split()
_UNIT = "(?:" + "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True)) + ")"
_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
_MULT = r"(?:多|余)?(?:万亿|[十百千万亿]{1,2})?(?:多|余)?"
_QUANT = re.compile(
    rf"(?=\d)(?<![\d.A-Za-z第])(?<!\d,)"  # an ASCII comma is often the Chinese comma
    rf"(?:{_NUM}(?:{_RANGE_SEP}{_NUM})?)"
    rf"(?:"
    rf"\s?[%％‰](?:{_RANGE_SEP}{_NUM}[%％‰])?"  # 30%, 30 %, 10%~15%
    rf"|{_MULT}{_UNIT}(?:/{_MULT}{_UNIT})?"  # 5.27万元/亩, 30多年
    rf"|(?:多|余)?(?:万亿|[万亿])(?:多|余)?"  # 1200万, bare multiplier
    rf")"
)
# Units that are not units after a number (5G, 3D are tech names; handled by the unit list).
# A unit followed by one of these makes it a word (1号楼 is not 1号; 3年级 is a grade).
_BAD_AFTER = {"级": "", "分": "钟之", "年": "级代", "度": "假", "起": "来"}


def quantities(pivot: str) -> list[Span]:
    """QUANT spans: an Arabic-digit number with its unit or percent sign."""
    spans = []
    for m in _QUANT.finditer(pivot):
        start, end = m.span()
        text = m.group()
        nxt = pivot[end : end + 1]
        last = text[-1]
        if last in _BAD_AFTER and nxt and nxt in _BAD_AFTER[last]:
            continue
        before = pivot[start - 1 : start]
        if (last == "分" and before and before in "时点") or (last == "秒" and before == "分"):
            continue  # 9时30分 is a time of day, not 30 points
        spans.append((start, end, "QUANT"))
    return spans


# -- postal addresses ----------------------------------------------------------------------

# After an explicit label the whole run up to the next blank or field is one address.
_LABELLED_ADDRESS = re.compile(r"(?:地址|地点|住所|通讯地址|联系地址)[:：]\s*([^\s，,。；;]{4,60})")
# In running text an address is a run that starts at a province or city name and ends with a
# house number: 北京市西城区三里河二区甲18号.
_ADDRESS = re.compile(
    r"[\u4e00-\u9fff]{2,9}?[省市区县](?:[\u4e00-\u9fff\d\-]{1,30}?)"
    r"(?:路|街|道|巷|大道|胡同|里|村|弄)[\u4e00-\u9fff\d\-]{0,12}?\d+号(?:[\d\-]+(?:楼|层|室|栋|座))*"
)
_HOUSE_NUMBER = re.compile(r"\d+号")
_ADDRESS_TAIL = re.compile(r"(?:邮编|邮政编码|电话|联系电话|传真|网址|Email|E-mail).*$")


def addresses(pivot: str, is_place_start) -> list[Span]:
    """Postal addresses. ``is_place_start(s)`` tells whether ``s`` starts with a place name;
    an unlabelled candidate is trimmed to its first place name or dropped."""
    spans: list[Span] = []
    for m in _LABELLED_ADDRESS.finditer(pivot):
        text = _ADDRESS_TAIL.sub("", m.group(1))
        if any(ch.isdigit() for ch in text) or text.endswith(("号", "楼", "室")):
            spans.append((m.start(1), m.start(1) + len(text), "LOC"))
    # Unlabelled addresses end in a house number: look only around those.
    seen: set[int] = set()
    for num in _HOUSE_NUMBER.finditer(pivot):
        lo = max(0, num.start() - 60)
        for m in _ADDRESS.finditer(pivot, lo, num.end() + 12):
            if m.start() in seen:
                continue
            seen.add(m.start())
            text = m.group()
            for i in range(len(text) - 4):
                if is_place_start(text[i:]):
                    spans.append((m.start() + i, m.end(), "LOC"))
                    break
    return spans

"""Quantities (QUANT) on the Simplified pivot: an Arabic-digit number with its unit, measure
word, full currency or percent sign (1100亿斤, 6,621万人民币, 30%), tenths (7成), counts of kinds
(5大支柱产业), day counts (30日内) but no day of the month, a currency or sign before the amount,
a list of bare numbers sharing the last one's unit and a range of two amounts as one span.

Apart from :mod:`gui.core.entities.rules` (titles, terms, dates, addresses) because the unit
list and the amount's joins are one family of their own; the duration words that tell a day
count from a date are the dates' (:data:`~gui.core.entities.rules.DURATION_AFTER`), read here.
"""

from __future__ import annotations

import re

from gui.core.entities.rules import DURATION_AFTER, DURATION_BEFORE, HAN, RANGE_SEP, Span

_UNITS = """
    个百分点 百分点 个工作日 个交易日 个季度 个月 个 家 人次 人 名 位 项 件 户 所 座 套 台 辆 架 艘
    列 条 款 种 份 批 次 场 期 届 天 年 周 小时 分钟 秒 倍 只 头 株 棵 元 美元 欧元 港元 日元 英镑
    平方公里 平方千米 平方米 平米 平方厘米 立方米 公顷 亩 公里 千米 米 厘米 毫米 微米 纳米 吨 千克
    公斤 克 千瓦时 千瓦 兆瓦 吉瓦 瓦 度 标准箱 标箱 张 本 篇 册 部 支 对 组 栋 层 处 宗 笔 单 盏
    升 床 间 片 块 根 枚 颗 门 级 星 分 岁 例 起 轮 段 类 幢 孔 眼 口 棟 班 趟 帧 首 台套 项次
    微克 毫克 千伏 伏 兆瓦时 吨标准煤 标准煤 千公顷 毫升 户次 家次 件次 辆次 架次 艘次 亿次
    ℃ ㎡ ㎞ ㎏ GW MW kW kWh MWh GWh kV km kg TB PB nm
    斤 公升 桶 方 立方 剂 针 剂次 宗次 车次 班次 架次 日 个小时
    方面 周年 英寸 国 澳币 欧元区 瓦时 吉瓦时 万千瓦时 部门
    公吨 公尺 平方公尺 立方公尺 公分 公里 场次 折 个工作天 工作天 人力
    人民币 元人民币 港币 元港币 港元 澳门元 澳元 新台币 台币 美金 韩元 卢布 加元 新加坡元
    股 点 单次 TEU 封 瓶 包 面 个千分点 千分点 m cm mm
""".split()
# Foreign currencies by their standard Chinese names, the country's name first: the currencies of
# the China Foreign Exchange Trade System's daily central-parity notice (1澳大利亚元对人民币4.7807元,
# 人民币1元对10.6262俄罗斯卢布) and a few more of ISO 4217's most quoted (卢比, 盾, 雷亚尔). The
# country inside a currency is no place: the amount is one QUANT (guideline: "full currency").
# 纽西兰元 is Taiwan's name of the New Zealand dollar (the Taiwan view writes 新西兰元 so).
_CURRENCIES = """
    澳大利亚元 新西兰元 纽西兰元 加拿大元 瑞士法郎 马来西亚林吉特 俄罗斯卢布 南非兰特 阿联酋迪拉姆
    沙特里亚尔 匈牙利福林 波兰兹罗提 丹麦克朗 瑞典克朗 挪威克朗 土耳其里拉 墨西哥比索 泰铢
    印度卢比 印尼盾 印度尼西亚卢比 越南盾 菲律宾比索 巴西雷亚尔 澳门币 法郎 林吉特 卢比 比索
""".split()
_UNITS += _CURRENCIES
# Time units may not follow a space (2021 年 is a year typed loosely, not a count of years).
_TIME_UNITS = frozenset("年 月 日 天 周 小时 分钟 秒".split())
_UNIT = "(?:" + "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True)) + ")"
# Hong Kong releases group thousands with a space (18 900宗, 2 826宗).
_NUM = r"(?:\d{1,3}(?:[ \u00a0]\d{3})+(?!\d)|\d+(?:,\d{3})*)(?:\.\d+)?"
# _NUM after its first digit (_QUANT takes that digit first, so that re skips to digits).
_NUM_REST = r"(?:\d{0,2}(?:[ \u00a0]\d{3})+(?!\d)|\d*(?:,\d{3})*)(?:\.\d+)?"
# 兆 is 10^12 in Taiwan usage (2.26兆美元); 6万6000名 writes the thousands after the 万, and
# Taiwan writes every order with digits: 6亿3,900万元, 1万8千多笔, 3千3百余万元.
_MULT = (
    r"(?:多|余)?(?:万亿|[十百千万亿兆]{1,2}"
    r"|(?:[千百万亿](?:\d{1,3},\d{3}|\d{1,4})){1,2}(?:[千百万亿](?:多|余)?[万亿]?)?)?(?:多|余)?"
)
_QUANT = re.compile(
    rf"\d(?<![\d.a-z第]\d)(?<!\d,\d)(?<!\d，\d)(?<!\d \d)(?<!PM\d)"  # PM2.5: a pollutant's name  # an ASCII comma is often the Chinese comma
    rf"(?:{_NUM_REST}(?:{RANGE_SEP}{_NUM})?)"
    rf"(?:"
    rf"\s?[%％‰](?:{RANGE_SEP}{_NUM}[%％‰])?"  # 30%, 30 %, 10%~15%
    rf"|{_MULT}[ \u00a0]?{_UNIT}(?:/(?:{_MULT}{_UNIT}|[月季年]))?(?:多|余)?"  # 5.27万元/亩, 20.83天/月
    rf"|(?:多|余)?(?:万亿|[千万亿兆])(?:多|余)?"  # 1200万, 8千: bare multiplier
    rf")"
)
# Units that are not units after a number (5G, 3D are tech names; handled by the unit list).
# A unit followed by one of these makes it a word (1号楼 is not 1号; 3年级 is a grade).
_BAD_AFTER = {
    "级": "",
    "分": "钟之",
    "年": "级代",
    "度": "假",
    "起": "来",
    "方": "案式向法位",
    "人": "权民才口类际格",  # 2024人权新闻奖: 人权 is a word, not a count of people
    "股": "东份权票",  # 3股东 is no count of shares
    "面": "积临向对值",  # 100面积: a word after the number, no flags counted
    "封": "闭锁存顶面控",
    "m": "abcdefghijklnopqrstuvwxyz²³/",  # 135m水位, not 5mg or 3m/s  # 至 22:00 封闭: a verb after a clock time, no letters counted
    # 2300万台湾人, 2026台北灯节: the number and the place, not 2300万台 (machines); 台北 and
    # 台南 only after a year (an event's name: 2026台北灯节), 台中 and 台东 never (10台中央空调)
    "台": "湾北南",
}
_YEAR_MACHINES = re.compile("(?:19|20)\\d\\d台")
# Points count only after a multiplier (stock-index points: 2万点, 8千多点, 2万3千多点):
# a bare 1点 is a clock time or a pay point, neither of them a quantity of the guideline.
_INDEX_POINTS = re.compile("[千万亿](?:多|余)?点(?:多|余)?$")
# What follows an amount's trailing 多 / 余 (1年多以来, 5公里多的路); a word begins otherwise.
_AFTER_ABOUT = re.compile("[以来前后之时的了，]")
_BIG_POINTS = re.compile(r"\d{3,}(?:\.\d+)?点")  # 恒指升逾300点: no hour of a day has 3 digits
# A count of kinds before its noun (5大支柱产业, 4大疑问, 3大类): one or two digits, not an
# ordinal (第2大) and not a year run into a word (2026大湾区).
_COUNT_OF_KINDS = re.compile(r"\d(?<![\d.a-z第]\d)\d?大类?(?![\d学于小])")


def quantities(pivot: str) -> list[Span]:
    """QUANT spans: an Arabic-digit number with its unit, measure word or full currency
    (1100亿斤, 6,621万人民币) or percent sign; day counts (30日内, 19至55日) but not days of
    the month."""
    spans = []
    for m in _QUANT.finditer(pivot):
        start, end = m.span()
        text = m.group()
        if " " in text or "\u00a0" in text:
            unit = text.split()[-1] if text.split()[-1] else ""
            if unit in _TIME_UNITS or not unit:
                continue
        if text.endswith("日") and not _is_day_count(pivot, start, end, text):
            continue
        nxt = pivot[end : end + 1]
        last = text[-1]
        bad_after = bool(nxt) and last in _BAD_AFTER and nxt in _BAD_AFTER[last]
        if bad_after and nxt in "北南" and not _YEAR_MACHINES.fullmatch(text):
            bad_after = False  # 3台北京产的机床, 5台南方产的设备: machines after all
        if text[-1] in "多余" and HAN.fullmatch(nxt) and not _AFTER_ABOUT.match(nxt):
            end, text, last = end - 1, text[:-1], text[-2]  # 430次|余震, 10英寸|多晶片
        if bad_after:
            if text[-2:-1] in ("万", "亿"):  # 600万人口: the bare amount stays (second edition)
                spans.append((start, end - 1, "QUANT"))
            continue
        before = pivot[start - 1 : start]
        if (last == "分" and before and before in "时点") or (last == "秒" and before == "分"):
            continue  # 9时30分 is a time of day, not 30 points
        if (
            re.search("(?<!分)点(?:多|余)?$", text)
            and not _INDEX_POINTS.search(text)
            and not _BIG_POINTS.match(text)
        ):
            continue  # 凌晨1点多: a time of day
        if last == "条" and before in ("」", "》", "”"):
            continue  # 「…自治条例」25条: an article of the law named before, no count
        if last == "国" and before.isascii() and before.isalpha():
            continue  # G320国道: a national road's code, no count of countries
        if last == "段" and before in ("路", "街", "道"):
            continue  # 中山北路3段: a road's section, part of its name (sites.roads)
        spans.append((start, end, "QUANT"))
    spans += _tenths(pivot)
    spans += [(m.start(), m.end(), "QUANT") for m in _COUNT_OF_KINDS.finditer(pivot)]
    spans = [_shared_unit_list(pivot, _with_currency_and_sign(pivot, span)) for span in spans]
    return _joined_ranges(pivot, spans)


# A currency named before the amount belongs to it (人民币10万元, 港币500元).
# Taiwan puts a space between them (新臺幣 1.3 億元). A seismic scale's name is the unit's
# prefix (ML1.8级).
_CURRENCY_BEFORE = re.compile(
    "(?:人民币|港币|港元|美元|欧元|澳门元|澳门币|新台币|台币|日元|英镑)[ \u00a0]?$"
)
# Tenths (成): 7成, 8成3, 4成半, 3至4成; not 12成为, 3成立. The first digit comes before the
# look-behind (not after it): a pattern that opens with a digit is scanned for digits in C,
# one that opens with a look-behind is tried at every position of the text (5x slower).
_TENTHS = re.compile(
    r"\d(?<![\d.]\d)\d?(?:至\d{1,2})?成(?:\d|半)?(?![\u4e00-\u9fff])|"
    r"\d(?<![\d.]\d)\d?(?:至\d{1,2})?成(?:\d|半)?(?=[的以左多])"
)


def _tenths(pivot: str) -> list[Span]:
    return [(m.start(), m.end(), "QUANT") for m in _TENTHS.finditer(pivot)]


def _with_currency_and_sign(pivot: str, span: Span) -> Span:
    """人民币10万元 and +5% / -5% whole: the currency and the sign are part of the amount."""
    s, e, t = span
    if pivot[e - 1 : e] == "元" or pivot[s:e].endswith(("元", "万", "亿")):
        m = _CURRENCY_BEFORE.search(pivot, max(0, s - 4), s)
        if m:
            return (m.start(), e, t)
    if pivot[s - 2 : s] in ("ML", "Ms", "MS") and pivot[e - 1 : e] == "级":
        return (s - 2, e, t)
    if pivot[s - 1 : s] in ("+", "-", "＋", "－", "±") and not _OPERAND_BEFORE.search(
        pivot, max(0, s - 4), s - 1
    ):
        return (s - 1, e, t)
    return span


# A sign after a number, or a number and its unit, is an operator (365天-104天): not the
# amount's own sign.
_OPERAND_BEFORE = re.compile(r"\d[^\d\s，。、；：,;:至到~～—－]{0,2}$")
_RANGE_JOIN = ("至", "到", "-", "—", "～", "~", "－")
_BARE_FROM = re.compile(r"(?<![\d.,])\d+(?:\.\d+)?(?:至|到)$")


# A list of bare numbers sharing the last one's unit is one amount (300、785、9,320千元), as a
# list of days sharing 日 is one date; a list after 第 numbers articles, not amounts.
_BARE_LIST = re.compile(
    r"(?<![\d.,第、])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:、(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)*、$"
)
_LIST_REACH = 160


def _shared_unit_list(pivot: str, span: Span) -> Span:
    s, e, t = span
    if pivot[s - 1 : s] != "、":
        return span  # most amounts: no list, no search
    m = _BARE_LIST.search(pivot, max(0, s - _LIST_REACH), s)
    # Two numbers will do after a word (分别低0.9、5.9个百分点), not at a line's start, where
    # the first is an item's number (1、20家企业).
    after_word = m and HAN.fullmatch(pivot[m.start() - 1 : m.start()])
    # Two neighbouring numbers are an estimate (1、2天 "a day or two"), not an item's number.
    first, second = (
        (re.findall(r"[\d.,]+", pivot[m.start() : e])[:2] or ["", ""]) if m else ("", "")
    )
    estimate = m and first.isdigit() and second.isdigit() and int(second) == int(first) + 1
    if m and (m.group().count("、") >= 2 or after_word or estimate):
        return (m.start(), e, t)
    return span


def _joined_ranges(pivot: str, spans: list[Span]) -> list[Span]:
    """Two amounts with the same unit joined by 至/到/- are one range (5万元至8万元)."""
    spans = sorted(spans)
    out: list[Span] = []
    for span in spans:
        bare = _BARE_FROM.search(pivot, max(0, span[0] - 12), span[0])
        if bare and span[2] == "QUANT" and not (out and out[-1][1] > bare.start()):
            span = (bare.start(), span[1], span[2])  # 0至-100%: the unit serves both ends
        if out:
            ps, pe, pt = out[-1]
            s, e, t = span
            unit = re.sub(r"^[\d.,]+", "", pivot[ps:pe].lstrip("人民币港元美欧澳门新台日英镑+-"))
            if (
                pt == t == "QUANT"
                and pivot[pe:s] in _RANGE_JOIN
                and unit
                and pivot[s:e].endswith(unit)
            ):
                out[-1] = (ps, e, t)
                continue
        out.append(span)
    return out


def _is_day_count(pivot: str, start: int, end: int, text: str) -> bool:
    """Whether ``text`` (digits + 日) counts days rather than naming a day of the month."""
    numbers = [int(n) for n in re.findall(r"\d+", text.replace(",", ""))]
    if any(n == 0 or n > 31 for n in numbers) or "万" in text or "亿" in text:
        return True
    return bool(
        DURATION_AFTER.match(pivot, end) or DURATION_BEFORE.search(pivot, max(0, start - 4), start)
    )

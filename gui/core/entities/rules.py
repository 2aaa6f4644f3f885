"""Pattern rules: titles (DOC), quoted terms (TERM), dates (DATE), quantities (QUANT) and
postal addresses (LOC), run on the Simplified pivot.

Each function returns ``(start, end, type)`` spans. The patterns follow the annotation
guideline: only Arabic-digit quantities; approximators (近, 约, 超过, 以上, 左右, 前) stay outside
the span while those inside the expression (30多年, 45万余份) stay in; date ranges are one span.
"""

from __future__ import annotations

import re

from gui.core.entities.doc_numbers import document_numbers

Span = tuple[int, int, str]

# -- titles and quoted terms ---------------------------------------------------------------

# Nested titles use 〈〉 inside 《》, so a title is simply the text up to the next 》.
# A long title may break across a line (《中华人民共和国药品管理法\n实施条例》), never across a
# blank line.
_DOC = re.compile(r"《(?:[^《》\n]|\n(?!\n)){1,120}》")
# 「」 is the Traditional-text habit for “”; t2s keeps it, so both are terms. Web digests
# (the xwlb transcripts) type “” as straight quotes: "十五五" is a term like “十五五” when it
# holds Chinese.
_TERM = re.compile(r"“[^“”\n]{1,40}”|「[^「」\n]{1,40}」|‘[^‘’\n]{1,40}’|\"[^\"\n]{1,40}\"")
_HAN = re.compile("[\u4e00-\u9fff]")
# Quoted direct speech is no term (second edition): a quote introduced by a colon or a speech
# verb, or one that holds sentences of its own. Slogans may hold commas (“一日无为，三日难安”).
_SPEECH_INSIDE = re.compile("[。！？!?]")
_SPEECH_BEFORE = re.compile("(?:说|表示|指出|强调|(?<!所)称|认为|问|答|道|回应|直言|坦言|所言)$")
# A quote standing as a clause of its own, between a clause's marks (…，「这是天差地别」。),
# is a sentence quoted, not a word cited.
_CLAUSE_BEFORE = ("，", "。")
_CLAUSE_AFTER = ("。", "；")


def titles_and_terms(pivot: str) -> list[Span]:
    """DOC spans for 《…》 and document numbers, TERM spans for “…” / 「…」, marks included."""
    spans = [(m.start(), m.end(), "DOC") for m in _DOC.finditer(pivot)]
    spans += document_numbers(pivot)
    for m in _TERM.finditer(pivot):
        inner = m.group()[1:-1]
        if m.group()[0] == '"' and not _HAN.search(inner):
            continue  # "Isolation" in an English headline, "ok" in code
        before = pivot[max(0, m.start() - 1) : m.start()]
        speech_verb = _SPEECH_BEFORE.search(pivot, max(0, m.start() - 2), m.start())
        sentence = inner.endswith(("。", "！", "？", "!", "?"))  # a quoted sentence is speech
        sentence = sentence or (
            before in _CLAUSE_BEFORE and pivot[m.end() : m.end() + 1] in _CLAUSE_AFTER
        )
        sentence = sentence or (before == "。" and "，" in inner)  # 。「…，…」: sentences
        if before in ("：", ":") or speech_verb or sentence or _SPEECH_INSIDE.search(inner):
            continue  # 他表示：「…」 is speech; entities inside it are found by the later stages
        spans.append((m.start(), m.end(), "TERM"))
    return spans


# -- dates ---------------------------------------------------------------------------------

# 〇 is often typed as ○ (white circle) or Ｏ in Hong Kong and Taiwan releases: 二○二四年.
_CN_DIGIT = "〇○Ｏ零一二三四五六七八九"
_YEAR = r"(?:1[89]\d{2}|20\d{2})"
_MONTH = r"(?:1[0-2]|0?[1-9])"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_CN_MONTH = r"(?:十[一二]?|[一二三四五六七八九])"
_CN_DAY = r"(?:三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])"
_RANGE_SEP = r"(?:至|到|迄|—|–|－|-|~|～)"  # 迄: Taiwan's written "until"
# Quarter and half-year periods are dates (second edition): 一季度, 前三季度, 上半年, 第四季度.
# A list of quarters is one period (一、二季度); so are the first months of a year (前四个月).
_PERIOD = (
    r"(?:[上下]半年|前[二两三]季度|[一二三]、[二三四]季度|第?[一二三四1-4]季度|首季度?"
    r"|第[一二三四1-4]季(?![度节])"  # Hong Kong and Taiwan: 首季, (2023年)第2季
    r"|前(?:[两三四五六七八九十]{1,2}|[2-9]|1[01])个月)"
)
_YEAR_TAIL = rf"(?:度|年[末底初]|末|底|初|{_PERIOD})?"
_MONTH_TAIL = r"(?:份|底|末|初|上中旬|中下旬|[上中下]旬)"  # 11月末, 2025年5月底, 7月中下旬
_DATE_UNIT = (
    rf"(?:{_YEAR}年{_MONTH}{_RANGE_SEP}{_MONTH}月份?"  # 2023年1-6月
    # Months or days sharing one year or month are one date: 2004年4月和9月, 12月18日、19日.
    rf"|{_YEAR}年{_MONTH}月(?:[和、]{_MONTH}月)+"
    rf"|{_YEAR} ?年(?:{_MONTH} ?月(?:{_MONTH_TAIL}|{_DAY}日(?:、{_DAY}日)*)?|{_YEAR_TAIL})"
    # Taiwan's Minguo calendar: 民国113年, 113年2月28日 (a bare three-digit year needs its month
    # here; see _roc_years for documents that date by it).
    rf"|(?:民国\d{{1,3}}|1[01]\d)年(?:{_MONTH}月(?:{_MONTH_TAIL}|{_DAY}日(?:、{_DAY}日)*)?|度)"
    rf"|民国\d{{1,3}}年"
    rf"|(?:民国)?1[01]\d学年度"  # 115学年度: a Minguo school year
    rf"|{_MONTH} ?月(?:{_MONTH_TAIL}|{_DAY}(?:、{_DAY})*日(?:、{_DAY}日)*)?"
    rf"|{_DAY}(?:、{_DAY})+日"  # 18、25、26日: a list of days of one month
    rf"|{_DAY}日"
    rf"|[{_CN_DIGIT}]{{4}}年(?:{_CN_MONTH}月(?:{_CN_DAY}日)?)?"  # 二〇二六年一月二十七日
    rf"|[{_CN_DIGIT}]{{4}}{_RANGE_SEP}[{_CN_DIGIT}]{{4}}年"  # 二○二二至二○二四年
    rf"|{_CN_MONTH}月{_CN_DAY}日)"  # 十月二十五日 (Hong Kong press releases)
)
# Every pattern below opens with a lookahead on its first character: the regex engine then
# skips to candidate positions at C speed instead of trying the whole pattern everywhere
# (4x faster on a long report).
_DATE = re.compile(
    rf"(?=[\d{_CN_DIGIT}十上下前第民首])(?<![\d.])(?<!\d,)(?:"
    rf"{_YEAR}{_RANGE_SEP}{_YEAR}年{_YEAR_TAIL}"  # 2021—2025年
    rf"|{_YEAR}([-/.]){_MONTH}\1{_DAY}(?![\d.])"  # 2021-03-15, 2021/3/15, 2021.3.15
    rf"|{_MONTH}{_RANGE_SEP}{_MONTH}月(?:份)?"  # 1—11月
    # 2020年至2022年, 9月16日至18日; a season across the new year: 7月1日~次年6月30日
    rf"|{_DATE_UNIT}(?:{_RANGE_SEP}(?:次年|翌年)?{_DATE_UNIT})?"
    rf"|\d{{1,2}}世纪(?:\d0年代)?|(?:19)?\d0年代"  # 20世纪80年代, 90年代
    rf"|{_PERIOD}"  # 一季度, 上半年 standing alone
    # A range whose end year is cut to two digits (Hong Kong): 2018至19年度, 2012至16年.
    rf"|{_YEAR}{_RANGE_SEP}\d{{2}}年{_YEAR_TAIL}"
    rf"|(?<=[年於于在至到自])(?:{_CN_MONTH})月(?![\u4e00-\u9fff]?[日号])"  # 今年三月
    rf"|(?:{_CN_MONTH})月(?=[份底初]|[上中下]旬)"  # 三月底
    # a clock time may follow a day (7月22日16时), a count a year's tail (2022年度13个)
    rf")(?:(?<=[日度末底初份旬])|(?![\d.]))"
)
# A bare day count before 内 / 以内 / 后 … or after 为期 / 期限 … is a duration (申请人应在30日内
# 提出), not a day of the month: it is a quantity, like 6个月.
_DURATION_AFTER = re.compile(r"(?:内|以内|之内|为限|期间|期满|左右|计)")  # 以1日计
_DURATION_BEFORE = re.compile(
    r"(?:为期|期限为?|时限为?|不超过|不少于|超过|满|连续|一连|至少|最长|最多|长达|，为)$"
)
_BARE_DAY = re.compile(rf"{_DAY}日$")
_PERIOD_ONLY = re.compile(_PERIOD)
# Words ending in a numeral that can stand before 季度 without making a quarter (统一季度报表).
_NOT_PERIOD = frozenset("统一 唯一 同一 万一 单一 逐一 专一 整一 划一".split())


# Dates written otherwise: English dates in page headers (24 Jan 2022), Taiwan's 今（28）日
# ("today, the 28th"; also with ASCII brackets or a stray space, 今(9)日, 今（31 ）日, and for the
# year, 今(115)年5月, 今（2021）年初), a bare year before a word (2024人权新闻奖, 2024谢年饭).
_OTHER_DATE = re.compile(
    r"(?=[\d今昨明])"  # (the first characters named ahead: re skips to them)
    r"(?:\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (?:19|20)\d{2}"
    r"|[今昨明][（(] ?\d{1,2} ?[）)]日"
    rf"|今[（(] ?(?:1[01]\d|{_YEAR}) ?[）)]年(?:{_MONTH}月(?:{_DAY}日)?|{_YEAR_TAIL})"
    # (not after 电: 致电1999 is a phone number)
    r"|(?<!电)[12]\d{3}(?=[\u4e00-\u9fff“「])(?<=(?:19|20)\d\d)(?![\d年]))"  # 2026“澳门·横琴艺墟”
)
_NOT_BEFORE_YEAR = frozenset("0123456789.-/") | frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
)


# A document that dates by the Minguo calendar (113年2月28日) writes its bare years the same way:
# 108年, 100年至108年 are years there (and 成立105年 elsewhere a duration). A bare year counts
# only near the years of the document's full dates, so a count of years stays a quantity.
_ROC_FULL = re.compile(rf"(?=1)(?<![\d.])(1[01]\d)年{_MONTH}月")
_ROC_BARE = re.compile(rf"(?=1)(?<![\d.,])(1[01]\d)年(?:{_RANGE_SEP}(1[01]\d)年|度)?(?![\d代级])")
_ROC_WINDOW = 15
# Counts of years look the same: 共113年历史, 成立105年以来, 历时108年之久.
_ROC_COUNT_BEFORE = re.compile(r"(?:共|有|近|逾|约|历时|成立|已)$")
_ROC_COUNT_AFTER = re.compile(r"(?:历史|以来|之久|来|多|余)")


def _roc_years(pivot: str) -> list[Span]:
    years = {int(m.group(1)) for m in _ROC_FULL.finditer(pivot)}
    if not years:
        return []
    low, high = min(years) - _ROC_WINDOW, max(years) + _ROC_WINDOW
    return [
        (m.start(), m.end(), "DATE")
        for m in _ROC_BARE.finditer(pivot)
        if low <= int(m.group(1)) <= high
        and not _DURATION_BEFORE.search(pivot, max(0, m.start() - 4), m.start())
        and not _ROC_COUNT_BEFORE.search(pivot, max(0, m.start() - 2), m.start())
        and not _ROC_COUNT_AFTER.match(pivot, m.end())
    ]


def dates(pivot: str) -> list[Span]:
    """DATE spans: digit and Chinese-numeral dates, their ranges, year tails (年度, 年末),
    quarter and half-year periods (一季度, 上半年) and decades; not day counts (30日内)."""
    spans = [
        (m.start(), m.end(), "DATE")
        for m in _OTHER_DATE.finditer(pivot)
        if pivot[m.start() - 1 : m.start()] not in _NOT_BEFORE_YEAR or m.group()[0] == "今"
    ]
    for m in _DATE.finditer(pivot):
        start, end = m.span()
        text = m.group()
        if _BARE_DAY.fullmatch(text) and (
            pivot[start - 1 : start] == "第"  # 第6日: an ordinal day of a period, no date
            or _DURATION_AFTER.match(pivot, end)
            or _DURATION_BEFORE.search(pivot, max(0, start - 4), start)
        ):
            continue
        if text.startswith("前") and _DURATION_AFTER.match(pivot, end):
            continue  # 届满前6个月内: a window before a day, its 6个月 a quantity
        if text.startswith("第") and text.endswith("季") and pivot[start - 1 : start] != "年":
            continue  # 第一季 alone: a show's season as often as a quarter
        if _PERIOD_ONLY.fullmatch(text) and text.startswith(("一", "二", "三", "四")):
            # 第一季度 → the 第 belongs to the date; 统一季度 is no date.
            before = pivot[start - 1 : start]
            if before == "第":
                start -= 1
            elif before + text[0] in _NOT_PERIOD:
                continue
        if text.endswith("0年") and pivot[end : end + 1] == "代":
            end += 1  # 1990年代, 1980至1990年代: a decade, not the year
            text += "代"
        if text.startswith("民国") and pivot[start - 2 : start] == "中华":
            start -= 2  # 中华民国115年8月20日: the era's full name (not in the scan: 中 is common)
        if text.endswith(("年代", "世纪")):
            tail = _DECADE_TAIL.match(pivot, end)
            end = tail.end() if tail else end  # 90年代中期, 19世纪末: with its suffix, one span
        spans.append((start, end, "DATE"))
    spans += [(m.start(), m.end(), "DATE") for m in _SPACED_DATE.finditer(pivot)]
    spans += [(m.start(), m.end(), "DATE") for m in _BARE_YEAR_PERIOD.finditer(pivot)]
    return spans + _roc_years(pivot)


# Web pages of Macau and Taiwan space the digits from the units: 截至 2026 年 5 月 31 日 is one
# date, as 2026年5月31日 is (a lone 2017 年 or 11 月 is found by the patterns above).
# A year without 年 right before a period (2022上半年, 2024一季度) is one date with it.
_BARE_YEAR_PERIOD = re.compile(rf"(?=[12])(?<![\d.])(?:19|20)\d{{2}}{_PERIOD}")
_SPACED_DATE = re.compile(r"(?=\d)(?<![\d.])\d{4} ?年 ?\d{1,2} ?月(?: ?\d{1,2} ?日)?")


_DECADE_TAIL = re.compile("初期|中期|后期|前期|末期|中叶|初|末")


# -- quantities ----------------------------------------------------------------------------

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
# Time units may not follow a space (2021 年 is a year typed loosely, not a count of years).
_TIME_UNITS = frozenset("年 月 日 天 周 小时 分钟 秒".split())
_UNIT = "(?:" + "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True)) + ")"
# Hong Kong releases group thousands with a space (18 900宗, 2 826宗).
_NUM = r"(?:\d{1,3}(?:[ \u00a0]\d{3})+(?!\d)|\d+(?:,\d{3})*)(?:\.\d+)?"
# 兆 is 10^12 in Taiwan usage (2.26兆美元); 6万6000名 writes the thousands after the 万, and
# Taiwan writes every order with digits: 6亿3,900万元, 1万8千多笔, 3千3百余万元.
_MULT = (
    r"(?:多|余)?(?:万亿|[十百千万亿兆]{1,2}"
    r"|(?:[千百万亿](?:\d{1,3},\d{3}|\d{1,4})){1,2}(?:[千百万亿](?:多|余)?[万亿]?)?)?(?:多|余)?"
)
_QUANT = re.compile(
    rf"(?=\d)(?<![\d.a-z第])(?<!\d,)(?<!\d，)(?<!\d )(?<!PM)"  # PM2.5: a pollutant's name  # an ASCII comma is often the Chinese comma
    rf"(?:{_NUM}(?:{_RANGE_SEP}{_NUM})?)"
    rf"(?:"
    rf"\s?[%％‰](?:{_RANGE_SEP}{_NUM}[%％‰])?"  # 30%, 30 %, 10%~15%
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
_COUNT_OF_KINDS = re.compile(r"(?=\d)(?<![\d.a-z第])\d{1,2}大类?(?![\d学于小])")


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
        if text[-1] in "多余" and _HAN.fullmatch(nxt) and not _AFTER_ABOUT.match(nxt):
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
    after_word = m and _HAN.fullmatch(pivot[m.start() - 1 : m.start()])
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
        _DURATION_AFTER.match(pivot, end)
        or _DURATION_BEFORE.search(pivot, max(0, start - 4), start)
    )


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
        # An address in brackets ends at the closing one ((地址：…250号）举行): a bracket the
        # address opens itself (…1号（科技大厦）) stays.
        for close, opening in (("）", "（"), (")", "(")):
            cut = text.find(close)
            if cut >= 0 and opening not in text[:cut]:
                text = text[:cut]
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

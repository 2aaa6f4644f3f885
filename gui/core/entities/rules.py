"""Pattern rules: titles (DOC), quoted terms (TERM), dates (DATE) and postal addresses (LOC),
run on the Simplified pivot; quantities (QUANT) are in :mod:`gui.core.entities.quantities`.

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
HAN = re.compile("[\u4e00-\u9fff]")
# Quoted direct speech is no term (second edition): a quote introduced by a colon or a speech
# verb, or one that holds sentences of its own. Slogans may hold commas (“一日无为，三日难安”).
_SPEECH_INSIDE = re.compile("[。！？!?]")
_SPEECH_BEFORE = re.compile("(?:说|表示|指出|强调|(?<!所)称|认为|问|答|道|回应|直言|坦言|所言)$")
# A quote standing as a clause of its own, between a clause's marks (…，「这是天差地别」。),
# is a sentence quoted, not a word cited.
_CLAUSE_BEFORE = ("，", "。")
_CLAUSE_AFTER = ("。", "；")
# A quoted clause is no term either (#13, session 21): a stretch that reads as a sentence —
# predicates (是, 将, 不, 了, 也是有可能的), a clause's comma, more words than a term holds —
# quoted where a clause ends (“朝鲜的核威胁和中国在太平洋地区的影响力”。), holds names the
# later stages find. Two signs of a clause are needed. A quote that is used as a word is left
# a term: one that names something by its kind (…座谈会, …办法), a list or a slogan's parallel
# parts (、), one cited by 所谓 / 题为 / 规定的, one that a noun or 的 follows (“功成不必在我”的定力).
# Dev batches 1-12 and 17-31: gold TERMs are 4 characters at the median, 90 % hold at most 14.
_PREDICATES = re.compile(
    "是|将(?!官|军)|不(?!法|对称|同|少|断|良|当|足)|没|未(?!来)|勿|了(?!解)|着|会(?=[\u4e00-\u9fff])"
    "|应(?!用|急|对)|可能|可以|也|就|却|把|被|已|正在|十分|非常|很|^[但而并且]"
)
_FUNCTION_WORDS = re.compile("[的和在与对为以于从向]")
_CLAUSE_WORDS = 16  # longer than nine gold TERMs in ten
_NAMED_KIND = re.compile(
    "(?:会|典礼|仪式|活动|晚宴|方案|计划|办法|要点|条例|报告|备忘录|奖|者|规范|细则|法"
    "|工程|行动|项目|展|赛|节|论坛)$"
)
_CITED_BEFORE = re.compile(
    "(?:题目?[为是]?|主题|名为|称为|规定的|所谓|叫做?|又称|简称|俗称|写[着有])$"
)
# Where a clause ends: its punctuation or the line's end, after a web page's note mark ([4]).
_CLAUSE_END = re.compile(r"[ \u3000]*(?:\[\d+\][ \u3000]*)?(?:[，。；！？\n]|$)")


def _quoted_clause(pivot: str, start: int, end: int) -> bool:
    """Whether the quote ``pivot[start:end]`` (marks included) is a clause quoted, not a term."""
    inner = pivot[start + 1 : end - 1].strip()
    if len(inner) < 6 or "、" in inner or _NAMED_KIND.search(inner):
        return False
    if not _CLAUSE_END.match(pivot, end) or _CITED_BEFORE.search(pivot, max(0, start - 4), start):
        return False
    signs = len(set(_PREDICATES.findall(inner)))
    signs += ("，" in inner or "；" in inner) + (len(inner) >= _CLAUSE_WORDS)
    signs += len(_FUNCTION_WORDS.findall(inner)) >= 2
    return signs >= 2


def titles_and_terms(pivot: str) -> list[Span]:
    """DOC spans for 《…》 and document numbers, TERM spans for “…” / 「…」, marks included."""
    spans = [(m.start(), m.end(), "DOC") for m in _DOC.finditer(pivot)]
    spans += document_numbers(pivot)
    for m in _TERM.finditer(pivot):
        inner = m.group()[1:-1]
        if m.group()[0] == '"' and not HAN.search(inner):
            continue  # "Isolation" in an English headline, "ok" in code
        before = pivot[max(0, m.start() - 1) : m.start()]
        speech_verb = _SPEECH_BEFORE.search(pivot, max(0, m.start() - 2), m.start())
        sentence = inner.endswith(("。", "！", "？", "!", "?"))  # a quoted sentence is speech
        sentence = sentence or (
            before in _CLAUSE_BEFORE and pivot[m.end() : m.end() + 1] in _CLAUSE_AFTER
        )
        sentence = sentence or (before == "。" and "，" in inner)  # 。「…，…」: sentences
        sentence = sentence or _quoted_clause(pivot, m.start(), m.end())
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
RANGE_SEP = r"(?:至|到|迄|—|–|－|-|~|～)"  # 迄: Taiwan's written "until"
# Quarter and half-year periods are dates (second edition): 一季度, 前三季度, 上半年, 第四季度.
# A list of quarters is one period (一、二季度); so are the first months of a year (前四个月).
_PERIOD = (
    r"(?:[上下]半年|前[二两三]季度|[一二三]、[二三四]季度|第?[一二三四1-4]季度|首季度?"
    r"|第[一二三四1-4]季(?![度节])"  # Hong Kong and Taiwan: 首季, (2023年)第2季
    r"|前(?:[两三四五六七八九十]{1,2}|[2-9]|1[01])个月)"
)
_YEAR_TAIL = (
    rf"(?:度|年[末底初中]|末|底|初|尾(?!牙)|{_PERIOD})?"  # 年中, Hong Kong 2016年尾; not 尾牙
)
# 11月末, 2025年5月底, 7月中下旬; a month's middle, 中 where a clause or a list goes on (8月中，
# 9月中另一個活動, 7月中及8月下旬), not a word's first character (3月中共中央).
_MONTH_TAIL = (
    r"(?:份|底|末|初|上中旬|中下旬|[上中下]旬|中(?=[，。；、,：:及和与至到另更将起前后）)\s]|$))"
)
_DATE_UNIT = (
    rf"(?:{_YEAR}年{_MONTH}{RANGE_SEP}{_MONTH}月份?"  # 2023年1-6月
    # Months or days sharing one year or month are one date: 2004年4月和9月, 12月18日、19日.
    rf"|{_YEAR}年{_MONTH}月(?:[和、]{_MONTH}月)+"
    rf"|{_YEAR} ?年(?:{_MONTH} ?月(?:{_MONTH_TAIL}|{_DAY}日(?:、{_DAY}日)*)?|{_YEAR_TAIL})"
    # Taiwan's Minguo calendar: 民国113年, 113年2月28日 (a bare three-digit year needs its month
    # here; see _roc_years for documents that date by it).
    # A Minguo year's end or start is written on the year (114年底, 113年初) as 2021年末 is.
    rf"|(?:民国\d{{1,3}}|1[01]\d)年(?:{_MONTH}月(?:{_MONTH_TAIL}|{_DAY}日(?:、{_DAY}日)*)?|度|[底末初]|年[中末底初])"
    # A two-digit Minguo year (民国40-99, 1951-2010) with its month and day: 96年1月2日, 99年6月3日.
    rf"|[4-9]\d年{_MONTH}月{_DAY}日"
    rf"|民国\d{{1,3}}年"
    rf"|民国[{_CN_DIGIT}十百]{{1,5}}年(?:{_CN_MONTH}月(?:{_CN_DAY}日)?)?"  # 中华民国九十六年一月二日
    # Taiwan's orders and regulations write the Minguo date in numerals without 民国: 九十八年六月
    # 一日, 一百零二年三月五日; whole only, with its month and day (九十八年 alone may count years).
    rf"|(?:[二三四五六七八九]十[一二三四五六七八九]?|一百(?:零[一二三四五六七八九]|一?十[一二三四五六七八九]?)?)"
    rf"年{_CN_MONTH}月{_CN_DAY}日"
    rf"|(?:民国)?1[01]\d学年度"  # 115学年度: a Minguo school year
    # Days of one month in a range share its 月 and 日 (5月13至14日; 下月8至9日 after a month word).
    rf"|{_MONTH} ?月{_DAY}{RANGE_SEP}{_DAY}日|(?<=[本下上同次当]月){_DAY}{RANGE_SEP}{_DAY}日"
    rf"|{_MONTH} ?月(?:{_MONTH_TAIL}|{_DAY}(?:、{_DAY})*日(?:、{_DAY}日)*)?"
    rf"|{_DAY}(?:、{_DAY})+日"  # 18、25、26日: a list of days of one month
    rf"|{_DAY}日"
    rf"|[{_CN_DIGIT}]{{4}}年(?:{_CN_MONTH}月(?:{_CN_DAY}日)?)?"  # 二〇二六年一月二十七日
    rf"|[{_CN_DIGIT}]{{4}}{RANGE_SEP}[{_CN_DIGIT}]{{4}}年"  # 二○二二至二○二四年
    rf"|{_CN_MONTH}月{_CN_DAY}日)"  # 十月二十五日 (Hong Kong press releases)
)
# Most patterns below open with a lookahead on their first character, which turns most
# positions down at once; re still tries every position, though. A pattern that opens with the
# character itself (a literal or a class, what stands before it looked back on after it) is
# searched at C speed, twice as fast again (docs/entities.md, "Scanning").
_DATE = re.compile(
    rf"(?=[\d{_CN_DIGIT}十上下前第民首])(?<![\d.])(?<!\d,)(?:"
    rf"{_YEAR}{RANGE_SEP}{_YEAR}年{_YEAR_TAIL}"  # 2021—2025年
    rf"|{_YEAR}([-/.]){_MONTH}\1{_DAY}(?![\d.])"  # 2021-03-15, 2021/3/15, 2021.3.15
    rf"|{_MONTH}{RANGE_SEP}{_MONTH}月(?:份)?"  # 1—11月
    # 2020年至2022年, 9月16日至18日; a season across the new year: 7月1日~次年6月30日
    rf"|{_DATE_UNIT}(?:{RANGE_SEP}(?:次年|翌年)?{_DATE_UNIT})?"
    rf"|\d{{1,2}}世纪(?:\d0年代)?|(?:19)?\d0年代"  # 20世纪80年代, 90年代
    rf"|{_PERIOD}"  # 一季度, 上半年 standing alone
    # A range whose end year is cut to two digits (Hong Kong): 2018至19年度, 2012至16年.
    rf"|{_YEAR}{RANGE_SEP}\d{{2}}年{_YEAR_TAIL}"
    rf"|(?<=[年於于在至到自])(?:{_CN_MONTH})月(?![\u4e00-\u9fff]?[日号])"  # 今年三月
    rf"|(?:{_CN_MONTH})月(?=[份底初]|[上中下]旬)"  # 三月底
    # a clock time may follow a day (7月22日16时), a count a year's tail (2022年度13个)
    rf")(?:(?<=[日度末底初份旬])|(?![\d.]))"
)
# A bare day count before 内 / 以内 / 后 … or after 为期 / 期限 … is a duration (申请人应在30日内
# 提出), not a day of the month: it is a quantity, like 6个月.
DURATION_AFTER = re.compile(r"(?:内|以内|之内|为限|期间|期满|左右|计)")  # 以1日计
DURATION_BEFORE = re.compile(
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
    r"(?=[\d今昨明去])"  # (the first characters named ahead: re skips to them)
    r"(?:\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (?:19|20)\d{2}"
    r"|[今昨明][（(] ?\d{1,2} ?[）)]日"
    # last and next year too, their January written 元月 (去（2022）年11月, 明(105)年元月底)
    rf"|[今去明][（(] ?(?:1[01]\d|{_YEAR}) ?[）)]年(?:(?:{_MONTH}|元)月(?:{_MONTH_TAIL}|{_DAY}日)?|{_YEAR_TAIL})"
    # (not after 电: 致电1999 is a phone number)
    r"|(?<!电)[12]\d{3}(?=[\u4e00-\u9fff“「])(?<=(?:19|20)\d\d)(?![\d年]))"  # 2026“澳门·横琴艺墟”
)
_NOT_BEFORE_YEAR = frozenset("0123456789.-/") | frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
)


# A document that dates by the Minguo calendar (113年2月28日, 114年底) writes its bare years the same way:
# 108年, 100年至108年 are years there (and 成立105年 elsewhere a duration). A bare year counts
# only near the years of the document's full dates, so a count of years stays a quantity.
# A year's end, start or fiscal year (114年底, 113年度) dates as surely as its months do.
_ROC_FULL = re.compile(rf"(1(?<![\d.]1)[01]\d)年(?:{_MONTH}月|[底末初]|度)")
_ROC_BARE = re.compile(rf"(1(?<![\d.,]1)[01]\d)年(?:{RANGE_SEP}(1[01]\d)年|度)?(?![\d代级])")
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
        and not DURATION_BEFORE.search(pivot, max(0, m.start() - 4), m.start())
        and not _ROC_COUNT_BEFORE.search(pivot, max(0, m.start() - 2), m.start())
        and not _ROC_COUNT_AFTER.match(pivot, m.end())
    ]


def dates(pivot: str) -> list[Span]:
    """DATE spans: digit and Chinese-numeral dates, their ranges, year tails (年度, 年末),
    quarter and half-year periods (一季度, 上半年) and decades; not day counts (30日内)."""
    spans = [
        (m.start(), m.end(), "DATE")
        for m in _OTHER_DATE.finditer(pivot)
        if pivot[m.start() - 1 : m.start()] not in _NOT_BEFORE_YEAR or m.group()[0] in "今去明"
    ]
    for m in _DATE.finditer(pivot):
        start, end = m.span()
        text = m.group()
        if _BARE_DAY.fullmatch(text) and (
            pivot[start - 1 : start] == "第"  # 第6日: an ordinal day of a period, no date
            or DURATION_AFTER.match(pivot, end)
            or DURATION_BEFORE.search(pivot, max(0, start - 4), start)
        ):
            continue
        if text.startswith("前") and DURATION_AFTER.match(pivot, end):
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
_BARE_YEAR_PERIOD = re.compile(rf"(?:19|20)(?<![\d.]\d\d)\d{{2}}{_PERIOD}")
_SPACED_DATE = re.compile(r"\d(?<![\d.]\d)\d{3} ?年 ?\d{1,2} ?月(?: ?\d{1,2} ?日)?")


_DECADE_TAIL = re.compile("初期|中期|后期|前期|末期|中叶|初|末")


# -- postal addresses ----------------------------------------------------------------------

# After an explicit label the whole run up to the next blank or field is one address.
# (A 、 ends it as a comma does: （地址：臺北市廣州街15號、電話：…）.)
# A postal code spaced off before the address (地址：708201 台南市安平区永华路2段6号) is a field
# of its own: the address is what follows it. So is one written against the city (地址：10341台北市
# 大同区塔城街36号, 73001台南市新营区…: Taiwan's three-, five- and six-digit codes, the mainland's
# six), where a letter other than a house number's follows it (not 地址：100号, 1916园区's four).
_LABELLED_ADDRESS = re.compile(
    r"(?:地址|地点|住所|通讯地址|联系地址)[:：]\s*"
    r"(?:\d{3,6} (?=\D)|(?:\d{3}|\d{5,6})(?=[\u4e00-\u9fff])(?![号楼层室弄巷栋座]))?"
    r"([^\s，,。；;、]{4,60})"
)
# An office named in brackets after the address (…3号C栋2楼(奉贤区文化和旅游局受理窗口)) is where
# in it one goes, no part of the address; a building's name there stays (…1号（科技大厦）).
_OFFICE_IN_BRACKETS = re.compile(
    r"[（(][^（()）]*(?:局|委|厅|署|处|政府|公司|窗口)[^（()）]{0,4}[）)]$"
)
# In running text an address is a run that starts at a province or city name and ends with a
# house number: 北京市西城区三里河二区甲18号.
_ADDRESS = re.compile(
    r"[\u4e00-\u9fff]{2,9}?[省市区县](?:[\u4e00-\u9fff\d\-]{1,30}?)"
    r"(?:路|街|道|巷|大道|胡同|里|村|弄)[\u4e00-\u9fff\d\-]{0,12}?\d+号(?:[\d\-]+(?:楼|层|室|栋|座))*"
)
_HOUSE_NUMBER = re.compile(r"\d\d*号")
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
        text = _OFFICE_IN_BRACKETS.sub("", text)
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

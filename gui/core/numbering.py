"""Heading numbers at the start of a line: 第X编/篇, 第X章, 第X节, 第X条, decimal section
numbers (1 / 1.1 / 2.1.1), 一、, （一）, 1./1、, （1）, each with its rank (outermost first), and
what follows an article's number.

Ranks order the styles; ``gui.core.outline`` turns the ranks a document uses into levels.
"""

from __future__ import annotations

import re

from gui.core.patterns import LazyPattern

CN_NUM = "一二三四五六七八九十百千零〇两"
_NUM = rf"[{CN_NUM}\d]+"
#: Brackets that may open an article's own title right after its number.
_TITLE_OPEN = "【（(〔"


class _Unit:
    """``第N章``-style numbers: the regex, then a check that a space, the end of the line, a
    CJK character or the bracket of an article's own title follows. (In the regex, as
    ``(?=\\s|$|[\\u4e00-\\u9fff])``, that class costs ~1 ms to compile per pattern, while the
    app starts; see ``cleaning.is_han``.)"""

    def __init__(self, pattern: str, then: str = _TITLE_OPEN, han: bool = True, not_then: str = ""):
        self._re = re.compile(pattern)
        self._then = then
        self._han = han  # whether a Han character may follow the number
        self._not_then = re.compile(not_then) if not_then else None

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        m = self._re.match(text, pos)
        if m is None:
            return None
        end = m.end()
        if self._not_then is not None and self._not_then.match(text, end):
            return None
        if (
            end == len(text)
            or text[end].isspace()
            or (self._han and "\u4e00" <= text[end] <= "\u9fff")
            or text[end] in self._then  # 「第一条【立法目的】」, 「第三条（适用范围）」
        ):
            return m
        return None


RANK_ARTICLE = 13
# (rank, pattern); the pattern matches at the start of a line and its match is the number.
_NUMBERED: list[tuple[float, re.Pattern[str] | _Unit]] = [
    (10, _Unit(rf"第{_NUM}[编篇編]")),
    # A report's parts, which hold its chapters: 「第四部分：开源专题分析」, 「第一部分 总体要求」 —
    # a space, a colon or the line's end after the number (「第一部分主要介绍…」 is a sentence).
    (10.5, _Unit(rf"第{_NUM}部分", "：:、", han=False)),
    (11, _Unit(rf"第{_NUM}章")),
    (12, _Unit(rf"第{_NUM}[节節]")),
    # (Taiwan's law texts space an article's number: 「第　五　條　按捺單位應…」, padded with the
    # page's spaces to one width, 「第  十一 條」 under 「第　十　條」 (o42); an article put
    # in between two carries 之 and its rank, 「第十三條之一」, as 「第一百二十条之一」 in a PRC law,
    # or in figures where the article's number is in figures, 「第17條之1」.)
    # A sentence that cites an article (「第九十九条规定：“违反本法规定，…”」, 「第一百一十八条第一款
    # 规定：」, a reply quoting a law) is no article of the document's own.
    (
        RANK_ARTICLE,
        _Unit(
            rf"第(?:{_NUM}|[\u3000 \u00a0]{{1,3}}{_NUM}[\u3000 \u00a0]{{1,3}})[条條](?:之(?:[一二三四五六七八九十]{{1,3}}|\d{{1,3}}))?",
            not_then=rf"(?:第{_NUM}[款项項])*(?:规定|規定)",
        ),
    ),
    (20, re.compile(rf"[{CN_NUM}]+[、.．]")),
    (21, re.compile(rf"[（(][{CN_NUM}]+[）)]")),
    (22, re.compile(r"\d{1,3}(?:[、．]|\.(?!\d))")),
    (23, re.compile(r"[（(]\d{1,3}[）)]")),
]
_PATTERN_OF_RANK = dict(_NUMBERED)
#: The tiers numbered with figures (1. and （1）): a 公文's lower tiers.
ARABIC_RANKS = (22, 23)
#: Decimal section numbers, as standards (GB/T 1.1) and 应急预案 number their clauses: 「1 总则」,
#: 「1.1 编制目的」, 「2.1.1 指挥部」. Each depth is a style of its own, ranked by depth, between
#: the 第X条 articles and 一、.
RANK_DECIMAL = 14.0
RANK_BARE = RANK_DECIMAL + 0.1
_DECIMAL = re.compile(r"\d{1,2}(?:[.．]\d{1,2}){1,3}[.．]?(?=[ \t\u3000]|[\u4e00-\u9fff])")
#: A bare number and a space before a title (「1 总则」): a clause only where the document has
#: its sub-clauses too (``bare_section_parents``).
_BARE = re.compile(r"\d{1,2}[ \t\u3000]+(?=[\u4e00-\u9fff])")
#: What follows a number that counts something (「1.5亿元」, 「3 家企业」): a unit, not a title.
_UNIT_FIRST = set(
    "亿億万萬千百十元角个個家倍年月日时時号號度米吨噸户戶人次名件项項座所条條台辆輛套只批期届屆级級岁歲平公克斤升天周週成股倍分秒"
)
_ENUM_SCAN = re.compile(r"(?<=[；;，,。：:])\s*(?=\S)")
#: An article's own title right after its number, in brackets: 【立法目的】, （适用范围）; a
#: bracket may stand inside it (「第十五条（优秀历史建筑的修缮（装修）工程管理）」), and a title
#: that lists what it covers runs to 30 characters (「（历史风貌区、优秀历史建筑、不可移动文物的活化利用）」).
_ARTICLE_TITLE = LazyPattern(
    r"[ \t\u3000]*(?:【([^】。；;，,\n]{1,30})】"
    r"|[（(〔]((?:[^（(）)〔〕。；;，,\n]|[（(][^（(）)。；;，,\n]{1,10}[）)]){1,30})[）)〕])"
)
#: …but not an item number standing there (第五条（一）…).
_ARTICLE_ITEM = LazyPattern(rf"[{CN_NUM}\d]+")


def numbered(line: str) -> tuple[float, int] | None:
    """(rank, length of the number) when the line opens with a heading number."""
    decimal = _section_number(line)
    if decimal is not None:
        return decimal
    for rank, pattern in _NUMBERED:
        m = pattern.match(line)
        if m:
            return rank, m.end()
    return None


def _section_number(line: str) -> tuple[float, int] | None:
    """A decimal section number (「2.1.1 指挥部」, or a bare 「1 总则」) and its rank by depth."""
    if not line[:1].isdigit():
        return None
    m = _DECIMAL.match(line) or _BARE.match(line)
    if m is None:
        return None
    # 「1.5亿元」 counts; 「3.1.1 年龄…」 and 「3.1.2 所处行业」 do not: two dots make no quantity.
    if sum(1 for c in m[0] if c in ".．") < 2 and line[m.end() :].lstrip()[:1] in _UNIT_FIRST:
        return None
    depth = 1 + sum(1 for c in m[0] if c in ".．") - (m[0].rstrip()[-1] in ".．")
    if depth == 1 and m.re is _DECIMAL:
        return None
    return RANK_DECIMAL + depth / 10, m.end()


def bare_section_parents(lines: list[str]) -> set[str]:
    """The bare numbers a document's clauses allow: 1 to N+1 where its clauses run to N.x (a
    clause may have no sub-clauses: 「3 附则」 after 「2.2 …」). In a document without decimal
    clauses, or past them, a line opening 「3 家企业…」 or 「12 月…」 is a sentence."""
    last = 0
    for line in lines:
        m = _DECIMAL.match(line) if line[:1].isdigit() else None
        if m is not None:
            last = max(last, int(re.split(r"[.．]", m[0])[0]))
    return {str(n) for n in range(1, last + 2)} if last else set()


def is_inline_enumeration(line: str, rank: float, number_len: int) -> bool:
    """``一、…；二、…`` on one line lists items; it does not head a section."""
    if rank not in _PATTERN_OF_RANK:
        return False  # (decimal clause numbers are never run together on a line)
    pattern = _PATTERN_OF_RANK[rank]
    rest = line[number_len:]
    return any(pattern.match(rest, m.start()) for m in _ENUM_SCAN.finditer(rest))


def article_heading_end(line: str, number_len: int) -> int:
    """Where the heading of an article (``line`` opens with 第X条, ``number_len`` long) ends:
    after the number, or after the article's own short title in brackets when it has one
    (「第一条　【立法目的】」, 「第三条（适用范围）」). The article's text is never part of its
    heading, even on the same line: its first sentence is a provision
    (「为了规范…，制定本规定。」), not a headline, and articles are alike per tier, so
    「第十八条 本规定自2025年5月1日起施行。」 is headed 「第十八条」 too, as a legal-text viewer
    lists it."""
    m = _ARTICLE_TITLE.match(line, number_len)
    if m is not None and not _ARTICLE_ITEM.fullmatch(m.group(1) or m.group(2)):
        return m.end()
    return number_len


#: The name of a 编, 章 or 节 that the first article under it runs on from is this long at most
#: (「第一章 总则第一条（目的依据）…」: the scraper lost the line breaks between them).
_RUN_NAME_CHARS = 20
_RUN_NAME_MARKS = '，,。；;：:、《》“”"！？!?'


def chapter_article_cut(line: str) -> int | None:
    """Where the first article runs on from the 编, 章 or 节 heading that opens ``line``
    (「第一章 总则第一条（目的依据）根据…」 → before 「第一条」): a name of two to 20 characters
    with no punctuation, then a 第X条 number with the article's title in brackets or a space
    after it (「…第十条的规定」 cites an article). None where the line is not so."""
    number = numbered(line)
    if number is None or not 10 <= number[0] < RANK_ARTICLE or number[0] == 10.5:
        return None
    at = line.find("第", number[1] + 2, number[1] + _RUN_NAME_CHARS + 2)
    while at >= 0:
        name = line[number[1] : at].strip()
        if len(name) < 2 or any(c in _RUN_NAME_MARKS for c in name):
            return None
        article = _PATTERN_OF_RANK[RANK_ARTICLE].match(line, at)
        if article is not None and (
            article.end() == len(line)
            or line[article.end()].isspace()
            or article_heading_end(line, article.end()) > article.end()
        ):
            return at  # (a title in brackets or a space after it: an article, not a citation)
        at = line.find("第", at + 1, number[1] + _RUN_NAME_CHARS + 2)
    return None


def colon_lead_end(line: str, after: int) -> int | None:
    """End of a numbered line's headline closed by its first ： (no sentence end before it),
    else None. Its length is not limited: the tier decides (``decide_colon_leads``). Two
    characters are enough: a decision set out in numbered fields heads a part with 「八、事實：」
    and runs its text on (the colon leads are looked for in that genre only)."""
    depth = 0
    for i in range(after, len(line)):
        c = line[i]
        if c in "。！？!?；;":
            return None
        if c in "（(【[":
            depth += 1
        elif c in "）)】]":
            depth -= 1
        elif c in "：:":
            if depth > 0:
                return None  # 「…假本市歸仁區公所3樓禮堂舉行（地址：…）」: a sentence's aside
            return i + 1 if i - after >= 2 else None
    return None


#: A step's label never ends in a field's key nor holds a figure (「公開展覽時間：」, 「2016年10月：」).
_STEP_FIELD_END = ("时间", "時間", "地点", "地點", "期限", "方式", "对象", "對象", "范围", "範圍")
_STEP_NOT_LABEL = '0123456789０１２３４５６７８９、，,“”"《》'
#: A step's label is this long at least: a four-character phrase (a 方案's scenes, 「1.简政提效：」),
#: not a two-character key (「时间：」).
_STEP_LABEL_MIN = 4


def step_colon_end(line: str, after: int) -> int | None:
    """End of a numbered step's label closed by ：, in a document not set out in labelled
    parts: a plan's 「（1）开展前期方案研究：研究单位收集相关资料…。」 — a label of five to 24
    characters with no figure, list mark or quotation (not a field's key: 「一、公開展覽時間：」),
    then a sentence of twenty characters or more that ends the line and does not define the
    label (「1、利润总额：指…」). The tier decides as for ``colon_lead_end``."""
    end = colon_lead_end(line, after)
    if end is None or line[-1] not in "。；;":
        return None
    label, text = line[after : end - 1], line[end:]
    if not _STEP_LABEL_MIN <= len(label) <= 24 or any(c in _STEP_NOT_LABEL for c in label):
        return None
    if label.endswith(_STEP_FIELD_END) or len(text) < 20 or text[0] in "指即是为為系係":
        return None
    return end

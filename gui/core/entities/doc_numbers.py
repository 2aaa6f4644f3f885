"""Document numbers (发文字号) as DOC, second edition of the annotation guideline: 国发〔2019〕5号,
国务院令第722号; run on the Simplified pivot by :func:`rules.titles_and_terms`.
"""

from __future__ import annotations

import re
from functools import cache

Span = tuple[int, int, str]

# Document numbers (发文字号, GB/T 9704-2012): the issuer's abbreviation, the year in 〔〕 (often
# typed as [], ［］, （）, 【】 or ﹝﹞) and a serial number: 国发〔2019〕5号, 财税〔2018〕55号. Decrees
# are numbered 令第N号: 国务院令第722号. The abbreviation is a short run of ideographs; a verb or
# preposition before it (根据, 贯彻, 印发) is cut off like the left edge of an organisation name.
# Taiwan numbers a letter by its issuer's abbreviation, 字 and a serial of the Minguo year and
# a sequence: 府都规字第1151240479A号, 台内国字第1150809101号. Letters of the Minguo 80s and 90s
# write that serial digit by digit in Chinese numerals, zero as ○ (内授中民字第○九六○○三四六○八号,
# 台内民字第五八六七六七号): a run of digit characters, no 十 or 百, is a serial too.
_DOC_NUMBER = re.compile(
    r"(?=[〔\[［【（(﹝令字])(?:"
    r"(?P<bracket>[〔\[［【（(﹝])(?:19|20)\d{2}[〕\]］】）)﹞]\s?第?\d{1,5} ?号"
    r"|令第?[\d一二三四五六七八九十百零〇]{1,6}号"
    r"|字第(?:\d{5,12}[A-Za-z]?|[○〇零一二三四五六七八九]{5,12})号"
    r")"
)
_NUMBER_ISSUER = re.compile(r"[\u4e00-\u9fff]{1,16}$")
_CHINESE_DATE_END = re.compile(r"[〇○零一二三四五六七八九十]日(?!.*[〇○零一二三四五六七八九十]日)")
# Round brackets also hold case numbers and years in prose: there the issuer must end the way
# document issuers do (国发, 国办函, 京政字, 甘政办规).
_ISSUER_ENDS = tuple("发函字办规文电复批通告综")


@cache
def _issuer_stops() -> re.Pattern[str]:
    from gui.core.entities.gazetteer import trie_pattern
    from gui.core.entities.lexicon import LEFT_STOPS

    return re.compile(trie_pattern(LEFT_STOPS | {"文件", "通知", "意见", "号", "令"}))


def _in_republic(name: str, stop: re.Match[str]) -> bool:
    return stop.group() == "和" and name[stop.start() - 1 : stop.end() + 1] == "共和国"


# A ministry named by two remits joined by 和 (国家林业和草原局, 人力资源和社会保障部): the
# 和 joins remits, not bodies, when the words before it are no body (商务部和海关总署 are two).
_BODY_ENDS = tuple("部局署委院会厅办司府")


def _joins_remits(name: str, stop: re.Match[str], previous: int) -> bool:
    remit = name[previous : stop.start()]
    return stop.group() == "和" and len(remit) >= 2 and not remit.endswith(_BODY_ENDS)


def document_numbers(pivot: str) -> list[Span]:
    """DOC spans for document numbers: 国发〔2019〕5号, 国务院令第722号 (second edition)."""
    spans = []
    for m in _DOC_NUMBER.finditer(pivot):
        issuer = _NUMBER_ISSUER.search(pivot, max(0, m.start() - 16), m.start())
        if not issuer:
            continue
        name = issuer.group()
        # 和 in 共和国 is no conjunction (中华人民共和国国家发展计划委员会令第8号).
        # 规范 in an issuer marks a normative document (沪住建规范联〔2023〕14号), no verb.
        stops: list[re.Match[str]] = []
        for st in _issuer_stops().finditer(name):
            previous = stops[-1].end() if stops else 0
            if _in_republic(name, st) or st.group() == "规范" or _joins_remits(name, st, previous):
                continue
            stops.append(st)
        # A verb that ends a remit right before the body's head (城乡建设|部) is the remit's word.
        while stops and len(name) - stops[-1].end() == 1 and name.endswith(_BODY_ENDS):
            stops.pop()
        if stops:
            name = name[stops[-1].end() :]
        # A date's last character before the issuer (2012年12月29日原…总局令) is no part of it,
        # nor is 原 "former" before a body since merged away (原国家质量监督检验检疫总局令第150号).
        if (
            name[:1] in "年月日"
            and pivot[m.start() - len(name) - 1 : m.start() - len(name)].isdigit()
        ):
            name = name[1:]
        # … and a date in Chinese numerals (六十三年四月三十日台内民字…) ends right before it.
        date = _CHINESE_DATE_END.search(name)
        if date:
            name = name[date.end() :]
        if name.startswith("原") and not name.startswith("原子"):
            name = name[1:]
        bracket = m.group("bracket")
        # A decree names its issuer in full (国家市场监督管理总局令第56号); a 文号 abbreviates it.
        if not 1 <= len(name) <= (16 if bracket is None else 8):
            continue
        if bracket is None and len(name) < 2:  # 令第3号 needs its issuer (国务院令)
            continue
        if bracket in ("（", "(", "【") and not name.endswith(_ISSUER_ENDS):
            continue
        spans.append((m.start() - len(name), m.end(), "DOC"))
    return spans

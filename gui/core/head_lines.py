"""The forms of a document's head and tail lines that ``gui.core.header`` reads: a 公文's
发文字号, 成文日期, 版头 and title (GB/T 9704-2012), a work report's occasion line, a 版记's
distribution line, and the genre words a title ends with."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from gui.core.document import HeaderField
from gui.core.patterns import HAN, ORG_END, LazyPattern

#: A 发文字号 from its bracket on: the year in 〔〕 (or look-alike brackets) and the number.
_NUMBER_TAIL = r"[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*第?\s*\d{1,4}\s*[号號]"
#: The most characters of the issuer's short code before the bracket.
_CODE_MAX = 12
#: 发文字号: the issuer's short code, the year in 〔〕 (or look-alike brackets) and the number.
DOC_NUMBER = LazyPattern(rf"{HAN}{{1,{_CODE_MAX}}}\s*{_NUMBER_TAIL}")
_TAIL = LazyPattern(_NUMBER_TAIL)
#: What stands before a 文号's code in a head run into one line (its line breaks lost): the 版头's
#: 「…文件」 (GB/T 9704-2012 7.2.2), or a telegram's class 「特急·明电」 over its 文号 (a code may
#: end in 明电 itself, 「鲁政办发明电」: a 明电 counts as the lead only with a code after it).
_CODE_LEAD = LazyPattern(r".*文\s*件|.*?明电(?=\S{2})")


def doc_numbers(text: str) -> Iterator[re.Match[str]]:
    """``DOC_NUMBER.finditer(text)``, the same matches, tried only before each bracketed year.

    The pattern opens with a run of word characters, so the engine tries it at each one of a
    line, running up to 12 characters ahead every time: half a second on a 10 MB report run
    into one line. Here the bracket-and-year tail is found first (a scan that skips to the
    brackets); a 文号 holding it starts at most 12 characters (and the spaces) before it, and
    no later than the end of the previous one. (No two tails overlap: none holds an opening
    bracket after its first character.) A line without 号 or 號 holds no tail: neither
    pattern is compiled for it (a report with no 文号 in its head, at start-up)."""
    if "号" not in text and "號" not in text:
        return
    pos = 0
    search = DOC_NUMBER.compiled.search
    for tail in _TAIL.compiled.finditer(text):
        code_end = tail.start()
        while code_end > pos and text[code_end - 1].isspace():  # (``\s`` is ``str.isspace``)
            code_end -= 1
        m = search(text, max(pos, code_end - _CODE_MAX), tail.end())
        if m is not None:
            yield m
            pos = m.end()


def past_code_lead(text: str, m: re.Match[str]) -> re.Match[str]:
    """The 文号 ``m`` found in ``text`` without the 版头 or telegram class a head run into one
    line puts before its code (「…领导组文件鲁扶贫组字〔2021〕1号」 → 「鲁扶贫组字〔2021〕1号」)."""
    lead = _CODE_LEAD.compiled.match(m[0])
    if lead is None:
        return m
    return DOC_NUMBER.compiled.match(text, m.start() + lead.end(), m.end()) or m


# (a year in Chinese numerals may be typed with the figure 0 for 〇: 「二00五年六月十六日」)
DATE_TEXT = r"(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九][〇○零0一二三四五六七八九]{3})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日"
DATE = LazyPattern(DATE_TEXT)
DATE_LINE = LazyPattern(rf"(?P<signer>[^，。；：,;:]{{0,40}}?)\s*(?P<date>{DATE_TEXT})")
#: The 版头 「XX文件」: a body's name, never a title's 关于 (a title wrapped after its 文件:
#: 「国务院办公厅关于全面推行行政规范性文件」 / 「合法性审核机制的指导意见」).
ISSUER_BANNER = LazyPattern(r"(?P<issuer>(?:(?!关于|關於).){2,40}?)\s*文\s*件")
#: The title's 「XX关于」; a title that relays another body's document names its issuer before
#: the verb (「国务院办公厅转发国家教委关于…的通知」: 国务院办公厅), and so does one that issues a
#: document by its verb alone (「上海市人民政府办公厅印发关于…实施意见的通知」, 「…办公厅印发《…》的通知」).
#: A title that opens with its 关于 names no issuer (「关于印发《…》的通知」: 关于 is no body).
TITLE_ISSUER = LazyPattern(
    r"(?!关于|關於)(?P<issuer>.{2,40}?)(?:(?:转发|批转|轉發|批轉|印发|印發)(?:(?!关于|關於).){0,40}?)?"
    r"(?:关于|關於|(?<=印发|印發)(?=《))"
)
#: A reply's 「XX对…的答复」: the body answering a proposal or a suggestion opens its title with
#: its name and 对 (「国务院办公厅对全国政协十届四次会议第4626号提案的答复」). 对 also opens words
#: (对外, 对口), so the title's name counts only where the signature names the same body.
TITLE_ISSUER_TO = LazyPattern(r"(?P<issuer>.{2,40}?)(?:对|對)")
#: The verbs of a title that relays another body's document.
RELAY = LazyPattern(r"转发|批转|印发|轉發|批轉|印發")
#: HTML entities a page left undecoded after a line's text (「国务院办公厅 &bsp;」, &nbsp;, &#160;).
_ENTITY_TAIL = re.compile(r"(?:\s*&#?[A-Za-z0-9]{2,8};)+\s*$")


def without_entities(text: str) -> str:
    """``text`` without the undecoded HTML entities after it."""
    return _ENTITY_TAIL.sub("", text) if text.endswith(";") else text


def same_body(name: str, other: str) -> bool:
    """Whether two names of a body agree: the same without spaces, or one of them the other
    with its place left out (「市住房和城市更新局」 in a title, 「武汉市住房和城市更新局」 signing)."""
    a, b = sorted((re.sub(r"\s+", "", name), re.sub(r"\s+", "", other)), key=len)
    return len(a) >= 2 and b.endswith(a)


DASHES = "—－─-"
SUBTITLE = LazyPattern(r"[—－─-]{1,2}\s*\S")
# A work report's title, occasion and speaker run together on one line (a scrape that lost
# the line breaks): 政府工作报告——2024年3月5日在…会议上国务院总理 李强.
TITLE_WITH_OCCASION = LazyPattern(
    r"(?P<title>[^—－]{2,40}?)\s*(?P<subtitle>[—－]{1,2}\s*(?P<occasion>[^—－]{4,80}?"
    r"(?:会议|會議|大会|大會|会|會)上))\s*(?P<speaker>.*)"
)
# The occasion line without the dash, in brackets or followed by the speaker:
# 「（2026年1月27日在贵州省第十四届人民代表大会第四次会议上）」,
# 「2026年1月27日在陕西省第十四届人民代表大会第四次会议上 陕西省省长 赵刚」.
OCCASION_LINE = LazyPattern(
    rf"[（(]?\s*(?P<occasion>(?P<date>{DATE_TEXT})\s*在[^（）()]{{4,60}}?(?:会议|會議|大会|大會)上)"
    r"\s*[）)]?(?:\s+(?P<speaker>\S{2,24}\s+\S{2,4}))?"
)
ANNEX_NOTE = LazyPattern(r"附\s*件\s*[:：]")
DISTRIBUTION = LazyPattern(r"(?:抄\s*送|印\s*发|印\s*發|分\s*送)\s*[:：]|\S.*印\s*[发發]\s*$")
GENRE_WORDS = (
    "通知|意见|意見|决定|決定|办法|辦法|规定|規定|方案|通报|通報|报告|報告|公报|公報|批复|批覆|"
    "函|纪要|紀要|细则|細則|规划|規劃|条例|條例|公告|通告|决议|決議|指引|措施|计划|計劃|要点|要點|"
    "指南|标准|標準|规则|規則|章程|命令|令"
)
TITLE_END = LazyPattern(rf"(?:{GENRE_WORDS})\s*[)）]?$")
WRAP_CONNECTIVE = "和与及的暨、或并于对在为向关将把与以"
SENTENCE_END = "。！？!?；;：:，,"
#: Press releases carry long titles (a headline and a quote): up to this many characters.
MAX_TITLE_CHARS = 100
#: A 命令's banner and 令号 (GB/T 9704-2012, 10.3): 「中华人民共和国国务院令」 over 「第707号」; a
#: ministry's 令 numbers within the year (「2019年第1号」), a 主席令 in Chinese numerals.
ORDER_BANNER = LazyPattern(rf"(?P<issuer>{HAN}{{2,30}}?)\s*令")
ORDER_NUMBER = LazyPattern(
    r"(?:(?:19|20)\d{2}\s*年\s*)?第\s*[\d一二三四五六七八九十百〇零]{1,6}\s*[号號]"
)


@dataclass
class HeadLine:
    """One non-blank line of the text: its line number, offset and stripped text."""

    index: int
    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def field_of(ln: HeadLine, m: re.Match[str], group: str | int = 0) -> HeaderField:
    """A header element: the stripped text of ``m``'s ``group`` on ``ln``, with its offsets."""
    value = m[group].strip()
    offset = ln.text.find(value, m.start(group))
    return HeaderField(value, ln.start + offset, ln.start + offset + len(value))


def looks_numbered(line: str) -> bool:
    """Whether ``line`` opens with a heading number (一、, （一）, 1. …): the outline's own test
    (``numbering.numbered``), read here so the header needs no outline."""
    from gui.core.numbering import numbered

    return numbered(line.strip()) is not None


#: One body's name standing alone on a line of a 版头: Han characters (letter-spaced or not)
#: ending as a body's name does (办公厅, 委员会, 局, 部 …), never a title's 关于.
_BANNER_NAME = LazyPattern(rf"(?:{HAN}\s*){{2,30}}")


def banner_lines(head: list[HeadLine], number_at: int) -> list[int]:
    """The 版头 over a printed 公文's 发文字号 (GB/T 9704-2012 7.2.2): the 发文机关标志 — the
    issuer's name with 「文件」 after it, or the name alone — and, for joint issuers, one name a
    line (「发展改革委办公厅  文件」 / 「税务总局办公厅」), 「文件」 beside one of them or on a line of
    its own. Returns the positions in ``head`` of the run of such lines just above the number
    when it holds a 「文件」, or when it is all that stands above the number and a title ending
    in its genre word follows the number; else nothing."""
    run: list[int] = []
    marked = False
    for i in range(number_at - 1, -1, -1):
        text = head[i].text
        banner = ISSUER_BANNER.fullmatch(text)
        if banner is not None or re.fullmatch(r"文\s*件", text):
            marked = True
        elif not (
            _BANNER_NAME.fullmatch(text)
            and ORG_END.search(text)
            and "关于" not in text
            and "關於" not in text
        ):
            break
        run.insert(0, i)
    if not run or all(re.fullmatch(r"文\s*件", head[i].text) for i in run):
        return []
    if marked:
        return run
    after = head[number_at + 1].text if number_at + 1 < len(head) else ""
    return run if run[0] == 0 and TITLE_END.search(after) else []


def banner_issuer(head: list[HeadLine], run: list[int]) -> HeaderField:
    """The issuer(s) a 版头 names, joint ones set apart by a space, 「文件」 left out; the span
    runs from the first name to the end of the last."""
    names: list[tuple[int, str]] = []
    for i in run:
        ln = head[i]
        m = ISSUER_BANNER.fullmatch(ln.text)
        value = (m["issuer"] if m is not None else ln.text).strip()
        if value and not re.fullmatch(r"文\s*件", value):
            names.append((ln.start + ln.text.find(value), value))
    start, end = names[0][0], names[-1][0] + len(names[-1][1])
    return HeaderField(" ".join(v for _, v in names), start, end)

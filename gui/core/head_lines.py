"""The forms of a document's head and tail lines that ``gui.core.header`` reads: a 公文's
发文字号, 成文日期, 版头 and title (GB/T 9704-2012), a work report's occasion line, a 版记's
distribution line, and the genre words a title ends with."""

from __future__ import annotations

import re
from dataclasses import dataclass

from gui.core.document import HeaderField
from gui.core.patterns import HAN, LazyPattern

#: 发文字号: the issuer's short code, the year in 〔〕 (or look-alike brackets) and the number.
DOC_NUMBER = LazyPattern(
    rf"{HAN}{{1,12}}\s*[〔\[［【(（]\s*(?:19|20)\d{{2}}\s*[〕\]］】)）]\s*第?\s*\d{{1,4}}\s*[号號]"
)
DATE_TEXT = r"(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日"
DATE = LazyPattern(DATE_TEXT)
DATE_LINE = LazyPattern(rf"(?P<signer>[^，。；：,;:]{{0,40}}?)\s*(?P<date>{DATE_TEXT})")
#: The 版头 「XX文件」: a body's name, never a title's 关于 (a title wrapped after its 文件:
#: 「国务院办公厅关于全面推行行政规范性文件」 / 「合法性审核机制的指导意见」).
ISSUER_BANNER = LazyPattern(r"(?P<issuer>(?:(?!关于|關於).){2,40}?)\s*文\s*件")
#: The title's 「XX关于」; a title that relays another body's document names its issuer before
#: the verb (「国务院办公厅转发国家教委关于…的通知」: 国务院办公厅).
TITLE_ISSUER = LazyPattern(
    r"(?P<issuer>.{2,40}?)(?:(?:转发|批转|轉發|批轉)(?:(?!关于|關於).){2,40}?)?(?:关于|關於)"
)
#: The verbs of a title that relays another body's document.
RELAY = LazyPattern(r"转发|批转|印发|轉發|批轉|印發")
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
    """Whether ``line`` opens with a heading number (一、, （一）, 1. …)."""
    from gui.core.outline import is_numbered_heading

    return is_numbered_heading(line)

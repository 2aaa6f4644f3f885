"""Heading numbers at the start of a line: 第X编/篇, 第X章, 第X节, 第X条, 一、, （一）, 1./1、,
（1）, each with its rank (outermost first), and what follows an article's number.

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

    def __init__(self, pattern: str):
        self._re = re.compile(pattern)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        m = self._re.match(text, pos)
        if m is None:
            return None
        end = m.end()
        if (
            end == len(text)
            or text[end].isspace()
            or "\u4e00" <= text[end] <= "\u9fff"
            or text[end] in _TITLE_OPEN  # 「第一条【立法目的】」, 「第三条（适用范围）」
        ):
            return m
        return None


RANK_ARTICLE = 13
# (rank, pattern); the pattern matches at the start of a line and its match is the number.
_NUMBERED: list[tuple[float, re.Pattern[str] | _Unit]] = [
    (10, _Unit(rf"第{_NUM}[编篇編]")),
    (11, _Unit(rf"第{_NUM}章")),
    (12, _Unit(rf"第{_NUM}[节節]")),
    (RANK_ARTICLE, _Unit(rf"第{_NUM}[条條]")),
    (20, re.compile(rf"[{CN_NUM}]+[、.．]")),
    (21, re.compile(rf"[（(][{CN_NUM}]+[）)]")),
    (22, re.compile(r"\d{1,3}(?:[、．]|\.(?!\d))")),
    (23, re.compile(r"[（(]\d{1,3}[）)]")),
]
_PATTERN_OF_RANK = dict(_NUMBERED)
_ENUM_SCAN = re.compile(r"(?<=[；;，,。：:])\s*(?=\S)")
#: An article's own title right after its number, in brackets: 【立法目的】, （适用范围）.
_ARTICLE_TITLE = LazyPattern(
    r"[ \t\u3000]*(?:【([^】。；;，,\n]{1,20})】|[（(〔]([^）)〕。；;，,\n]{1,20})[）)〕])"
)
#: …but not an item number standing there (第五条（一）…).
_ARTICLE_ITEM = LazyPattern(rf"[{CN_NUM}\d]+")


def numbered(line: str) -> tuple[float, int] | None:
    """(rank, length of the number) when the line opens with a heading number."""
    for rank, pattern in _NUMBERED:
        m = pattern.match(line)
        if m:
            return rank, m.end()
    return None


def is_inline_enumeration(line: str, rank: float, number_len: int) -> bool:
    """``一、…；二、…`` on one line lists items; it does not head a section."""
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


def colon_lead_end(line: str, after: int) -> int | None:
    """End of a numbered line's headline closed by its first ： (no sentence end before it),
    else None. Its length is not limited: the tier decides (``decide_colon_leads``). Two
    characters are enough: a decision set out in numbered fields heads a part with 「八、事實：」
    and runs its text on (the colon leads are looked for in that genre only)."""
    for i in range(after, len(line)):
        c = line[i]
        if c in "。！？!?；;":
            return None
        if c in "：:":
            return i + 1 if i - after >= 2 else None
    return None

"""A headline's parts set on lines of their own (round 21).

A news or press headline is often two or more clauses set apart by a space (「先導計畫結束　智障
人士補牙無路」, 「海尔产业园区本月开建 年内启动LED工业项目」, 「總統出席「大陸臺商春節活動」　強調…」).
A page that sets its 主题 and 副题 on lines of their own, or a copy that breaks the title block at
that space, leaves the first clause alone on the first line and the rest under it, where a
deck (副题) or the first subhead would stand. What tells the two apart here is the layout
around them, not the words:

- the two lines stand one right under the other (no blank line, no furniture between:
  ``header_titles`` checks this);
- the second line has a headline's form: short, no sentence inside it, at most one ？ or ！ at
  its end; no date, no document number, no field or credit, no body's name alone, no number
  of a heading, no tag of a feed's item (「[视频]」), no deck naming an official's act
  (``front_lines.is_act_deck``);
- a paragraph comes next (a sentence's end, or a line longer than a headline's part), or a
  line the header reads (an act deck, a dateline or a date line): a stack of short lines is a
  title over its headings (a notes page's 「制度與公開資料」 / 「政務委員制度背景與公開資料」);
- the first line does not already hold the headline's parts while the second holds one (a
  headline with its space over its deck: 「奥的斯工厂货物积压到人行道 北京交委暂停采购」 /
  「奥的斯销售订单疑遭重挫」);
- the first line is no whole headline of clauses (a ， in it: 「移工下樓倒垃圾卻遭員警上銬又丟包，
  三重分局查辦確認執法過當並道歉」) and neither line is a document's name (a genre word at its
  end: 「2026年天津市政府工作报告」, 「明码标价和禁止价格欺诈规定」);
- the second does not name the first's topic again: a heading under a chapter's title narrows
  its topic and repeats its term (「机密计算简介与现状」 / 「数据安全与机密计算」, 「交通管制措施」 /
  「西門展區交通管制」), where a headline's second part says a second thing (the act and its
  purpose, the event and what follows: 「海尔产业园区本月开建」 / 「年内启动LED工业项目」).

``gui.core.header_titles.find_title_lines`` calls ``split_headline``; the title reads as the
one line it was, its parts set apart by a space (``header_titles.headline_of_parts``).

The ambiguity is real: a page's first subhead (or a deck) right under a one-part title has the
same form, and ``benchmarks/stress_titles.py``'s ``heading-under-title`` form counts how often
one is taken (docs/history/outline-log.md, round 21).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gui.core.front_lines import is_act_deck
from gui.core.head_lines import (
    DATE,
    DOC_NUMBER,
    MAX_TITLE_CHARS,
    OCCASION_LINE,
    SUBTITLE,
    TITLE_END,
)
from gui.core.numbering import numbered
from gui.core.patterns import ORG_END, LazyPattern

#: Either part of a headline set on two lines is at most this long (a part, not a paragraph).
MAX_PART_CHARS = 50
#: A part has at least this many characters (「15 日」 of 「…被行政拘留 15 日」, 「兩份報告」);
#: a shorter line is a name or a label (「緣起」, 「前言」, 「李强」).
MIN_PART_CHARS = 4
#: Marks no headline's part holds inside it.
_INSIDE = re.compile(r"[。；;]")
#: What a headline's part never ends with (a clause goes on; a field's label).
_OPEN_END = "，,、：:；;。"
#: A date in figures (「2015-07-21 17:36:12」, 「2025/12/3」): a page's date line, no part.
_FIGURE_DATE = re.compile(r"(?:19|20)\d{2}[-/.年]\s*\d{1,2}[-/.月]\s*\d{1,2}")
#: A feed's item opens with its kind in brackets (「[视频]」, 「【新思想引领新征程】…」 after it).
_ITEM_TAG = re.compile(r"[\[［【]")
#: A body's name alone on a line (a signer or an issuer under a cover's title): 「臺北市政府」.
_BODY_NAME = LazyPattern(r"\S{2,12}")
#: A headline's parts: two runs of text set apart by white space beside a Chinese character
#: (not the space inside a Latin name, 「AIPXA LAND」).
_PARTS = re.compile(r"\S{2}(?:(?<=[^\x00-\x7f])\s+\S|\s+(?=[^\x00-\x7f]))\S")
#: A line longer than this is a paragraph (or a piece of one), not a headline's part.
_PARAGRAPH_CHARS = MAX_PART_CHARS
#: Characters of a term both lines name that make the second a heading under the first.
_TERM_CHARS = 4
_HAN_RUN = LazyPattern(r"[\u4e00-\u9fff]{4,}")


def _is_part(text: str) -> bool:
    """Whether ``text`` has the form of a headline's part (the second of two lines)."""
    if not (MIN_PART_CHARS <= len(text) <= MAX_PART_CHARS) or text[-1] in _OPEN_END:
        return False
    body = text[:-1] if text[-1] in "？?！!" else text
    if _INSIDE.search(body) or any(c in body for c in "？?，,"):
        return False
    if numbered(text) is not None or _ITEM_TAG.match(text) or SUBTITLE.match(text):
        return False
    if DATE.search(text) or _FIGURE_DATE.search(text) or DOC_NUMBER.search(text):
        return False
    if OCCASION_LINE.match(text) or is_act_deck(text):
        return False
    return not (_BODY_NAME.fullmatch(text) and ORG_END.search(text))


def _ends_a_sentence(text: str) -> bool:
    return text[-1:] in "。！？!?" or text.endswith(("。」", "。”", "！」", "？」"))


def _shares_term(first: str, second: str) -> bool:
    """Whether the two lines name the same term: a run of ``_TERM_CHARS`` Chinese characters."""
    for run in _HAN_RUN.finditer(second):
        word = run[0]
        if any(word[i : i + _TERM_CHARS] in first for i in range(len(word) - _TERM_CHARS + 1)):
            return True
    return False


def split_headline(texts: Sequence[str]) -> bool:
    """Whether the first two of ``texts`` (a document's first content lines, furniture left
    out; three are looked at) are one headline set on two lines at the space between its
    parts."""
    if len(texts) < 3:
        return False
    first, second, third = texts[0], texts[1], texts[2]
    if not (MIN_PART_CHARS <= len(first) <= MAX_TITLE_CHARS) or first[-1] in _OPEN_END:
        return False
    if _INSIDE.search(first) or len(first) + len(second) > MAX_TITLE_CHARS:
        return False
    if any(c in first for c in "，,") or TITLE_END.search(first) or TITLE_END.search(second):
        return False  # a headline of clauses, or a document's name, is whole on its line
    if numbered(first) is not None or not _is_part(second):
        return False
    if _PARTS.search(first) and not _PARTS.search(second):
        return False  # a headline with its parts over its deck
    paragraph = _ends_a_sentence(third) or len(third) > _PARAGRAPH_CHARS
    # (A deck naming the act, a date line or a feed's first item may stand under the title.)
    header_line = is_act_deck(third) or bool(DATE.search(third) or _FIGURE_DATE.search(third))
    if not (paragraph or header_line or _ITEM_TAG.match(third)):
        return False
    return not _shares_term(first, second)

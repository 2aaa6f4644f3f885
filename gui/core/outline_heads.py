"""The heading a numbered line carries (``gui.core.outline``), and the outline's line and
heading records.

A numbered line that is one sentence heads a section whatever its length; a numbered paragraph
is headed by its first sentence when that sentence is a headline (up to 30 characters after the
number, or up to 80 where its siblings are headings: ``outline_lists.decide_long_leads``); an
article is headed by its number (and its own title in brackets); ``一、…；二、…`` on one line is
an inline enumeration, no heading (docs/outline.md, *Sections*).
"""

from __future__ import annotations

from dataclasses import dataclass

from gui.core.numbering import (
    ARABIC_RANKS,
    RANK_ARTICLE,
    article_heading_end,
    colon_lead_end,
    is_inline_enumeration,
    step_colon_end,
)
from gui.core.patterns import LazyPattern
from gui.core.sentence_openers import opener_title_end

SENTENCE_END = "。！？!?"
MAX_HEADING_CHARS = 40
#: A numbered paragraph's first sentence heads it when it is a headline this short (after the
#: number): 「（一）大力推进现代化产业体系建设，加快发展新质生产力。」 does, a content sentence such
#: as 「一、日军遗弃化学武器是历史遗留问题，敏感性、专业性较强，情况复杂。」 does not.
MAX_NUMBERED_LEAD_CHARS = 30
MAX_LONG_LEAD_CHARS = 80
#: A title restated by its text's first words is at most this long (with its number).
MAX_RESTATED_TITLE = 20
_NOT_TITLE = '0123456789０１２３４５６７８９，,。；;：:、！？!?（）()“”"《》 \u3000'
#: A 公文's part title run into its text with no mark between (a scraper that dropped the line
#: break: 「一、指导思想坚持以人民为中心…」, 「（三）资金保障镇级政府应当…」): a Chinese item number, at
#: most four characters and a word that names a part of the genre's plan (思想, 原则, 范围,
#: 保障, 步骤 …), then a sentence — never the same phrase going on (和, 及, 、, 的, a bracket …),
#: nor a headline sentence with a preposition or a negation (「（二）为保障人民群众…」,
#: 「(一)未對合約內容妥適性…」), nor the document naming itself (「（六）本措施中的补贴政策与…只可享受
#: 一项」: a provision, round o43), nor the subject of a sentence whose verb follows (应, 可, 须, 是 …:
#: 「一、建设单位应严格落实…」, a provision). Round 26.
#: The text after a run-in part title is a clause this long at least before its first mark.
MIN_RUN_ON_CLAUSE = 4
_CLAUSE_END = "，,。；;：:！？!?"
_CHINESE_NUMBER = LazyPattern(r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]")
_PART_TITLE = LazyPattern(
    rf"(?:{_CHINESE_NUMBER.pattern})(?!本)"
    r"(?:(?![为為对對以在把将將按由未不没無无])[^\s\d，,。；;：:、（）()“”\"《》]){1,4}?"
    r"(?:思想|原则|原則|目标|目標|范围|範圍|流程|机制|機制|保障|步骤|步驟|情况|情況|意见|意見"
    r"|安排|规则|規則|方式|对象|對象|条件|條件|要求|分工|日期|职能|職能|单位|單位|内容|內容"
    r"|措施|依据|依據|期限|背景|任务|任務|职责|職責|程序|标准|標準)"
    r"(?=[^\s，,。；;：:、的之和与與及或等（()）)”应應可须須要必是将將已均])"
)
#: A 政府工作报告's part title run into its text: 一、 with the year or the plan's period and a
#: closing word of the genre's parts (「一、2025年和“十四五”时期工作回顾过去一年…」, 「三、2024年政府
#: 工作任务党中央…」). Round 26.
_REPORT_PART = LazyPattern(
    r"[一二三四五六七八九十]+、(?=\d{4}年|“)[^\s，,。；;：:、！？!?（）()]{2,24}?"
    r"(?:工作回顾|工作回顧|发展回顾|發展回顧|发展成就|發展成就|政策取向|工作任务|工作任務)"
    r"(?=[^\s，,。；;：:、的之和与與及或等（()）)”])"
)


@dataclass
class Line:
    index: int
    start: int
    end: int  # without the newline
    text: str  # stripped of surrounding white space
    offset: int  # where ``text`` starts


@dataclass
class Heading:
    line: Line
    rank: float
    heading_start: int
    heading_end: int
    text: str | None = None  # the outline's text, when not the span's own (two paragraphs)


def numbered_lead_end(line: str, after: int, limit: int = MAX_NUMBERED_LEAD_CHARS) -> int | None:
    """End of a numbered paragraph's first sentence when more text follows: the number
    makes it a heading whatever its length or commas (（一）大力推进…，加快发展新质生产力。…)."""
    for i in range(after, min(len(line), after + limit)):
        c = line[i]
        if c in "；;：:":
            return None
        if c in SENTENCE_END:
            if c == "。" and i + 1 < len(line) and i - after >= 2:
                if _SOURCE_NOTE.compiled.fullmatch(line, i + 1):
                    return None  # one item and its source, no text under a lead
                return i + 1
            return None
    return None


#: A source note closing a numbered item, no body text (round o32: a 新闻联播 digest's last item
#: 「18.【大美中国】世界文化遗产。（《新闻联播》 20221103 19:00）」): a work in 《》 or a wire
#: dateline's 电 in brackets.
_SOURCE_NOTE = LazyPattern(
    r"\s*[（(](?:[^（）()]{0,20}《[^》]{1,20}》|[^（）()]{2,20}电)[^（）()]{0,30}[）)]\s*"
)


#: A reply's point that states a position on what it was asked (a 批复's 「一、原则同意《鹰潭港总体
#: 规划》（以下简称《规划》）。…」, 「二、同意北京市制定的…」): a statement of a list, never a
#: headline (docs/gold-outline.md rule 3, `gw-cn-liaoning-reply-2004`'s positions). Round o43.
_POSITION = LazyPattern(r"\s*(?:原则|原則)?同意")


def numbered_heading(
    ln: Line, rank: float, number_len: int, colon_leads: bool = False
) -> tuple[Heading | None, str]:
    """The heading a numbered line carries and its shape: ``short`` (a heading line),
    ``sentence`` (one sentence, any length), ``lead`` (a short sentence, then body text),
    ``long-lead``, ``colon-lead`` (a headline closed by ：, looked for where ``colon_leads``:
    in a 公文 set out in labelled parts; elsewhere only a plan's step label in the 1. and （1）
    tiers, ``step_colon_end``) or ``paragraph`` (not a heading)."""
    line = ln.text
    if rank == RANK_ARTICLE:
        # Before the enumeration check: an article's text cites other articles
        # (「…，第十二条规定的…」), it never lists articles on one line.
        end = ln.offset + article_heading_end(line, number_len)
        return Heading(ln, rank, ln.offset, end), "lead"
    if is_inline_enumeration(line, rank, number_len):
        return None, "paragraph"
    if "同意" in line[number_len : number_len + 5] and _POSITION.compiled.match(line, number_len):
        return None, "paragraph"
    whole = Heading(ln, rank, ln.offset, ln.offset + len(line))
    one_sentence = line[-1] not in "；;，,、：:" and not has_inner_sentence(line)
    colon = colon_lead_end(line, number_len) if colon_leads else None
    # (Its lower tiers only, 1. and （1）: a decision's (一) findings closed by ： are a list
    # outside their genre, test_outline_decisions.)
    step = None if colon_leads or rank not in ARABIC_RANKS else step_colon_end(line, number_len)
    if step is not None:
        # A plan's step labelled before its text (「（1）开展前期方案研究：…。」): kept when
        # most of its tier is so, as a colon lead (decide_colon_leads).
        return Heading(ln, rank, ln.offset, ln.offset + step), "colon-lead"
    if len(line) > MAX_HEADING_CHARS or line[-1] in SENTENCE_END:
        # (A short line without a stop is a heading line of its own: 「（一）工作目标明确」.)
        title_end = run_in_title_end(line)
        if title_end is not None:
            return Heading(ln, rank, ln.offset, ln.offset + title_end), "lead"
    # (In a document in labelled parts a short point is a label and its text too: a 公告's
    # 「一、公告時間：自民國115年8月21日零時起生效。」 is headed by its label, like its siblings.)
    if len(line) <= MAX_HEADING_CHARS and one_sentence and colon is None:
        return whole, "short"
    lead = numbered_lead_end(line, number_len)
    if lead is not None:
        return Heading(ln, rank, ln.offset, ln.offset + lead), "lead"
    lead = numbered_lead_end(line, number_len, MAX_LONG_LEAD_CHARS)
    if lead is not None:
        # A long first sentence: a headline when its siblings are headings (decided in
        # _long_leads), a content sentence of a list when they are not.
        return Heading(ln, rank, ln.offset, ln.offset + lead), "long-lead"
    if colon is not None:
        # A headline closed by ： (a Taiwan 裁處書's 「一、貴公司未就…報酬：」 and
        # 「(二)核銷作業流於形式：核銷文件…」): kept when most of its tier is so (decide_colon_leads).
        return Heading(ln, rank, ln.offset, ln.offset + colon), "colon-lead"
    if one_sentence and line[-1] in "。！!":
        return whole, "sentence"
    return None, "paragraph"


def run_in_title_end(line: str) -> int | None:
    """Where a title run into its text with no mark between ends: a part title of the genre
    (``_PART_TITLE``, when a clause of its own follows; a work report's ``_REPORT_PART``), or a
    title whose text opens by restating its last words — the item's
    topic as the first sentence's subject (「（二）区域更新区域更新的操作流程分为…」, 「二、农业农业
    综合生产能力稳步提高。」): the first place where the same two to twelve characters, none a
    mark or a digit, come twice in a row, the title two characters or more after the number;
    or a title whose text opens with a sentence opener (``gui.core.sentence_openers``:
    「十三、股本本节由律师对…」)."""
    part = _PART_TITLE.compiled.match(line)
    if part is not None and not _opens_clause(line, part.end()):
        part = None
    part = part or _REPORT_PART.compiled.match(line)
    if part is not None:
        return part.end()
    restated = _restated_title_end(line)
    return restated if restated is not None else opener_title_end(line)


def _restated_title_end(line: str) -> int | None:
    """Where a title whose text opens by restating its last words ends (run_in_title_end)."""
    number = _CHINESE_NUMBER.compiled.match(line)
    if number is None:
        return None
    for end in range(number.end() + 2, min(len(line), number.end() + MAX_RESTATED_TITLE)):
        if line[end - 1] in _NOT_TITLE:
            return None
        for size in range(2, 13):
            word = line[end - size : end]
            if end - size >= number.end() and line.startswith(word, end):
                if not any(c in _NOT_TITLE for c in word):
                    return end
    return None


def _opens_clause(line: str, at: int) -> bool:
    """Whether the text after a run-in part title is a clause of its own: at least
    ``MIN_RUN_ON_CLAUSE`` characters before its first mark. Fewer, and the plan's word goes on
    as one word with them (「（一）提高思想认识。」: 思想认识, no 思想 and a sentence 「认识。」)."""
    end = at
    while end < len(line) and line[end] not in _CLAUSE_END:
        end += 1
    return end - at >= MIN_RUN_ON_CLAUSE


def has_inner_sentence(line: str) -> bool:
    """A sentence end before the last character: a paragraph, not a heading line."""
    return any(c in SENTENCE_END for c in line[:-1])

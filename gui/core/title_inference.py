"""The title of a plain text with no header: its first line, when that line has a title's form.

A Markdown ``#`` line is the title when no other line is a heading of its level or above; a
numbered line never is; otherwise the first line is the title unless it is too long or ends
a sentence or clause (a short headline may end in ？ or ！) — save for one genre: a Taiwan administrative decision (裁處書) opens with
the authority's one-sentence summary of it (「和泰產物保險股份有限公司辦理保險業務，…核處罰鍰
新臺幣(以下同)420萬元整。」) right above its header (the letterhead, or a 受文者, 發文日期 or
受處分人 field: ``gui.core.decision_form``), and that sentence is its title, however long and
whatever it ends with.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gui.core.decision_form import is_summary_title
from gui.core.head_lines import TITLE_END, TITLE_ISSUER
from gui.core.line_layout import SLACK, columns, wrap_width
from gui.core.numbering import numbered
from gui.core.subheads import NO_HEADING_END

MARKDOWN = re.compile(r"(#{1,6})[ \t]+(?=\S)")
MAX_TITLE_CHARS = 100
#: A first line closed by ？ or ！ is a headline up to this long.
MAX_ASKING_TITLE_CHARS = 40


#: A Taiwan government release's head or credit key (「發稿單位：農業局」, 「發稿人：林曉玫」), on a
#: line of its own or run into the last paragraph (「…再創新局。發稿人：醫事科 邱馨純電話：…」).
RELEASE_KEY = re.compile(r"發稿(?:單位|時間|日期|人員|人)\s*[:：]")


def first_line_is_title(lines: Sequence[str], release: bool = False) -> bool:
    """Whether ``lines[0]`` (stripped paragraphs, furniture and header lines left out) is
    the title of the text. ``release``: the text is a Taiwan government release (it carries
    a 發稿 key, ``RELEASE_KEY``), whose first line is its headline even when the headline is
    written as sentences closed by 。 (「…超標案件 。已要求下架，並追蹤回收。」, 「臺南市政府衛生局
    公布清明節應景食品抽驗結果。」: 28 of the city's 3,306 releases of 2026)."""
    if len(lines) < 2:
        return False
    first = lines[0]
    md = MARKDOWN.match(first)
    if md:
        level = len(md.group(1))
        others = [MARKDOWN.match(line) for line in lines[1:]]
        return all(m is None or len(m.group(1)) > level for m in others)
    if numbered(first) is not None:
        return False
    if is_summary_title(lines):
        return True  # a 裁處書's summary sentence over its header
    if len(first) > MAX_TITLE_CHARS:
        return False
    if release and first[-1] == "。":
        return True
    if first[-1] in "？?！!" and len(first) <= MAX_ASKING_TITLE_CHARS:
        # A headline may ask or exclaim (「西九故宮疑團再問　馬會點批35億？」); one sentence
        # only, no 。 or ； inside it.
        return not any(c in first[:-1] for c in "。；;")
    return first[-1] not in NO_HEADING_END


#: A note's reference mark ending a line: [1], ［2］, ①, *.
_NOTE_MARK = re.compile(r"\s*(?:[\[［]\d{1,2}[\]］]|[①-⑳]|[*＊])$")


def repeats_title(line: str, title: str) -> bool:
    """Whether ``line`` is a second copy of the title: a page gives its <title>, then the
    article's own head, which may carry a note's reference mark (a statistical communiqué's
    「…统计公报[1]」, its note on the title at the foot)."""
    copy = _NOTE_MARK.sub("", line)
    return copy != line and re.sub(r"\s+", "", copy) == re.sub(r"\s+", "", title)


#: Marks a title's first line may end with when the title wraps after a clause of it.
_CLAUSE_MARKS = "，,：:、"
#: A speech's or a letter's 称呼: 尊敬的…, 亲爱的…, 各位…, …们, 女士们、先生们.
_SALUTATION = re.compile(
    r"(?:尊敬的|親愛的|亲爱的|各位)|.*(?:们|們|朋友|同事|同学|同學|代表)[，,：:]$"
)
#: Either part of a title wrapped after a clause is at most this long.
_MAX_PART_CHARS = 50


def wrapped_at_clause(first: str, second: str) -> bool:
    """Whether ``first`` and ``second`` are one title wrapped after a clause of it: a headline
    set in two parts (「移工下樓倒垃圾卻遭員警上銬又丟包，」 / 「三重分局查辦確認執法過當並道歉」,
    「金刚石散热：」 / 「“概念炒作”还是“量产前夜”」), as a page or a PDF breaks it at its comma or
    colon. The first line ends in the clause's mark and holds no sentence; the second is short,
    ends no sentence (a headline may ask: one ？ or ！ at its end) and is no numbered item."""
    if not (4 <= len(first) <= _MAX_PART_CHARS and 4 <= len(second) <= _MAX_PART_CHARS):
        return False
    if first[-1] not in _CLAUSE_MARKS or any(c in first for c in "。；;！？!?"):
        return False
    if numbered(first) is not None or numbered(second) is not None:
        return False
    if _SALUTATION.match(first):
        return False  # a speech's 称呼 over its first words (「尊敬的各位来宾：」 / 「大家晚上好」)
    body = second[:-1] if second[-1] in "？?！!" else second
    return body[-1:] not in NO_HEADING_END and not any(c in body for c in "。；;！？!?：:")


def two_titles(joined: str, nxt: str) -> bool:
    """Whether ``nxt`` is a second whole title after the whole title ``joined`` rather than the
    rest of it: both end in a genre word (通知, 办法, 意见 …) and ``joined`` closes every 《 it
    opens — a page's title over the article's own copy of it, each maybe wrapped."""
    return bool(
        TITLE_END.search(joined)
        and TITLE_END.search(nxt.replace(" ", ""))
        and joined.count("《") <= joined.count("》")
    )


#: Sentences a page may set over a 公文's title (a site's or a scraper's note): at most this many.
_MAX_NOTES = 2


def official_title_after_notes(texts: Sequence[str]) -> list[int]:
    """The position of a 公文's title standing under one or two sentences (a note closed by 。
    that furniture did not take: a site's or a scraper's notice, broken one sentence a line):
    a line of the 公文 title's own form — an issuer, 关于, and a genre word at its end
    (「上海市嘉定区文物局关于延长《…》有效期的通知」), no sentence inside it. Else nothing."""
    for i in range(1, min(len(texts), _MAX_NOTES + 1)):
        if texts[i - 1][-1:] != "。":
            return []
        line = texts[i]
        if (
            len(line) <= MAX_TITLE_CHARS
            and not any(c in line for c in "。；;！？!?")
            and TITLE_ISSUER.match(line)
            and TITLE_END.search(line)
            and line.count("《") == line.count("》")
        ):
            return [i]
    return []


#: Lines of a text's top that are looked at for its wrap width.
_WRAP_SAMPLE_LINES = 400


def leading_pieces(text: str, line_numbers: Sequence[int]) -> int:
    """How many of the first content lines (``line_numbers``: their numbers in ``text``, in
    order; furniture left out) are the tails of a paragraph a hard wrap broke: each follows a
    line of ``text`` — maybe furniture, a note the furniture took only the first piece of —
    that fills the wrap width and ends no sentence. Such a tail is no title: the title is
    looked for under it. 0 when the text is not hard-wrapped."""
    raw = text.split("\n", _WRAP_SAMPLE_LINES)[:_WRAP_SAMPLE_LINES]
    width = wrap_width([columns(line.rstrip()) for line in raw])
    if width is None:
        return 0
    count = 0
    for number in line_numbers[:-1]:
        above = raw[number - 1].rstrip() if 0 < number <= len(raw) else ""
        if not above or columns(above) < width - SLACK or above[-1] in "。！？!?":
            break
        if count and number != line_numbers[count - 1] + 1:
            break  # (the tails run on line by line; a line furniture took ends them)
        count += 1
    return count

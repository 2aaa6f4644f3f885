"""Title forms the header reads in a plain text whose lines a page, a PDF or a copy broke: a
headline wrapped after its comma or colon, a page's title copy over the article's own, a 公文
title under a page note broken one sentence a line, and the tails of a hard-wrapped note at the
top (docs/history/outline-log.md, round 17), and the first piece of a lead paragraph a hard wrap
broke, where a story has no headline (round 21). ``gui.core.header`` calls these;
``gui.core.title_inference`` reads the title of a text with no header.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gui.core.datelines import starts_with_dateline
from gui.core.head_lines import MAX_TITLE_CHARS, TITLE_END, TITLE_ISSUER
from gui.core.line_layout import SLACK, columns, wrap_width
from gui.core.numbering import numbered
from gui.core.subheads import NO_HEADING_END

#: Marks a title's first line may end with when the title wraps after a clause of it.
_CLAUSE_MARKS = "，,：:、"
#: A speech's or a letter's 称呼: 尊敬的…, 亲爱的…, 各位…, …们, 女士们、先生们.
_SALUTATION = re.compile(
    r"(?:尊敬的|親愛的|亲爱的|各位)|.*(?:们|們|朋友|同事|同学|同學|代表)[，,：:]$"
)
#: Either part of a title wrapped after a clause is at most this long.
_MAX_PART_CHARS = 50
#: A headline's opening cry, broken off it where a page sets one sentence a line (round 20):
#: a few words closed by one ！ (「人氣創新高！」, 「不只變形金剛！」, 「南市開學午餐開箱！」).
_OPENING_CRY = re.compile(r"[^，,、：:。；;！？!?\s]{3,11}[！!]")


def wrapped_at_clause(first: str, second: str) -> bool:
    """Whether ``first`` and ``second`` are one title wrapped after a clause of it: a headline
    set in two parts (「移工下樓倒垃圾卻遭員警上銬又丟包，」 / 「三重分局查辦確認執法過當並道歉」,
    「金刚石散热：」 / 「“概念炒作”还是“量产前夜”」), as a page or a PDF breaks it at its comma or
    colon, or after the cry that opens it (「人氣創新高！」). The first line ends in the clause's
    mark (or is that cry) and holds no sentence; the second is short, ends no sentence (a
    headline may ask: one ？ or ！ at its end) and is no numbered item."""
    if not (4 <= len(first) <= _MAX_PART_CHARS and 4 <= len(second) <= _MAX_PART_CHARS):
        return False
    if _OPENING_CRY.fullmatch(first):
        pass  # 「人氣創新高！」 / 「2026“澳門・橫琴藝墟”圓滿落幕…」: a headline opened by a cry
    elif first[-1] not in _CLAUSE_MARKS or any(c in first for c in "。；;！？!?"):
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
    a line of the 公文 title's own form — an issuer and 关于, or 关于 opening it, and a genre
    word at its end (「上海市嘉定区文物局关于延长《…》有效期的通知」, 「关于印发《…》的通知」), no
    sentence inside it. Else nothing."""
    for i in range(1, min(len(texts), _MAX_NOTES + 1)):
        if texts[i - 1][-1:] != "。":
            return []
        line = texts[i]
        if (
            len(line) <= MAX_TITLE_CHARS
            and not any(c in line for c in "。；;！？!?")
            and (TITLE_ISSUER.match(line) or line.startswith(("关于", "關於")))
            and TITLE_END.search(line)
            and line.count("《") == line.count("》")
        ):
            return [i]
    return []


#: Lines of a text's top that are looked at for its wrap width.
_WRAP_SAMPLE_LINES = 400


def _top_and_wrap(text: str) -> tuple[list[str], int | None]:
    """The text's first ``_WRAP_SAMPLE_LINES`` lines and their wrap width (or None), the rest
    of a long text left uncopied."""
    end = 0
    for _ in range(_WRAP_SAMPLE_LINES):
        end = text.find("\n", end) + 1
        if not end:
            break
    raw = text[: end - 1].split("\n") if end else text.split("\n")
    return raw, wrap_width([columns(line.rstrip()) for line in raw])


def leading_pieces(text: str, line_numbers: Sequence[int]) -> int:
    """How many of the first content lines (``line_numbers``: their numbers in ``text``, in
    order; furniture left out) are the tails of a paragraph a hard wrap broke: each follows a
    line of ``text`` — maybe furniture, a note the furniture took only the first piece of —
    that fills the wrap width and ends no sentence. Such a tail is no title: the title is
    looked for under it. 0 when the text is not hard-wrapped."""
    raw, width = _top_and_wrap(text)
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


#: A clause mark inside a line: a headline that fills a wrap's width holds none (a lead does).
_CLAUSE_INSIDE = re.compile(r"[，,；;]")


def first_piece_of_lead(text: str, line_numbers: Sequence[int], first: str) -> bool:
    """Whether the first content line ``first`` (``line_numbers``: the content lines' numbers
    in ``text``) is the first piece of a paragraph a hard wrap broke, where a story has no
    headline (a wire story opens with its lead): the text is hard-wrapped, the line fills
    the wrap's width and ends no sentence, the line right under it fills it too, and it reads as
    a lead — its clauses set apart by ， (「2021年7月18日，湖北理工学院武汉校友会第三届理事会成立
    大会暨…在汉隆重」) or a dateline at its start (「（中央社記者廖禹揚首爾7日專電）韓國政府今天就…
    發表」). A headline that fills the width has neither (「外國傳媒追問馬凱被拒工作簽證　林鄭：…
    《金融時報》提上訴」): it stays the title."""
    if len(line_numbers) < 2 or line_numbers[1] != line_numbers[0] + 1:
        return False
    if first[-1:] in "。！？!?" or not (
        _CLAUSE_INSIDE.search(first) or starts_with_dateline(first)
    ):
        return False
    raw, width = _top_and_wrap(text)
    if width is None or line_numbers[1] >= len(raw):
        return False
    # (The line under it fills the width too: a paragraph longer than a title. A headline
    # written as sentences, two lines long, stays the title: 「2026台北燈節期間…禁止吸菸(含電子菸
    # 及加熱菸)，如有吸菸需求請至指定吸菸區。違者最高處1萬元罰鍰。」)
    return min(columns(first), columns(raw[line_numbers[1]].rstrip())) >= width - SLACK


#: A field line's key (「受處分人：」, 「主旨：」): the line under a title is no part of it.
_FIELD_KEY = re.compile(r"[\u4e00-\u9fff]{1,4}\s*[:：]")


def sentence_title_wrapped(
    text: str, texts: Sequence[str], line_numbers: Sequence[int], release: bool
) -> bool:
    """Whether the first two content lines (``texts``, their numbers ``line_numbers``) are
    one title a page or a copy wrapped after a clause mark (round 21): a line closed by ，、：
    is never a whole title, and joined with the line right under it, it is the line the text's
    one-line reading takes as its title (``title_inference.first_line_is_title``) — a Taiwan
    release's or a notice's headline written as sentences (「「變更高速公路永康交流道附近特定區計畫
    …」案自115年8月21日零時起發布實施生效，」 / 「特此公告周知。」), or a headline whose second half
    holds a clause of its own (「…之不實指控，」 / 「臺南市政府澄清：政府採購一切依法行政，請勿以訛傳訛」).
    Not a piece a hard wrap broke (the first line fills the wrap's width), a field under the
    line, a speech's salutation, a numbered item."""
    from gui.core.title_inference import first_line_is_title

    if len(texts) < 3 or line_numbers[1] != line_numbers[0] + 1:
        return False
    first, second = texts[0], texts[1]
    if first[-1] not in _CLAUSE_MARKS or len(first) + len(second) > MAX_TITLE_CHARS:
        return False
    if numbered(first) is not None or numbered(second) is not None:
        return False
    if _SALUTATION.match(first) or _FIELD_KEY.match(second):
        return False
    raw, width = _top_and_wrap(text)
    if width is not None and columns(first) >= width - SLACK:
        return False
    return first_line_is_title([first + second, *texts[2:]], release)

"""Page heads laid out one field a line, before the story's first paragraph: a breadcrumb's
items between its 「>」 lines, a key alone (「来源：」) over its value, a title block the page
prints twice (the first copy is chrome, unless it signs the 公文 later), a feed's copy of
the headline under its bureau's tag, and a crawl's outlet and column over the day. ``gui.core.furniture`` reads the rest of a page's chrome
line by line; these are told only by the lines around them.
"""

from __future__ import annotations

import re

from gui.core.head_lines import DATE
from gui.core.news_matter import NEWS_KEY
from gui.core.patterns import LazyPattern
from gui.core.running_heads import BUREAU_COPY

_CHAPTER = LazyPattern(r"第\s*[一二三四五六七八九十百零〇\d]+\s*[章编編节節篇部]")
# A breadcrumb laid out one item a line: 「首页」 「>」 「政府信息公开」 「>」 …
CRUMB_SEP = LazyPattern(r"[>＞»›/／|｜]")
#: Where a law collection's info block ends (LawRefBook: the title, the dates it was adopted
#: and took effect, then the text as the issuer printed it).
INFO_END = "<!-- INFO END -->"
_COPY_GAPS = re.compile(r"[\s\u3000、]+")
# A crawl's news head laid out one field a line under the headline (Taiwan-news-crawlers'
# pages of two outlets, batches 48 and 50: 「華視」 / 「政治」 / 「2017/11/26」, 「tvbs」 / 「生活」 /
# 「2017/11/26」): the outlet, its column, the day.
_OUTLET = LazyPattern(r"[A-Za-z][A-Za-z0-9.]{1,15}|[^\W\d_a-zA-Z]{2,8}")
_COLUMN = LazyPattern(r"[^\W\d_a-zA-Z]{2,4}")
_BARE_DAY = LazyPattern(r"\d{4}/\d{1,2}/\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")


#: (Round t28) A stamp, time first or last (「15:31 2018/09/16」), an outlet, a writer's name.
HEAD_STAMP = LazyPattern(
    r"\d{1,2}:\d{2}\s+\d{4}/\d{1,2}/\d{1,2}|\d{4}[-/]\d{1,2}[-/]\d{1,2}\s+\d{1,2}:\d{2}"
)
_HEAD_OUTLET = LazyPattern(r"[^\W\d_a-zA-Z]{2,8}")
_WRITER = LazyPattern(r"[^\W\d_a-zA-Z]{2,4}")


def outlet_column_day(rows: list[str]) -> bool:
    """Whether ``rows`` (stripped lines) are an outlet, its column and the day, one a line."""
    return (
        len(rows) == 3
        and _BARE_DAY.fullmatch(rows[2]) is not None
        and _COLUMN.fullmatch(rows[1]) is not None
        and _OUTLET.fullmatch(rows[0]) is not None
    )


def head_rows(texts: list[str], kinds: list[str | None]) -> None:
    """Page heads laid out one field a line in ``texts``, the lines before the body's first
    paragraph: a breadcrumb's items between its 「>」 lines; a key alone (「来源：」) and its
    value on the next line; and a title block the page prints twice (its banner, then the
    article's own head: the first copy is chrome)."""
    for i, line in enumerate(texts):
        if kinds[i] is not None or len(line) > 16 or any(c in line for c in "。！？；"):
            continue
        near = texts[max(0, i - 1) : i] + texts[i + 1 : i + 2]
        if any(CRUMB_SEP.fullmatch(n) for n in near):
            kinds[i] = "chrome"
        elif i > 0 and kinds[i - 1] == "news" and NEWS_KEY.fullmatch(texts[i - 1].strip()):
            kinds[i] = "news"  # 「来源：」 then 「陕西省人民政府」
    for i, line in enumerate(texts):
        if (
            kinds[i] is None
            and not any(c in line for c in "。！？；")
            and line in texts[i + 1 :]
            and not _CHAPTER.match(line)  # (a contents list's entry: its chapter follows)
            and not signs_later(texts, i)
        ):
            kinds[i] = "chrome"  # (a sentence said twice is the author's)
    info_title_copy(texts, kinds)
    for i in range(3, len(texts)):  # (the headline above them)
        # (the column may be read as a section's label already, 「政治」: chrome, round t27)
        if kinds[i] == "news" and kinds[i - 1] in (None, "chrome") and kinds[i - 2] is None:
            if texts[i - 3] and outlet_column_day(texts[i - 2 : i + 1]):
                kinds[i - 2] = kinds[i - 1] = "news"
    # (round t28) A news page's stamp under the headline, then the outlet and the writer one a
    # line (中時's 「15:31 2018/09/16」 / 「中時」 / 「謝明俊」, batches 45 and 58, as page text).
    for i in range(1, len(texts) - 2):
        if kinds[i] == "news" and kinds[i + 1] is None and kinds[i + 2] is None:
            if HEAD_STAMP.fullmatch(texts[i]) and _WRITER.fullmatch(texts[i + 2]):
                if _HEAD_OUTLET.fullmatch(texts[i + 1]):
                    kinds[i + 1] = kinds[i + 2] = "news"
    # A feed's copy of the headline under the title, its bureau in brackets before it (Macau's
    # 「【旅遊局】第十四屆澳門國際旅遊（產業）博覽會圓滿舉行」 under the full title).
    for i, line in enumerate(texts):
        m = BUREAU_COPY.fullmatch(line)
        if kinds[i] is None and m is not None and len(m["copy"]) >= 8:
            copy = re.sub(r"\s+", "", m["copy"])
            if any(re.sub(r"\s+", "", t).startswith(copy) for t in texts[:i]):
                kinds[i] = "chrome"


def signs_later(texts: list[str], i: int) -> bool:
    """Whether the line ``texts[i]`` (over a 公文's title: 「上海市嘉定区文物局」 / 「关于…的通知」)
    comes again as the signature over the 成文日期 (round 19): the issuer's name, no banner."""
    at = texts.index(texts[i], i + 1)
    below = next((t for t in texts[at + 1 :] if t), "")
    return len(below) <= 20 and DATE.fullmatch(below.replace(" ", "")) is not None


def info_title_copy(texts: list[str], kinds: list[str | None]) -> None:
    """A law collection's info block above its end mark opens with the title the collection
    files the text under; when the text under the mark prints its own title first, the same
    words with its wrapped lines set apart by spaces and the joint issuers without their
    「、」 (「最高人民法院、最高人民检察院关于…的解释」 over 「最高人民法院 最高人民检察院 关于…
    适用法律 若干问题的解释」, batches 28 and 30), the block's copy is chrome, the text's is the
    title."""
    if INFO_END not in texts[:8]:
        return
    end = texts.index(INFO_END)
    below = next((t for t in texts[end + 1 : end + 3] if t), "")
    first = next((i for i in range(end) if texts[i]), None)
    if first is None or kinds[first] is not None or not below:
        return
    if copy_key(texts[first]) == copy_key(below) != "":
        kinds[first] = "chrome"


def copy_key(line: str) -> str:
    """A title line as its copies are compared: white space and 「、」 aside (the issuers a
    collection joins with 「、」 and the printed title sets apart with spaces)."""
    return _COPY_GAPS.sub("", line)

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
from gui.core.label_heads import FAQ_ANSWER, FAQ_QUESTION
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
    if FAQ_QUESTION.match(first) and FAQ_ANSWER.match(lines[1]):
        return False  # an FAQ page's first question (「Ｑ：…？」 over 「Ａ：…」) heads its answer
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

"""Subheads that a document sets as a set: lines of one form that head its paragraphs only
where two or more stand so (``gui.core.subheads`` reads one line's form). A document's
subheads are alike (``sibling_subheads``, with its products named in Latin letters alone), its
「【topic】headline」 lines (``topic_subheads``) and a digest's items opened by their medium's
tag (``tagged_items``).

``body`` is the outline's list of paragraphs and ``found`` its candidate heading per paragraph
(None: none), as in ``gui.core.subheads``.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from gui.core.patterns import ORG_END, LazyPattern
from gui.core.subheads import (
    LATIN_WORD,
    MAX_SIBLING_CHARS,
    MAX_SUBHEADING_CHARS,
    NO_HEADING_END,
    has_subhead_form,
    is_bracketed,
    is_short_line,
    is_subheading,
    mostly_han,
)


def sibling_subheads(body: Sequence[Any], found: list[Any], numbered: Collection[int]) -> set[int]:
    """A document's subheads are alike: where it sets two or more lines as subheads between
    body paragraphs, a line of the same form up to ``MAX_SIBLING_CHARS`` long standing so is
    one of them (a Tainan release's 29-character 「推動「永續漁業產業三支箭」：改良浮具、區劃
    漁業權、港口疏浚」 among its 11- to 23-character headlines; a 41-character 【…】 headline). A
    lone long line is not: it may be a caption, a slogan or a sentence that lost its stop. The
    longer ones must head a paragraph at least as long as they are, and a line that opens with
    a bracketed name and runs on (a Macau feed's 「【旅遊局】第十四屆…博覽會圓滿舉行」: the
    release's issuer and headline, under its title) is a caption, not a headline."""
    lines = [
        i
        for i in range(len(body))
        if i not in numbered
        and found[i] is None
        and has_subhead_form(body, i, MAX_SIBLING_CHARS)
        and is_subheading(body, i, found, MAX_SIBLING_CHARS)
        and (
            len(body[i].text) <= MAX_SUBHEADING_CHARS or len(body[i + 1].text) >= len(body[i].text)
        )
        and not (body[i].text[0] == "【" and not is_bracketed(body[i].text))
    ]
    if len(lines) < 2:
        return set()
    lines = sorted(lines + _named_siblings(body, found, numbered))
    # The story's last line, of a subhead's form under a body paragraph, is one of them too: it
    # headed a chart or a picture that the text lost (a news page's 「东南五省继续领跑全国」
    # over its two charts, then only the editor's line).
    last = len(body) - 1
    if (
        last > lines[-1] + 1
        and last not in numbered
        and found[last] is None
        and has_subhead_form(body, last)
        and not ORG_END.search(body[last].text)  # a body signing the page (「国土资源部」)
        and any(c in body[last - 1].text for c in "。！？!?")
        and len(body[last - 1].text) > len(body[last].text)
    ):
        lines.append(last)
    return set(lines)


#: A name in Latin letters set as a headline: words of letters (digits, &, +, - inside), one of
#: three letters or more (「Intel HE Toolkit」, 「Occlum」, 「Apache Teaclave Java TEE SDK」).
_LATIN_NAME = LazyPattern(
    r"(?=.*[A-Za-z]{3})[A-Za-z][\w&+\-]*(?:[ .][A-Za-z0-9][\w&+\-]*)*(?:\s*[（(][^）)]{1,30}[）)])?"
)


def _named_siblings(body: Sequence[Any], found: list[Any], numbered: Collection[int]) -> list[int]:
    """Among a document's Chinese subheads, the ones that name a product or a project in Latin
    letters alone (an industry white paper's list of projects: 「Intel HE Toolkit」 over
    「Intel HE Toolkit 旨在…」, 「Occlum」 over 「Occlum 是一个 TEE LibOS…」): a name alone on its
    line, a body paragraph or a long line above it, over a Chinese paragraph with a sentence end
    at least as long. Never a line whose next line is not Chinese prose (a person's name over
    the link to a post: 「Tonyq Wang」 / 「https://…」)."""
    named = []
    for i in range(1, len(body) - 1):
        text = body[i].text
        if i in numbered or found[i] is not None or len(text) > 2 * MAX_SIBLING_CHARS:
            continue
        if not text.isascii() or not _LATIN_NAME.fullmatch(text):
            continue
        # Its length in a headline's units, a word one (「Intel SGX Platform Software and
        # Datacenter Attestation Primitives」: 65 characters, 15 units).
        units = len(LATIN_WORD.sub("A", text))
        if units > MAX_SIBLING_CHARS:
            continue
        above, under = body[i - 1], body[i + 1]
        if found[i - 1] is None and is_short_line(above.text):
            continue
        if found[i + 1] is not None or len(under.text) < max(units, MAX_SUBHEADING_CHARS):
            continue
        if not any(c in under.text for c in "。！？") or not mostly_han(under.text):
            continue
        named.append(i)
    return named if len(named) >= 2 else []  # (names are alike too: one alone may be a byline)


#: A subhead opened by its topic in 【】 (a Taiwan city release's 「【文化保存】採重點保存與整體
#: 規劃；避免兩極對立」): a topic of two to twelve characters, then the headline.
_TOPIC_HEADLINE = LazyPattern(r"【(?P<topic>[^】。，,；;：:！？!?]{2,12})】(?P<headline>[^【】]+)")
#: …whose headline may run to this many characters.
MAX_TOPIC_HEADLINE_CHARS = 30


def topic_subheads(body: Sequence[Any], found: list[Any], numbered: Collection[int]) -> set[int]:
    """Lines of the form 「【topic】headline」 over body paragraphs, where a document sets two
    or more: its subheads. Such a headline pairs two phrases as a headline does, with ；, ，
    or 、 between them (「採重點保存與整體規劃；避免兩極對立」, 「保存不等於放任；管理才是
    關鍵」); no sentence ends inside it and it does not end as a clause does. One line of the
    form alone under a title is a release's issuer and headline (a Macau feed's
    「【旅遊局】第十四屆…博覽會圓滿舉行」), not a subhead."""
    lines = []
    for i, ln in enumerate(body[:-1]):
        m = _TOPIC_HEADLINE.fullmatch(ln.text.strip())
        if m is None or i in numbered or found[i] is not None or found[i + 1] is not None:
            continue
        headline = m["headline"].strip()
        if not headline or len(headline) > MAX_TOPIC_HEADLINE_CHARS:
            continue
        if any(c in headline for c in "。！？!?") or headline[-1] in NO_HEADING_END:
            continue
        if not mostly_han(headline) or is_short_line(body[i + 1].text):
            continue  # a subhead heads body text, not a run of short lines
        lines.append(i)
    return set(lines) if len(lines) >= 2 else set()


#: A digest's item opened by its medium's tag (CCTV's 「[视频]…」 over each story of a 新闻联播
#: digest).
_MEDIA_TAG = LazyPattern(r"[\[［【](?:视频|視頻|图文|圖文|音频|音頻|直播)[\]］】]")
#: Items of a digest: a document has at least this many.
MIN_TAGGED_ITEMS = 3
MAX_TAGGED_ITEM_CHARS = 100


def tagged_items(body: Sequence[Any], found: list[Any], numbered: Collection[int]) -> set[int]:
    """A digest's items, each a headline opened by the tag of its medium (「[视频]人民日报评论员
    文章：…——论学习贯彻习近平党建思想」) over its story, three or more in a document: its
    level-1 headings whatever their length (up to 100 characters; no sentence end inside) —
    in page text, where no format marks them."""
    lines = [
        i
        for i, ln in enumerate(body[:-1])
        if _MEDIA_TAG.match(ln.text)
        and i not in numbered
        and found[i] is None
        and found[i + 1] is None
        and len(ln.text) <= MAX_TAGGED_ITEM_CHARS
        and not any(c in ln.text for c in "。！？!?")
        and not is_short_line(body[i + 1].text)
    ]
    return set(lines) if len(lines) >= MIN_TAGGED_ITEMS else set()


def bold_subheads(
    body: Sequence[Any], found: list[Any], numbered: Collection[int], bold: Collection[int]
) -> set[int]:
    """Lines the format sets wholly in bold (a Macau government release's
    「<p><strong>粵澳科技合作迎來歷史性重大機遇</strong></p>」, a group's news page's
    「入党宣誓」) with a subhead's form, up to ``MAX_SIBLING_CHARS``, each over body text: its
    subheads, one alone too — the markup says what the form alone cannot (a single subhead,
    a caption's short line above it). Not a line that shares its line with another paragraph,
    nor one over a run of short lines (a table's or a list's label); and nothing where half the
    paragraphs or more are bold (a page set all in bold marks none)."""
    if not bold or 2 * sum(ln.index in bold for ln in body) >= len(body):
        return set()
    return {
        i
        for i in range(len(body) - 1)
        if body[i].index in bold
        and i not in numbered
        and found[i] is None
        and found[i + 1] is None
        and has_subhead_form(body, i, MAX_SIBLING_CHARS)
        and not is_short_line(body[i + 1].text)
        and not (i + 2 < len(body) and body[i + 2].index == body[i + 1].index == body[i].index)
    }

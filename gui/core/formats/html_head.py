"""The head of an article on a saved web page: the blocks just before its body.

Many sites set a news item's or a notice's headline in an <h3> (or in a plain block) inside a
small head block above the body, with its date and source line: 「<div class="info-head"><h3>
标题</h3><p>2017-08-10 来源：…</p></div>」 then 「<div class="info-itmes"><p>…」. When the page
has no <h1>, <h2> or block named like a title, those blocks are the article's own head and are
read before the body (the reader of ``gui.core.formats.html`` asks for them only then).

A page whose title is an <h1>/<h2> sets the same line of fields between that title and the body
(「<h1>标题</h1><p class="res">发布日期：2019-11-29 阅读次数：1627</p><div class="content">」):
``info_lines`` finds those lines, which the reader keeps under the title; nothing else between
the two (share bars, font-size buttons, related-article lists, subtitles) is read, except the
byline and time blocks the markup names (「<time>」, 「<div class="author">」, 「<div class=
"source">」: a news page's 「19:04 2023/08/25」 / 「中時新聞網」 / 「陳駿碩」). A site's label set
nearer the body than the <h1> (a font-size control's 「字級設定：」, a contents widget's 「目次」)
is never the title (``is_chrome_label``). Also here: the page's <title> (``page_title``).
"""

from __future__ import annotations

import re
from itertools import islice

from lxml import etree

from gui.core.formats._common import cjk_count, collapse_spaces

#: How far up from the article the head is looked for, and how many blocks it may hold.
_LEVELS = 3
_MAX_BLOCKS = 3
#: A head block is short; longer text before the body is another article or a list.
_MAX_BLOCK_CHARS = 300
_MAX_TITLE_CHARS = 120
_HEADINGS = frozenset(f"h{n}" for n in range(1, 7))
#: A detail page's label over its head (「接访信息详情」, 「新闻详情」, 「正文」): the column's name
#: for "the item you opened", never the item's title.
_PAGE_LABEL = re.compile(r"\S{0,8}(?:详情|詳情|正文|内容|內容|详细信息|詳細資訊)")
_SENTENCE_END = "。！？!?；;："
#: The line of fields a site sets under a headline (「2017-08-10 来源：…」, 「发布人：… 时间：…」).
_FIELD_LABEL = (
    r"(?:来源|來源|发布|發布|时间|時間|日期|作者|编辑|編輯|浏览|瀏覽|点击|點擊)\S{0,2}\s*[：:]"
)
_META_LINE = re.compile(rf"^\s*\d{{4}}\s*[-/.年]|{_FIELD_LABEL}")


#: The info lines kept under a title by markup: at most three short ones; a long block ends the head.
_MAX_INFO_LINES = 3
_MAX_INFO_CHARS = 160
#: How many elements after the title are looked at: a head is a few blocks, not a page.
_MAX_INFO_ELEMENTS = 200


#: Class and id words of the blocks a news page sets its byline and time in, beside its headline
#: (「<div class="author">」, 「<span class="article-reporter">」, 「<div class="source">」).
_BYLINE_WORDS = frozenset("author reporter byline writer source date time pubtime".split())
#: Of them, the words of a byline naming people: such a span is a line of its own in its block.
_PEOPLE_WORDS = frozenset("author reporter byline writer".split())


def class_words(el: etree._Element) -> tuple[str, list[str]]:
    """An element's class and id, lower-cased, and the words they hold (「article-reporter」 →
    article, reporter)."""
    names = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    return names, names.replace("-", " ").replace("_", " ").split()


def is_chrome_label(text: str) -> bool:
    """Whether a block before the article that is named like a title (``class="title"``) or set
    in an <h2>–<h6> is a site's label, not the headline: a label closed by ：(「字級設定：」), a
    word of fewer than four Chinese characters (「目次」), a detail page's label, or the head's
    line of fields (「2018/02/21 18:03:00」)."""
    text = collapse_spaces(text)
    if not text or text[-1] in "：:" or cjk_count(text) < 4 or is_page_label(text):
        return True  # (a date alone has no Chinese word: 「2012年平潭…公报」 is a title)
    return re.search(_FIELD_LABEL, text) is not None


def _byline_block(el: etree._Element, words: frozenset[str] = _BYLINE_WORDS) -> bool:
    """Whether the markup names ``el`` as the article's byline or time (「<time>」, a block
    of class ``author``, ``reporter``, ``source``…; only a byline of people with ``words``
    of ``_PEOPLE_WORDS``)."""
    if el.tag == "time":
        return words is _BYLINE_WORDS
    return not words.isdisjoint(class_words(el)[1])


def _inner_line(el: etree._Element, block_tags: frozenset[str]) -> bool:
    """Whether ``el`` is a line of its own inside a head block: a block, or a span naming the
    byline's people (「<span class="article-reporter">陳宥蓁／綜合報導</span>」); a date or time
    stays in its line (「發布時間：<time>…</time>」, 「來源：… <span class="date">…</span>」)."""
    if el.tag in block_tags:
        return True
    in_time = next(el.iterancestors("time"), None) is not None
    return not in_time and _byline_block(el, _PEOPLE_WORDS)


def spaced_time(el: etree._Element) -> None:
    """Put a space between the parts of a <time> set in pieces (「<time><span>19:04</span><span>
    2023/08/25</span></time>」), which would otherwise run into one word."""
    for time in el.iter("time"):
        for child in time:
            child.tail = f" {child.tail or ''}"


def is_page_label(text: str) -> bool:
    """Whether ``text`` is a detail page's label (「接访信息详情」) rather than a title."""
    return _PAGE_LABEL.fullmatch(collapse_spaces(text)) is not None


def article_head(container: etree._Element) -> tuple[list[etree._Element], etree._Element | None]:
    """The blocks of the article's head in document order and its title element (a heading
    of any level, else the head's first block when it reads as a title line), or ``([],
    None)`` when the blocks before the body hold no title."""
    node = container
    for _ in range(_LEVELS):
        blocks = _blocks_before(node)
        if blocks:
            title = _head_title(blocks)
            return (blocks, title) if title is not None else ([], None)
        parent = node.getparent()
        if parent is None:
            break
        node = parent
    return [], None


def _blocks_before(node: etree._Element) -> list[etree._Element]:
    """The text-bearing element siblings just before ``node``, nearest last; stops at a
    block of links, a long block or the third block."""
    blocks: list[etree._Element] = []
    for sibling in node.itersiblings(preceding=True):
        if not isinstance(sibling.tag, str):
            continue
        text = collapse_spaces(sibling.text_content())
        if not text:
            continue
        if len(text) > _MAX_BLOCK_CHARS or _link_share(sibling) > 0.5:
            break
        if is_page_label(text):
            continue  # chrome, left out (and the head may go on above it)
        blocks.append(sibling)
        if len(blocks) == _MAX_BLOCKS:
            break
    return blocks[::-1]


def _link_share(el: etree._Element) -> float:
    total = len(el.text_content()) or 1
    return sum(len(a.text_content()) for a in el.iter("a")) / total


def _head_title(blocks: list[etree._Element]) -> etree._Element | None:
    for block in blocks:
        for el in block.iter():
            if isinstance(el.tag, str) and el.tag in _HEADINGS and _title_like(el):
                return el
    # A plain block: its own first line (the text before its first child: 「关于立即开展落实民生
    # 19项核查点情况意见通知」 over its 发布人/时间 line), or that of its first child when it has
    # none (a bold or centred line: 「<div><strong>标题</strong></div>」), a title when it
    # reads as one.
    first = blocks[0]
    while len(first) and not (first.text or "").strip() and isinstance(first[0].tag, str):
        first = first[0]
    return first if _title_like(first, own_text=True) else None


def own_line(el: etree._Element) -> str:
    """The first line of a title block: its text before its first child, or all its text."""
    return collapse_spaces((el.text or "") if len(el) else el.text_content())


def _title_like(el: etree._Element, own_text: bool = False) -> bool:
    text = own_line(el) if own_text else collapse_spaces(el.text_content())
    if not 0 < len(text) <= _MAX_TITLE_CHARS or cjk_count(text) < 4:
        return False
    if text[-1] in _SENTENCE_END or is_page_label(text):
        return False
    return _META_LINE.search(text) is None


def info_lines(
    title: etree._Element, container: etree._Element, block_tags: frozenset[str]
) -> list[etree._Element]:
    """The head's info lines between a page's title element and its article ``container``
    (which the title lies outside of), in document order: the smallest blocks there whose text
    reads as the head's line of fields (a date, 来源：, 作者：, 点击数：…). Headings, blocks of
    links and other chrome are left out; a long block ends the search (another article)."""
    above_body = set(container.iterancestors())
    top = next((a for a in title.iterancestors() if a in above_body), None)
    if top is None:
        return []
    inside_title = set(title.iter())
    found: list[etree._Element] = []
    unit: etree._Element | None = None
    seen = -1  # (counts from the title)
    for el in top.iter():
        if el is title:
            seen = 0
        if el is container or seen > _MAX_INFO_ELEMENTS:
            break
        if seen < 0 or el in inside_title or el in above_body or not isinstance(el.tag, str):
            continue
        seen += 1
        if unit is not None and unit in el.iterancestors():
            continue  # inside a block already looked at
        inner = islice(el.iterdescendants(), _MAX_INFO_ELEMENTS)
        if any(isinstance(d.tag, str) and _inner_line(d, block_tags) for d in inner):
            continue  # a wrapper: its inner blocks (or byline spans) are the lines
        unit = el
        text = collapse_spaces(el.text_content())
        if len(text) > _MAX_BLOCK_CHARS:
            break
        if (
            text
            and el.tag not in _HEADINGS
            and len(text) <= _MAX_INFO_CHARS
            and (_META_LINE.search(text) or _byline_block(el))
            and (_link_share(el) <= 0.5 or _byline_block(el))  # (「<a>陳駿碩</a>」: his page)
        ):
            found.append(el)
            if len(found) == _MAX_INFO_LINES:
                break
    return found


def group_headline(el: etree._Element) -> etree._Element:
    """The headline of the HTML5 heading group ``el`` stands in: an article's own header sets
    its headline and its deck as one ``<hgroup>`` (「<h1>半百父擺攤 顧甦醒癱兒</h1><h2>設公有地上
    半年後須搬離…</h2>」, Apple Daily's Taiwan pages); the nearest heading before the body is the
    deck, the group's first heading is the title."""
    group = el.getparent()
    if group is None or group.tag != "hgroup":
        return el
    for heading in group:
        if heading.tag in _HEADINGS and heading.text_content().strip():
            return heading
    return el


def deck(title: etree._Element) -> list[str]:
    """The deck under a headline in an ``<hgroup>``: the group's other headings, as lines."""
    group = title.getparent()
    if group is None or group.tag != "hgroup":
        return []
    decks = (h for h in group if h is not title and h.tag in _HEADINGS)
    return [line for h in decks if (line := collapse_spaces(h.text_content()))]


def page_title(root: etree._Element) -> str:
    """The page's own title: the ``ArticleTitle`` meta that Chinese government CMSs write,
    else the <title> without the column and site names pages append (``标题_兰州高新区``)."""
    for meta in root.iter("meta"):
        if (meta.get("name") or "").strip().lower() == "articletitle":
            text = collapse_spaces(meta.get("content") or "")
            if 0 < len(text) <= _MAX_TITLE_CHARS:
                return text
    title = root.find(".//title")
    if title is None:
        return ""
    text = collapse_spaces(title.text_content())
    for separator in (" - ", " — ", " | ", "|", "_", "——", "－"):
        if separator in text:
            # Article pages put the title first, then the column and the site name.
            parts = [part.strip() for part in text.split(separator) if part.strip()]
            if parts:
                text = parts[0]
                break
    return text


def contains(root: etree._Element, el: etree._Element) -> bool:
    """Whether ``el`` is ``root`` or inside it."""
    return el is root or any(a is root for a in el.iterancestors())

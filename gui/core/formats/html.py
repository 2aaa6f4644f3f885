"""Saved web pages: the article body of a news or government page, as report text.

The page is parsed by lxml's HTML parser with the network off, comments and processing
instructions removed and the default size limits on; nothing is executed, fetched or decoded
from ``data:`` URIs (elements that only carry such things — scripts, images, frames, forms —
are dropped before the text is read). The article body is found by content density: the
element whose ``<p>`` children hold the most Chinese text, weighed by how many of its
characters are links and by hints in its tag, class and id.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from gui.core.decoding import MAX_TEXT_CHARS, DecodedSource, DocumentError
from gui.core.formats import html_depth
from gui.core.formats._common import CJK_RUN, LineBuilder, cjk_count, collapse_spaces
from gui.core.formats.html_charset import decode_page
from gui.core.formats.html_head import (
    article_head,
    class_words,
    contains,
    deck,
    group_headline,
    info_lines,
    is_chrome_label,
    is_page_label,
    own_line,
    page_title,
    spaced_time,
)
from gui.core.formats.photo_captions import is_photo_caption, lead_captions, mark_photos

# Elements that never carry article text: dropped wherever they are. A <label> outside a
# <form> is kept: pages set figures in them (「须持<label>48</label>小时内…」), and the labels of
# a real form go with the form.
_DROP_TAGS = frozenset(
    "script style noscript template iframe frame frameset object embed applet svg math canvas "
    "form button input select option textarea link meta base img picture video audio "
    "source track map area head title dialog".split()
)
_VOID_TAGS = frozenset(
    "area base br col embed hr img input link meta source track wbr param keygen".split()
) - {"br", "hr", "col"}
# Page furniture: dropped wherever they are (a <footer> is kept inside the article).
_FURNITURE_TAGS = frozenset({"nav", "aside", "menu"})
# Outside the article these are the site header and footer; they are simply never read.
_BLOCK_TAGS = frozenset(
    "p div section article main header footer blockquote pre ul ol li dl dt dd table thead "
    "tbody tfoot tr td th caption address figure figcaption hr center details summary "
    "fieldset body html h1 h2 h3 h4 h5 h6".split()
)
_HEADING_TAGS = {f"h{n}": n for n in range(1, 7)}
# class/id words of boilerplate blocks. Long words match inside a name (``bdsharebuttonbox``);
# short ones must be a whole word of it (``ad`` must not match ``header``).
_BOILERPLATE_PARTS = (
    "share", "social", "comment", "breadcrumb", "crumb", "sidebar", "toolbar", "related",
    "recommend", "qrcode", "advert", "banner", "login", "weixin", "wechat", "weibo",
    "navbar", "navigation", "topbar", "pagination", "prevnext", "pre_next", "pager", "fenye",
)  # fmt: skip
_BOILERPLATE_WORDS = frozenset(
    "nav menu ad ads gg side tools tool print close hot rank links friend dh prev next"
    " search position location".split()  # whole words: "research", "composition" are fine
)
_CONTENT_WORDS = frozenset(
    "content article main text body zoom detail con news post entry trs_editor"
    " contentbox article_content news_content art_con view".split()
)
_TITLE_WORDS = frozenset("title tit headline article_title news_title".split())
_MAX_RUN = 2_000_000
_MAX_TITLE_CHARS = 120
#: A page's <h1> is its title by the markup's word; it may be long (an authority's one-sentence
#: summary of a decision runs to 200 characters and more), unlike a block merely named "title".
_MAX_H1_CHARS = 300
_KEEP = 1000
_BOLD_TAGS = frozenset({"strong", "b"})


def read_html(data: bytes, path: Path) -> DecodedSource:
    """Read a saved web page: the article's title, headings, paragraphs, list items and table
    rows, one per line."""
    text, encoding = decode_page(data, path)
    if len(text) > MAX_TEXT_CHARS and _cjk_at_least(text, MAX_TEXT_CHARS):
        # More Chinese than any report may hold: refused before parsing, which would cost
        # seconds and hundreds of MB only to be refused by the same limit afterwards.
        raise DocumentError(
            path, f"it holds more than {MAX_TEXT_CHARS:,} characters of text; that is the limit"
        )
    try:
        root = _parse(text)
    except (etree.ParserError, ValueError):
        raise DocumentError(path, "it is an HTML file with no readable content") from None
    tab_title = page_title(root)
    body = root.find("body")
    if body is None:
        body = root
    mark_photos(body)  # (before the images go: a caption is known by the photo beside it)
    _drop_boilerplate(body)
    container = _article_container(body)
    title_el = _title_element(container)
    builder = LineBuilder()
    head: list[etree._Element] = []
    if title_el is None or is_page_label(title_el.text_content()):
        # No title by markup (or only a detail page's label): the article's head block, a
        # headline of any level or a title line with its date and source (``html_head``).
        head, head_title = article_head(container)
        if head:
            _read_head(builder, head, head_title)
            title_el = None
    info: list[etree._Element] = []
    if not head and (title_el is None or not contains(container, title_el)):
        if title_el is not None and title_el.tag in {"h1", "h2"}:
            # Its date/来源 line between it and the body, kept under the title (``html_head``).
            info = info_lines(title_el, container, _BLOCK_TAGS)
        title_text = collapse_spaces(title_el.text_content()) if title_el is not None else ""
        title_text = title_text or tab_title
        if title_text and _first_text(container) != title_text:
            builder.add(title_text, title=True)
            for line in deck(title_el) if title_el is not None else ():
                builder.add(line)  # the deck: the story's, under its headline
            _read_blocks(builder, info)
            info = []
            for caption in lead_captions(container, title_el):
                builder.add(collapse_spaces(caption.text_content()), caption=True)
        elif title_text:
            title_el = _first_text_element(container)
    _Linearizer(builder, title_el, after_title=info).walk(container)
    if not builder.lines:
        raise DocumentError(path, "the page has no article text")
    return builder.source(encoding, "html")


def _parse(text: str) -> etree._Element:
    """The page's tree, read with the network off and libxml2's default limits."""
    parser = lxml_html.HTMLParser(
        encoding="utf-8",
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        huge_tree=False,
        recover=True,
    )
    markup = shorten_huge_runs(text)
    root = lxml_html.document_fromstring(markup.encode("utf-8"), parser=parser)
    if html_depth.is_too_deep(parser.error_log):
        # Nested past libxml2's limit: what lies deeper would be lost without a word.
        markup = html_depth.flatten(markup)
        root = lxml_html.document_fromstring(markup.encode("utf-8"), parser=parser)
    return root


def read_fragment(markup: str, builder: LineBuilder) -> None:
    """Add the lines of a piece of HTML (a Markdown file's raw HTML block) to ``builder``,
    read as a page's article is: one line per block, ``<br>`` a line break, ``<h1>``–``<h6>``
    headings, a table's rows, character references decoded, code, images and the blocks a
    page's markup names as furniture (``nav``, a sidebar, a breadcrumb…) dropped."""
    try:
        root = _parse(f"<body>{markup}</body>")
    except (etree.ParserError, ValueError):
        return  # (nothing but comments or white space)
    body = root.find("body")
    if body is None:
        return
    mark_photos(body)
    _drop_boilerplate(body)  # (a page template's sidebar, breadcrumb and share bar, by name)
    _lines_of(builder, body)


def _read_head(
    builder: LineBuilder, blocks: list[etree._Element], title: etree._Element | None
) -> None:
    """The article's head blocks as lines; ``title`` is a heading in them or a plain block,
    whose own first line (``html_head.own_line``) is then the title."""
    own = title is not None and title.tag not in _HEADING_TAGS
    for block in blocks:
        _Linearizer(builder, title, own_title=own).walk(block)


def _read_blocks(builder: LineBuilder, blocks: list[etree._Element]) -> None:
    """The head's info lines under the title, marked as the page's news lines (``news``)."""
    for block in blocks:
        first = len(builder.lines)
        spaced_time(block)
        _lines_of(builder, block)
        builder.news.update(range(first, len(builder.lines)))


def _lines_of(builder: LineBuilder, el: etree._Element) -> None:
    """The lines of ``el`` read as an article's are (no title of its own), every one flushed."""
    walker = _Linearizer(builder, None)
    walker.walk(el)
    walker.flush()


def _cjk_at_least(text: str, count: int) -> bool:
    """Whether ``text`` holds at least ``count`` Chinese characters (stops counting there)."""
    found = 0
    for run in CJK_RUN.finditer(text):
        found += run.end() - run.start()
        if found >= count:
            return True
    return False


def shorten_huge_runs(text: str) -> str:
    """Cut the middle out of any run of more than 2 M characters without ``<`` or ``>``.

    Such a run is inline data (a ``data:`` URI in an attribute, a script's payload), never
    article text. libxml2 (rightly kept at its default limits) stops parsing at a node over
    10 MB, which would silently lose the article after a big inline image; shortening the
    run first keeps the markup around it intact, and the data is never decoded."""
    if len(text) <= _MAX_RUN:
        return text
    pieces = text.split("<")
    if max(map(len, pieces)) <= _MAX_RUN:
        return text
    for i, piece in enumerate(pieces):
        if len(piece) > _MAX_RUN:
            parts = piece.split(">")
            pieces[i] = ">".join(
                part if len(part) <= _MAX_RUN else part[:_KEEP] + part[-_KEEP:] for part in parts
            )
    return "<".join(pieces)


# -- finding the article -------------------------------------------------------------------


def _is_boilerplate(el: etree._Element) -> bool:
    if el.tag in _FURNITURE_TAGS:
        return True
    names, words = class_words(el)
    if not names.strip():
        return False
    if any(part in names for part in _BOILERPLATE_PARTS):
        return True
    return any(word in _BOILERPLATE_WORDS for word in words)


def _drop_code(body: etree._Element) -> None:
    """Drop the elements that never carry text (scripts, images, forms…)."""
    for el in list(body.iter()):
        if not isinstance(el.tag, str):
            continue
        if el.getparent() is None:
            continue
        if el.tag in _VOID_TAGS:
            # Empty in HTML5, but libxml2's HTML 4 parser lets some of them (<embed>)
            # swallow what follows: drop only the tag, keep whatever it wrongly contains.
            el.drop_tag()
        elif el.tag in _DROP_TAGS:
            el.drop_tree()  # keeps the text that follows the element


def _drop_boilerplate(body: etree._Element) -> None:
    _drop_code(body)
    total = _cjk_in_paragraphs(body)
    for el in list(body.iter()):
        if el is body or el.getparent() is None or not isinstance(el.tag, str):
            continue
        if not _is_boilerplate(el) or not _in_tree(el, body):
            continue
        # A wrapper whose name happens to match (``main-with-sidebar``) but that holds most
        # of the page's paragraph text is the article's frame, not furniture.
        if total and _cjk_in_paragraphs(el) * 2 > total:
            continue
        el.drop_tree()


def _in_tree(el: etree._Element, root: etree._Element) -> bool:
    return any(ancestor is root for ancestor in el.iterancestors())


def _cjk_in_paragraphs(el: etree._Element) -> int:
    return sum(cjk_count(p.text_content()) for p in el.iter("p"))


def _direct_text(el: etree._Element) -> str:
    """Text of ``el`` outside its child elements: articles laid out with <br> only."""
    parts = [el.text or ""]
    parts.extend(child.tail or "" for child in el)
    return "".join(parts)


def _article_container(body: etree._Element) -> etree._Element:
    scores: dict[etree._Element, float] = {}

    def credit(el: etree._Element | None, amount: float) -> None:
        if el is not None and isinstance(el.tag, str):
            scores[el] = scores.get(el, 0.0) + amount

    for el in body.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "p":
            amount = cjk_count(el.text_content())
        elif el.tag in {"div", "td", "section", "article", "font", "span"}:
            # Text right inside a block: an article laid out with <br>, or a <div> used as
            # a paragraph. The block itself is a candidate, and so is its parent.
            amount = cjk_count(_direct_text(el))
            if amount < 20:
                continue
            credit(el, amount)
        else:
            continue
        if amount < 3:
            continue
        parent = el.getparent()
        credit(parent, amount)
        credit(parent.getparent() if parent is not None else None, amount / 2)
    if not scores:
        return body
    best, best_score = body, 0.0
    for el, score in scores.items():
        score *= 1.0 - _link_density(el)
        names, words = class_words(el)
        if el.tag in {"article", "main"} or any(w in _CONTENT_WORDS for w in words):
            score *= 1.25
        if score > best_score:
            best, best_score = el, score
    return best


def _link_density(el: etree._Element) -> float:
    total = len(el.text_content()) or 1
    linked = sum(len(a.text_content()) for a in el.iter("a"))
    return min(1.0, linked / total)


def _title_element(container: etree._Element) -> etree._Element | None:
    """The article's title: an <h1> in the article, else the nearest <h1>, <h2> or element
    named like a title that comes before the article in one of its ancestors."""
    inside = container.find(".//h1")
    if inside is not None and inside.text_content().strip():
        return inside
    ancestor = container.getparent()
    for _ in range(4):
        if ancestor is None:
            break
        found = None
        for el in ancestor.iter():
            if el is container:
                break
            if not isinstance(el.tag, str) or contains(container, el):
                continue
            _, words = class_words(el)
            if el.tag in {"h1", "h2"} or any(w in _TITLE_WORDS for w in words):
                # A "title" block holding a whole bar of links is not the article's title, nor
                # is a site's label nearer the body than the <h1> (「字級設定：」, ``html_head``).
                longest = _MAX_H1_CHARS if el.tag == "h1" else _MAX_TITLE_CHARS
                text = el.text_content().strip()
                if 0 < len(text) <= longest and (el.tag == "h1" or not is_chrome_label(text)):
                    found = el
        if found is not None:
            return group_headline(found)
        ancestor = ancestor.getparent()
    return None


def _first_text_element(container: etree._Element) -> etree._Element | None:
    for el in container.iter():
        if isinstance(el.tag, str) and el.tag in _BLOCK_TAGS and (el.text or "").strip():
            return el
    return None


def _first_text(container: etree._Element) -> str:
    el = _first_text_element(container)
    return collapse_spaces(el.text_content()) if el is not None else ""


# -- reading the article -------------------------------------------------------------------


class _Linearizer:
    """Walks the article in document order and emits one line per block."""

    def __init__(
        self,
        builder: LineBuilder,
        title_el: etree._Element | None,
        own_title: bool = False,
        after_title: list[etree._Element] | None = None,
    ):
        self.builder = builder
        self.title_el = title_el
        self.own_title = own_title  # the title is the element's own first line only
        self.after_title = after_title or []  # blocks read right under the title line
        self.buffer: list[str] = []
        # Whether the buffer's text is all bold (「<p><strong>…</strong></p>」: a site's subhead).
        self.bold_depth = 0
        self.bold_text = self.plain_text = False

    def _append(self, text: str) -> None:
        self.buffer.append(text)
        if text.strip():
            if self.bold_depth:
                self.bold_text = True
            else:
                self.plain_text = True

    def flush(self) -> None:
        if self.buffer:
            bold = self.bold_text and not self.plain_text
            self.builder.add(collapse_spaces("".join(self.buffer)), bold=bold)
            self.buffer = []
        self.bold_text = self.plain_text = False

    def walk(self, el: etree._Element) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if self.title_el is not None and el is self.title_el:
            self.flush()
            if not self.own_title or not len(el):
                self.builder.add(collapse_spaces(el.text_content()), title=True)
                _read_blocks(self.builder, self.after_title)
                return
            self.builder.add(own_line(el), title=True)
            for child in el:
                self.walk(child)
                self._append(child.tail or "")
            self.flush()
            return
        if tag in _HEADING_TAGS:
            self.flush()
            self.builder.add(collapse_spaces(el.text_content()), level=_HEADING_TAGS[tag])
            return
        if tag == "figcaption" or (tag == "p" and is_photo_caption(el)):
            self.flush()
            self.builder.add(collapse_spaces(el.text_content()), caption=True)
            return
        if tag == "br":
            self.flush()
            return
        if tag == "pre":
            self.flush()
            for line in el.text_content().splitlines():
                self.builder.add(line)
            return
        if tag == "tr" and _is_data_row(el):
            self.flush()
            cells = [
                collapse_spaces(cell.text_content()) for cell in el if cell.tag in {"td", "th"}
            ]
            self.builder.add(" | ".join(cell for cell in cells if cell))
            return
        block = tag in _BLOCK_TAGS
        if block:
            self.flush()
        bold = tag in _BOLD_TAGS
        self.bold_depth += bold
        if tag:
            self._append(el.text or "")
        for child in el:
            self.walk(child)
            self._append(child.tail or "")
        self.bold_depth -= bold
        if block:
            self.flush()


def _is_data_row(tr: etree._Element) -> bool:
    """A row of a data table (cells of short text), not a layout table holding the page."""
    cells = [cell for cell in tr if cell.tag in {"td", "th"}]
    for cell in cells:
        blocks = 0
        for el in cell.iter():
            if el is cell or not isinstance(el.tag, str):
                continue
            if el.tag in {"table", "ul", "ol", "dl", "blockquote", "pre", *_HEADING_TAGS}:
                return False
            if el.tag in {"p", "div"}:
                blocks += 1
        if blocks > 3:
            return False
    return bool(cells)

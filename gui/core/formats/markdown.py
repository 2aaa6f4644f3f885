"""Markdown reports: headings from ``#`` levels, inline markup reduced to its text.

This is a reader for reports written in Markdown, not a renderer: block structure (ATX and
setext headings, paragraphs, list items, block quotes, fenced code, tables) is kept as lines;
emphasis, links, images, inline code and HTML tags are reduced to their text, character
references to their characters, and attribute lists (kramdown's 「{: .class}」, Pandoc's
「{align="center"}」) are dropped. A raw HTML block (CommonMark's type 6: 「<p>」, 「<div>」,
「<table>」, 「<h2>」… opening a line, up to the next blank line) is read as the HTML reader reads
a page (``gui.core.formats.html.read_fragment``): one line per block, 「<br>」 a line break,
「<h1>」–「<h6>」 headings; a 「<br>」 in a Markdown paragraph breaks its line too. Front matter
(YAML ``---`` or TOML ``+++``) is dropped; its ``title:`` becomes the first line when the body
has no title line of its own (no heading among its first three lines, nor that title first).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from html import unescape
from pathlib import Path

from gui.core.decoding import DecodedSource, DocumentError, decode_text
from gui.core.formats._common import LineBuilder, join_wrapped
from gui.core.formats.feed_sections import mark_feed_frame
from gui.core.formats.markdown_blocks import (
    CONTAINER,
    close_box,
    comment_end,
    container_fence,
    info_block_copy,
    is_info_end,
)
from gui.core.fused_lines import heading_number, is_heading_line, opens_own_line
from gui.core.patterns import ORG_END

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_BULLET = re.compile(r"^\s*[-*+][ \t]+")
_ORDERED = re.compile(r"^\s*\d{1,9}[.)][ \t]+")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_MAX_INLINE_CHARS = 20000
_REFERENCE = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+")

#: An attribute list (kramdown's 「{: .class}」, 「{:target="_top"}」; Pandoc's 「{#id}」,
#: 「{align="center"}」, 「{width="5.6in" height="1.4in"}」): classes, ids and key=value pairs in
#: braces, which a page shows nowhere. Braces around anything else (「{site.imgurl}」, a
#: template's 「{{< video >}}」, a formula) are text.
_ATTRIBUTE = r"""(?:[.#][A-Za-z_][\w-]*|[A-Za-z_][\w-]*=(?:"[^"{}\n]*"|'[^'{}\n]*'|[^\s{}"']+))"""
_ATTRIBUTES = re.compile(rf"\{{:?[ \t]*{_ATTRIBUTE}(?:[ \t]+{_ATTRIBUTE})*[ \t]*\}}", re.ASCII)
#: A line break in a paragraph's raw HTML.
_BR = re.compile(r"<br\s*/?>", re.I)
#: A character reference: named, decimal or hexadecimal, closed by 「;」 (CommonMark's).
_CHAR_REF = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
_REFERENCE_RUN = re.compile(rf"[ \t]*(?:{_CHAR_REF.pattern}[ \t]*)+")
#: Where a paragraph breaks hard (a line ending in 「\」 or two spaces): one line of text
#: each side, the paragraph's inline markup read across it.
_HARD_BREAK = "\ue000"

# Inline markup, applied in this order. Each pattern is linear (no nested quantifiers), so a
# hostile line cannot make them backtrack for long.
_INLINE: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"`+([^`]*)`+"), r"\1"),  # inline code
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # image → its alt text
    (re.compile(r"!\[([^\]]*)\]\[[^\]]*\]"), r"\1"),
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),  # link → its text
    (re.compile(r"\[([^\]]*)\]\[[^\]]*\]"), r"\1"),  # reference link
    (re.compile(r"<((?:https?|mailto|ftp):[^>\s]*)>"), r"\1"),  # autolink
    (_BR, " "),  # (a paragraph's are line breaks: ``_line_pieces``)
    (re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"), ""),  # inline HTML tags
    (_ATTRIBUTES, ""),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![*\\])\*(?=\S)([^*]+?)(?<=\S)\*(?!\*)"), r"\1"),  # emphasis
    (re.compile(r"(?<![\w])_(?=\S)([^_]+?)(?<=\S)_(?![\w])"), r"\1"),
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),  # strikethrough
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])"), r"\1"),  # backslash escapes
]


def read_markdown(data: bytes, path: Path) -> DecodedSource:
    """Read a Markdown report: one line per heading, paragraph, list item and table row."""
    text, encoding = decode_text(data, path)
    builder = LineBuilder()
    all_lines = text.split("\n")
    lines = _without_front_matter(all_lines)
    metadata = _front_matter_fields(all_lines[: len(all_lines) - len(lines)])
    front_title = _front_matter_title(metadata, lines)
    if front_title:
        # A page whose only title is its front matter's (a static site's post): shown as the
        # document's first line, as a reader of the page sees it.
        builder.add(front_title, title=True)
    paragraph: str | None = None
    last_start = 0  # where the paragraph's last source line starts in it
    last_own = True  # that line opened a line of its own (not run on from the one above)
    last_heading: tuple[float, int] | None = None  # the paragraph's last numbered heading line
    item = False  # the paragraph is a bullet list's item
    code = False  # the paragraph holds lines of a raw <script>/<style> block
    block_end: str | None = None  # the closing tag of the raw block the lines are in
    table_head: int | None = None  # the line of the current table's first row

    def flush() -> None:
        nonlocal paragraph, item, code
        if paragraph is not None:
            # Emphasis may run over a hard line break (「**\」 / 「前言**」, a converter's bold
            # heading after a forced break): the paragraph's markup is read whole, then split
            # into its lines at the breaks.
            pieces = paragraph.split(_HARD_BREAK)
            parts = inline_text(paragraph, code).split(_HARD_BREAK)
            if len(parts) != len(pieces):  # (markup that swallowed a break: read line by line)
                parts = [inline_text(piece, code) for piece in pieces]
            for k, part in enumerate(parts):
                caption = _is_figure_caption(pieces[k])
                builder.add(
                    part,
                    caption=caption,
                    item=item and k == 0 and not caption,
                    chrome=code or _is_residue(part),
                )
            paragraph = None
        item = False
        code = False

    fence: str | None = None
    boxes: list[tuple[int, int, int]] = []  # open containers: colons, first line, headings
    table_row = False  # the last line was a table's row
    html: list[str] | None = None  # the lines of the raw HTML block being read
    skip_to = -1  # the last line of the HTML comment block being skipped
    closers: list[int] | None = None
    info_end: int | None = None  # the line a law collection's info-end mark stood before
    for k, raw in enumerate(lines):
        if k <= skip_to:
            continue
        if html is not None:
            if raw.strip():
                html.append(raw)
                continue
            _read_html_block(builder, html)
            html = None
        if fence is not None:
            if raw.strip().startswith(fence):
                fence = None
            else:
                builder.add(raw)
            continue
        fence_match = _FENCE.match(raw)
        if fence_match:
            flush()
            fence = fence_match.group(1)
            continue
        container = CONTAINER.fullmatch(raw) if raw[:4].lstrip(" ")[:3] == ":::" else None
        if container is not None:
            # A container's fence (markdown-it-container, VuePress, Pandoc's fenced divs) is a
            # line of its own, markup: the box it opens is set apart from the text around it.
            flush()
            table_row = False
            container_fence(builder, boxes, container)
            continue
        if block_end is None and raw.lstrip()[:4] == "<!--":
            # A stand-alone HTML comment (CommonMark's HTML block of type 2, to the line that
            # closes it): markup a page never shows (「<!-- 正文下iframe -->」, 「<!-- INFO END
            # -->」). What follows its close on that line is read as a line of its own.
            if closers is None:  # (the lines that close a comment, found once)
                closers = [i for i, text in enumerate(lines) if "-->" in text]
            end = comment_end(lines, k, closers)
            if end is not None:
                flush()
                table_row = False
                if info_end is None and is_info_end(lines, k, end[0]):
                    info_end = len(builder.lines)
                skip_to, rest = end
                if not rest.strip():
                    continue
                raw = rest
        line = raw
        while _QUOTE.match(line):
            line = _QUOTE.sub("", line, count=1)
        head = line.lstrip()[:1]
        if head == "<" and block_end is None and _HTML_BLOCK.match(line):
            # A raw HTML block (CommonMark's type 6): its lines up to the next blank line are
            # HTML, read as a page's article is.
            flush()
            table_row = False
            html = [line]
            continue
        if head != "|" and (head not in ":-" or not _TABLE_RULE.match(line)):
            table_row = False
        opening = None
        if head == "<" and block_end is None and paragraph is None:
            opening = _RAW_BLOCK.match(line)
        if opening is not None:
            block_end = f"</{opening.group(1).lower()}"
        if block_end is not None:
            # A raw <script>/<style> block opening a paragraph (CommonMark's HTML block of type
            # 1, blank lines inside included) is code, not text: its lines are read as before
            # and marked.
            code = True
            if block_end in line.lower():
                block_end = None
        if not line.strip():
            flush()
            continue
        atx = _ATX.match(line)
        if atx:
            flush()
            builder.add(inline_text(atx.group(2) or ""), level=len(atx.group(1)))
            continue
        setext = _SETEXT.match(line)
        if setext and paragraph is not None and "\n" not in paragraph:
            before, _, last = paragraph.rpartition(_HARD_BREAK)
            paragraph = before or None
            flush()
            builder.add(inline_text(last), level=1 if setext.group(1)[0] == "=" else 2)
            continue
        if _TABLE_RULE.match(line):
            flush()
            continue
        if _RULE.match(line) or _REFERENCE.match(line):
            flush()
            continue
        if "|" in line and line.strip().startswith("|"):
            flush()
            raw_cells = line.strip().strip("|").split("|")
            cells = [inline_text(cell) for cell in raw_cells]
            if not table_row:  # the table's first row
                table_head = len(builder.lines) if any(cells) else None
            elif table_head is not None and _images_only(raw_cells):
                # A table that only sets charts side by side: its head row holds their titles
                # (「年龄 | 性别」 over two pictures), a caption.
                builder.captions.add(table_head)
            builder.add(" | ".join(cell for cell in cells if cell))
            table_row = True
            continue
        bullet = _BULLET.match(line)
        if bullet or _ORDERED.match(line):
            flush()
            # Bullets are markup; an ordered item's number is part of its text (1. 2. are
            # also how this genre numbers its level-3 headings).
            paragraph = line[bullet.end() :] if bullet else line.strip()
            paragraph = _BR.sub(_HARD_BREAK, space_references(paragraph).strip())
            item = bullet is not None
            last_start, last_own = 0, True
            last_heading = heading_number(paragraph) if is_heading_line(paragraph) else None
            continue
        pieces = _line_pieces(line, code)
        for content, hard_break in pieces:
            if not content and len(pieces) > 1:
                # (「<br>」 at an end of the line: a break after what came before)
                if paragraph is not None and not paragraph.endswith(_HARD_BREAK):
                    paragraph += _HARD_BREAK
                continue
            fresh = paragraph is None or paragraph.endswith(_HARD_BREAK)
            if paragraph is not None and not fresh and _DATE_ALONE.fullmatch(content):
                # A 公文's 成文日期 on its own line under its 署名, after the text's last sentence:
                # lines of their own (GB/T 9704), not words of a paragraph that a page's scraper
                # set without blank lines between (「上海市交通委员会 上海海事局」 / 「2023年4月17日」
                # / the plan's title). A sentence wrapped at a date (「会议定于」 / 「2023年…」) is
                # joined as before.
                before, signer = paragraph[:last_start], paragraph[last_start:]
                if (not before or before[-1] in "。！？!?" + _HARD_BREAK) and _is_signer_line(
                    signer
                ):
                    paragraph = before or None
                    flush()
                    builder.add(inline_text(signer))
                    builder.add(inline_text(content))
                    continue
            own = fresh
            if paragraph is None:
                paragraph = content
            elif paragraph.endswith(_HARD_BREAK):
                paragraph += content
            elif opens_own_line(paragraph[last_start:], content, last_own, last_heading):
                # A scraper's lines without blank lines between: a numbered heading and the
                # paragraphs around it stay lines of their own (``gui.core.fused_lines``).
                paragraph += _HARD_BREAK + content
                own = True
            else:
                paragraph = join_wrapped(paragraph, content)
            last_start = len(paragraph) - len(content)
            last_own = own
            if fresh:
                last_heading = None
            if own and is_heading_line(content):
                last_heading = heading_number(content)
            if hard_break:
                paragraph += _HARD_BREAK
    flush()
    if html is not None:
        _read_html_block(builder, html)
    info_block_copy(builder, info_end)
    if boxes:  # (a container left open runs to the end)
        close_box(builder, boxes[0], len(builder.lines) - 1)
    if len(builder.lines) <= (1 if front_title else 0):  # (a title over no text is no text)
        raise DocumentError(path, "the Markdown file has no text")
    mark_feed_frame(builder)
    source = builder.source(encoding, "markdown")
    return replace(source, metadata=metadata) if metadata else source


def _read_html_block(builder: LineBuilder, lines: list[str]) -> None:
    from gui.core.formats.html import read_fragment  # (lxml: loaded for raw HTML only)

    read_fragment("\n".join(lines), builder)


def _line_pieces(line: str, code: bool) -> list[tuple[str, bool]]:
    """A paragraph's source line as its pieces, each with whether a hard break ends it: the
    line's own (「\\」 or two spaces at its end) and raw HTML's 「<br>」 anywhere in it."""
    hard_break = line.endswith(("  ", "\\"))
    content = line.rstrip().rstrip("\\").strip()
    if code or len(content) > _MAX_INLINE_CHARS:  # (a pathological line: as written)
        return [(content, hard_break)]
    content = space_references(content).strip()
    if "<" not in content:
        return [(content, hard_break)]
    pieces = [piece.strip() for piece in _BR.split(content)]
    return [(piece, True) for piece in pieces[:-1]] + [(pieces[-1], hard_break)]


#: A date alone on its line, in figures or in Chinese numerals (「二〇〇四年十月十五日」).
_DATE_ALONE = re.compile(
    r"(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
    r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日"
)
_SIGNER_MARKS = re.compile(r"[，,。.；;：:！!？?、《》“”\"]")


def _is_signer_line(line: str) -> bool:
    """A body's name (or two, set apart by spaces) on a line: no sentence, no list."""
    if not 2 <= len(line) <= 40 or _SIGNER_MARKS.search(line) is not None:
        return False
    return ORG_END.search(line.split()[-1]) is not None


def inline_text(text: str, code: bool = False) -> str:
    """Markdown inline markup reduced to the text a reader sees; character references
    decoded unless the text is ``code`` (a raw ``<style>`` block's lines)."""
    if len(text) > _MAX_INLINE_CHARS:
        return text.strip()  # a pathological paragraph is shown as written, not parsed
    if not code:
        text = space_references(text)
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    if not code and "&" in text:
        text = _CHAR_REF.sub(_decoded, text)
    return text.strip()


def _decoded(reference: re.Match[str]) -> str:
    return _character(reference.group())


@lru_cache(maxsize=512)
def _character(reference: str) -> str:
    return unescape(reference)


def space_references(text: str) -> str:
    """Character references that stand for white space (「&emsp;」, 「&nbsp;」, 「&#12288;」) read
    as the HTML reader reads them (``collapse_spaces``): a run of them, with the spaces around
    it, is one space (none at the line's ends, which are stripped)."""
    if "&" not in text or len(text) > _MAX_INLINE_CHARS:
        return text
    return _REFERENCE_RUN.sub(_space_run, text)


def _space_run(run: re.Match[str]) -> str:
    spaces = all(_character(ref.group()).isspace() for ref in _CHAR_REF.finditer(run.group()))
    return " " if spaces else run.group()


_FIGCAPTION = re.compile(r"<figcaption\b[^>]*>.*?</figcaption\s*>", re.I | re.S)


#: An image, with the attributes a converter may set after it (Pandoc's
#: 「{width="5.6in" height="1.4in"}」).
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)(?:\{[^{}\n]*\})?")
#: The start of a raw HTML block that runs to the next blank line (CommonMark's type 6): a
#: block-level tag opening the line. At any indent: this reader has no indented code blocks,
#: and a page's template indents its markup (「        <div class="row">」).
_HTML_BLOCK = re.compile(
    r"\s*</?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col"
    r"|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame"
    r"|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav"
    r"|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th"
    r"|thead|title|tr|track|ul)(?=[\s/>]|$)",
    re.I,
)
#: A raw HTML block whose content is code, not text (CommonMark's HTML blocks of type 1).
_RAW_BLOCK = re.compile(r"\s*<(script|style)(?=[\s>]|$)", re.I)
_HTML_IMAGE = re.compile(r"<img\b[^<>]*>", re.I)
#: What is left of markup that held no text (Pandoc's page break 「**\**」 read as 「\」).
_RESIDUE = re.compile(r"[\\*_~`#|]+")
_RESIDUE_FIRST = frozenset("\\*_~`#|")


def _images_only(cells: list[str]) -> bool:
    """A table row whose cells hold pictures and nothing else (Markdown or HTML images)."""
    rest = [_HTML_IMAGE.sub("", _IMAGE.sub("", cell)).strip() for cell in cells]
    pictures = sum(1 for cell in cells if _IMAGE.search(cell) or _HTML_IMAGE.search(cell))
    return pictures > 0 and not any(rest)


def _is_residue(text: str) -> bool:
    """A line that is only markup left over (no letter, no figure): not text."""
    return text[:1] in _RESIDUE_FIRST and _RESIDUE.fullmatch(text.strip()) is not None


def _is_figure_caption(paragraph: str) -> bool:
    """A paragraph of raw HTML whose only text is a ``<figcaption>`` (a figure a site's
    Markdown embeds: ``<figure>``, ``<img>``, ``<figcaption>…</figcaption>``), or a paragraph
    of images alone, whose alt text is the line a reader sees: a news page saved as Markdown
    puts each photo's caption there (「![習近平抵達金邊，…。（法新社）](https://…jpg)」)."""
    if _IMAGE.search(paragraph) and not _IMAGE.sub("", paragraph).strip():
        return True
    if "<figcaption" not in paragraph.lower():
        return False
    return not inline_text(_FIGCAPTION.sub("", paragraph))


_FIELD = re.compile(r"\s*([^\s:#][^:]{0,30}?)\s*:\s*(.+?)\s*$")


def _front_matter_fields(lines: list[str]) -> dict[str, str]:
    """Top-level ``key: value`` pairs of a front matter block (scalars only: lists and
    nested maps are not metadata the reader shows)."""
    out: dict[str, str] = {}
    for line in lines[1:-1]:
        if line[:1].isspace():
            continue
        m = _FIELD.match(line)
        if m:
            out[m[1]] = m[2].strip().strip("\"'")
    return out


_MAX_FRONT_TITLE = 200
_MAX_OPENING_SCAN = 200


def _front_matter_title(metadata: dict[str, str], body: list[str]) -> str:
    """The front matter's ``title:`` when the body does not open with a title of its own: a
    heading (ATX or setext, any level) among its first three lines that is no numbered section
    (a VuePress 复函 opens with 「## 一、相关法律规定」 under a title only its front matter
    holds), or a first line that holds the same words."""
    title = " ".join(metadata.get("title", "").split())
    if not title or len(title) > _MAX_FRONT_TITLE:
        return ""
    opening = [i for i, line in enumerate(body[:_MAX_OPENING_SCAN]) if line.strip()][:3]
    for i in opening:
        following = body[i + 1] if i + 1 < len(body) else ""
        atx = _ATX.match(body[i])
        if atx is not None and not _is_section(atx.group(2) or ""):
            return ""
        if _SETEXT.match(following) and not _SETEXT.match(body[i]) and not _is_section(body[i]):
            return ""
    if opening and "".join(title.split()) in "".join(inline_text(body[opening[0]]).split()):
        return ""
    return title


def _is_section(heading: str) -> bool:
    """A heading that opens with a section's number (「一、相关法律规定」, 「第一章 总则」, 「1. 背景」):
    the body's first part, not a title of its own."""
    from gui.core.numbering import numbered

    return numbered(inline_text(heading)) is not None


def _without_front_matter(lines: list[str]) -> list[str]:
    if not lines or lines[0].strip() not in {"---", "+++"}:
        return lines
    marker = lines[0].strip()
    for i in range(1, min(len(lines), 200)):
        if lines[i].strip() in {marker, "..."}:
            return lines[i + 1 :]
    return lines

"""From a file (or a string) to a :class:`Document`: decode, clean, find footer and outline."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from gui.core.cleaning import CleanedText, find_damaged, find_footer, remove_pinyin
from gui.core.decoding import DecodedSource
from gui.core.document import Document, DocumentHeader, Furniture, Span, fingerprint_text
from gui.core.furniture import find_furniture
from gui.core.header import read_header, read_info_bar
from gui.core.header_titles import PAGE_TITLE_TAIL, info_bar_at
from gui.core.loading import read_source
from gui.core.menu_repeats import repeated_menu_lines
from gui.core.outline import build_outline
from gui.core.page_residue import run_in_bar_title
from gui.core.title_chrome import is_page_chrome
from gui.core.wire_credits import closing_bylines


def read_document(path: Path | str) -> Document:
    """Open a report file. Raises ``gui.core.decoding.DocumentError`` with a one-line reason."""
    path = Path(path)
    return document_from_source(read_source(path), path)


def document_from_text(text: str, path: Path | None = None) -> Document:
    """A document from an already decoded string (tests, clipboard, tools)."""
    from gui.core.decoding import normalise_newlines

    return document_from_source(DecodedSource(normalise_newlines(text), "utf-8"), path)


def document_from_source(
    decoded: DecodedSource, path: Path | None = None, cleaned: CleanedText | None = None
) -> Document:
    """The document read from ``decoded``; ``cleaned`` is ``remove_pinyin(decoded.text)``
    when the caller already has it (the document's text is then that very string)."""
    if cleaned is None:
        cleaned = remove_pinyin(decoded.text)
    text = cleaned.text
    footer = find_footer(text)
    body_end = footer.start if footer else len(text)
    headings = decoded.headings
    title_line = decoded.title_line
    furniture = find_furniture(text, body_end)
    if decoded.captions:
        furniture = _marked_lines(text, decoded.captions, "caption", furniture, body_end)
    if decoded.chrome:
        furniture = _marked_lines(text, decoded.chrome, "chrome", furniture, body_end)
    repeats = repeated_menu_lines(text, furniture, body_end)  # (a menu printed again)
    if repeats:
        furniture = _marked_lines(text, repeats, "chrome", furniture, body_end)
    if decoded.news:
        furniture = _news_lines(text, decoded.news, furniture, body_end)
    furniture = _figure_sources(text, furniture)
    if headings is not None and title_line:
        furniture = _preamble(text, title_line, furniture)
        furniture = _chrome_over_marked_title(text, title_line, furniture, body_end)
    header = read_header(
        text,
        body_end,
        furniture,
        title_line=title_line,
        find_title=headings is None,
        metadata=decoded.metadata,
    )
    if header.chrome:  # (page chrome over the title the header skipped)
        furniture = _marked_lines(text, frozenset(header.chrome), "chrome", furniture, body_end)
    furniture = closing_bylines(text, furniture, body_end)  # (the header read its reporter)
    outline = build_outline(
        text,
        body_end=body_end,
        headings=headings,
        title_line=title_line,
        title_lines=header.title_lines or None,
        skip_lines=header.lines,
        furniture=furniture,
        annex_lines=header.attached,
        list_items=decoded.items,
        bold_lines=decoded.bold,
        boxes=decoded.boxes,
    )
    title, title_span = outline.title, outline.title_span
    part = header.title  # a title that is only part of its line always has its offsets
    if part is not None and part.start is not None and part.end is not None:
        title, title_span = part.text, Span(part.start, part.end)
        furniture = _title_copy(text, header.title_lines, title_span, furniture)
        with_tail = _page_title_tail(text, title_span, furniture)
        for bar in set(with_tail) - set(furniture):
            if bar.kind == "news":  # (the page's 来源/发布时间 bar run on after the title)
                header = read_info_bar(header, text, bar)
        furniture = with_tail
    table = header.fields.get("title")
    if (
        (title is None or _guessed_inside_a_line(text, title_span, header, title_line))
        and table is not None
        and table.start is not None
        and table.end is not None
    ):
        # (A page with no title of its own in the text — a crawler's page.txt that ran the
        # whole page into one line — is titled by its site's metadata table: 「标题: …」.)
        title, title_span = table.text, Span(table.start, table.end)
    if title is None:
        title, title_span, furniture = _bar_title(text, furniture)
    return Document(
        path=path,
        source=decoded.text,
        text=text,
        source_map=cleaned.source_map,
        title=title,
        title_span=title_span,
        sections=outline.sections,
        footer=footer,
        damaged=tuple(find_damaged(text)),
        encoding=decoded.encoding,
        fingerprint=fingerprint_text(text),
        replaced=decoded.replaced,
        furniture=furniture,
        header=header,
    )


def _bar_title(
    text: str, furniture: tuple[Furniture, ...]
) -> tuple[str | None, Span | None, tuple[Furniture, ...]]:
    """The title a page's run-in bar holds (``page_residue.run_in_bar_title``) where the text
    has no other: the bar's chrome is cut in two around it (breadcrumb; stamp and buttons),
    unless the text repeats the title right under the bar, where that copy is the title."""
    line = text.split("\n", 1)[0]
    at = run_in_bar_title(line)
    bar = next((f for f in furniture if f.start == 0 and f.kind == "chrome"), None)
    if at is None or bar is None or bar.end < at[1]:
        return None, None, furniture
    start, end = at
    copy = len(text[bar.end :]) - len(text[bar.end :].lstrip(" \u3000"))
    if text.startswith(text[start:end], bar.end + copy):
        # (the page's text repeats the title under the bar: that copy is the title's)
        start, end = bar.end + copy, bar.end + copy + end - start
        return text[start:end], Span(start, end), furniture
    cut = [f for f in furniture if f is not bar]
    cut += [Furniture(0, start - 1, "chrome"), Furniture(end + 1, bar.end, "chrome")]
    return text[start:end], Span(start, end), tuple(sorted(cut, key=lambda f: f.start))


def _marked_lines(
    text: str,
    marked: frozenset[int],
    kind: str,
    furniture: tuple[Furniture, ...],
    body_end: int,
) -> tuple[Furniture, ...]:
    """The lines the format marks are furniture of ``kind`` whatever their words: figure
    captions (``<figcaption>``: 「左為…，右為…」 names no photographer), code and markup residue
    (a Markdown page's ``<script>`` block)."""
    added = [
        Furniture(begin, end, kind)
        for begin, end in _line_spans(text, marked, body_end)
        if not any(f.start < end and begin < f.end for f in furniture)
    ]
    return tuple(sorted([*furniture, *added], key=lambda f: f.start))


def _line_spans(text: str, marked: frozenset[int], body_end: int) -> Iterator[tuple[int, int]]:
    """The stripped spans of the lines ``marked`` (0-based) that hold text before ``body_end``."""
    start = 0
    for index, line in enumerate(text.split("\n")):
        begin = start + len(line) - len(line.lstrip())
        end = start + len(line.rstrip())
        start += len(line) + 1
        if index in marked and begin < end <= body_end:
            yield begin, end


def _news_lines(
    text: str, marked: frozenset[int], furniture: tuple[Furniture, ...], body_end: int
) -> tuple[Furniture, ...]:
    """The lines the format marks as the article head's line of fields (a web page's
    date/来源 line under its title) are ``news`` furniture, whatever kind their words gave
    them (a 阅读次数 counter on the line makes it chrome): the header reads a story's time
    and source from news lines. A range that also holds other lines keeps them."""
    out = list(furniture)
    for begin, end in _line_spans(text, marked, body_end):
        over = [f for f in out if f.start < end and begin < f.end]
        if any(f.kind == "news" for f in over):
            continue
        out = [f for f in out if f not in over] + [Furniture(begin, end, "news")]
        for f in over:
            head = text[f.start : begin].rstrip()
            if f.start < begin and head:
                out.append(Furniture(f.start, f.start + len(head), f.kind))
            tail = text[end : f.end]
            if f.end > end and tail.strip():
                out.append(Furniture(f.end - len(tail.lstrip()), f.end, f.kind))
    return tuple(sorted(out, key=lambda f: f.start))


#: A numbered figure's or table's caption (「图 1.1 OSDGs 整体框架」, 「圖2-3 …」).
_NUMBERED_FIGURE = re.compile(r"[图圖表]\s*\d+(?:[.\-－—–]\d+)*(?:\s|$)")
#: The line naming where a chart's data or picture comes from.
_FIGURE_SOURCE = re.compile(r"(?:数据|資料|资料|图片|圖片)?(?:来源|來源|出处|出處)[：:]")


def _figure_sources(text: str, furniture: tuple[Furniture, ...]) -> tuple[Furniture, ...]:
    """A 「来源：…」 line right under a numbered figure's caption is that chart's credit, part of
    the caption, not the piece's own source (「图 1.1 OSDGs 整体框架」 / 「来源：《2025 全球开源发展
    报告》」 in a report)."""
    out = list(furniture)
    for k in range(1, len(out)):
        before, line = out[k - 1], out[k]
        if line.kind != "news" or before.kind != "caption" or text[before.end : line.start].strip():
            continue
        if _NUMBERED_FIGURE.match(text[before.start : before.end]) and _FIGURE_SOURCE.match(
            text[line.start : line.end]
        ):
            out[k] = replace(line, kind="caption")
    return tuple(out)


def _guessed_inside_a_line(
    text: str, span: Span | None, header: DocumentHeader, title_line: int | None
) -> bool:
    """Whether the outline's title is only its guess at a first line (no format, no header
    named it) that is a piece from inside a text line: a page run into one line that the
    reader cut into paragraphs, its bar chrome (round fx25: the 署名 「平潭综合实验区管委会」 of
    a Pingtan notice run on after its 正文, batch 51) — no title line; the site's table names
    the title."""
    if span is None or header.title_lines or header.title is not None or title_line is not None:
        return False
    return bool(text[text.rfind("\n", 0, span.start) + 1 : span.start].strip())


def _title_copy(
    text: str, title_lines: tuple[int, ...], title: Span, furniture: tuple[Furniture, ...]
) -> tuple[Furniture, ...]:
    """A page's copy of the title set above the 公文 head that names it in full (the heading
    「关于印发《…》的函」 over 「沪建综规〔2025〕449号上海市…委员会关于印发《…》的函」) is chrome,
    as the first of a title block printed twice is."""
    starts = [0]
    for line in text.split("\n"):
        starts.append(starts[-1] + len(line) + 1)
    marked = frozenset(
        i for i in title_lines if starts[i + 1] <= title.start or title.end <= starts[i]
    )
    return _marked_lines(text, marked, "chrome", furniture, len(text)) if marked else furniture


def _page_title_tail(
    text: str, title: Span, furniture: tuple[Furniture, ...]
) -> tuple[Furniture, ...]:
    """The column and the site's name a page's title appends after bars or underscores, on
    the title's line (``header_titles.PAGE_TITLE_TAIL``: 「… | 證券 | 中央社 CNA」, 「…_光明网」),
    are chrome; the page's info bar run on after it (``header_titles.info_bar_at``) is news."""
    end = text.find("\n", title.end)
    end = len(text) if end < 0 else end
    tail = text[title.end : end].rstrip()
    line_start = text.rfind("\n", 0, title.start) + 1
    if tail and info_bar_at(text[line_start:end]) == title.end - line_start + len(tail) - len(
        tail.lstrip()
    ):
        kind = "news"  # (the page's info bar run on after the title: 「来源：… 发布时间：…」)
    elif not tail or PAGE_TITLE_TAIL.compiled.fullmatch(tail) is None:
        return furniture
    else:
        kind = "chrome"
    start = title.end + len(tail) - len(tail.lstrip())
    chrome = Furniture(start, title.end + len(tail), kind)
    return tuple(sorted([*furniture, chrome], key=lambda f: f.start))


def _chrome_over_marked_title(
    text: str, title_line: int, furniture: tuple[Furniture, ...], body_end: int
) -> tuple[Furniture, ...]:
    """(Round t26) Over a title the format marks, each line that is page chrome whatever stands
    around it (``title_chrome.is_page_chrome``: a stamp, a column's path, a breadcrumb's step —
    「2020年8月14日」 / 「紀曉風獨眼香江_肺炎襲港」 over 信報's headline, batch 48) is chrome, as it
    is over a title the header finds."""
    over = text.split("\n", title_line)[:title_line]
    marked = frozenset(i for i, line in enumerate(over) if line.strip() and is_page_chrome(line))
    return _marked_lines(text, marked, "chrome", furniture, body_end) if marked else furniture


def _preamble(
    text: str, title_line: int, furniture: tuple[Furniture, ...]
) -> tuple[Furniture, ...]:
    """The notes a page puts above the title its format marks (a site's lead, a scraper's
    note: 「《新闻联播》2026年6月19日 全部 12 条文字稿，原文完整保留。」) are page chrome: sentences,
    so a 公文's 发文字号 or a dateline above a marked title stays what it is."""
    end = 0
    for _ in range(title_line):
        end = text.index("\n", end) + 1
    head = text[: end - 1]
    start = len(head) - len(head.lstrip())
    stop = len(head.rstrip())
    if start >= stop or any(f.start <= start and stop <= f.end for f in furniture):
        return furniture
    if any(not ln.strip() or ln.strip()[-1] not in "。！!" for ln in head[start:].split("\n")):
        return furniture
    kept = [f for f in furniture if f.end <= start or f.start >= stop]
    return tuple(sorted([*kept, Furniture(start, stop, "chrome")], key=lambda f: f.start))

"""From a file (or a string) to a :class:`Document`: decode, clean, find footer and outline."""

from __future__ import annotations

from pathlib import Path

from gui.core.cleaning import CleanedText, find_damaged, find_footer, remove_pinyin
from gui.core.decoding import DecodedSource
from gui.core.document import Document, Furniture, Span, fingerprint_text
from gui.core.furniture import find_furniture
from gui.core.header import read_header
from gui.core.loading import read_source
from gui.core.outline import build_outline


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
    if headings is not None and title_line:
        furniture = _preamble(text, title_line, furniture)
    header = read_header(
        text,
        body_end,
        furniture,
        title_line=title_line,
        find_title=headings is None,
        metadata=decoded.metadata,
    )
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
    )
    title, title_span = outline.title, outline.title_span
    part = header.title  # a title that is only part of its line always has its offsets
    if part is not None and part.start is not None and part.end is not None:
        title, title_span = part.text, Span(part.start, part.end)
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
    added: list[Furniture] = []
    start = 0
    for index, line in enumerate(text.split("\n")):
        begin = start + len(line) - len(line.lstrip())
        end = start + len(line.rstrip())
        start += len(line) + 1
        if index not in marked or begin >= end or end > body_end:
            continue
        if not any(f.start < end and begin < f.end for f in furniture):
            added.append(Furniture(begin, end, kind))
    return tuple(sorted([*furniture, *added], key=lambda f: f.start))


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

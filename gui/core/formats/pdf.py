"""PDF reports with a text layer, read with pdfminer.six in reading order.

Lines come from pdfminer's layout analysis (text boxes in reading order, lines inside them).
Running headers, footers and page numbers are dropped when the same line (digits aside)
opens or closes most pages. Lines are joined back into paragraphs: a line ends its paragraph
when it ends in 。！？：；, falls well short of the text's right edge, or the next line is
indented, set apart or in another size. Chinese lines are joined without a space.

Untrusted files stay bounded: compressed streams are measured before pdfminer inflates them
(a decompression bomb is refused), the page count and the time spent are capped, object
look-ups have a work budget and cycle detection (``gui.core.formats.pdf_bounds``), and every
pdfminer error becomes a one-line :class:`DocumentError`.
"""

from __future__ import annotations

import logging
import re
import time
import zlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from gui.core.decoding import DecodedSource, DocumentError
from gui.core.formats._common import LineBuilder, collapse_spaces, is_cjk, join_wrapped
from gui.core.formats.pdf_bounds import (
    MAX_TEXT_OPS_PER_PAGE as MAX_TEXT_OPS_PER_PAGE,  # the limits, named where they apply
)
from gui.core.formats.pdf_bounds import (
    TOO_SLOW,
    DeadlineFile,
    Exhausted,
    bounded_document_class,
    bounded_interpreter_class,
)

#: Pages read at most; a longer PDF is refused rather than half-read.
MAX_PAGES = 1000
#: Seconds spent reading at most (a 300-page report takes well under a minute).
MAX_SECONDS = 60.0
#: Most one compressed stream other than an image may inflate to, and all streams together
#: (images included: a 300-page scan of blank pages is the largest honest case).
MAX_STREAM_BYTES = 100 * 1024 * 1024
MAX_INFLATED_BYTES = 512 * 1024 * 1024

_PARAGRAPH_END = "。！？：；!?;:"
#: Text this much larger than the body text is a title or heading (when it is short).
_LARGER = 1.15
_MAX_SIZED_HEADING = 40
#: Running headers and footers sit in the top and bottom 15 % of a page (A4: 126 pt; Word's
#: and the GB/T 9704 official-document margins put them well inside that).
_MARGIN_BAND = 0.15
_CLOSERS = "”’」』）)]】》\"'"
# A stream's data starts after the keyword and one end of line; "endstream" is not a start.
_STREAM_START = re.compile(rb"(?<!end)stream\r?\n")
_CID = re.compile(r"\(cid:\d+\)")


log = logging.getLogger(__name__)
# pdfminer warns through logging about every oddity of a damaged file. Give its logger a
# handler so that, when the application has not configured logging, Python's last-resort
# handler does not print those warnings on the terminal; a configured log still gets them.
logging.getLogger("pdfminer").addHandler(logging.NullHandler())


@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    page: int
    page_bottom: float = 0.0  # the page's y range, for telling margins from body
    page_top: float = 0.0


def _median(values) -> float:
    """``statistics.median`` (the mean of the two middle values for an even count); here so
    that the frozen app need not ship statistics, fractions and the pure-Python decimal."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no values")
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def read_pdf(data: bytes, path: Path, max_seconds: float = MAX_SECONDS) -> DecodedSource:
    """Read a text PDF: paragraphs in reading order, running headers and page numbers
    removed. Scanned PDFs (images only) are refused with a clear reason; reading stops
    with a :class:`DocumentError` after ``max_seconds``."""
    if b"%PDF-" not in data[:1024]:
        raise DocumentError(path, "it is a damaged PDF (no PDF header)")
    check_streams(data, path)
    pages = _extract_pages(data, path, max_seconds)
    if not any(pages):
        raise DocumentError(
            path, "it has no text layer (a scanned PDF?); Report Reader needs text, not images"
        )
    text_chars = sum(len(line.text) for page in pages for line in page)
    cid_chars = sum(len(m) for page in pages for line in page for m in _CID.findall(line.text))
    if cid_chars * 2 > text_chars:
        raise DocumentError(
            path, "its fonts have no Unicode mapping, so its text cannot be extracted"
        )
    body = remove_running_lines(pages)
    paragraphs = join_paragraphs(body)
    title, levels = structure_by_size(paragraphs)
    builder = LineBuilder()
    for i, paragraph in enumerate(paragraphs):
        # Unmapped glyphs become U+FFFD, which the cleaning step flags as damaged text.
        builder.add(_CID.sub("\ufffd", paragraph.text), level=levels.get(i), title=i == title)
    if not builder.lines:
        raise DocumentError(
            path, "it has no text layer (a scanned PDF?); Report Reader needs text, not images"
        )
    return builder.source("utf-8", "pdf")


def check_streams(data: bytes, path: Path | str) -> None:
    """Refuse a PDF whose compressed streams would inflate past the limits. Each stream is
    inflated in 1 MB steps and thrown away, so the check itself needs little memory.

    A stream whose dictionary says it is an image may be large (a scanned page), since
    pdfminer never decodes images; but a hostile file could label any stream an image, so
    images still count towards the total."""
    total = 0
    for match in _STREAM_START.finditer(data):
        start = match.end()
        end = data.find(b"endstream", start)
        if end < 0:
            break
        header = data[max(0, match.start() - 1024) : match.start()]
        image = b"/Image" in header[header.rfind(b"obj") :]
        limit = MAX_INFLATED_BYTES if image else MAX_STREAM_BYTES
        inflater = zlib.decompressobj()
        produced = 0
        pending = data[start:end]
        try:
            while pending and not inflater.eof:
                produced += len(inflater.decompress(pending, 1 << 20))
                pending = inflater.unconsumed_tail
                if produced > limit or total + produced > MAX_INFLATED_BYTES:
                    what = (
                        "a compressed stream that expands"
                        if produced > limit
                        else ("compressed streams that expand")
                    )
                    limit_mb = (limit if produced > limit else MAX_INFLATED_BYTES) // 1048576
                    raise DocumentError(
                        path, f"it contains {what} past {limit_mb} MB (a decompression bomb?)"
                    )
        except zlib.error:
            pass  # not Flate data (or damaged): pdfminer decides what to do with it
        total += produced


def _extract_pages(data: bytes, path: Path, max_seconds: float) -> list[list[_Line]]:
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1
    from pdfminer.psexceptions import PSEOF, PSException

    from gui.core.formats.pdf_cmaps import install_vertical_fallback

    install_vertical_fallback()
    deadline = time.monotonic() + max_seconds
    try:
        parser = PDFParser(DeadlineFile(data, deadline))
        document = bounded_document_class()(parser)
        document.deadline = deadline
        count = resolve1(resolve1(document.catalog.get("Pages")) or {}).get("Count")
        if isinstance(count, int) and count > MAX_PAGES:
            raise DocumentError(
                path, f"it has {count} pages; Report Reader reads PDFs of up to {MAX_PAGES} pages"
            )
        manager = PDFResourceManager(caching=True)
        device = PDFPageAggregator(manager, laparams=LAParams(all_texts=True))
        interpreter = bounded_interpreter_class()(manager, device)
        interpreter.deadline = deadline
        pages: list[list[_Line]] = []
        for number, page in enumerate(PDFPage.create_pages(document)):
            if number >= MAX_PAGES:
                raise DocumentError(
                    path, f"it has more than {MAX_PAGES} pages; that is the limit for a PDF"
                )
            if time.monotonic() > deadline:
                raise Exhausted(TOO_SLOW)
            interpreter.text_ops = 0
            interpreter.process_page(page)
            pages.append(_page_lines(device.get_result(), number))
    except DocumentError:
        raise
    except PDFPasswordIncorrect:
        raise DocumentError(path, "it is password-protected") from None
    except PDFEncryptionError:
        raise DocumentError(path, "it is encrypted in a way that cannot be read") from None
    except Exhausted as err:
        if str(err) == TOO_SLOW:
            reason = f"it takes more than {max_seconds:g} s to read; that is the limit for a PDF"
            raise DocumentError(path, reason) from None
        raise DocumentError(path, str(err)) from None
    except PSEOF:
        raise DocumentError(path, "it is a damaged PDF (it ends too early)") from None
    except PSException:
        log.info("reading %s failed", path, exc_info=True)
        raise DocumentError(path, "it is a damaged PDF (its structure is broken)") from None
    except (KeyError, TypeError, ValueError, AttributeError, IndexError, AssertionError):
        # pdfminer trusts the objects it reads; a damaged one fails as a Python error
        log.info("reading %s failed", path, exc_info=True)
        raise DocumentError(
            path, "it is a damaged PDF (its content cannot be interpreted)"
        ) from None
    if document.cycles and not any(pages):
        # The text was behind a loop of references (read as null): not a scanned PDF.
        raise DocumentError(path, "it is a damaged PDF (its objects refer to each other in a loop)")
    return pages


def _page_lines(layout, number: int) -> list[_Line]:
    from pdfminer.layout import LTChar, LTFigure, LTTextBox, LTTextLine

    lines: list[_Line] = []

    def visit(item) -> None:
        if isinstance(item, LTTextLine):
            text = collapse_spaces(item.get_text(), cjk_spaces=False)
            if text:
                sizes = [c.size for c in item if isinstance(c, LTChar)]
                size = _median(sizes) if sizes else item.height
                lines.append(
                    _Line(
                        text, item.x0, item.x1, item.y1, item.y0, size, number, layout.y0, layout.y1
                    )
                )
        elif isinstance(item, LTTextBox | LTFigure):
            for child in item:
                visit(child)

    for item in layout:
        visit(item)
    return lines


# -- running headers and footers -----------------------------------------------------------


def _running_key(text: str) -> str:
    """Digits stand for page numbers: ``第 3 页`` and ``第 4 页`` are the same running line."""
    return "".join("#" if c.isdigit() else c for c in text if not c.isspace())


def _edge_lines(page: list[_Line], top: bool, depth: int = 2) -> list[_Line]:
    """The lines on the top (or bottom) ``depth`` baselines of a page, among those in its
    top (or bottom) margin band: a short page's body lines are not running lines."""
    page = [line for line in page if _in_margin(line, top)]
    if not page:
        return []
    levels = sorted({round(line.top if top else line.bottom) for line in page}, reverse=top)
    edge = set(levels[:depth])
    return [line for line in page if round(line.top if top else line.bottom) in edge]


def _in_margin(line: _Line, top: bool) -> bool:
    band = _MARGIN_BAND * (line.page_top - line.page_bottom)
    if top:
        return line.bottom >= line.page_top - band
    return line.top <= line.page_bottom + band


def remove_running_lines(pages: list[list[_Line]]) -> list[_Line]:
    """All lines in reading order without the running headers, footers and page numbers
    that repeat at the top or bottom of most pages."""
    if len(pages) < 2:
        return [line for page in pages for line in page]
    counts: Counter[tuple[bool, str]] = Counter()
    for page in pages:
        for top in (True, False):
            counts.update({(top, _running_key(line.text)) for line in _edge_lines(page, top)})
    needed = max(2, round(0.4 * len(pages)))
    running = {key for key, count in counts.items() if count >= needed}
    body: list[_Line] = []
    for page in pages:
        drop = {
            id(line)
            for top in (True, False)
            for line in _edge_lines(page, top)
            if (top, _running_key(line.text)) in running
        }
        body.extend(line for line in page if id(line) not in drop)
    return body


# -- paragraphs ----------------------------------------------------------------------------


@dataclass
class Paragraph:
    text: str
    size: float  # font size of its first line
    page: int


def join_paragraphs(lines: list[_Line]) -> list[Paragraph]:
    """Join lines that a paragraph was wrapped into; see the module docstring for the rule."""
    if not lines:
        return []
    left = Counter(round(line.x0) for line in lines).most_common(1)[0][0]
    rights = sorted(line.x1 for line in lines)
    right = rights[int(0.8 * (len(rights) - 1))]
    width = max(right - left, 1.0)
    size = _median(line.size for line in lines) or 10.0
    pitches = [
        a.bottom - b.bottom
        for a, b in zip(lines, lines[1:], strict=False)
        if a.page == b.page and 0 < a.bottom - b.bottom < 4 * size
    ]
    pitch = _median(pitches) if pitches else 1.5 * size

    paragraphs: list[Paragraph] = []
    current = Paragraph(lines[0].text, lines[0].size, lines[0].page)
    for prev, line in zip(lines, lines[1:], strict=False):
        if _ends_paragraph(prev, line, left, right, width, size, pitch):
            paragraphs.append(current)
            current = Paragraph(line.text, line.size, line.page)
        elif _mostly_cjk(current.text):
            # Chinese text wraps anywhere, even inside a number (``1`` / ``83.6亿元``).
            current.text = current.text.rstrip() + line.text.lstrip()
        else:
            current.text = join_wrapped(current.text, line.text)
    paragraphs.append(current)
    return paragraphs


def structure_by_size(paragraphs: list[Paragraph]) -> tuple[int | None, dict[int, int]]:
    """The title and headings that the PDF marks only by type size: (title paragraph or
    None, {paragraph: level}). The title is the largest text among the first paragraphs of
    page 1; headings are short lines set larger than the body, levelled by size. Headings
    in the body size (一、 numbered, bold) are left to the outline's text inference."""
    if len(paragraphs) < 2:
        return None, {}
    weights: Counter[float] = Counter()
    for paragraph in paragraphs:
        weights[round(paragraph.size * 2) / 2] += len(paragraph.text)
    body = weights.most_common(1)[0][0]

    def larger(paragraph: Paragraph) -> bool:
        return paragraph.size >= _LARGER * body

    def heading_like(paragraph: Paragraph) -> bool:
        text = paragraph.text
        return len(text) <= _MAX_SIZED_HEADING and text[-1] not in _PARAGRAPH_END + "，,、"

    title = None
    largest = max(p.size for p in paragraphs)
    for i, paragraph in enumerate(paragraphs[:3]):
        if paragraph.page == 0 and larger(paragraph) and paragraph.size >= largest - 0.5:
            if len(paragraph.text) <= 2 * _MAX_SIZED_HEADING:
                title = i
            break
    sizes = sorted(
        {
            round(p.size * 2) / 2
            for i, p in enumerate(paragraphs)
            if i != title and larger(p) and heading_like(p)
        },
        reverse=True,
    )
    levels = {
        i: sizes.index(round(p.size * 2) / 2) + 1
        for i, p in enumerate(paragraphs)
        if i != title and larger(p) and heading_like(p)
    }
    return title, levels


def _mostly_cjk(text: str) -> bool:
    """Chinese text, even when glued pinyin or numbers make up much of it: at least one
    Chinese character for every four Latin letters."""
    han = sum(1 for c in text if is_cjk(c))
    latin = sum(1 for c in text if c.isalpha() and ord(c) < 0x250)
    return han > 0 and han * 4 >= latin


def _ends_paragraph(
    prev: _Line, line: _Line, left: float, right: float, width: float, size: float, pitch: float
) -> bool:
    text = prev.text.rstrip(_CLOSERS) or prev.text
    if text[-1] in _PARAGRAPH_END:
        return True
    if prev.x1 - prev.x0 < 0.6 * width:
        return True
    if is_cjk(prev.text[-1]) and prev.x1 < right - 1.5 * size:
        return True  # justified Chinese text runs to the margin; a gap means the end
    if line.x0 > left + 0.8 * size:
        return True  # the next line is indented: a new paragraph
    if abs(line.size - prev.size) > 0.15 * max(line.size, prev.size):
        return True  # a heading or a caption in another size
    if line.page == prev.page and prev.bottom - line.bottom > 1.6 * pitch:
        return True  # set apart by space
    return line.page == prev.page and line.bottom > prev.bottom  # a jump back up: a new column

"""Pieces the format readers share: building the line list, joining wrapped lines, the title.

Every reader produces the same shape: one paragraph per line, a map of heading lines to
levels, and optionally the title line, so the outline, cleaning, footer and note anchoring
work exactly as for plain text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from gui.core.decoding import DecodedSource
from gui.core.patterns import ORG_END

#: Characters that end a sentence or clause in this genre; a line ending in one of them
#: is not a title and, in a PDF, ends its paragraph.
SENTENCE_END = "。！？!?；;：:"
_NOT_TITLE_END = SENTENCE_END + "，,、…"
MAX_TITLE_CHARS = 60
#: Lines allowed above a document's one top-level heading for it to be the title.
MAX_PREAMBLE_LINES = 3


# Han characters, CJK punctuation and full-width forms: text joined without spaces.
_CJK_RANGES = (
    (0x2E80, 0x9FFF),  # radicals, CJK punctuation, kana, Han (BMP)
    (0xF900, 0xFAFF),
    (0xFE30, 0xFE4F),
    (0xFF00, 0xFFEF),
    (0x20000, 0x3FFFF),
)
_CJK_EXTRA = "“”‘’…—·"
_CJK_CLASS = "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in _CJK_RANGES) + _CJK_EXTRA
CJK_RUN = re.compile(f"[{_CJK_CLASS}]+")
# White space and invisible format characters (zero-width space, BOM, soft hyphen…).
_SPACE_RUN = re.compile(r"[\s\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]+")


def is_cjk(char: str) -> bool:
    """Whether ``char`` is Chinese (or Japanese) script or punctuation."""
    code = ord(char)
    return any(a <= code <= b for a, b in _CJK_RANGES) or char in _CJK_EXTRA


def cjk_count(text: str) -> int:
    """How many Chinese characters and punctuation marks ``text`` holds."""
    return sum(len(run) for run in CJK_RUN.findall(text))


def join_wrapped(left: str, right: str) -> str:
    """Join two pieces of one paragraph that a line break split: Chinese without a space,
    Latin words with one."""
    left = left.rstrip()
    right = right.lstrip()
    if not left or not right:
        return left + right
    if is_cjk(left[-1]) or is_cjk(right[0]):
        return left + right
    return f"{left} {right}"


def collapse_spaces(text: str, cjk_spaces: bool = True) -> str:
    """Collapse runs of white space to one space and strip the ends. Between two Chinese
    characters, drop a run that holds a line break (a wrap in the page source: authors never
    meant a space there), and any run at all unless ``cjk_spaces`` (a PDF's layout gaps are
    not spaces)."""

    def replace(match: re.Match[str]) -> str:
        start, end = match.span()
        if start == 0 or end == len(text):
            return ""
        if is_cjk(text[start - 1]) and is_cjk(text[end]):
            if not cjk_spaces or "\n" in match.group() or "\r" in match.group():
                return ""
        return " "

    return _SPACE_RUN.sub(replace, text)


@dataclass
class LineBuilder:
    """Collects the lines of a document with their heading levels and the title line."""

    lines: list[str] = field(default_factory=list)
    headings: dict[int, int] = field(default_factory=dict)
    title_line: int | None = None
    captions: set[int] = field(default_factory=set)
    chrome: set[int] = field(default_factory=set)
    items: set[int] = field(default_factory=set)
    news: set[int] = field(default_factory=set)
    bold: set[int] = field(default_factory=set)
    boxes: list[tuple[int, int]] = field(default_factory=list)

    def add(
        self,
        text: str,
        level: int | None = None,
        title: bool = False,
        caption: bool = False,
        item: bool = False,
        chrome: bool = False,
        bold: bool = False,
    ) -> None:
        """Add one paragraph; blank text is skipped. Inner newlines become spaces so that a
        paragraph always stays one line. ``caption``: the format marks it as a figure's
        caption; ``item``: as a bullet list's item; ``chrome``: as code or markup residue;
        ``bold``: set wholly in bold."""
        text = " ".join(part.strip() for part in text.splitlines() if part.strip()).strip()
        if not text:
            return
        index = len(self.lines)
        self.lines.append(text)
        if item:
            self.items.add(index)
        if bold:
            self.bold.add(index)
        if chrome:
            self.chrome.add(index)
        elif caption:
            self.captions.add(index)
        elif title and self.title_line is None:
            self.title_line = index
        elif level is not None:
            self.headings[index] = max(1, min(6, level))

    def source(self, encoding: str, fmt: str) -> DecodedSource:
        """The collected document. Without any structure marks the outline is inferred from
        the text alone (``headings=None``), as for a .txt file."""
        text = "\n".join(self.lines)
        captions = frozenset(self.captions)
        chrome = frozenset(self.chrome)
        items = frozenset(self.items)
        news = frozenset(self.news)
        bold = frozenset(self.bold)
        boxes = tuple(self.boxes)
        if self.title_line is None:
            self.title_line = guess_title_line(self.lines, self.headings)
        if self.title_line is None and not self.headings:
            return DecodedSource(
                text,
                encoding,
                fmt,
                None,
                None,
                captions=captions,
                chrome=chrome,
                items=items,
                news=news,
                bold=bold,
                boxes=boxes,
            )
        return DecodedSource(
            text,
            encoding,
            fmt,
            dict(self.headings),
            self.title_line,
            captions=captions,
            chrome=chrome,
            items=items,
            news=news,
            bold=bold,
            boxes=boxes,
        )


def guess_title_line(lines: list[str], headings: dict[int, int]) -> int | None:
    """The title when the format has no explicit one: a first heading whose level is above
    every other heading's, or a short first line ahead of the first heading."""
    if len(lines) < 2:
        return None
    first_heading = min(headings, default=None)
    if first_heading is not None and 0 < first_heading <= MAX_PREAMBLE_LINES:
        # A note or two above the one top heading (a scraper's notice, a dateline): the
        # heading is still the title.
        others = [level for line, level in headings.items() if line != first_heading]
        if all(level > headings[first_heading] for level in others):
            headings.pop(first_heading)
            return first_heading
    if first_heading is not None and first_heading <= MAX_PREAMBLE_LINES:
        if _heads_nothing(lines, headings, first_heading):
            headings.pop(first_heading)
            return first_heading
    cover = _cover_title(lines, headings)
    if cover is not None:
        return cover
    if 0 in headings:
        others = [level for line, level in headings.items() if line != 0]
        if all(level > headings[0] for level in others):
            headings.pop(0)
            return 0
        return None
    if not headings:
        return None  # the outline's own title inference handles unmarked text
    first = lines[0]
    if len(first) <= MAX_TITLE_CHARS and first[-1] not in _NOT_TITLE_END:
        return 0
    return None


def _cover_title(lines: list[str], headings: dict[int, int]) -> int | None:
    """A cover set in headings (a plan's title page: 「### 臺北市都市計畫書」 / 「# 臺北市內湖區…
    案」 / 「## 臺北市政府」): the document's one heading of the top level, among its first lines
    with only headings above it, is the title. The headings above it (a series' name) and an
    issuer's name right under it (an organisation alone on its line) are the cover's lines:
    they head nothing (the header reads them)."""
    if not headings:
        return None
    top = min(headings.values())
    tops = [line for line, level in headings.items() if level == top]
    title = tops[0]
    if len(tops) != 1 or not 0 < title <= MAX_PREAMBLE_LINES:
        return None
    if any(line not in headings for line in range(title)):
        return None
    if any(len(ln) > 20 or any(c in ln for c in _NOT_TITLE_END) for ln in lines[:title]):
        return None  # (a series' or a document kind's name is a short label)
    for line in range(title):
        headings.pop(line)
    under = title + 1
    if under in headings and _is_issuer_line(lines[under]):
        headings.pop(under)
    headings.pop(title)
    return title


def _is_issuer_line(line: str) -> bool:
    """An organisation's name alone on its line (「臺北市政府」): no mark, a body's ending."""
    line = line.strip()
    return 2 <= len(line) <= 20 and line.isalnum() and ORG_END.search(line) is not None


def _heads_nothing(lines: list[str], headings: dict[int, int], first: int) -> bool:
    """A first heading with no text of its own, over three or more headings of its level: a
    digest's programme line (「《新闻联播》 20260619 19:00」, then a link label, then the
    items) is the page's title, not its first item."""
    level = headings[first]
    peers = sorted(line for line, lv in headings.items() if lv <= level and line > first)
    if len(peers) < 3 or any(headings[line] < level for line in peers):
        return False
    own = [ln.strip() for ln in lines[first + 1 : peers[0]] if ln.strip()]
    return all(len(ln) <= 20 and not any(c in ln for c in "。！？；") for ln in own)

"""The section outline of a report, inferred from its text.

Heading styles, from the outermost: Markdown ``#``; 第X编/篇, 第X章, 第X节, 第X条; 一、;
（一）/(一); 1./1、; （1）/(1); lead sentences (a paragraph opening with a short sentence that
ends in 。, when consecutive paragraphs do so); unnumbered subheadings (a short standalone line
with no sentence-final punctuation between body paragraphs). Levels are the ranks of the styles
a document actually uses, so a report numbered only with 一、 and （一） gets levels 1 and 2.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from gui.core.document import Section, Span

_CN_NUM = "一二三四五六七八九十百千零〇两"
_NUM = rf"[{_CN_NUM}\d]+"


class _Unit:
    """``第N章``-style numbers: the regex, then a check that a space, the end of the line or a
    CJK character follows. (In the regex, as ``(?=\\s|$|[\\u4e00-\\u9fff])``, that class
    costs ~1 ms to compile per pattern, while the app starts; see ``cleaning.is_han``.)"""

    def __init__(self, pattern: str):
        self._re = re.compile(pattern)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        m = self._re.match(text, pos)
        if m is None:
            return None
        end = m.end()
        if end == len(text) or text[end].isspace() or "\u4e00" <= text[end] <= "\u9fff":
            return m
        return None


# (rank, pattern); the pattern matches at the start of a line and its match is the number.
_NUMBERED: list[tuple[float, re.Pattern[str] | _Unit]] = [
    (10, _Unit(rf"第{_NUM}[编篇編]")),
    (11, _Unit(rf"第{_NUM}章")),
    (12, _Unit(rf"第{_NUM}[节節]")),
    (13, _Unit(rf"第{_NUM}[条條]")),
    (20, re.compile(rf"[{_CN_NUM}]+[、.．]")),
    (21, re.compile(rf"[（(][{_CN_NUM}]+[）)]")),
    (22, re.compile(r"\d{1,2}(?:[、．]|\.(?!\d))")),
    (23, re.compile(r"[（(]\d{1,2}[）)]")),
]
_MARKDOWN = re.compile(r"(#{1,6})[ \t]+(?=\S)")
_RANK_ARTICLE = 13
_RANK_LEAD = 30.0
_RANK_SUBHEADING = 31.0

_SENTENCE_END = "。！？!?"
_NO_HEADING_END = "。！？!?；;：:，,、…"
_CLAUSE_MARKS = "，,；;：:"
MAX_HEADING_CHARS = 40
MAX_LEAD_CHARS = 30
MAX_SUBHEADING_CHARS = 25


@dataclass(frozen=True)
class Outline:
    title: str | None
    title_span: Span | None
    sections: tuple[Section, ...]


@dataclass
class _Line:
    index: int
    start: int
    end: int  # without the newline
    text: str  # stripped of surrounding white space
    offset: int  # where ``text`` starts


@dataclass
class _Heading:
    line: _Line
    rank: float
    heading_start: int
    heading_end: int


def build_outline(
    text: str,
    body_end: int | None = None,
    headings: Mapping[int, int] | None = None,
    title_line: int | None = None,
) -> Outline:
    """Find the title and sections of ``text[:body_end]``.

    ``headings`` (line number → level) and ``title_line`` come from formats that mark their
    structure (HTML, DOCX); the text's own numbered headings are still recognised."""
    body_end = len(text) if body_end is None else body_end
    lines = _split_lines(text, body_end)
    if not lines:
        return Outline(None, None, ())

    title: _Line | None = None
    if title_line is not None:
        title = next((ln for ln in lines if ln.index == title_line), None)
    elif headings is None:
        title = _infer_title(lines)
    body = [ln for ln in lines if ln is not title]

    found = _find_headings(body, headings)
    ranks = sorted({h.rank for h in found})
    level_of = {rank: i + 1 for i, rank in enumerate(ranks)}

    body_start = body[0].start if body else body_end
    sections: list[Section] = []
    if not found or found[0].line.start > body_start:
        sections.append(Section(body_start, body_end, 1, None, None, None))
    for h in found:
        sections.append(
            Section(
                h.line.start,
                body_end,  # fixed below
                level_of[h.rank],
                text[h.heading_start : h.heading_end],
                h.heading_start,
                h.heading_end,
            )
        )
    sections = _close_sections(sections, body_end)
    title_text = None
    title_span = None
    if title is not None:
        title_text = title.text.lstrip("#").strip() if title.text.startswith("#") else title.text
        title_span = Span(
            title.offset + title.text.find(title_text), title.offset + len(title.text)
        )
    return Outline(title_text, title_span, tuple(sections))


def _split_lines(text: str, body_end: int) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    for index, raw in enumerate(text[:body_end].split("\n")):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append(_Line(index, pos, pos + len(raw), stripped, pos + lead))
        pos += len(raw) + 1
    return out


def _infer_title(lines: list[_Line]) -> _Line | None:
    first = lines[0]
    if len(lines) < 2:
        return None
    md = _MARKDOWN.match(first.text)
    if md:
        level = len(md.group(1))
        others = [_MARKDOWN.match(ln.text) for ln in lines[1:]]
        if all(m is None or len(m.group(1)) > level for m in others):
            return first
        return None
    if _numbered(first.text) is not None:
        return None
    if len(first.text) > 60 or first.text[-1] in _NO_HEADING_END:
        return None
    return first


def _numbered(line: str) -> tuple[float, int] | None:
    """(rank, length of the number) when the line opens with a heading number."""
    for rank, pattern in _NUMBERED:
        m = pattern.match(line)
        if m:
            return rank, m.end()
    return None


def _lead_sentence_end(line: str, after: int = 0) -> int | None:
    """End of a short first sentence (ending in 。) followed by more text, else None."""
    for i in range(after, min(len(line), after + MAX_LEAD_CHARS + 1)):
        c = line[i]
        if c in _CLAUSE_MARKS:
            return None
        if c in _SENTENCE_END:
            if c == "。" and i + 1 < len(line) and i - after >= 2:
                return i + 1
            return None
    return None


def _is_inline_enumeration(line: str, rank: float, number_len: int) -> bool:
    """``一、…；二、…`` on one line lists items; it does not head a section."""
    pattern = dict(_NUMBERED_BY_RANK)[rank]
    rest = line[number_len:]
    return any(pattern.match(rest, m.start()) for m in _ENUM_SCAN.finditer(rest))


_NUMBERED_BY_RANK = [(rank, pattern) for rank, pattern in _NUMBERED]
_ENUM_SCAN = re.compile(r"(?<=[；;，,。：:])\s*(?=\S)")


def _find_headings(body: list[_Line], hints: Mapping[int, int] | None) -> list[_Heading]:
    found: list[_Heading | None] = [None] * len(body)
    lead_candidates: list[int] = []
    for i, ln in enumerate(body):
        if hints is not None and ln.index in hints:
            # A level from the format: rank it before every inferred style.
            found[i] = _Heading(ln, hints[ln.index], ln.offset, ln.offset + len(ln.text))
            continue
        md = _MARKDOWN.match(ln.text)
        if md:
            found[i] = _Heading(
                ln, len(md.group(1)), ln.offset + md.end(), ln.offset + len(ln.text)
            )
            continue
        numbered = _numbered(ln.text)
        if numbered is not None:
            rank, number_len = numbered
            heading = _numbered_heading(ln, rank, number_len)
            if heading is not None:
                found[i] = heading
            continue
        if _lead_sentence_end(ln.text) is not None:
            lead_candidates.append(i)
            continue
    # Lead sentences head sections only when at least two consecutive paragraphs open so.
    consecutive = any(
        b == a + 1 for a, b in zip(lead_candidates, lead_candidates[1:], strict=False)
    )
    if consecutive:
        for i in lead_candidates:
            ln = body[i]
            end = _lead_sentence_end(ln.text)
            assert end is not None
            found[i] = _Heading(ln, _RANK_LEAD, ln.offset, ln.offset + end)
    for i, ln in enumerate(body):
        if found[i] is None and _is_subheading(body, i, found):
            found[i] = _Heading(ln, _RANK_SUBHEADING, ln.offset, ln.offset + len(ln.text))
    return [h for h in found if h is not None]


def _numbered_heading(ln: _Line, rank: float, number_len: int) -> _Heading | None:
    line = ln.text
    if _is_inline_enumeration(line, rank, number_len):
        return None
    if rank == _RANK_ARTICLE:
        # 第一条 规则正文……: the article number heads the article, whatever its length.
        return _Heading(ln, rank, ln.offset, ln.offset + number_len)
    if len(line) <= MAX_HEADING_CHARS and (
        line[-1] not in "；;，,、" and not _has_inner_sentence(line)
    ):
        return _Heading(ln, rank, ln.offset, ln.offset + len(line))
    lead = _lead_sentence_end(line, number_len)
    if lead is not None:
        return _Heading(ln, rank, ln.offset, ln.offset + lead)
    return None


def _has_inner_sentence(line: str) -> bool:
    """A sentence end before the last character: a paragraph, not a heading line."""
    return any(c in _SENTENCE_END for c in line[:-1])


def _is_subheading(body: list[_Line], i: int, found: list[_Heading | None]) -> bool:
    ln = body[i]
    if len(ln.text) > MAX_SUBHEADING_CHARS or ln.text[-1] in _NO_HEADING_END:
        return False
    if any(c in ln.text for c in "。！？!?；;"):
        return False
    if i + 1 >= len(body) or found[i + 1] is not None:
        return False  # a subheading heads body text
    # A run of short lines is a list or an address block, not headings.
    if _is_short_line(body[i + 1].text):
        return False
    return not (i > 0 and found[i - 1] is None and _is_short_line(body[i - 1].text))


def _is_short_line(line: str) -> bool:
    return len(line) <= MAX_SUBHEADING_CHARS and line[-1] not in _NO_HEADING_END


def _close_sections(sections: list[Section], body_end: int) -> list[Section]:
    """Each section ends where the next section of the same or a higher level starts."""
    ends = [body_end] * len(sections)
    open_sections: list[int] = []  # indices, levels strictly increasing
    for i, s in enumerate(sections):
        while open_sections and sections[open_sections[-1]].level >= s.level:
            ends[open_sections.pop()] = s.start
        open_sections.append(i)
    return [
        Section(s.start, end, s.level, s.heading, s.heading_start, s.heading_end)
        for s, end in zip(sections, ends, strict=True)
    ]

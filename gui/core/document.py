"""A loaded report: source text, cleaned text and the structure found in it.

The cleaned ``text`` is the one canonical coordinate system (see DESIGN.md, "Coordinates"):
sections, the footer, damaged spans, entities and note anchors are all offsets into it.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from gui.core.offsets import OffsetMap


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Furniture(Span):
    """A run of whole lines of page furniture. ``kind`` is one of ``chrome`` (site controls,
    breadcrumbs, counters), ``meta`` (a site's information table: 索引号, 发文机关 …), ``news`` (原标题/来源/时间/责任编辑 … lines), ``caption`` (photo
    and chart captions, photographer credits) or ``byline`` (reporter or speaker lines)."""

    kind: str = "chrome"


@dataclass(frozen=True)
class FoldRun:
    """Whole lines ``first``..``last`` (0-based, inclusive) that are all page furniture or
    footer, blank lines between them included: what the reader may fold into one marker.
    ``lines`` counts the non-blank ones; ``start``/``end`` are text offsets."""

    first: int
    last: int
    lines: int
    start: int
    end: int


@dataclass(frozen=True)
class HeaderField:
    """One recognised element: its text and where it sits in the cleaned text (None when it
    came from outside the text: a Markdown file's front matter)."""

    text: str
    start: int | None
    end: int | None


@dataclass(frozen=True)
class DocumentHeader:
    """What the head and tail of a document say about it. ``genre`` is ``official`` (公文),
    ``regulation``, ``work-report``, ``news`` or None; ``fields`` maps element names (issuer, number,
    addressees, annexes, signature, date, distribution, subtitle, occasion, speaker,
    original_title, source, time, reporter, editor) to what was found."""

    genre: str | None = None
    title_lines: tuple[int, ...] = ()  # 0-based line numbers of the title, in order
    fields: dict[str, HeaderField] = field(default_factory=dict, hash=False)
    lines: tuple[int, ...] = ()  # header lines that are neither title nor body headings
    #: The title when it is only part of its line (title, occasion and speaker on one line).
    title: HeaderField | None = None
    #: Title lines of documents the text carries after its own date (the plan a 印发 notice
    #: issues): top-level sections like an annex.
    attached: tuple[int, ...] = ()
    #: Page chrome over the title (a stamp, a menu's labels: ``gui.core.title_chrome``).
    chrome: tuple[int, ...] = ()

    def get(self, name: str) -> str | None:
        """The text of one element, or None."""
        f = self.fields.get(name)
        return f.text if f is not None else None


@dataclass(frozen=True, slots=True)  # ~26,000 of them in a 10 MB report: 1.2 MB less slotted
class Section:
    """One outline entry. ``start``/``end`` cover the heading and the body, subsections
    included; the heading range is ``None`` for an untitled lead section."""

    start: int
    end: int
    level: int
    heading: str | None
    heading_start: int | None
    heading_end: int | None

    @property
    def body_start(self) -> int:
        return self.heading_end if self.heading_end is not None else self.start


@dataclass(frozen=True)
class Document:
    """A report after decoding, cleaning and outlining."""

    path: Path | None
    source: str  # the decoded file, newlines normalised
    text: str  # the cleaned text: source minus glued pinyin annotations
    source_map: OffsetMap  # A = text, B = source
    title: str | None
    title_span: Span | None
    sections: tuple[Section, ...]
    footer: Span | None
    damaged: tuple[Span, ...]
    encoding: str
    fingerprint: str = field(default="")
    #: Undecodable bytes of the file, now U+FFFD in the text and listed in ``damaged``.
    replaced: int = 0
    #: Page furniture inside the body (chrome, news lines, captions, bylines): kept in the
    #: text, left out of the outline, find and entity counts; the footer is apart.
    furniture: tuple[Furniture, ...] = ()
    header: DocumentHeader | None = None

    def is_furniture(self, start: int, end: int | None = None) -> bool:
        """Whether ``[start, end)`` lies inside page furniture or the footer."""
        end = start if end is None else end
        if self.footer is not None and self.footer.start <= start and end <= self.footer.end:
            return True
        return any(f.start <= start and end <= f.end for f in self.furniture)

    def furniture_spans(self) -> list[Span]:
        """Furniture and the footer, in text order: what the reader dims."""
        spans: list[Span] = [Span(f.start, f.end) for f in self.furniture]
        if self.footer is not None:
            spans.append(self.footer)
        return spans

    def fold_runs(self) -> list[FoldRun]:
        """Runs of whole lines of furniture and footer (see ``fold_runs``)."""
        keep = [
            (s.heading_start, s.heading_end)
            for s in self.sections
            if s.heading_start is not None and s.heading_end is not None
        ]
        if self.title_span is not None:
            keep.append((self.title_span.start, self.title_span.end))
        spans = [(s.start, s.end) for s in self.furniture_spans()]
        return fold_runs(self.text, spans, keep)

    @property
    def body_end(self) -> int:
        return self.footer.start if self.footer else len(self.text)

    @cached_property
    def _section_starts(self) -> list[int] | None:
        """The sections' starts, when they are in order (outlines are: see outline.py)."""
        starts = [s.start for s in self.sections]
        return starts if all(a <= b for a, b in zip(starts, starts[1:], strict=False)) else None

    def section_at(self, pos: int) -> Section | None:
        """The innermost section containing ``pos`` (None in the title or footer)."""
        sections, starts = self.sections, self._section_starts
        if starts is None:
            found = None
            for section in sections:
                if section.start <= pos < section.end:
                    found = section  # later sections that contain pos are deeper
                elif section.start > pos:
                    break
            return found
        # The last section that starts at or before pos, then back to the first that still
        # contains it: the innermost. A scan from the start for each of 1,000 notes over
        # 7,000 sections (a 1 M-character report) took ~0.3 s on the UI thread.
        j = bisect.bisect_right(starts, pos) - 1
        while j >= 0:
            if pos < sections[j].end:
                return sections[j]
            j -= 1
        return None

    def section_path(self, pos: int) -> list[Section]:
        """Sections containing ``pos`` from the outermost to the innermost."""
        return [s for s in self.sections if s.start <= pos < s.end]


def fingerprint_text(text: str) -> str:
    """Identity of a document's content: the same cleaned text is the same document,
    wherever the file lives and whatever it is called."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def fold_runs(
    text: str, spans: list[tuple[int, int]], keep: list[tuple[int, int]] | None = None
) -> list[FoldRun]:
    """Maximal runs of lines whose every non-blank character lies in ``spans``, with the blank
    lines between such lines. A line only partly furniture (a caption run into a paragraph)
    stays out: folding hides whole lines, and the paragraph must stay readable. So does a
    line that overlaps a ``keep`` span (the title inside a feed's ``title: '…'`` line)."""
    if not spans:
        return []
    # Spans that only white space separates are one stretch (a run of captions and bylines).
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and not text[merged[-1][1] : start].strip():
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    covered: list[int] = []  # line numbers, ascending
    for start, end in merged:
        line = bisect.bisect_right(starts, start) - 1
        while line < len(starts) and starts[line] < end:
            a = starts[line]
            b = starts[line + 1] - 1 if line + 1 < len(starts) else len(text)
            content = text[a:b]
            stripped = content.strip()
            if stripped:
                first = a + content.index(stripped[0])
                last = a + len(content.rstrip())
                kept = any(k0 < b and a < k1 for k0, k1 in keep or ())
                if start <= first and last <= end and not kept:
                    covered.append(line)
            line += 1
    runs: list[FoldRun] = []
    for line in covered:
        prev = runs[-1] if runs else None
        if prev is not None and _blank_between(text, starts, prev.last, line):
            runs[-1] = FoldRun(
                prev.first, line, prev.lines + 1, prev.start, _line_end(text, starts, line)
            )
        else:
            runs.append(FoldRun(line, line, 1, starts[line], _line_end(text, starts, line)))
    return runs


def _line_end(text: str, starts: list[int], line: int) -> int:
    return starts[line + 1] - 1 if line + 1 < len(starts) else len(text)


def _blank_between(text: str, starts: list[int], a: int, b: int) -> bool:
    """Lines strictly between line ``a`` and line ``b`` are all blank."""
    return not text[_line_end(text, starts, a) : starts[b]].strip()


class SpanIndex:
    """``index(pos)``: whether a text position lies inside one of ``spans``, by bisection (a
    long feed page has hundreds of furniture spans and thousands of lines)."""

    def __init__(self, spans: Iterable[Span]):
        merged: list[list[int]] = []  # overlapping spans (a footer over furniture) as one
        for s in sorted(spans, key=lambda s: s.start):
            if merged and s.start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], s.end)
            else:
                merged.append([s.start, s.end])
        self._starts = [a for a, _ in merged]
        self._ends = [b for _, b in merged]

    def __call__(self, pos: int) -> bool:
        i = bisect.bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self._ends[i]

    def end_at(self, pos: int) -> int:
        """The end of the span ``pos`` lies inside (``pos`` itself when none)."""
        i = bisect.bisect_right(self._starts, pos) - 1
        return self._ends[i] if i >= 0 and pos < self._ends[i] else pos


def content_lines(
    text: str, body_end: int, furniture: Iterable[Span]
) -> list[tuple[int, int, str]]:
    """``(line number, start, stripped text)`` of the lines of ``text[:body_end]`` that are
    not furniture. A line that starts right where furniture ends is furniture's too; a line
    that furniture opens and text follows (a font-size menu the page ran its title on
    after: 「【字号：大 中 小】陕西省2026年政府工作报告」) is read from that text on."""
    spans = sorted((f.start, f.end) for f in furniture)
    out: list[tuple[int, int, str]] = []
    pos = k = 0
    for index, raw in enumerate(text[:body_end].split("\n")):
        start, end = pos + len(raw) - len(raw.lstrip()), pos + len(raw.rstrip())
        reach = 1
        while start < end:
            while k < len(spans) and spans[k][1] < start:
                k += 1
            if not (k < len(spans) and spans[k][0] <= start < spans[k][1] + reach):
                out.append((index, start, text[start:end]))
                break
            if spans[k][1] <= start:
                break  # the whole line is furniture
            start, reach = spans[k][1], 0
            while start < end and text[start].isspace():
                start += 1
        pos += len(raw) + 1
    return out

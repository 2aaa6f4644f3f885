"""A loaded report: source text, cleaned text and the structure found in it.

The cleaned ``text`` is the one canonical coordinate system (see DESIGN.md, "Coordinates"):
sections, the footer, damaged spans, entities and note anchors are all offsets into it.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
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

    def get(self, name: str) -> str | None:
        """The text of one element, or None."""
        f = self.fields.get(name)
        return f.text if f is not None else None


@dataclass(frozen=True)
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
        j = bisect_right(starts, pos) - 1
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

"""A loaded report: source text, cleaned text and the structure found in it.

The cleaned ``text`` is the one canonical coordinate system (see DESIGN.md, "Coordinates"):
sections, the footer, damaged spans, entities and note anchors are all offsets into it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from gui.core.offsets import OffsetMap

if TYPE_CHECKING:
    from gui.core.furniture import Furniture
    from gui.core.header import DocumentHeader


@dataclass(frozen=True)
class Span:
    start: int
    end: int


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

    def section_at(self, pos: int) -> Section | None:
        """The innermost section containing ``pos`` (None in the title or footer)."""
        found = None
        for section in self.sections:
            if section.start <= pos < section.end:
                found = section  # later sections that contain pos are deeper
            elif section.start > pos:
                break
        return found

    def section_path(self, pos: int) -> list[Section]:
        """Sections containing ``pos`` from the outermost to the innermost."""
        return [s for s in self.sections if s.start <= pos < s.end]


def fingerprint_text(text: str) -> str:
    """Identity of a document's content: the same cleaned text is the same document,
    wherever the file lives and whatever it is called."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()

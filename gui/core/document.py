"""A loaded report: source text, cleaned text and the structure found in it.

The cleaned ``text`` is the one canonical coordinate system (see DESIGN.md, "Coordinates"):
sections, the footer, damaged spans, entities and note anchors are all offsets into it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from gui.core.offsets import OffsetMap


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

"""Notes and their anchors: plain, immutable values.

An anchor is kept twice over, as the W3C Web Annotation model suggests: a position (start and
end in the cleaned text, a ``TextPositionSelector``) that is exact but breaks when the text
changes, and a quote with 32 characters of context on each side (a ``TextQuoteSelector``) that
survives edits. The quote is stored in the text's own script and in Simplified, so that a note
can be found again in a Simplified or Traditional copy of the same report.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum

from gui.core.document import Document, Section
from gui.core.script import convert_fragment

#: Characters of context kept on each side of a quote (TextQuoteSelector prefix/suffix).
CONTEXT_CHARS = 32


class NoteKind(StrEnum):
    PASSAGE = "passage"  # a selection: a highlight, optionally with text
    SECTION = "section"  # a whole outline section; anchored on its heading


class Colour(StrEnum):
    """Highlight colours by name; the GUI chooses palette values for light and dark themes."""

    YELLOW = "yellow"
    GREEN = "green"
    BLUE = "blue"
    PINK = "pink"
    PURPLE = "purple"
    ORANGE = "orange"


COLOURS: tuple[str, ...] = tuple(c.value for c in Colour)
DEFAULT_COLOUR = Colour.YELLOW.value


class NoteError(ValueError):
    """A note that cannot be made as asked (empty or out-of-range selection, bad colour)."""


@dataclass(frozen=True)
class NoteAnchor:
    """Where a note sits: position in the cleaned text plus quote and context.

    ``start``/``end`` are Python string indices (code points) into ``Document.text``; the GUI
    converts to UTF-16 at its boundary. ``*_hans`` are the same strings in Simplified."""

    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    exact_hans: str
    prefix_hans: str
    suffix_hans: str

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class Note:
    """One note: a highlight (empty ``body``) or a comment on a passage or a section.

    Notes are values: change one with :func:`dataclasses.replace` (or :meth:`edited`) and hand
    the result to the store."""

    id: str
    fingerprint: str
    kind: str
    anchor: NoteAnchor
    body: str = ""
    colour: str = DEFAULT_COLOUR
    tags: tuple[str, ...] = ()
    section_path: tuple[str, ...] = ()  # headings, outermost first, as last anchored
    created: str = ""
    modified: str = ""
    orphaned: bool = False

    @property
    def start(self) -> int:
        return self.anchor.start

    @property
    def end(self) -> int:
        return self.anchor.end

    @property
    def is_highlight(self) -> bool:
        return not self.body.strip()

    def edited(self, **changes) -> Note:
        """A copy with ``changes`` applied and ``modified`` set to now."""
        if "colour" in changes:
            changes["colour"] = check_colour(changes["colour"])
        if "tags" in changes:
            changes["tags"] = normalise_tags(changes["tags"])
        return replace(self, modified=now_iso(), **changes)


def now_iso() -> str:
    """UTC now as ISO 8601 with seconds, e.g. ``2026-11-27T06:40:00Z``."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def new_id() -> str:
    return str(uuid.uuid4())


def check_colour(colour: str) -> str:
    colour = str(colour).strip().lower()
    if colour not in COLOURS:
        raise NoteError(f"unknown colour {colour!r}; use one of {', '.join(COLOURS)}")
    return colour


def normalise_tags(tags: Iterable[str] | str) -> tuple[str, ...]:
    """Tags trimmed, a leading ``#`` dropped, empty ones and repeats removed, order kept."""
    if isinstance(tags, str):
        tags = tags.replace(",", " ").split()
    seen: dict[str, None] = {}
    for tag in tags:
        tag = str(tag).strip().lstrip("#").strip()
        if tag:
            seen.setdefault(tag, None)
    return tuple(seen)


def quote_context(text: str, start: int, end: int) -> tuple[str, str]:
    """The TextQuoteSelector's prefix and suffix of ``text[start:end]``."""
    return text[max(0, start - CONTEXT_CHARS) : start], text[end : end + CONTEXT_CHARS]


def make_anchor(text: str, start: int, end: int) -> NoteAnchor:
    """The anchor for ``text[start:end]`` (a non-empty range of the cleaned text)."""
    if not 0 <= start < end <= len(text):
        raise NoteError(f"selection {start}–{end} is empty or outside the text (0–{len(text)})")
    exact = text[start:end]
    prefix, suffix = quote_context(text, start, end)
    return NoteAnchor(
        start=start,
        end=end,
        exact=exact,
        prefix=prefix,
        suffix=suffix,
        exact_hans=convert_fragment(exact, "hans"),
        prefix_hans=convert_fragment(prefix, "hans"),
        suffix_hans=convert_fragment(suffix, "hans"),
    )


def section_path_at(document: Document, pos: int) -> tuple[str, ...]:
    """Headings of the sections containing ``pos``, outermost first (``""`` if untitled)."""
    return tuple(s.heading or "" for s in document.section_path(pos))


def section_anchor_span(document: Document, section: Section) -> tuple[int, int]:
    """What a section note quotes: the heading, or for an untitled section its first
    characters (a heading is short and distinctive, so it re-anchors well)."""
    if section.heading_start is not None and section.heading_end is not None:
        if section.heading_end > section.heading_start:
            return section.heading_start, section.heading_end
    end = min(section.end, section.start + CONTEXT_CHARS)
    newline = document.text.find("\n", section.start, end)
    if newline > section.start:
        end = newline
    return section.start, max(end, min(section.start + 1, len(document.text)))


def new_passage_note(
    document: Document,
    start: int,
    end: int,
    body: str = "",
    colour: str = DEFAULT_COLOUR,
    tags: Iterable[str] = (),
) -> Note:
    """A note on ``document.text[start:end]`` (text coordinates, code points)."""
    return _new_note(document, NoteKind.PASSAGE, start, end, body, colour, tags)


def new_section_note(
    document: Document,
    section: Section,
    body: str = "",
    colour: str = DEFAULT_COLOUR,
    tags: Iterable[str] = (),
) -> Note:
    """A note on a whole outline section, anchored on its heading."""
    start, end = section_anchor_span(document, section)
    return _new_note(document, NoteKind.SECTION, start, end, body, colour, tags)


def _new_note(
    document: Document,
    kind: NoteKind,
    start: int,
    end: int,
    body: str,
    colour: str,
    tags: Iterable[str],
) -> Note:
    stamp = now_iso()
    return Note(
        id=new_id(),
        fingerprint=document.fingerprint,
        kind=kind.value,
        anchor=make_anchor(document.text, start, end),
        body=body,
        colour=check_colour(colour),
        tags=normalise_tags(tags),
        section_path=section_path_at(document, start),
        created=stamp,
        modified=stamp,
    )


def section_of_note(document: Document, note: Note) -> Section | None:
    """The section a note belongs to in ``document`` (for a section note: the section whose
    heading it quotes; for a passage: the innermost section containing its start)."""
    if note.orphaned:
        return None
    if note.kind == NoteKind.SECTION.value:
        for section in reversed(document.section_path(note.start)):
            if section_anchor_span(document, section)[0] == note.start:
                return section
    return document.section_at(note.start)


def reading_order_key(note: Note) -> tuple:
    """Sort key: placed notes by position (section notes before passages at the same place),
    orphans last, ties broken by creation time and id so the order is stable."""
    kind_rank = 0 if note.kind == NoteKind.SECTION.value else 1
    return (note.orphaned, note.start, kind_rank, note.end, note.created, note.id)


def section_counts(document: Document, notes: Iterable[Note]) -> dict[Section, int]:
    """Placed notes per innermost section (for the outline's note counts)."""
    counts: dict[Section, int] = {}
    for note in notes:
        section = section_of_note(document, note)
        if section is not None:
            counts[section] = counts.get(section, 0) + 1
    return counts


def note_matches(
    note: Note, text: str = "", tags: Iterable[str] = (), colours: Iterable[str] = ()
) -> bool:
    """The notes dock filter: ``text`` found (case-insensitively) in the quote, the note or a
    tag; every tag in ``tags`` present; the colour one of ``colours`` (empty = any)."""
    wanted_colours = set(colours)
    if wanted_colours and note.colour not in wanted_colours:
        return False
    if not set(normalise_tags(tags)) <= set(note.tags):
        return False
    if text:
        needle = text.casefold()
        haystack = (note.anchor.exact, note.anchor.exact_hans, note.body, *note.tags)
        return any(needle in part.casefold() for part in haystack)
    return True

"""The first screen of a long report, before the whole report is read.

Reading a 1,000,000-character report (decoding, cleaning, furniture, header, outline) takes
~1 s of CPU, and the reader used to show nothing until all of it was done: the window was up
in ~0.25 s and its text came ~2 s later, 8× a bare text browser showing the same file. Only
the cleaned text is needed to know which report it is (its fingerprint names the reading
position and script the user left it in), and cleaning is cheap (~10 ms per million
characters); the costly parts look at the whole text. So start-up cleans the whole text, and
reads the report's first lines — through the reading position and a few screens more — as a
document of their own, which the reader shows while the whole report is read in the
background.

Pinyin removal only looks inside a line (a character and the bracketed reading glued to it),
so the cleaned text of the first lines is exactly the first part of the whole report's cleaned
text, offset for offset (``tests/core/test_first_part.py`` checks it on real and generated
text). The first part's outline is its own: headings near its end can differ from the whole
report's, which is why it runs a few screens past what is shown. Notes, entities and the
outline only ever see the whole report.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from gui.core.cleaning import remove_pinyin
from gui.core.decoding import DecodedSource
from gui.core.document import Document, fingerprint_text
from gui.core.reading import document_from_source

#: Lines read after the one at the reading position: a few screens of the tallest window, so
#: that what is shown is not near the part's end (where its outline could differ).
FIRST_PART_LINES = 240
#: A first part longer than this is not worth it (its outline costs ~1 ms per 1,000
#: characters on the UI thread before the first paint): the report is read as before.
FIRST_PART_MAX_CHARS = 80_000


@dataclass(frozen=True)
class FirstPart:
    """A long report's first lines as a document of their own, and where to show it."""

    document: Document  # the first lines only (``text`` is a prefix of the whole text)
    fingerprint: str  # the whole report's (what its settings are kept under)
    position: int  # the reading position to restore, in text coordinates


def cut_at_line(text: str, start: int, lines: int) -> int | None:
    """The end of the line ``lines`` lines after the one holding ``start`` (the offset of its
    newline), or None when the text ends before."""
    end = text.rfind("\n", 0, start)
    for _ in range(lines + 1):
        end = text.find("\n", end + 1)
        if end < 0:
            return None
    return end


def first_part_source(decoded: DecodedSource, end: int) -> DecodedSource:
    """``decoded`` cut at ``end`` (a line end): its text up to there, and the headings and
    title a structured format marks on those lines."""
    lines = decoded.text.count("\n", 0, end) + 1
    headings = decoded.headings
    if headings is not None:
        headings = {line: level for line, level in headings.items() if line < lines}
    title_line = decoded.title_line
    if title_line is not None and title_line >= lines:
        title_line = None
    return replace(
        decoded,
        text=decoded.text[:end],
        headings=headings,
        title_line=title_line,
        boxes=tuple((a, min(z, lines - 1)) for a, z in decoded.boxes if a < lines),
        replaced=decoded.text.count("\ufffd", 0, end),
    )


def read_first_part(
    decoded: DecodedSource,
    path: Path | None,
    saved_position: Callable[[str], int],
    lines: int = FIRST_PART_LINES,
) -> FirstPart | None:
    """The first part of the report ``decoded``: through the line at the reading position
    ``saved_position(fingerprint)`` and ``lines`` more, or None when that is the whole report
    or longer than :data:`FIRST_PART_MAX_CHARS`."""
    cleaned = remove_pinyin(decoded.text)
    fingerprint = fingerprint_text(cleaned.text)
    position = max(0, min(saved_position(fingerprint), len(cleaned.text)))
    end = cut_at_line(decoded.text, cleaned.source_map.to_b(position), lines)
    if end is None or end > FIRST_PART_MAX_CHARS:
        return None
    document = document_from_source(first_part_source(decoded, end), path)
    return FirstPart(document, fingerprint, position)

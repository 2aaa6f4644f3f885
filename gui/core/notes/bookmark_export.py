"""Bookmarks in the exports for tools (Markdown, HTML, CSV): one place per bookmark, after
the notes, with the same back-reference a note has (section path, paragraph, offsets, id).

:mod:`gui.core.notes.export` places the bookmarks with its own view of the text (the chosen
script, the outline's headings in it, the paragraph numbers) and calls the writers here, so a
bookmark and a note at the same place read the same in every format. What was there before
bookmarks is unchanged: Markdown and HTML without bookmarks are as they were, and the CSV's
one new column, ``name``, comes last.
"""

from __future__ import annotations

import html
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from gui.core.document import Document, Section
from gui.core.notes.bookmarks import Bookmark

#: The heading of the bookmarks part in Markdown and HTML.
HEADING = "Bookmarks"


@dataclass(frozen=True)
class BookmarkItem:
    """A bookmark as the exports show it."""

    bookmark: Bookmark
    headings: tuple[str, ...]  # section path in the export's script (empty outside/orphans)
    paragraph: int | None  # 1-based non-empty line number; None for orphans
    quote: str  # the anchor's quote in the export's script

    @property
    def placed(self) -> bool:
        return self.paragraph is not None


def reading_order(marks: Iterable[Bookmark]) -> list[Bookmark]:
    """``marks`` as every format lists them: by place, orphans last."""
    return sorted(marks, key=lambda b: (b.orphaned, b.start, b.created, b.id))


def place_bookmarks(
    document: Document,
    marks: Iterable[Bookmark],
    paragraph_starts: list[int],
    heading: Callable[[Section], str],
    quote: Callable[[int, int, str], str],
) -> tuple[BookmarkItem, ...]:
    """``marks`` (anchored on ``document``) in reading order, with what the formats show:
    ``heading(section)`` gives a section's heading and ``quote(start, end, exact)`` the
    quote, both in the export's script (``exact`` stands in for a bookmark not placed)."""
    items = []
    for mark in reading_order(marks):
        anchor = mark.anchor
        if mark.orphaned or anchor.end > len(document.text):
            items.append(BookmarkItem(mark, (), None, quote(-1, -1, anchor.exact)))
            continue
        sections = document.section_path(mark.start)
        paragraph = max(1, bisect_right(paragraph_starts, mark.start))
        text = quote(anchor.start, anchor.end, anchor.exact)
        items.append(BookmarkItem(mark, tuple(heading(s) for s in sections), paragraph, text))
    return tuple(items)


def bookmark_reference(item: BookmarkItem, outside: str) -> str:
    """The back-reference, as a note's: section path, paragraph, offsets and id (a bookmark
    not placed has no section or paragraph)."""
    mark = item.bookmark
    where = f"characters {mark.anchor.start}–{mark.anchor.end} · bookmark {mark.id}"
    if not item.placed:
        return f"not placed · {where}"
    path = " › ".join(item.headings) or outside
    return f"{path} · paragraph {item.paragraph} · {where}"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def markdown_bookmarks(items: tuple[BookmarkItem, ...], outside: str) -> list[str]:
    """The Markdown lines of the bookmarks part (none without bookmarks): a ``## Bookmarks``
    heading, then per bookmark its name in bold, its quote as a block quote and its
    reference."""
    if not items:
        return []
    out = [f"## {HEADING}", ""]
    for item in items:
        out += [f"**{_one_line(item.bookmark.name)}**", ""]
        out += ["> " + line if line else ">" for line in item.quote.split("\n")] + [""]
        if not item.placed:
            out.append("- Orphaned: its place was not found in this version")
        out += [f"- Reference: {bookmark_reference(item, outside)}", ""]
    return out


def html_bookmarks(items: tuple[BookmarkItem, ...], lang: str, outside: str) -> list[str]:
    """The HTML lines of the bookmarks part (none without bookmarks); every text escaped."""
    if not items:
        return []
    e = html.escape
    out = [f'<h2 id="bookmarks">{HEADING}</h2>']
    for item in items:
        mark = item.bookmark
        orphan = "" if item.placed else " orphaned"
        out += [
            f'<div class="bookmark{orphan}" id="bookmark-{e(mark.id)}">',
            f'<p class="name"><strong>{e(_one_line(mark.name))}</strong></p>',
            f'<blockquote lang="{lang}">{e(item.quote)}</blockquote>',
            f'<p class="ref">{e(bookmark_reference(item, outside))}</p>',
            "</div>",
        ]
    return out


def csv_bookmark_rows(items: tuple[BookmarkItem, ...], document_name: str) -> list[tuple]:
    """One CSV row per bookmark, in the notes' columns plus ``name``: ``kind`` is
    ``bookmark``, ``note_id`` the bookmark's id; ``note``, ``tags``, ``colour`` and
    ``modified`` stay empty (a bookmark has none)."""
    rows = []
    for item in items:
        mark = item.bookmark
        rows.append(
            (
                mark.id,
                "bookmark",
                " › ".join(item.headings),
                item.paragraph if item.paragraph is not None else "",
                mark.anchor.start,
                mark.anchor.end,
                item.quote,
                "",
                "",
                "",
                mark.created,
                "",
                "yes" if not item.placed else "no",
                document_name,
                _one_line(mark.name),
            )
        )
    return rows

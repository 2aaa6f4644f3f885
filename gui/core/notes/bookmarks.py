"""Bookmarks: named places in a report, kept in the notes database beside the notes.

A bookmark marks a reading position, not a passage, but it is anchored the way a note is
(:class:`~gui.core.notes.model.NoteAnchor`): the position in the cleaned text plus a short
quote from there with its context, in the text's own script and in Simplified. So it shows in
the same place in every script view (positions are in text coordinates), and when the report
has been edited it is found again by the notes' own re-anchoring (position → exact → fuzzy →
simplified); one that cannot be placed is kept, flagged as orphaned, never dropped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, replace

from gui.core.document import Document
from gui.core.notes.anchoring import AnchorTarget, locate
from gui.core.notes.model import Note, NoteAnchor, NoteKind, make_anchor, new_id, now_iso
from gui.core.notes.schema import BOOKMARK_COLUMNS, BOOKMARK_PLACEHOLDERS, anchor_values
from gui.core.notes.store import NoteStore

#: Characters a bookmark quotes from its position (up to the end of the line): enough to be
#: found again after an edit, short enough to read as the bookmark's place in a list.
QUOTE_CHARS = 24
#: Longest default name taken from the text.
NAME_CHARS = 40

_COLUMNS = BOOKMARK_COLUMNS


@dataclass(frozen=True)
class Bookmark:
    """A named place in one document (``fingerprint``); ``start`` is in text coordinates."""

    id: str
    fingerprint: str
    name: str
    anchor: NoteAnchor
    created: str = ""
    orphaned: bool = False

    @property
    def start(self) -> int:
        return self.anchor.start


def bookmark_span(text: str, position: int) -> tuple[int, int]:
    """The span a bookmark at ``position`` quotes: from the first character at or after it
    that is not a line break, up to ``QUOTE_CHARS`` characters within that line."""
    if not text:
        raise ValueError("an empty text has no place to bookmark")
    start = max(0, min(position, len(text) - 1))
    while start < len(text) - 1 and text[start] == "\n":
        start += 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    return start, max(start + 1, min(line_end, start + QUOTE_CHARS))


def default_name(document: Document, position: int) -> str:
    """A name for a new bookmark: the heading of the section it is in, else its first words."""
    path = document.section_path(position)
    if path and path[-1].heading:
        return path[-1].heading
    start, end = bookmark_span(document.text, position)
    return " ".join(document.text[start : start + NAME_CHARS].split()) or "—"


def new_bookmark(document: Document, position: int, name: str = "") -> Bookmark:
    """A bookmark at ``position`` (text coordinates) of ``document``."""
    start, end = bookmark_span(document.text, position)
    name = " ".join(name.split()) or default_name(document, start)
    anchor = make_anchor(document.text, start, end)
    return Bookmark(new_id(), document.fingerprint, name, anchor, now_iso())


def reanchor_bookmarks(bookmarks: Iterable[Bookmark], document: Document) -> list[Bookmark]:
    """``bookmarks`` placed on ``document``'s text (see the module docstring); the result is
    in reading order, orphans last."""
    bookmarks = list(bookmarks)
    if not bookmarks:
        return []
    target = AnchorTarget(document)
    placed = []
    for mark in bookmarks:
        # The notes' locator reads only the anchor: hand it the bookmark as a passage note.
        probe = Note(mark.id, mark.fingerprint, NoteKind.PASSAGE.value, mark.anchor)
        where = locate(probe, target)
        if where is None:
            placed.append(replace(mark, orphaned=True))
            continue
        start, end, _status = where
        anchor = mark.anchor
        if (start, end) != (anchor.start, anchor.end) or document.text[start:end] != anchor.exact:
            anchor = make_anchor(document.text, start, end)
        placed.append(
            replace(mark, anchor=anchor, fingerprint=document.fingerprint, orphaned=False)
        )
    return sorted(placed, key=lambda b: (b.orphaned, b.start, b.created))


# -- storage (the notes database's ``bookmarks`` table) ---------------------------------------


def bookmark_row(mark: Bookmark) -> tuple:
    """The table row of a bookmark, in :func:`bookmark_columns` order."""
    anchor = anchor_values(mark.anchor)
    return (mark.id, mark.fingerprint, mark.name, *anchor, mark.created, int(mark.orphaned))


def _bookmark(row: tuple) -> Bookmark:
    (id_, fingerprint, name, start, end, exact, prefix, suffix, exact_hans, prefix_hans,
     suffix_hans, created, orphaned) = row  # fmt: skip
    anchor = NoteAnchor(start, end, exact, prefix, suffix, exact_hans, prefix_hans, suffix_hans)
    return Bookmark(id_, fingerprint, name, anchor, created, bool(orphaned))


def save_bookmark(store: NoteStore, mark: Bookmark) -> None:
    """Insert or replace ``mark`` (also how a rename or an undone delete is stored)."""
    save_bookmarks(store, [mark])


def save_bookmarks(store: NoteStore, marks: list[Bookmark]) -> None:
    """Insert or replace ``marks`` in one transaction."""
    rows = [bookmark_row(m) for m in marks]

    def change(conn: sqlite3.Connection) -> None:
        conn.executemany(
            f"INSERT OR REPLACE INTO bookmarks ({_COLUMNS}) VALUES ({BOOKMARK_PLACEHOLDERS})",
            rows,
        )

    if rows:
        store.write(change)


def delete_bookmark(store: NoteStore, bookmark_id: str) -> None:
    """Remove a bookmark (nothing happens if it is not there)."""
    store.write(lambda conn: conn.execute("DELETE FROM bookmarks WHERE id = ?", (bookmark_id,)))


def stored_bookmarks(store: NoteStore, fingerprint: str) -> list[Bookmark]:
    """The stored bookmarks of one document, as stored (not re-anchored)."""
    rows = store.read(
        f"SELECT {_COLUMNS} FROM bookmarks WHERE fingerprint = ? ORDER BY start", (fingerprint,)
    )
    return [_bookmark(row) for row in rows]


def all_bookmarks(store: NoteStore) -> list[Bookmark]:
    """Every stored bookmark, by report and position (the notebook)."""
    rows = store.read(f"SELECT {_COLUMNS} FROM bookmarks ORDER BY fingerprint, start, created")
    return [_bookmark(row) for row in rows]


def load_bookmarks(store: NoteStore, document: Document) -> list[Bookmark]:
    """The bookmarks of ``document`` re-anchored on its text; those that moved are saved
    back. Bookmarks of an earlier version of the same file (found through its last known
    path, as for notes) move to this version when they can be placed on it: a different
    report saved under the same name does not take over another report's orphans."""
    marks = stored_bookmarks(store, document.fingerprint)
    placed = reanchor_bookmarks(marks, document)
    if document.path is not None:
        for earlier in store.fingerprints_at_path(document.path):
            if earlier != document.fingerprint:
                older = stored_bookmarks(store, earlier)
                marks += older
                placed += [m for m in reanchor_bookmarks(older, document) if not m.orphaned]
    before = {m.id: m for m in marks}
    save_bookmarks(store, [m for m in placed if before[m.id] != m])
    return sorted(placed, key=lambda b: (b.orphaned, b.start, b.created))

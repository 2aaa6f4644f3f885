"""The notebook: every note and bookmark of every report, filtered, and exported grouped by
report.

Notes stay in the notes store (keyed by the fingerprint of a report's text); the library
supplies which file and title a fingerprint belongs to. Export reuses the one-report writers
of :mod:`gui.core.notes.export`, so a notebook export reads, report by report, exactly like
the exports of the single reports (grouped by section inside each report, the report's
bookmarks after its notes, as a single report's export has them).

Bookmarks have no tag and no colour: a filter by tag or colour leaves them out (it asks for
notes that carry one); the report and date filters apply to them as to notes (a bookmark's
date is when it was made), and the text filter looks in a bookmark's name and quote.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from gui.core.document import Document
from gui.core.notes.anchoring import reanchor_all
from gui.core.notes.bookmarks import Bookmark, all_bookmarks, reanchor_bookmarks
from gui.core.notes.export import EXPORT_FORMATS, export_notes
from gui.core.notes.model import Note
from gui.core.notes.store import NoteStore


@dataclass(frozen=True)
class NoteFilter:
    """Which notes to show or export; every given criterion must hold. Dates are ISO
    prefixes compared with the note's last change (``2026``, ``2026-11``, ``2026-11-27``)."""

    tags: tuple[str, ...] = ()  # any of them
    colours: tuple[str, ...] = ()  # any of them
    reports: tuple[str, ...] = ()  # fingerprints, any of them
    since: str | None = None
    until: str | None = None
    text: str | None = None  # in the note's text or its quote

    def accepts(self, note: Note) -> bool:
        """Whether ``note`` passes the filter."""
        if self.tags and not set(self.tags) & set(note.tags):
            return False
        if self.colours and note.colour not in self.colours:
            return False
        if self.reports and note.fingerprint not in self.reports:
            return False
        changed = note.modified or note.created
        if self.since and changed[: len(self.since)] < self.since:
            return False
        if self.until and changed[: len(self.until)] > self.until:
            return False
        if self.text and self.text not in note.body and self.text not in note.anchor.exact:
            return False
        return True

    def accepts_bookmark(self, mark: Bookmark) -> bool:
        """Whether a bookmark passes (see the module docstring: no tag, no colour)."""
        if self.tags or self.colours:
            return False
        if self.reports and mark.fingerprint not in self.reports:
            return False
        if self.since and mark.created[: len(self.since)] < self.since:
            return False
        if self.until and mark.created[: len(self.until)] > self.until:
            return False
        if self.text and self.text not in mark.name and self.text not in mark.anchor.exact:
            return False
        return True


def notebook(store: NoteStore, note_filter: NoteFilter | None = None) -> dict[str, list[Note]]:
    """The notes passing ``note_filter``, by report fingerprint, each in reading order."""
    note_filter = note_filter or NoteFilter()
    grouped: dict[str, list[Note]] = {}
    for note in store.all_notes():
        if note_filter.accepts(note):
            grouped.setdefault(note.fingerprint, []).append(note)
    return grouped


def notebook_bookmarks(
    store: NoteStore, note_filter: NoteFilter | None = None
) -> dict[str, list[Bookmark]]:
    """The bookmarks passing ``note_filter``, by report fingerprint, each by position."""
    note_filter = note_filter or NoteFilter()
    grouped: dict[str, list[Bookmark]] = {}
    for mark in all_bookmarks(store):
        if note_filter.accepts_bookmark(mark):
            grouped.setdefault(mark.fingerprint, []).append(mark)
    return grouped


def tags_in_use(store: NoteStore) -> list[tuple[str, int]]:
    """Every tag with how many notes carry it, most used first (the filter's choices)."""
    counts: dict[str, int] = {}
    for note in store.all_notes():
        for tag in note.tags:
            counts[tag] = counts.get(tag, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def report_document(store: NoteStore, fingerprint: str, library=None) -> Document | None:
    """The document a fingerprint names: its file when it still holds that text, else the
    text the library indexed, else None."""
    from gui.core.decoding import DocumentError
    from gui.core.reading import document_from_text, read_document

    paths: list[str] = []
    rows = []
    if library is not None:
        rows = library.query("SELECT id, path FROM reports WHERE fingerprint = ?", (fingerprint,))
        paths += [path for _, path in rows]
    record = store.document(fingerprint)
    if record is not None and record.path:
        paths.append(record.path)
    for path in dict.fromkeys(paths):
        try:
            document = read_document(path)
        except (DocumentError, OSError):
            continue
        if document.fingerprint == fingerprint:
            return document
    for report_id, path in rows:
        texts = library.texts(report_id)
        if texts is not None:
            document = document_from_text(texts[0], Path(path))
            if document.fingerprint == fingerprint:
                return document
    return None


def _stand_in(store: NoteStore, fingerprint: str) -> Document:
    """A document naming a report whose text is gone: its notes export as not placed, with
    their quotes (never dropped)."""
    from gui.core.reading import document_from_text

    record = store.document(fingerprint)
    path = Path(record.path) if record is not None and record.path else None
    name = path.name if path is not None else f"sha256-{fingerprint[:12]}"
    return replace(document_from_text(f"{name}\n", path or Path(name)), fingerprint=fingerprint)


def export_notebook(
    store: NoteStore,
    fmt: str,
    note_filter: NoteFilter | None = None,
    library=None,
    script: str = "original",
) -> str:
    """The notes and bookmarks passing ``note_filter`` as one file in ``fmt`` (``md``,
    ``html``, ``csv``, ``json``), grouped by report and, inside each, by section, each
    report's bookmarks after its notes. Raises ``KeyError`` for an unknown format."""
    EXPORT_FORMATS[fmt]  # an unknown format fails before any work
    notes_by_report = notebook(store, note_filter)
    marks_by_report = notebook_bookmarks(store, note_filter)
    parts: list[tuple[Document, list[Note], list[Bookmark]]] = []
    for fingerprint in dict.fromkeys([*notes_by_report, *marks_by_report]):
        notes = notes_by_report.get(fingerprint, [])
        marks = marks_by_report.get(fingerprint, [])
        document = report_document(store, fingerprint, library)
        if document is None:
            document = _stand_in(store, fingerprint)
            notes = [replace(n, orphaned=True) for n in notes]
            marks = [replace(m, orphaned=True) for m in marks]
        else:
            # Stored anchors hold for the text they were saved on; anchoring again checks it.
            notes = [r.note for r in reanchor_all(notes, document)]
            marks = reanchor_bookmarks(marks, document)
        parts.append((document, notes, marks))
    parts.sort(key=lambda p: (str(p[0].path or ""), p[0].fingerprint))
    if fmt == "json":
        return _jsonld(parts)
    pieces = [export_notes(d, notes, fmt, script, marks) for d, notes, marks in parts]
    return _join(fmt, pieces)


def _join(fmt: str, pieces: list[str]) -> str:
    if fmt == "md":
        return "\n---\n\n".join(pieces) if pieces else "# Notebook\n\nNo notes.\n"
    if fmt == "csv":
        if not pieces:
            return ""
        header, _, _ = pieces[0].partition("\r\n")
        return header + "\r\n" + "".join(p.partition("\r\n")[2] for p in pieces)
    # html: one page, the CSS of the first, the body of each report in turn.
    if not pieces:
        return "<!DOCTYPE html>\n<html>\n<body>\n<p>No notes.</p>\n</body>\n</html>\n"
    head = pieces[0].partition("<body>")[0]
    bodies = [
        '<section class="report">\n'
        + p.partition("<body>")[2].rpartition("</body>")[0].strip()
        + "\n</section>"
        for p in pieces
    ]
    head = head.replace("<title>", "<title>Notebook — ", 1)
    return head + "<body>\n" + "\n<hr>\n".join(bodies) + "\n</body>\n</html>\n"


def _jsonld(parts: Iterable[tuple[Document, list[Note], list[Bookmark]]]) -> str:
    """One ``AnnotationCollection``: every annotation names its report (``target.source``),
    so the grouping by report survives in a flat page; each report's bookmarks
    (``motivation: bookmarking``) follow its notes."""
    from gui.core.notes import webannotation
    from gui.core.notes.bookmark_annotations import bookmark_to_annotation

    items = []
    for _, notes, marks in parts:
        items += [webannotation.note_to_annotation(n) for n in notes]
        items += [bookmark_to_annotation(m) for m in marks]
    data = webannotation.collection([], "notebook", "Notebook")
    data["id"] = "urn:report-reader:notebook"
    data["first"]["items"] = items
    data["total"] = len(items)
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"

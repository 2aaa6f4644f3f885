"""Bookmarks in W3C Web Annotation JSON-LD: the motivation the standard has for them,
``bookmarking``, with the bookmark's name as a ``describing`` body and the same target as a
note's (position and quote selectors, the Simplified quote beside them). Export writes them
after the notes in the same collection; import reads them back as bookmarks, re-anchored on the
document, without duplicates.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from gui.core.document import Document
from gui.core.notes.bookmarks import (
    Bookmark,
    reanchor_bookmarks,
    save_bookmarks,
    stored_bookmarks,
)
from gui.core.notes.model import Note, NoteKind
from gui.core.notes.store import NoteStore
from gui.core.notes.webannotation import NS, annotation_to_note, note_to_annotation

BOOKMARKING = "bookmarking"
KIND = "bookmark"


def bookmark_to_annotation(mark: Bookmark) -> dict[str, Any]:
    """One bookmark as a Web Annotation object."""
    probe = Note(
        mark.id,
        mark.fingerprint,
        NoteKind.PASSAGE.value,
        mark.anchor,
        created=mark.created,
        modified=mark.created,
        orphaned=mark.orphaned,
    )
    annotation = note_to_annotation(probe)
    annotation["motivation"] = BOOKMARKING
    annotation["body"] = [{"type": "TextualBody", "value": mark.name, "purpose": "describing"}]
    annotation.pop(NS + "colour", None)
    annotation.pop(NS + "sectionPath", None)
    annotation[NS + "kind"] = KIND
    # The body goes before the target, as in a note's annotation.
    target = annotation.pop("target")
    annotation = {**annotation, "target": target}
    return annotation


def is_bookmark(annotation: Any) -> bool:
    """Whether a parsed annotation is a bookmark (``motivation: bookmarking``)."""
    return isinstance(annotation, dict) and annotation.get("motivation") == BOOKMARKING


def annotation_to_bookmark(annotation: dict[str, Any], number: int = 1) -> Bookmark:
    """Read one bookmarking annotation back (raises ``AnnotationFormatError`` as for notes)."""
    as_note = {**annotation, NS + "kind": NoteKind.PASSAGE.value}
    note = annotation_to_note(as_note, number)
    name = " ".join(note.body.split()) or " ".join(note.anchor.exact.split())[:40]
    return Bookmark(note.id, note.fingerprint, name, note.anchor, note.created, note.orphaned)


def import_bookmarks(store: NoteStore, document: Document, marks: list[Bookmark]) -> int:
    """Add ``marks`` to ``document``'s bookmarks, re-anchored on its text; a bookmark whose id
    is known, or one with the same name at the same place, is skipped. Returns how many were
    added."""
    if not marks:
        return 0
    # An orphan belongs to this document now too, still carrying its old quote.
    placed = [
        replace(m, fingerprint=document.fingerprint) for m in reanchor_bookmarks(marks, document)
    ]
    known = stored_bookmarks(store, document.fingerprint)
    seen_ids = {m.id for m in known}
    seen_places = {(m.start, m.name) for m in known}
    fresh = []
    for mark in placed:
        if mark.id in seen_ids or (mark.start, mark.name) in seen_places:
            continue
        seen_ids.add(mark.id)
        seen_places.add((mark.start, mark.name))
        fresh.append(mark)
    save_bookmarks(store, fresh)
    return len(fresh)

"""Loading the notes of a document when it is opened.

A document is found by the fingerprint of its cleaned text. When the file has been edited, its
fingerprint changes; its earlier versions are found through the path they were last seen at,
and their notes are re-anchored onto the new text and move to the new fingerprint."""

from __future__ import annotations

from gui.core.document import Document
from gui.core.notes.anchoring import AnchorResult, reanchor_all
from gui.core.notes.model import reading_order_key
from gui.core.notes.store import NoteStore


def load_document_notes(store: NoteStore, document: Document) -> list[AnchorResult]:
    """The notes of ``document``, re-anchored on its text, in reading order (orphans last).

    Notes whose anchor changed (moved, re-quoted, orphaned, adopted from an earlier version
    of the same file) are saved back in one transaction. Raises
    :class:`~gui.core.notes.store.NoteStoreError` only if saving fails; with
    ``kept_in_memory`` set the results are still valid (call again to get them)."""
    fingerprint = document.fingerprint
    notes = store.notes_for(fingerprint)
    if document.path is not None:
        for earlier in store.fingerprints_at_path(document.path):
            if earlier != fingerprint:
                notes.extend(store.notes_for(earlier))
    results = reanchor_all(notes, document)
    changed = [r.note for r in results if r.changed]
    store.remember_document(fingerprint, document.path, document.title)
    if changed:
        store.update_many(changed)
    return sorted(results, key=lambda r: reading_order_key(r.note))

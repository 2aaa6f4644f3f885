"""Import W3C Web Annotation JSON-LD into the store, for one document.

Everything is checked and re-anchored before anything is written, and the new notes go in in
one transaction: a bad file changes nothing. Importing the same file twice adds nothing: a
note is a duplicate if this document already holds it (its id, or the id it was given when it
was copied here) or a note with the same anchor (range and quote) and the same text.

De-duplication is per target document, never global: the notes of a report exported and
imported into its revised copy (another fingerprint) are still in the store under the old
report, with the same ids; they are copied to the revised copy under ids derived from the
original id and the target (:func:`copied_note_id`), so importing the file a second time
finds them and adds nothing."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from gui.core.bounded_read import has_lone_surrogate
from gui.core.document import Document
from gui.core.notes.anchoring import AnchorTarget, reanchor
from gui.core.notes.bookmark_annotations import (
    annotation_to_bookmark,
    import_bookmarks,
    is_bookmark,
)
from gui.core.notes.store import NoteStore
from gui.core.notes.webannotation import (
    AnnotationFormatError,
    annotation_to_note,
    annotations_in,
)


class NoteImportError(ValueError):
    """The file cannot be imported; the message is one line and nothing was imported."""


@dataclass(frozen=True)
class ImportResult:
    added: int
    duplicates: int
    orphaned: int  # of the added notes, those that could not be placed in this text
    bookmarks: int = 0  # bookmarks added (``motivation: bookmarking``)


#: Largest annotation file read: ~45,000 short notes (95,000 took 43 s and 0.5 GB to import).
MAX_ANNOTATION_BYTES = 16 * 1024 * 1024


def read_annotations(path: Path | str) -> Any:
    """Parse a JSON-LD file; errors become :class:`NoteImportError`.

    Only a regular file of at most :data:`MAX_ANNOTATION_BYTES` is read, and JSON nested
    deeper than :data:`gui.core.bounded_read.MAX_JSON_DEPTH` is refused before parsing."""
    from gui.core.bounded_read import (
        BoundedReadError,
        JsonDepthError,
        loads_json,
        read_regular_file,
    )

    path = Path(path)
    try:
        raw = read_regular_file(path, MAX_ANNOTATION_BYTES)
    except BoundedReadError as err:
        raise NoteImportError(f"cannot read {path}: {err}") from None
    try:
        return loads_json(raw)
    except JsonDepthError as err:
        raise NoteImportError(f"{path} is not an annotation file ({err})") from None
    except UnicodeDecodeError:
        raise NoteImportError(f"{path} is not UTF-8 text") from None
    except json.JSONDecodeError as err:
        raise NoteImportError(
            f"{path} is not valid JSON (line {err.lineno}, column {err.colno}: {err.msg})"
        ) from None


def import_annotations(store: NoteStore, document: Document, data: Any) -> ImportResult:
    """Merge the annotations in ``data`` (parsed JSON) into ``store`` as notes of
    ``document``, re-anchored on its text. All or nothing."""
    try:
        items = list(enumerate(annotations_in(data), 1))
        notes = [annotation_to_note(a, i) for i, a in items if not is_bookmark(a)]
        marks = [annotation_to_bookmark(a, i) for i, a in items if is_bookmark(a)]
    except AnnotationFormatError as err:
        raise NoteImportError(str(err)) from None
    for number, mark in enumerate(marks, 1):
        if has_lone_surrogate(mark.name + mark.anchor.exact):
            raise NoteImportError(
                f"bookmark {number} holds an unpaired UTF-16 surrogate (such as \\ud800), "
                "which is not text"
            )
    for number, note in enumerate(notes, 1):
        if has_lone_surrogate(_all_text(note)):
            raise NoteImportError(
                f"annotation {number} holds an unpaired UTF-16 surrogate (such as \\ud800), "
                "which is not text"
            )
    target = AnchorTarget(document)
    existing = store.notes_for(document.fingerprint)
    known_ids = {n.id for n in existing}
    known_anchors = {note_identity(n) for n in existing}
    added = []
    duplicates = 0
    orphaned = 0
    for note in notes:
        if note.id in known_ids:
            duplicates += 1
            continue
        stored = store.get(note.id)
        if stored is not None and stored.fingerprint != document.fingerprint:
            # The note lives on in another document (the earlier version this file was
            # exported from): this document gets a copy of its own.
            note = replace(note, id=copied_note_id(note.id, document.fingerprint))
            if note.id in known_ids or store.get(note.id) is not None:
                duplicates += 1
                continue
        elif stored is not None:
            duplicates += 1
            continue
        result = reanchor(note, target)
        # An orphan belongs to this document now too, still carrying its old quote.
        placed = replace(result.note, fingerprint=document.fingerprint)
        identity = note_identity(placed)
        if identity in known_anchors:
            duplicates += 1
            continue
        known_ids.add(placed.id)
        known_anchors.add(identity)
        added.append(placed)
        orphaned += placed.orphaned
    store.remember_document(document.fingerprint, document.path, document.title)
    # Checked again inside the write lock: another process may be importing the same file.
    inserted = store.add_missing(added, note_identity) if added else []
    duplicates += len(added) - len(inserted)
    orphaned = sum(note.orphaned for note in inserted)
    bookmarks = import_bookmarks(store, document, marks)
    return ImportResult(len(inserted), duplicates, orphaned, bookmarks)


def import_file(store: NoteStore, document: Document, path: Path | str) -> ImportResult:
    """:func:`read_annotations` then :func:`import_annotations`."""
    return import_annotations(store, document, read_annotations(path))


def copied_note_id(note_id: str, fingerprint: str) -> str:
    """The id of the copy of note ``note_id`` in document ``fingerprint``: the same for the
    same pair every time (so a second import finds the copy), distinct from the original."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"urn:report-reader:note:{note_id}:{fingerprint}"))


def _all_text(note) -> str:
    a = note.anchor
    return "".join(
        (note.id, note.body, *note.tags, *note.section_path, a.exact, a.prefix, a.suffix,
         a.exact_hans, a.prefix_hans, a.suffix_hans, note.created, note.modified)
    )  # fmt: skip


def note_identity(note) -> tuple:
    """What makes two notes of one document the same note whatever their ids."""
    a = note.anchor
    return (note.kind, a.start, a.end, a.exact, note.body)

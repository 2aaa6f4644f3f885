"""Notes on passages and sections: model, SQLite store, anchoring, export and import.

Qt-free. The GUI opens one :class:`NoteStore` per session (``NoteStore.open()``), loads a
document's notes with :func:`load_document_notes`, paints ``note.start``/``note.end`` mapped
through the current :class:`~gui.core.script.ScriptView`, and saves each change with
``add``/``update``/``delete``.
"""

from __future__ import annotations

from gui.core.notes.anchoring import (
    AnchorResult,
    AnchorStatus,
    AnchorTarget,
    reanchor,
    reanchor_all,
    reattach,
    view_span,
)
from gui.core.notes.document_notes import load_document_notes
from gui.core.notes.export import EXPORT_FORMATS, export_bytes, export_notes
from gui.core.notes.importing import ImportResult, NoteImportError, import_annotations, import_file
from gui.core.notes.model import (
    COLOURS,
    DEFAULT_COLOUR,
    Colour,
    Note,
    NoteAnchor,
    NoteError,
    NoteKind,
    make_anchor,
    new_passage_note,
    new_section_note,
    note_matches,
    reading_order_key,
    section_counts,
    section_of_note,
)
from gui.core.notes.store import (
    NoteConflictError,
    NoteStore,
    NoteStoreError,
    default_store_path,
)

__all__ = [
    "COLOURS",
    "DEFAULT_COLOUR",
    "EXPORT_FORMATS",
    "AnchorResult",
    "AnchorStatus",
    "AnchorTarget",
    "Colour",
    "ImportResult",
    "Note",
    "NoteAnchor",
    "NoteError",
    "NoteImportError",
    "NoteConflictError",
    "NoteKind",
    "NoteStore",
    "NoteStoreError",
    "default_store_path",
    "export_bytes",
    "export_notes",
    "import_annotations",
    "import_file",
    "load_document_notes",
    "make_anchor",
    "new_passage_note",
    "new_section_note",
    "note_matches",
    "reading_order_key",
    "reanchor",
    "reanchor_all",
    "reattach",
    "section_counts",
    "section_of_note",
    "view_span",
]

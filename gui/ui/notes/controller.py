"""The notes of the open document: the store, the list the GUI shows, and undoable changes.

The store is opened once, when the first document is being read (not at launch), on a thread
of its own (:mod:`gui.core.notes.store_opening`), and handed over to the UI thread. Every
change goes through a :class:`QUndoCommand` on :attr:`NotesController.undo_stack`; a failed
write is never a lost change: the core keeps it in memory when the disk refuses it, a change
made in another window meanwhile is merged (ours on top) and reported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from gui.core.document import Document
from gui.core.notes import (
    Note,
    NoteConflictError,
    NoteStore,
    NoteStoreError,
    default_store_path,
    reading_order_key,
)
from gui.core.notes.document_notes import document_notes_steps
from gui.core.notes.store_opening import StoreOpening

#: In-memory stores of closed windows, by the data dir path they stand in for.
_MEMORY_STORES: dict[str, NoteStore] = {}
#: ``warn(title, message)``: how problems reach the user (the window's notifier).
Warn = Callable[[str, str], None]
#: ``ask(title, question)``: a yes/no question to the user, True for yes (the default answer).
Ask = Callable[[str, str], bool]
_MERGED_FIELDS = ("anchor", "body", "colour", "tags", "section_path", "orphaned", "fingerprint")
#: How long a staged load waits between looks at a store still being opened (ms).
OPENING_POLL_MS = 5


class NotesController(QObject):
    """Owns the note store and the open document's notes.

    Signals:
        notes_changed(): the open document's notes changed (added, edited, deleted, reloaded).
    """

    notes_changed = Signal()

    def __init__(
        self,
        warn: Warn,
        parent: QObject | None = None,
        ask: Ask | None = None,
        status: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.warn = warn
        self.ask = ask
        self.status = status
        self.store: NoteStore | None = None
        self.document: Document | None = None
        self._notes: dict[str, Note] = {}
        self._warned: set[str] = set()
        self._opening: StoreOpening | None = None
        self.undo_stack = QUndoStack(self)

    # -- state --------------------------------------------------------------------------

    def notes(self) -> list[Note]:
        """The open document's notes in reading order (orphans last)."""
        return sorted(self._notes.values(), key=reading_order_key)

    def get(self, note_id: str) -> Note | None:
        return self._notes.get(note_id)

    def open_store_ahead(self) -> None:
        """Start opening the store on a thread of its own, unless it is open or opening
        (a document is being read: its notes will be asked for soon)."""
        if self.store is None and self._opening is None:
            path = default_store_path()
            if str(path) not in _MEMORY_STORES:
                self._opening = StoreOpening(path)

    def store_ready(self) -> bool:
        """Whether :meth:`ensure_store` would return without waiting for a thread."""
        return self._opening is None or self._opening.done()

    def ensure_store(self) -> NoteStore:
        """The store, opened at first use in the data dir (``--data-dir`` honoured); taken
        from the opening thread if one was started (waiting for it if needed)."""
        if self.store is None:
            kept = _MEMORY_STORES.pop(str(default_store_path()), None)
            opening, self._opening = self._opening, None
            if kept is not None:
                if opening is not None:
                    opening.discard()
                self.store = kept
            elif opening is not None:
                self.store = opening.take()
                if self.ask is None and self.store.set_aside is not None:
                    self.store.salvage_set_aside()  # no one to ask: copy back at once
            else:
                # A damaged file's notes are copied back only once the user has said so.
                self.store = NoteStore.open(salvage=self.ask is None)
            self._offer_salvage()
            self._warn_store()
        return self.store

    def _offer_salvage(self) -> None:
        """A damaged database was set aside: ask before copying its readable notes and
        bookmarks into the new one (yes is the default). The question is the one message;
        the answer's outcome goes to the status bar. Nothing is lost either way: the damaged
        file stays."""
        store = self.store
        if store is None or store.set_aside is None or self.ask is None:
            return
        from gui.core.notes.salvage import readable_count

        aside = store.set_aside
        readable = readable_count(aside)
        if not readable:
            return  # nothing to offer: the warning says the file was set aside
        if readable.bookmarks:
            question = QCoreApplication.translate(
                "NotesController",
                "The notes database was damaged, so it was set aside as %1 and a new one was "
                "started.\n\nIt still lists %2 notes and %3 bookmarks. Copy the notes and "
                "bookmarks that can be read into the new database?\n\nNothing is lost either "
                "way: the damaged file is kept.",
            )
        else:
            question = QCoreApplication.translate(
                "NotesController",
                "The notes database was damaged, so it was set aside as %1 and a new one was "
                "started.\n\nIt still lists %2 notes. Copy the notes that can be read into the "
                "new database?\n\nNothing is lost either way: the damaged file is kept.",
            )
        question = (
            question.replace("%1", str(aside))
            .replace("%2", str(readable.notes))
            .replace("%3", str(readable.bookmarks))
        )
        if self.ask(QCoreApplication.translate("NotesController", "Recover notes?"), question):
            try:
                got = store.salvage_set_aside()
            except NoteStoreError as err:
                self._report(err)
                return
            if got.bookmarks:
                done = QCoreApplication.translate(
                    "NotesController",
                    "%1 notes and %2 bookmarks were recovered from the damaged database.",
                )
            else:
                done = QCoreApplication.translate(
                    "NotesController", "%1 notes were recovered from the damaged database."
                )
            outcome = done.replace("%1", str(got.notes)).replace("%2", str(got.bookmarks))
        else:
            kept = QCoreApplication.translate(
                "NotesController", "The damaged notes database is kept at %1."
            )
            outcome = kept.replace("%1", str(aside))
        if store.warning:
            self._warned.add(store.warning)  # already said, in the question
        if self.status is not None:
            self.status(outcome)

    def close(self) -> None:
        """Release the database. A store that had to fall back to memory is kept for the
        next window of this process (the window is rebuilt to switch language), since its
        notes exist nowhere else."""
        if self.store is not None:
            if self.store.is_in_memory:
                _MEMORY_STORES[str(default_store_path())] = self.store
            else:
                self.store.close()
            self.store = None
        if self._opening is not None:
            self._opening.discard()  # never handed over
            self._opening = None

    def load(self, document: Document) -> None:
        """Load (and re-anchor) ``document``'s notes. Emits ``notes_changed``."""
        self.ensure_store()  # waits for an opening thread instead of looking again and again
        for _ in self.load_steps(document):
            pass

    def load_steps(self, document: Document) -> Iterator[int | None]:
        """:meth:`load` in steps (opening the store off this thread, reading it, re-anchoring
        a few hundred notes), for a caller that runs one per event-loop turn; the document is
        this one from the first. A step yields how many milliseconds the caller may wait
        before the next (a number while the store is still being opened), else None."""
        self.document = document
        self.undo_stack.clear()  # commands refer to the previous document's notes
        opening = self.store is None
        if opening:
            self.open_store_ahead()
            while not self.store_ready():
                yield OPENING_POLL_MS  # the file is opened off this thread: look again later
        store = self.ensure_store()
        if opening:
            yield 0  # taking it over (and any question about a damaged file): a turn of its own
        try:
            results = yield from document_notes_steps(store, document)
            notes = [r.note for r in results]
        except NoteStoreError as err:
            self._report(err)
            notes = []
        self._warn_store()
        self._notes = {n.id: n for n in notes}
        self.notes_changed.emit()

    def reload(self) -> None:
        """Read the open document's notes from the store again (another window wrote)."""
        if self.document is None or self.store is None:
            return
        try:
            notes = self.store.notes_for(self.document.fingerprint)
        except NoteStoreError as err:
            self._report(err)
            return
        self._notes = {n.id: n for n in notes}
        self.notes_changed.emit()

    # -- undoable changes ---------------------------------------------------------------

    def add(self, note: Note) -> None:
        """Add ``note`` (undoable)."""
        text = (
            QCoreApplication.translate("NotesController", "Add Note")
            if not note.is_highlight
            else QCoreApplication.translate("NotesController", "Highlight")
        )
        self.undo_stack.push(_AddNote(self, note, text))

    def replace_note(self, old: Note, new: Note, text: str = "") -> None:
        """Replace ``old`` by ``new`` (edit, re-attach; undoable)."""
        if old != new:
            self.undo_stack.push(
                _EditNote(
                    self,
                    old,
                    new,
                    text or QCoreApplication.translate("NotesController", "Edit Note"),
                )
            )

    def delete(self, note_id: str) -> None:
        """Delete a note (undoable)."""
        note = self._notes.get(note_id)
        if note is not None:
            self.undo_stack.push(_DeleteNote(self, note))

    # -- writes (the commands call these) -----------------------------------------------

    def write_add(self, note: Note) -> None:
        self._notes[note.id] = note
        try:
            self.ensure_store().add(note)
        except NoteStoreError as err:
            self._report(err)
        self.notes_changed.emit()

    def write_delete(self, note_id: str) -> None:
        self._notes.pop(note_id, None)
        try:
            self.ensure_store().delete(note_id)
        except NoteStoreError as err:
            self._report(err)
        self.notes_changed.emit()

    def write_update(self, new: Note, base: Note) -> Note:
        """Store ``new`` over ``base``; returns what was stored (merged on a conflict)."""
        store = self.ensure_store()
        stored = new
        try:
            store.update(new, base=base)
        except NoteConflictError as conflict:
            stored = merge_change(conflict.current, base, new)
            try:
                store.update(stored, base=conflict.current)
            except NoteStoreError as err:
                self._report(err)
            self.warn(
                QCoreApplication.translate("NotesController", "Note changed in another window"),
                QCoreApplication.translate(
                    "NotesController",
                    "This note was also changed in another Report Reader window. Your change "
                    "was applied on top of that version, and the notes were reloaded.",
                ),
            )
            self._notes[stored.id] = stored
            self.reload()
            return stored
        except NoteStoreError as err:
            if store.get(new.id) is None and not err.kept_in_memory:
                # Deleted elsewhere meanwhile: keep the user's version rather than lose it.
                try:
                    store.add(new)
                except NoteStoreError as again:
                    self._report(again)
            else:
                self._report(err)
        self._notes[stored.id] = stored
        self.notes_changed.emit()
        return stored

    # -- messages -----------------------------------------------------------------------

    def _report(self, err: NoteStoreError) -> None:
        if err.kept_in_memory:
            self._warn_store()
        else:
            self.warn(QCoreApplication.translate("NotesController", "Notes"), str(err))

    def _warn_store(self) -> None:
        store = self.store
        if store is not None and store.warning and store.warning not in self._warned:
            self._warned.add(store.warning)
            self.warn(
                QCoreApplication.translate("NotesController", "Notes are not saved")
                if store.is_in_memory
                else QCoreApplication.translate("NotesController", "Notes"),
                store.warning,
            )


def merge_change(current: Note, base: Note, new: Note) -> Note:
    """``current`` (changed elsewhere since ``base``) with our changes ``base → new`` on top."""
    changes = {f: getattr(new, f) for f in _MERGED_FIELDS if getattr(new, f) != getattr(base, f)}
    return replace(current, modified=new.modified, **changes)


class _AddNote(QUndoCommand):
    def __init__(self, notes: NotesController, note: Note, text: str) -> None:
        super().__init__(text)
        self.notes, self.note = notes, note

    def redo(self) -> None:
        self.notes.write_add(self.note)

    def undo(self) -> None:
        self.notes.write_delete(self.note.id)


class _DeleteNote(QUndoCommand):
    def __init__(self, notes: NotesController, note: Note) -> None:
        super().__init__(QCoreApplication.translate("NotesController", "Delete Note"))
        self.notes, self.note = notes, note

    def redo(self) -> None:
        self.notes.write_delete(self.note.id)

    def undo(self) -> None:
        self.notes.write_add(self.note)


class _EditNote(QUndoCommand):
    def __init__(self, notes: NotesController, old: Note, new: Note, text: str) -> None:
        super().__init__(text)
        self.notes, self.old, self.new = notes, old, new

    def redo(self) -> None:
        self.new = self.notes.write_update(self.new, self.old)

    def undo(self) -> None:
        self.old = self.notes.write_update(self.old, self.new)

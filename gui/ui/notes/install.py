"""Notes in the window: the feature object that holds the notes' pieces (controller, dock,
painter, actions), shows the notes, creates and edits them, and wires it all to the window.
Its other jobs live beside it: the actions and menus (:mod:`.actions`), the context menus
(:mod:`.context_menus`), export and import (:mod:`.transfer`). Installed by
:func:`install_notes` with one line in the window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from gui.core.notes import (
    DEFAULT_COLOUR,
    Note,
    NoteError,
    new_passage_note,
    new_section_note,
    reattach,
    section_counts,
)
from gui.core.script import Script, convert_fragment
from gui.ui.feature_host import FeatureHost
from gui.ui.notes.actions import NoteActions
from gui.ui.notes.context_menus import NoteContextMenus
from gui.ui.notes.controller import NotesController
from gui.ui.notes.dock import NotesDock
from gui.ui.notes.editor import NoteFields, ask_note_fields
from gui.ui.notes.painting import NotePainter, swatch
from gui.ui.notes.transfer import NotesTransferActions
from gui.ui.notifier import MessageBoxNotifier
from gui.ui.ui_turns import STOP, TURNS, run_in_turns
from gui.ui.whole_view_titles import RetitleAfterPass

#: ``ask(parent, quote, initial, title) -> NoteFields | None``: the note editor (replaceable:
#: a caller without a user supplies the answer).
AskFields = Callable[[QWidget, str, NoteFields | None, str], NoteFields | None]

#: A report longer than this gets its notes over a few event-loop turns (see _on_document).
STAGED_CHARS = 200_000
#: The notes' name among the UI thread's tickers (gui.ui.ui_turns) for a long report's steps.
TICKER = "notes"


class NotesFeature(NoteActions, NoteContextMenus, NotesTransferActions, QObject):
    """Everything notes adds to a :class:`~gui.ui.main_window.MainWindow`.

    Public pieces: ``controller`` (store, notes, ``undo_stack``), ``dock``, ``painter``,
    and the actions (``highlight_action``, ``note_action``, ``section_note_action``,
    ``export_action``, ``import_action``, ``undo_action``, ``redo_action``)."""

    def __init__(self, window: FeatureHost) -> None:
        super().__init__(window)
        self.window = window
        self.ask: AskFields = ask_note_fields
        self.last_colour = DEFAULT_COLOUR
        self.controller = NotesController(self._warn, self, self._ask, self._status)
        self.undo_stack = self.controller.undo_stack
        self.painter = NotePainter(window.reader)
        self.dock = NotesDock(window)
        self.dock.model.set_swatch_colours(swatch)
        window.add_dock(self.dock)
        self._quotes: dict[tuple[str, str], str] = {}
        self._stage = 0  # counts documents opened: a staged load of an older one stops
        self._staged = False  # notes_changed comes from a staged load: show in steps
        self._build_actions()
        self._connect()
        window.installEventFilter(self)

    def _connect(self) -> None:
        w, s, dock = self.window, self.window.signals, self.dock
        s.document_opened.connect(self._on_document)
        s.busy_changed.connect(self._on_busy)
        self._on_busy(w.session.loading)  # installed while the first report is read
        s.notes_stored.connect(self.controller.reload)
        s.script_changed.connect(self._script_changed)
        # The list's quotes and groups: re-titled once the whole view is converted.
        self._retitle = RetitleAfterPass(
            s, w.reader, dock.tree, dock.model.refresh, dock.model.cancel_refresh
        )
        s.theme_changed.connect(self._theme_changed)
        self.controller.notes_changed.connect(self._show_notes)
        w.reader.context_menu_hooks.append(self.add_reader_menu_entries)
        tree = w.outline.tree
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._show_outline_menu)
        dock.note_activated.connect(self.go_to_note)
        dock.edit_requested.connect(self.edit_note)
        dock.delete_requested.connect(self.delete_note)
        dock.reattach_requested.connect(self.reattach_to_selection)
        dock.section_note_requested.connect(self.note_on_current_section)

    # -- showing ------------------------------------------------------------------------

    @property
    def document(self):
        return self.controller.document

    def quote(self, note: Note) -> str:
        """The note's quote in the script the reader shows."""
        script = Script(self.window.reader.script)
        if script is Script.ORIGINAL:
            return note.anchor.exact
        key = (note.anchor.exact, str(script))
        if key not in self._quotes:
            self._quotes[key] = convert_fragment(note.anchor.exact, script, self._variant())
        return self._quotes[key]

    def _on_busy(self, busy: bool) -> None:
        if busy:  # a report is being read: open the notes database meanwhile, off this thread
            self.controller.open_store_ahead()

    def _on_document(self, opened) -> None:
        """Load the report's notes: a long report's in steps, one per event-loop turn (read,
        re-anchored a few hundred at a time, marked in the reader, listed, counted in the
        outline). In one turn they were the longest stall of a 1 M-character report's
        start-up (~0.9 s under load for 1,000 notes)."""
        doc = opened.document
        self._stage += 1
        if len(doc.text) <= STAGED_CHARS:
            self.controller.load(doc)
            return
        token = self._stage
        steps = self.controller.load_steps(doc)

        waits: list[int] = []  # ms before the next step; -1 once the steps are done

        def step() -> None:
            self._staged = True  # the last step emits notes_changed: _show_notes in steps
            try:
                waits.append(next(steps) or 0)
            except StopIteration:
                waits.append(-1)
            finally:
                self._staged = False

        def load() -> None:
            if token != self._stage:
                return
            if not TURNS.take(TICKER, step):  # another ticker's slice, or the pass after it
                QTimer.singleShot(0, self, load)
            elif (wait := waits.pop()) >= 0:
                QTimer.singleShot(wait, self, load)

        QTimer.singleShot(0, self, load)

    def _show_notes(self) -> None:
        steps = [self._mark_notes, self._list_notes, self._count_notes]
        if not self._staged:
            for step in steps:
                step()
            return
        token = self._stage

        def step(show):
            return lambda: STOP if token != self._stage else show()

        run_in_turns(self, TICKER, [step(s) for s in steps], now=False)

    def _mark_notes(self) -> None:
        self.painter.paint(self.controller.notes())

    def _list_notes(self) -> None:
        doc = self.document
        current = self.dock.current_note()
        notes = self.controller.notes()
        self.dock.model.set_notes(doc, notes, self.window.session.section_heading, self.quote)
        self.dock.refresh_tags()
        if current is not None:
            self.dock.select_note(current.id)

    def _count_notes(self) -> None:
        doc = self.document
        if doc is not None:
            notes = self.controller.notes()
            index = {section: i for i, section in enumerate(doc.sections)}
            counts = {index[s]: n for s, n in section_counts(doc, notes).items() if s in index}
            self.window.outline.model.set_counts("notes", counts)

    def _script_changed(self, _script: str) -> None:
        self.painter.markers.update()

    def _theme_changed(self) -> None:
        self.painter.refresh_formats()
        self.dock.model.refresh()

    # -- creating and editing -----------------------------------------------------------

    def _selection(self) -> tuple[int, int] | None:
        span = self.window.reader.selected_text_span()
        return span if span and span[1] > span[0] else None

    def highlight(self, start: int, end: int, colour: str | None = None) -> Note | None:
        """Highlight ``[start, end)`` (text coordinates) in ``colour``; undoable."""
        doc = self.document
        if doc is None:
            return None
        colour = colour or self.last_colour
        try:
            note = new_passage_note(doc, start, end, colour=colour)
        except NoteError as err:
            self._warn(self.tr("Cannot add the note"), str(err))
            return None
        self.last_colour = colour
        self.controller.add(note)
        return note

    def highlight_selection(self, colour: str | None = None) -> Note | None:
        span = self._selection()
        if span is None:
            self._status(self.tr("Select a passage in the reader first."))
            return None
        return self.highlight(*span, colour=colour if isinstance(colour, str) else None)

    def note_on(self, start: int, end: int) -> Note | None:
        """Ask for text, tags and colour, then add a note on ``[start, end)``; undoable."""
        doc = self.document
        if doc is None:
            return None
        initial = NoteFields("", (), self.last_colour)
        fields = self.ask(self.window, self._view_text(start, end), initial, self.tr("Add Note"))
        if fields is None:
            return None
        try:
            note = new_passage_note(doc, start, end, fields.body, fields.colour, fields.tags)
        except NoteError as err:
            self._warn(self.tr("Cannot add the note"), str(err))
            return None
        self.last_colour = fields.colour
        self.controller.add(note)
        return note

    def note_on_selection(self) -> Note | None:
        span = self._selection()
        if span is None:
            self._status(self.tr("Select a passage in the reader first."))
            return None
        return self.note_on(*span)

    def note_on_section(self, index: int) -> Note | None:
        """Ask for a note on ``Document.sections[index]``; undoable."""
        doc = self.document
        if doc is None or not 0 <= index < len(doc.sections):
            return None
        heading = self.window.session.section_heading(index)
        initial = NoteFields("", (), self.last_colour)
        fields = self.ask(self.window, heading, initial, self.tr("Note on Section"))
        if fields is None:
            return None
        note = new_section_note(doc, doc.sections[index], fields.body, fields.colour, fields.tags)
        self.controller.add(note)
        return note

    def note_on_current_section(self) -> Note | None:
        index = self.window.session.current_section
        if index < 0:
            self._status(self.tr("Scroll to a section first."))
            return None
        return self.note_on_section(index)

    def edit_note(self, note: Note) -> Note | None:
        """Ask for new text, tags and colour; undoable."""
        note = self.controller.get(note.id) or note
        initial = NoteFields(note.body, note.tags, note.colour)
        fields = self.ask(self.window, self.quote(note), initial, self.tr("Edit Note"))
        if fields is None:
            return None
        new = note.edited(body=fields.body, tags=fields.tags, colour=fields.colour)
        self.controller.replace_note(note, new)
        return self.controller.get(note.id)

    def delete_note(self, note: Note) -> None:
        self.controller.delete(note.id)
        self._status(self.tr("Note deleted. Edit → Undo brings it back."))

    def reattach_to_selection(self, note: Note) -> Note | None:
        """Attach ``note`` (an orphan) to the reader's selection; undoable."""
        doc = self.document
        span = self._selection()
        if doc is None or span is None:
            self._warn(
                self.tr("Re-attach Note"),
                self.tr("Select the passage in the reader first, then choose Re-attach."),
            )
            return None
        note = self.controller.get(note.id) or note
        new = reattach(note, span[0], span[1], doc)
        self.controller.replace_note(note, new, self.tr("Re-attach Note"))
        return self.controller.get(note.id)

    def go_to_note(self, note: Note) -> None:
        """Jump to the note's passage and flash it (nothing for orphans). The section's
        heading goes to the top, so the reader sees where the note is; when the section is
        too long for both to show, the note wins."""
        if note.orphaned:
            return
        doc, s = self.document, self.window.signals
        path = doc.section_path(note.start) if doc is not None else []
        heading = path[-1].heading_start if path else None
        if heading is not None and heading < note.start:
            s.jump_requested.emit(heading)
            self.window.reader.ensure_text_visible(note.start, note.end)
        else:
            s.jump_requested.emit(note.start)
        s.flash_requested.emit(note.start, note.end)

    def _view_text(self, start: int, end: int) -> str:
        doc = self.document
        text = doc.text[start:end] if doc else ""
        script = Script(self.window.reader.script)
        if script is Script.ORIGINAL:
            return text
        return convert_fragment(text, script, self._variant())

    def _variant(self) -> str | None:
        """The document's Traditional variant, so that quotes read as the reader shows them."""
        views = self.window.reader.views
        return views.variant if views is not None else None

    # -- messages -----------------------------------------------------------------------

    def _warn(self, title: str, message: str) -> None:
        self.window.notifier.warning(self.window, title, message)

    def _ask(self, title: str, question: str) -> bool:
        return self.window.notifier.question(self.window, title, question)

    def _inform(self, title: str, message: str) -> None:
        notifier = self.window.notifier
        self._status(message)
        if hasattr(notifier, "information"):
            notifier.information(self.window, title, message)
        elif type(notifier) is MessageBoxNotifier:
            QMessageBox.information(self.window, title, message)
        else:
            notifier.warning(self.window, title, message)

    def _status(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 5000)


def install_notes(window: FeatureHost) -> NotesFeature:
    """Add notes to ``window`` (once, after its menus exist); the window keeps the returned
    feature, and Edit → Undo/Redo act on its ``undo_stack``."""
    return NotesFeature(window)

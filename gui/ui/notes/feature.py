"""Notes in the window: actions, menus, the reader and outline context menus, the dock, and
the wiring between them. Installed by :func:`install_notes` with one line in the window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QMessageBox, QWidget

from gui.core.notes import (
    COLOURS,
    DEFAULT_COLOUR,
    ImportResult,
    Note,
    NoteError,
    NoteImportError,
    NoteStoreError,
    import_file,
    new_passage_note,
    new_section_note,
    reattach,
    section_counts,
)
from gui.core.script import Script, convert_fragment
from gui.models.outline_model import SECTION_ROLE
from gui.ui.feature_host import FeatureHost
from gui.ui.notes.controller import NotesController
from gui.ui.notes.dock import NotesDock
from gui.ui.notes.editor import NoteFields, ask_note_fields, colour_names
from gui.ui.notes.painting import NotePainter, swatch, swatch_icon
from gui.ui.notes.transfer import ask_export_path, ask_import_path, write_export
from gui.ui.notifier import MessageBoxNotifier

#: ``ask(parent, quote, initial, title) -> NoteFields | None``: the note editor (replaceable: a caller without a user supplies the answer).
AskFields = Callable[[QWidget, str, NoteFields | None, str], NoteFields | None]


class NotesFeature(QObject):
    """Everything notes adds to a :class:`~gui.ui.main_window.MainWindow`.

    Public pieces: ``controller`` (store, notes, ``undo_stack``), ``dock``, ``painter``,
    and the actions (``highlight_action``, ``note_action``, ``section_note_action``,
    ``export_action``, ``import_action``, ``undo_action``, ``redo_action``)."""

    def __init__(self, window: FeatureHost) -> None:
        super().__init__(window)
        self.window = window
        self.ask: AskFields = ask_note_fields
        self.last_colour = DEFAULT_COLOUR
        self.controller = NotesController(self._warn, self)
        self.undo_stack = self.controller.undo_stack
        self.painter = NotePainter(window.reader)
        self.dock = NotesDock(window)
        self.dock.model.set_swatch_colours(swatch)
        window.add_dock(self.dock)
        self._quotes: dict[tuple[str, str], str] = {}
        self._build_actions()
        self._connect()
        window.installEventFilter(self)
        if window.settings.window_state() is None:
            # First launch: share a tab with docks added after this one (entities), so the
            # right-hand column does not force a tall minimum window height.
            QTimer.singleShot(0, self._tabify_with_neighbours)

    # -- building -----------------------------------------------------------------------

    def _action(self, text: str, shortcut=None, slot=None, name: str = "") -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _build_actions(self) -> None:
        w = self.window
        self.undo_action = self.undo_stack.createUndoAction(w, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setObjectName("undo")
        self.redo_action = self.undo_stack.createRedoAction(w, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.setObjectName("redo")
        w.addAction(self.undo_action)
        w.addAction(self.redo_action)
        edit = w.menus["edit"]
        first = edit.actions()[0] if edit.actions() else None
        edit.insertAction(first, self.undo_action)
        edit.insertAction(first, self.redo_action)
        edit.insertSeparator(first)

        self.highlight_action = self._action(
            self.tr("&Highlight Selection"), "Ctrl+Shift+H", self.highlight_selection, "highlight"
        )
        self.highlight_action.setToolTip(self.tr("Highlight the selected passage (Ctrl+Shift+H)"))
        self.note_action = self._action(
            self.tr("Add &Note…"), "Ctrl+Shift+N", self.note_on_selection, "add_note"
        )
        self.note_action.setToolTip(self.tr("Add a note on the selected passage (Ctrl+Shift+N)"))
        self.section_note_action = self._action(
            self.tr("Add Note on &Section…"),
            "Ctrl+Shift+J",
            self.note_on_current_section,
            "section_note",
        )
        self.export_action = self._action(
            self.tr("&Export Notes…"), "Ctrl+Shift+E", self.choose_export, "export_notes"
        )
        self.import_action = self._action(
            self.tr("&Import Notes…"), None, self.choose_import, "import_notes"
        )

        file_menu = w.menus["file"]
        quit_action = getattr(w, "quit_action", None)
        before = quit_action if quit_action in file_menu.actions() else None
        file_menu.insertAction(before, self.export_action)
        file_menu.insertAction(before, self.import_action)
        file_menu.insertSeparator(before)

        menu = self.menu = QMenu(self.tr("&Notes"), w)
        menu.setObjectName("notes_menu")
        colours = menu.addMenu(self.tr("Highlight &Colour"))
        names = colour_names()
        for colour in COLOURS:
            action = colours.addAction(swatch_icon(colour), names[colour])
            action.triggered.connect(lambda _=False, c=colour: self.highlight_selection(c))
        menu.addAction(self.highlight_action)
        menu.addAction(self.note_action)
        menu.addAction(self.section_note_action)
        menu.addSeparator()
        menu.addAction(self.dock.toggleViewAction())
        w.menus["notes"] = menu
        help_menu = w.menus.get("help")
        w.menuBar().insertMenu(help_menu.menuAction() if help_menu else None, menu)

        toolbar = getattr(w, "toolbar", None)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(self.highlight_action)
            toolbar.addAction(self.note_action)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.window and event.type() == QEvent.Type.Close:
            # The window goes (quit, or rebuilt for another language): release the database.
            # A later change (unlikely) would open it again.
            self.controller.close()
        return False

    def _tabify_with_neighbours(self) -> None:
        w = self.window
        area = w.dockWidgetArea(self.dock)
        for other in w.findChildren(QDockWidget):
            if other is self.dock or other.isFloating() or not other.isVisible():
                continue
            if w.dockWidgetArea(other) == area and not w.tabifiedDockWidgets(other):
                w.tabifyDockWidget(self.dock, other)
        self.dock.raise_()

    def _connect(self) -> None:
        w, s, dock = self.window, self.window.signals, self.dock
        s.document_opened.connect(lambda opened: self.controller.load(opened.document))
        s.script_changed.connect(self._script_changed)
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
            self._quotes[key] = convert_fragment(note.anchor.exact, script)
        return self._quotes[key]

    def _show_notes(self) -> None:
        doc = self.document
        notes = self.controller.notes()
        current = self.dock.current_note()
        self.painter.paint(notes)
        self.dock.model.set_notes(doc, notes, self.window.session.section_heading, self.quote)
        self.dock.refresh_tags()
        if current is not None:
            self.dock.select_note(current.id)
        if doc is not None:
            index = {section: i for i, section in enumerate(doc.sections)}
            counts = {index[s]: n for s, n in section_counts(doc, notes).items() if s in index}
            self.window.outline.model.set_counts("notes", counts)

    def _script_changed(self, _script: str) -> None:
        self.dock.model.refresh()
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
        """Jump to the note's passage and flash it (nothing for orphans)."""
        if note.orphaned:
            return
        self.window.signals.jump_requested.emit(note.start)
        self.window.signals.flash_requested.emit(note.start, note.end)

    def _view_text(self, start: int, end: int) -> str:
        doc = self.document
        text = doc.text[start:end] if doc else ""
        script = Script(self.window.reader.script)
        return text if script is Script.ORIGINAL else convert_fragment(text, script)

    # -- context menus ------------------------------------------------------------------

    def add_reader_menu_entries(
        self, menu: QMenu, pos: int, selection: tuple[int, int] | None
    ) -> None:
        """The reader's context-menu hook: Highlight ▸ colours, Add Note…, edit/delete."""
        if self.document is None:
            return
        if selection and selection[1] > selection[0]:
            sub = menu.addMenu(self.tr("&Highlight"))
            sub.setObjectName("highlight_menu")
            names = colour_names()
            for colour in COLOURS:
                action = sub.addAction(swatch_icon(colour), names[colour])
                action.setObjectName(f"highlight_{colour}")
                action.triggered.connect(
                    lambda _=False, c=colour, s=selection: self.highlight(s[0], s[1], c)
                )
            add = menu.addAction(self.tr("Add &Note…"))
            add.setObjectName("add_note_here")
            add.triggered.connect(lambda _=False, s=selection: self.note_on(s[0], s[1]))
        for note in self.painter.notes_at(pos)[:3]:
            label = " ".join(self.quote(note).split())
            label = label if len(label) <= 12 else label[:11] + "…"
            edit = menu.addAction(self.tr("&Edit Note “%1”…").replace("%1", label))
            edit.triggered.connect(lambda _=False, n=note: self.edit_note(n))
            delete = menu.addAction(self.tr("&Delete Note “%1”").replace("%1", label))
            delete.triggered.connect(lambda _=False, n=note: self.delete_note(n))

    def build_outline_menu(self, index: QModelIndex) -> QMenu | None:
        """The outline's context menu for a section item (None elsewhere)."""
        section = index.data(SECTION_ROLE) if index.isValid() else None
        if section is None or section < 0 or self.document is None:
            return None
        menu = QMenu(self.window)
        action = menu.addAction(self.tr("Add &Note on This Section…"))
        action.setObjectName("outline_section_note")
        action.triggered.connect(lambda _=False, i=int(section): self.note_on_section(i))
        return menu

    def _show_outline_menu(self, pos: QPoint) -> None:
        tree = self.window.outline.tree
        menu = self.build_outline_menu(tree.indexAt(pos))
        if menu is not None:
            menu.exec(tree.viewport().mapToGlobal(pos))
            menu.deleteLater()

    # -- export and import --------------------------------------------------------------

    def export_to(self, path: str | Path, fmt: str, script: str | None = None) -> bool:
        """Export the open document's notes (orphans included) to ``path``; the script
        defaults to the one shown. Problems go to the notifier."""
        doc = self.document
        if doc is None:
            return False
        script = script or str(self.window.reader.script)
        try:
            write_export(path, doc, self.controller.notes(), fmt, script)
        except OSError as err:
            self._warn(self.tr("Cannot export notes"), f"{path}: {err}")
            return False
        self._status(self.tr("Notes exported to %1").replace("%1", str(path)))
        return True

    def choose_export(self) -> None:
        if self.document is None:
            return
        chosen = ask_export_path(self.window, self.document)
        if chosen:
            self.export_to(*chosen)

    def import_from(self, path: str | Path) -> ImportResult | None:
        """Merge a JSON-LD file's notes into the open document (no duplicates, re-anchored)
        and say how many were added and orphaned."""
        doc = self.document
        if doc is None:
            return None
        store = self.controller.ensure_store()
        try:
            result = import_file(store, doc, path)
        except NoteImportError as err:
            self._warn(self.tr("Cannot import notes"), str(err))
            return None
        except NoteStoreError as err:
            if not err.kept_in_memory:
                self._warn(self.tr("Cannot import notes"), str(err))
                return None
            self.controller._warn_store()  # noqa: SLF001 - kept in memory: tell, carry on
            result = None
        self.controller.reload()
        if result is not None:
            self._inform(
                self.tr("Notes imported"),
                self.tr("%1 notes added, %2 of them orphaned (passage not found); %3 already here.")
                .replace("%1", str(result.added))
                .replace("%2", str(result.orphaned))
                .replace("%3", str(result.duplicates)),
            )
        return result

    def choose_import(self) -> None:
        if self.document is None:
            return
        path = ask_import_path(self.window)
        if path:
            self.import_from(path)

    # -- messages -----------------------------------------------------------------------

    def _warn(self, title: str, message: str) -> None:
        self.window.notifier.warning(self.window, title, message)

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

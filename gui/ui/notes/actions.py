"""The notes' actions and menus: Edit → Undo/Redo, File → Export/Import Notes…, the Notes
menu, the toolbar buttons, and where the notes dock goes on a first launch.

A mix-in of :class:`~gui.ui.notes.install.NotesFeature` (one job of it, kept apart): it uses
the feature's ``window`` (a :class:`~gui.ui.feature_host.FeatureHost`), ``undo_stack``,
``dock``, ``controller`` and its slots. Strings are translated in the feature's context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from gui.core.notes import COLOURS
from gui.ui.notes.editor import colour_names
from gui.ui.notes.painting import swatch_icon


class NoteActions:
    """Builds the actions and menus (see the module docstring)."""

    def _action(
        self, text: str, shortcut=None, slot=None, name: str = "", tip: str = ""
    ) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        if tip:
            action.setToolTip(tip)
        self.window.addAction(action)
        return action

    def _option(self, text: str, name: str, tip: str) -> QAction:
        """A checkable export option: a menu entry only (no shortcut, not added to the window)."""
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setCheckable(True)
        action.setToolTip(tip)
        return action

    def _build_actions(self) -> None:
        w = self.window
        self.undo_action = self.undo_stack.createUndoAction(
            w, QCoreApplication.translate("NotesFeature", "&Undo")
        )
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setObjectName("undo")
        self.redo_action = self.undo_stack.createRedoAction(
            w, QCoreApplication.translate("NotesFeature", "&Redo")
        )
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
            QCoreApplication.translate("NotesFeature", "&Highlight Selection"),
            "Ctrl+Shift+H",
            self.highlight_selection,
            "highlight",
            QCoreApplication.translate(
                "NotesFeature", "Highlight the selected passage (Ctrl+Shift+H)"
            ),
        )
        self.note_action = self._action(
            QCoreApplication.translate("NotesFeature", "Add &Note…"),
            "Ctrl+Shift+N",
            self.note_on_selection,
            "add_note",
            QCoreApplication.translate(
                "NotesFeature", "Add a note on the selected passage (Ctrl+Shift+N)"
            ),
        )
        self.section_note_action = self._action(
            QCoreApplication.translate("NotesFeature", "Add Note on &Section…"),
            "Ctrl+Shift+J",
            self.note_on_current_section,
            "section_note",
        )
        self.export_action = self._action(
            QCoreApplication.translate("NotesFeature", "&Export Notes…"),
            "Ctrl+Shift+E",
            self.choose_export,
            "export_notes",
        )
        self.import_action = self._action(
            QCoreApplication.translate("NotesFeature", "&Import Notes…"),
            None,
            self.choose_import,
            "import_notes",
        )

        self.technical_action = self._option(
            QCoreApplication.translate("NotesFeature", "&Technical Details in Exports for Reading"),
            "export_technical_details",
            QCoreApplication.translate(
                "NotesFeature", "Add file name, fingerprint, offsets and note ids to the export"
            ),
        )
        self.pinyin_action = self._option(
            QCoreApplication.translate(
                "NotesFeature", "Quotes with &Pinyin in Exports for Reading"
            ),
            "export_quote_pinyin",
            QCoreApplication.translate(
                "NotesFeature",
                "Word-level pinyin of each quote: under it in Markdown, over each word in a web page",
            ),
        )

        file_menu = w.menus["file"]
        quit_action = getattr(w, "quit_action", None)
        before = quit_action if quit_action in file_menu.actions() else None
        file_menu.insertAction(before, self.export_action)
        file_menu.insertAction(before, self.import_action)
        file_menu.insertSeparator(before)

        menu = self.menu = QMenu(QCoreApplication.translate("NotesFeature", "&Notes"), w)
        menu.setObjectName("notes_menu")
        colours = menu.addMenu(QCoreApplication.translate("NotesFeature", "Highlight &Colour"))
        names = colour_names()
        for colour in COLOURS:
            action = colours.addAction(swatch_icon(colour), names[colour])
            action.triggered.connect(lambda _=False, c=colour: self.highlight_selection(c))
        menu.addAction(self.highlight_action)
        menu.addAction(self.note_action)
        menu.addAction(self.section_note_action)
        menu.addSeparator()
        menu.addAction(self.technical_action)
        menu.addAction(self.pinyin_action)
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

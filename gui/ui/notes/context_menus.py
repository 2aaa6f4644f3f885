"""The notes' entries in the reader's context menu (Highlight ▸ colours, Add Note…, and
Edit, Colour ▸ and Delete for a note under the pointer) and the outline's context menu (Add
Note on This Section…).

A mix-in of :class:`~gui.ui.notes.install.NotesFeature` (one job of it, kept apart): it uses
the feature's ``window``, ``document``, ``painter``, ``controller``, ``quote`` and its note
slots. Strings are translated in the feature's context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint
from PySide6.QtWidgets import QMenu

from gui.core.notes import COLOURS
from gui.models.outline_model import SECTION_ROLE
from gui.ui.notes.editor import colour_names
from gui.ui.notes.painting import swatch_icon


class NoteContextMenus:
    """The reader's and the outline's context-menu entries (see the module docstring)."""

    def add_reader_menu_entries(
        self, menu: QMenu, pos: int, selection: tuple[int, int] | None
    ) -> None:
        """The reader's context-menu hook: Highlight ▸ colours, Add Note…, edit/delete."""
        if self.document is None:
            return
        if selection and selection[1] > selection[0]:
            sub = menu.addMenu(QCoreApplication.translate("NotesFeature", "&Highlight"))
            sub.setObjectName("highlight_menu")
            names = colour_names()
            for colour in COLOURS:
                action = sub.addAction(swatch_icon(colour), names[colour])
                action.setObjectName(f"highlight_{colour}")
                action.triggered.connect(
                    lambda _=False, c=colour, s=selection: self.highlight(s[0], s[1], c)
                )
            add = menu.addAction(QCoreApplication.translate("NotesFeature", "Add &Note…"))
            add.setObjectName("add_note_here")
            add.triggered.connect(lambda _=False, s=selection: self.note_on(s[0], s[1]))
        for note in self.painter.notes_at(pos)[:3]:
            label = " ".join(self.quote(note).split())
            label = label if len(label) <= 12 else label[:11] + "…"
            edit = menu.addAction(
                QCoreApplication.translate("NotesFeature", "&Edit Note “%1”…").replace("%1", label)
            )
            edit.triggered.connect(lambda _=False, n=note: self.edit_note(n))
            colours = menu.addMenu(
                QCoreApplication.translate("NotesFeature", "&Colour of “%1”").replace("%1", label)
            )
            colours.setObjectName("note_colour_menu")
            for colour, name in colour_names().items():
                action = colours.addAction(swatch_icon(colour), name)
                action.setObjectName(f"note_colour_{colour}")
                action.setCheckable(True)
                action.setChecked(colour == note.colour)
                action.triggered.connect(lambda _=False, n=note, c=colour: self.recolour(n, c))
            delete = menu.addAction(
                QCoreApplication.translate("NotesFeature", "&Delete Note “%1”").replace("%1", label)
            )
            delete.triggered.connect(lambda _=False, n=note: self.delete_note(n))

    def recolour(self, note, colour: str) -> None:
        """Give ``note`` (a highlight or a note) another colour; undoable."""
        note = self.controller.get(note.id) or note
        if colour != note.colour:
            self.last_colour = colour
            self.controller.replace_note(
                note,
                note.edited(colour=colour),
                QCoreApplication.translate("NotesFeature", "Change Colour"),
            )

    def build_outline_menu(self, index: QModelIndex) -> QMenu | None:
        """The outline's context menu for a section item (None elsewhere)."""
        section = index.data(SECTION_ROLE) if index.isValid() else None
        if section is None or section < 0 or self.document is None:
            return None
        menu = QMenu(self.window)
        action = menu.addAction(
            QCoreApplication.translate("NotesFeature", "Add &Note on This Section…")
        )
        action.setObjectName("outline_section_note")
        action.triggered.connect(lambda _=False, i=int(section): self.note_on_section(i))
        return menu

    def _show_outline_menu(self, pos: QPoint) -> None:
        tree = self.window.outline.tree
        menu = self.build_outline_menu(tree.indexAt(pos))
        if menu is not None:
            menu.exec(tree.viewport().mapToGlobal(pos))
            menu.deleteLater()

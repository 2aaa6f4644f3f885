"""The notes dock: the open document's notes by section, a filter, and the note actions."""

from __future__ import annotations

import time

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from gui.core.notes import COLOURS, Note
from gui.models.notes_model import NOTE_ROLE, NotesModel
from gui.ui.notes.editor import colour_names
from gui.ui.notes.painting import swatch_icon
from gui.ui.turn_expansion import TurnExpansion
from gui.ui.ui_turns import TURNS

#: A list of more groups than this is expanded in turns after a reset: the tree lays out every
#: row it opens, and 1,000 notes in ~900 sections were 25-35 ms of the reset's turn at once.
EXPAND_AT_ONCE = 100
#: UI-thread time per turn of that expansion (seconds).
EXPAND_TURN_SECONDS = 0.008
#: The notes list's name among the UI thread's tickers (gui.ui.ui_turns), for its expansion.
TICKER = "notes list"


class NotesDock(QDockWidget):
    """Notes in reading order grouped by section, with an "Orphans" group last.

    Signals:
        note_activated(object): a note row was clicked or activated (the :class:`Note`).
        edit_requested(object): edit this note.
        delete_requested(object): delete this note.
        reattach_requested(object): attach this (orphaned) note to the reader's selection.
        section_note_requested(): add a note on the section at the top of the reader.
    """

    note_activated = Signal(object)
    edit_requested = Signal(object)
    delete_requested = Signal(object)
    reattach_requested = Signal(object)
    section_note_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Notes"), parent)
        self.setObjectName("notes_dock")
        self.model = NotesModel(self)
        self.model.share_turns(TURNS)  # its slices after a switch: never in the reader's pass
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)

        self.filter_edit = QLineEdit(body)
        self.filter_edit.setObjectName("notes_filter")
        self.filter_edit.setPlaceholderText(self.tr("Filter notes…"))
        self.filter_edit.setClearButtonEnabled(True)
        layout.addWidget(self.filter_edit)

        row = QHBoxLayout()
        row.setSpacing(2)
        self.tag_combo = QComboBox(body)
        self.tag_combo.setObjectName("notes_tag_filter")
        self.tag_combo.setToolTip(self.tr("Show only notes with this tag"))
        self.tag_combo.setMinimumContentsLength(8)
        self.tag_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        row.addWidget(self.tag_combo, 1)
        self.colour_buttons: dict[str, QToolButton] = {}
        names = colour_names()
        for colour in COLOURS:
            button = QToolButton(body)
            button.setObjectName(f"notes_colour_{colour}")
            button.setCheckable(True)
            button.setIcon(swatch_icon(colour))
            button.setToolTip(self.tr("Show %1 notes").replace("%1", names.get(colour, colour)))
            button.setAutoRaise(True)
            button.toggled.connect(self._apply_filter)
            self.colour_buttons[colour] = button
            row.addWidget(button)
        layout.addLayout(row)

        self.tree = QTreeView(body)
        self.tree.setObjectName("notes_tree")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._show_menu)
        self.tree.clicked.connect(self._on_activated)
        self.tree.activated.connect(self._on_activated)
        self.tree.doubleClicked.connect(self._on_double_clicked)
        self.model.modelReset.connect(self._expand)
        #: Groups still to expand after a reset of a long list (see EXPAND_AT_ONCE).
        self._expansion = TurnExpansion(self, TICKER, lambda: self._expand_slice())
        delete = QAction(self.tr("Delete Note"), self.tree)
        delete.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Delete), QKeySequence("Backspace")]
        )
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self._delete_current)
        self.tree.addAction(delete)
        edit = QAction(self.tr("Edit Note…"), self.tree)
        edit.setShortcuts([QKeySequence("F2")])
        edit.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit.triggered.connect(self._edit_current)
        self.tree.addAction(edit)
        layout.addWidget(self.tree, 1)

        buttons = QHBoxLayout()
        self.section_button = QPushButton(self.tr("Section Note…"), body)
        self.section_button.setObjectName("notes_section_button")
        self.section_button.setToolTip(
            self.tr("Add a note on the section at the top of the reader")
        )
        self.section_button.clicked.connect(self.section_note_requested)
        self.reattach_button = QPushButton(self.tr("Re-attach to Selection"), body)
        self.reattach_button.setObjectName("notes_reattach_button")
        self.reattach_button.setToolTip(
            self.tr("Attach the selected orphaned note to the passage selected in the reader")
        )
        self.reattach_button.clicked.connect(self._reattach_current)
        buttons.addWidget(self.section_button)
        buttons.addWidget(self.reattach_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.setWidget(body)

        self.filter_edit.textChanged.connect(self._apply_filter)
        self.tag_combo.currentIndexChanged.connect(self._apply_filter)
        self.model.modelReset.connect(self._update_buttons)
        self.tree.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh_tags()
        self._update_buttons()

    # -- expansion ----------------------------------------------------------------------

    def _expand(self) -> None:
        """Every group open after a reset: at once, or in turns for a long list."""
        self._expansion.stop()
        groups = self.model.rowCount()
        if groups <= EXPAND_AT_ONCE:
            self.tree.expandAll()
            return
        self._expansion.start(groups)

    @property
    def expanding(self) -> bool:
        """Whether a long list's groups are still being opened."""
        return self._expansion.busy

    def _expand_slice(self) -> None:
        rows, began = self._expansion.rows, time.perf_counter()
        while rows and time.perf_counter() - began < EXPAND_TURN_SECONDS:
            self.tree.expand(self.model.index(rows.popleft(), 0))

    # -- filter -------------------------------------------------------------------------

    def refresh_tags(self) -> None:
        """Offer the tags in use (keeps the chosen one if it is still there)."""
        current = self.tag_combo.currentData()
        self.tag_combo.blockSignals(True)
        self.tag_combo.clear()
        self.tag_combo.addItem(self.tr("All tags"), "")
        for tag in self.model.all_tags():
            self.tag_combo.addItem(f"#{tag}", tag)
        at = self.tag_combo.findData(current) if current else 0
        self.tag_combo.setCurrentIndex(max(at, 0))
        self.tag_combo.blockSignals(False)
        if current and at < 0:
            # The chosen tag is gone (its last note deleted) and the box fell back to
            # "All tags" with signals blocked: the list must follow, or it stays filtered
            # by a tag nobody can choose any more.
            self._apply_filter()

    def selected_colours(self) -> list[str]:
        return [c for c, b in self.colour_buttons.items() if b.isChecked()]

    def _apply_filter(self) -> None:
        tag = self.tag_combo.currentData() or ""
        self.model.set_filter(
            self.filter_edit.text(), (tag,) if tag else (), self.selected_colours()
        )

    # -- selection and actions ----------------------------------------------------------

    def current_note(self) -> Note | None:
        index = self.tree.currentIndex()
        return index.data(NOTE_ROLE) if index.isValid() else None

    def select_note(self, note_id: str) -> None:
        index = self.model.index_for_note(note_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _on_activated(self, index: QModelIndex) -> None:
        note = index.data(NOTE_ROLE)
        if note is not None:
            self.note_activated.emit(note)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        note = index.data(NOTE_ROLE)
        if note is not None:
            self.edit_requested.emit(note)

    def _delete_current(self) -> None:
        note = self.current_note()
        if note is not None:
            self.delete_requested.emit(note)

    def _edit_current(self) -> None:
        note = self.current_note()
        if note is not None:
            self.edit_requested.emit(note)

    def _reattach_current(self) -> None:
        note = self.current_note()
        if note is not None and note.orphaned:
            self.reattach_requested.emit(note)

    def _update_buttons(self) -> None:
        note = self.current_note()
        self.reattach_button.setEnabled(note is not None and note.orphaned)

    def build_menu(self, index: QModelIndex) -> QMenu | None:
        """The context menu of a row (None on group rows)."""
        note = index.data(NOTE_ROLE) if index.isValid() else None
        if note is None:
            return None
        menu = QMenu(self)
        if not note.orphaned:
            menu.addAction(self.tr("&Go to Passage"), lambda: self.note_activated.emit(note))
        menu.addAction(self.tr("&Edit Note…"), lambda: self.edit_requested.emit(note))
        if note.orphaned:
            menu.addAction(
                self.tr("&Re-attach to Selection"), lambda: self.reattach_requested.emit(note)
            )
        menu.addSeparator()
        menu.addAction(self.tr("&Delete Note"), lambda: self.delete_requested.emit(note))
        return menu

    def _show_menu(self, pos: QPoint) -> None:
        menu = self.build_menu(self.tree.indexAt(pos))
        if menu is not None:
            menu.exec(self.tree.viewport().mapToGlobal(pos))
            menu.deleteLater()

"""The entity dock: a legend that doubles as per-type toggles, a filter, and the entity tree."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDockWidget,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from gui.models.entity_model import EntityModel
from gui.ui.entities.style import TYPES, type_name


class EntityDock(QDockWidget):
    """Entities of the open document grouped by type.

    Signals:
        entity_activated(object): an entity row was clicked (its :class:`EntityGroup`).
        others_requested(object): "In Other Reports…" from an entity row's context menu.
        type_toggled(str, bool): a legend button switched a type's highlights on or off.
        master_toggled(bool): the "Show entities" box was switched.
    """

    entity_activated = Signal(object)
    others_requested = Signal(object)
    type_toggled = Signal(str, bool)
    master_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Entities"), parent)
        self.setObjectName("entity_dock")
        self.model = EntityModel(self)
        self.model.set_types(list(TYPES), type_name)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)

        self.master_box = QCheckBox(self.tr("Show entities"), body)
        self.master_box.setObjectName("entity_master")
        self.master_box.setChecked(True)
        self.master_box.toggled.connect(self.master_toggled)
        layout.addWidget(self.master_box)

        legend = QGridLayout()
        legend.setContentsMargins(0, 0, 0, 0)
        legend.setHorizontalSpacing(2)
        legend.setVerticalSpacing(0)
        self.type_buttons: dict[str, QToolButton] = {}
        for n, entity_type in enumerate(TYPES):
            button = QToolButton(body)
            button.setObjectName(f"entity_type_{entity_type}")
            button.setText(type_name(entity_type))
            button.setCheckable(True)
            button.setChecked(True)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setToolTip(self.tr("Show or hide %1 highlights").replace("%1", button.text()))
            button.toggled.connect(lambda on, t=entity_type: self.type_toggled.emit(t, on))
            self.type_buttons[entity_type] = button
            legend.addWidget(button, n // 2, n % 2)
        layout.addLayout(legend)

        self.filter_edit = QLineEdit(body)
        self.filter_edit.setObjectName("entity_filter")
        self.filter_edit.setPlaceholderText(self.tr("Filter entities…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.model.set_filter)
        layout.addWidget(self.filter_edit)

        self.tree = QTreeView(body)
        self.tree.setObjectName("entity_tree")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.clicked.connect(self._on_clicked)
        self.tree.activated.connect(self._on_clicked)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.model.modelReset.connect(self._expand)
        layout.addWidget(self.tree, 1)

        self.status_label = QLabel(body)
        self.status_label.setObjectName("entity_status")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.setWidget(body)

    def _expand(self) -> None:
        # A handful of types: open them all unless the document is huge.
        if (
            sum(self.model.rowCount(self.model.index(r, 0)) for r in range(self.model.rowCount()))
            < 5000
        ):
            self.tree.expandAll()

    def _on_clicked(self, index: QModelIndex) -> None:
        group = self.model.group(index)
        if group is not None:
            self.entity_activated.emit(group)

    def entity_menu(self, index: QModelIndex) -> QMenu | None:
        """The context menu of an entity row (None on a type row)."""
        group = self.model.group(index)
        if group is None:
            return None
        menu = QMenu(self.tree)
        action = menu.addAction(self.tr("In &Other Reports…"))
        action.setObjectName("entity_in_other_reports")
        action.setToolTip(self.tr("Which reports of the library mention it, how often, where"))
        action.triggered.connect(lambda: self.others_requested.emit(group))
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        menu = self.entity_menu(self.tree.indexAt(pos))
        if menu is not None:
            menu.exec(self.tree.viewport().mapToGlobal(pos))
            menu.deleteLater()

    def set_icons(self, icons: dict[str, QIcon]) -> None:
        """Legend swatches (rebuilt with the theme)."""
        for entity_type, button in self.type_buttons.items():
            button.setIcon(icons[entity_type])
        self.model.set_icons(icons)

    def set_type_checked(self, entity_type: str, on: bool) -> None:
        button = self.type_buttons[entity_type]
        if button.isChecked() != on:
            button.blockSignals(True)
            button.setChecked(on)
            button.blockSignals(False)

    def set_master_checked(self, on: bool) -> None:
        if self.master_box.isChecked() != on:
            self.master_box.blockSignals(True)
            self.master_box.setChecked(on)
            self.master_box.blockSignals(False)
        for button in self.type_buttons.values():
            button.setEnabled(on)

    def set_status(self, text: str) -> None:
        self.status_label.setText(text)

    def item_rect_center(self, row: int, parent: QModelIndex | None = None) -> QPoint:
        """Centre of a row's rectangle in the tree's viewport (where a click on it lands)."""
        index = self.model.index(row, 0, parent or QModelIndex())
        return self.tree.visualRect(index).center()

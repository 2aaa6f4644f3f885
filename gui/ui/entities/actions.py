"""The entities' actions and toggles: View → Entities (Show Entities, Ctrl+E, and one toggle
per type), File → Export / Import Entity Corrections…, and keeping the menu, the dock's
legend and the settings in step when a toggle changes.

A mix-in of :class:`~gui.ui.entities.install.EntityFeature` (one job of it, kept apart): it
uses the feature's ``window`` (a :class:`~gui.ui.feature_host.FeatureHost`), ``dock``,
``shown``, ``hidden_types``, the painting methods and ``entities_changed``. Strings are
translated in the feature's context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from gui.ui.entities.style import TYPES, type_name


class EntityActions:
    """Builds the actions and menus and applies the toggles (see the module docstring)."""

    def _build_actions(self) -> None:
        w = self.window
        self.show_action = QAction(QCoreApplication.translate("EntityFeature", "Show &Entities"), w)
        self.show_action.setObjectName("show_entities")
        self.show_action.setCheckable(True)
        self.show_action.setShortcut(QKeySequence("Ctrl+E"))
        self.show_action.setToolTip(
            QCoreApplication.translate(
                "EntityFeature", "Highlight organisations, places, dates… (Ctrl+E)"
            )
        )
        self.show_action.toggled.connect(self.set_shown)
        w.addAction(self.show_action)  # the shortcut works with the menu bar hidden
        self.type_actions: dict[str, QAction] = {}
        self._type_group = QActionGroup(self)
        self._type_group.setExclusive(False)
        for entity_type in TYPES:
            action = QAction(type_name(entity_type), self._type_group)
            action.setObjectName(f"show_entity_{entity_type}")
            action.setCheckable(True)
            action.toggled.connect(lambda on, t=entity_type: self.set_type_shown(t, on))
            self.type_actions[entity_type] = action
        self.menu = QMenu(QCoreApplication.translate("EntityFeature", "&Entities"), w)
        self.menu.setObjectName("entities_menu")
        self.menu.addAction(self.show_action)
        self.menu.addSeparator()
        for action in self.type_actions.values():
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.dock.toggleViewAction())
        w.menus["entities"] = self.menu
        view = w.menus.get("view")
        if view is not None:
            view.addSeparator()
            view.addMenu(self.menu)

        self.export_action = QAction(
            QCoreApplication.translate("EntityFeature", "Export Entity &Corrections…"), w
        )
        self.export_action.setObjectName("export_entity_corrections")
        self.export_action.triggered.connect(self.choose_export)
        self.import_action = QAction(
            QCoreApplication.translate("EntityFeature", "Import Entity C&orrections…"), w
        )
        self.import_action.setObjectName("import_entity_corrections")
        self.import_action.triggered.connect(self.choose_import)
        file_menu = w.menus.get("file")
        if file_menu is not None:
            quit_action = getattr(w, "quit_action", None)
            before = quit_action if quit_action in file_menu.actions() else None
            file_menu.insertAction(before, self.export_action)
            file_menu.insertAction(before, self.import_action)
            file_menu.insertSeparator(before)

    def set_shown(self, on: bool) -> None:
        """The master toggle (View → Entities → Show Entities, Ctrl+E); remembered."""
        on = bool(on)
        if on != self.shown:
            self.shown = on
            self.window.settings.set_entities_shown(on)
            self._repaint_types(list(TYPES))
        self._sync_toggles()

    def set_type_shown(self, entity_type: str, on: bool) -> None:
        """Show or hide one type's highlights; remembered."""
        if (entity_type in self.hidden_types) == bool(on):
            if on:
                self.hidden_types.discard(entity_type)
            else:
                self.hidden_types.add(entity_type)
            self.window.settings.set_hidden_entity_types(self.hidden_types)
            self._repaint_types([entity_type])
        self._sync_toggles()

    def _repaint_types(self, types: list[str]) -> None:
        for entity_type in types:
            self._paint_type(entity_type)
        self._paint_counts()
        self.entities_changed.emit()

    def _sync_toggles(self) -> None:
        for action in [self.show_action, *self.type_actions.values()]:
            action.blockSignals(True)
        self.show_action.setChecked(self.shown)
        for entity_type, action in self.type_actions.items():
            action.setChecked(entity_type not in self.hidden_types)
            action.setEnabled(self.shown)
            self.dock.set_type_checked(entity_type, entity_type not in self.hidden_types)
        for action in [self.show_action, *self.type_actions.values()]:
            action.blockSignals(False)
        self.dock.set_master_checked(self.shown)

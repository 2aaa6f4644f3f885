"""What the main window offers the features (notes, entities), in one typed place.

A feature is built with the window (``NotesFeature(window)``) and uses only the members listed
on :class:`FeatureHost`; ``tests/ui/test_feature_host.py`` reads the features' source and fails
on any other attribute of the window. The window keeps the feature it installs
(``window.notes``, ``window.entities``); features attach nothing to it. Settings go through the
one :class:`~gui.settings.Settings` object; app-wide requests and notifications through the
:class:`~gui.ui.signals.AppSignals` hub.

What a feature typically does with them:

- ``signals``: connect to ``document_opened``, ``script_changed``, ``selection_changed``,
  ``current_section_changed``; emit ``jump_requested`` / ``flash_requested``.
- ``reader.highlighter.set_layer(name, spans, fmt, tooltip)`` paints spans given in text
  coordinates; ``reader.context_menu_hooks.append(hook)`` adds context-menu entries;
  ``reader.selected_text_span()``, ``reader.script``, ``reader.top_text_pos()``.
- ``outline.model.set_counts(kind, {section: n})`` shows per-section counts;
  ``outline.tree`` for the outline's context menu.
- ``session.current_section()``, ``session.section_heading(i)``, ``session.loading`` (a
  report is being read).
- ``menus["file" | "edit" | "view" | "help"]``; a feature may add its own menu under a new key.
- ``undo_stack``: Edit → Undo/Redo; a feature pushes its undoable changes there (entity
  corrections do).
- ``add_dock(dock)``; the QMainWindow methods below to place a dock, add a window-wide action
  (a shortcut that works with the menu bar hidden) or show a status message.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import QByteArray, QObject, Qt
    from PySide6.QtGui import QAction, QUndoStack
    from PySide6.QtWidgets import QDockWidget, QMenu, QMenuBar, QStatusBar, QToolBar

    from gui.settings import Settings
    from gui.ui.notifier import Notifier
    from gui.ui.outline_dock import OutlineDock
    from gui.ui.reader_view import ReaderView
    from gui.ui.session import ReaderSession
    from gui.ui.signals import AppSignals


class FeatureHost(Protocol):
    """The main window as a feature sees it (a ``QMainWindow``: also the features' parent)."""

    signals: AppSignals
    settings: Settings
    notifier: Notifier
    session: ReaderSession
    reader: ReaderView
    outline: OutlineDock
    menus: dict[str, QMenu]
    toolbar: QToolBar  # the features add their main actions to it
    quit_action: QAction  # File → Quit: features insert their file actions above it
    undo_stack: QUndoStack  # Edit → Undo/Redo (the notes' stack): undoable changes go on it

    def add_dock(self, dock: QDockWidget, side: str = "right") -> None: ...

    # QMainWindow's own, as the features use them.
    def addAction(self, action: QAction) -> None: ...
    def installEventFilter(self, watcher: QObject) -> None: ...
    def statusBar(self) -> QStatusBar: ...
    def menuBar(self) -> QMenuBar: ...
    def dockWidgetArea(self, dock: QDockWidget) -> Qt.DockWidgetArea: ...
    def tabifiedDockWidgets(self, dock: QDockWidget) -> list[QDockWidget]: ...
    def tabifyDockWidget(self, first: QDockWidget, second: QDockWidget) -> None: ...
    def findChildren(self, kind: type, name: str = "") -> list: ...
    # Full screen hides the bars and docks and puts them back as they were.
    def saveState(self) -> QByteArray: ...
    def restoreState(self, state: QByteArray) -> bool: ...
    def windowState(self) -> Qt.WindowState: ...
    def setWindowState(self, state: Qt.WindowState) -> None: ...
    def showFullScreen(self) -> None: ...


#: The members a feature may use (checked against the features' source by a test).
HOST_MEMBERS: frozenset[str] = frozenset(
    name for name in vars(FeatureHost) if not name.startswith("_")
) | frozenset(FeatureHost.__annotations__)

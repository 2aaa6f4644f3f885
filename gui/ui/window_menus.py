"""The main window's actions, menus and toolbar: built by ``MainWindow.build_chrome`` (stage
2 of the window, after the reader's first paint), which connects them; the features add
theirs to ``window.menus`` and ``window.toolbar``. Strings are translated in the window's
context. ``window`` is a ``MainWindow`` (not imported here: it imports this module)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtGui import QAction


def _action(window: Any, text: str, shortcut=None, slot=None, name: str = "") -> QAction:
    """An action of the window's, its shortcut working even when the menu bar is hidden."""
    from PySide6.QtGui import QAction, QKeySequence

    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if slot is not None:
        action.triggered.connect(slot)
    action.setObjectName(name)
    window.addAction(action)  # shortcuts work even when the menu bar is hidden
    return action


def build_actions(window: Any) -> None:
    """File, Edit and View's actions, and the theme group (``window.*_action``,
    ``window.theme_actions``)."""
    from PySide6.QtGui import QAction, QActionGroup, QKeySequence

    from gui.ui.theme import THEMES

    translate = QCoreApplication.translate
    K = QKeySequence.StandardKey  # noqa: N806
    window.open_action = _action(
        window, translate("MainWindow", "&Open…"), K.Open, window.choose_file, "open"
    )
    window.quit_action = _action(
        window, translate("MainWindow", "&Quit"), K.Quit, window.close, "quit"
    )
    window.find_action = _action(
        window, translate("MainWindow", "&Find…"), K.Find, window.open_find, "find"
    )
    window.find_next_action = _action(
        window,
        translate("MainWindow", "Find &Next"),
        K.FindNext,
        window.find_bar.find_next,
        "find_next",
    )
    window.find_prev_action = _action(
        window,
        translate("MainWindow", "Find &Previous"),
        K.FindPrevious,
        window.find_bar.find_previous,
        "find_prev",
    )
    window.zoom_in_action = _action(
        window, translate("MainWindow", "Zoom &In"), K.ZoomIn, lambda: window.zoom(1), "zoom_in"
    )
    window.zoom_out_action = _action(
        window, translate("MainWindow", "Zoom &Out"), K.ZoomOut, lambda: window.zoom(-1), "zoom_out"
    )
    window.zoom_reset_action = _action(
        window,
        translate("MainWindow", "&Reset Zoom"),
        "Ctrl+0",
        lambda: window.zoom(0),
        "zoom_reset",
    )
    window.font_action = _action(
        window, translate("MainWindow", "&Font…"), None, window.choose_font, "font"
    )
    window.theme_group = QActionGroup(window)
    names = {
        "system": translate("MainWindow", "&System"),
        "light": translate("MainWindow", "&Light"),
        "dark": translate("MainWindow", "&Dark"),
    }
    window.theme_actions = {}
    for theme in THEMES:
        action = QAction(names[theme], window.theme_group)
        action.setCheckable(True)
        action.setObjectName(f"theme_{theme}")
        action.triggered.connect(lambda _=False, t=theme: window.set_theme(t))
        window.theme_actions[theme] = action


def build_menus(window: Any) -> None:
    """The File, Edit, View and Help menus (``window.menus``), the recent files and the
    furniture fold action."""
    from PySide6.QtGui import QKeySequence

    from gui.ui.furniture_folds import install_fold_action
    from gui.ui.recent_menu import RecentFilesMenu

    translate = QCoreApplication.translate
    bar = window.menuBar()
    file_menu = window.menus["file"] = bar.addMenu(translate("MainWindow", "&File"))
    file_menu.addAction(window.open_action)
    window.recent_menu = RecentFilesMenu(window)
    file_menu.addMenu(window.recent_menu)
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)

    edit_menu = window.menus["edit"] = bar.addMenu(translate("MainWindow", "&Edit"))
    copy = edit_menu.addAction(translate("MainWindow", "&Copy"), QKeySequence.StandardKey.Copy)
    copy.triggered.connect(window.reader.copy)
    edit_menu.addSeparator()
    for action in (window.find_action, window.find_next_action, window.find_prev_action):
        edit_menu.addAction(action)

    view_menu = window.menus["view"] = bar.addMenu(translate("MainWindow", "&View"))
    script_menu = view_menu.addMenu(translate("MainWindow", "&Script"))
    for action in window.scripts.actions.values():
        script_menu.addAction(action)
    view_menu.addSeparator()
    for action in (window.zoom_in_action, window.zoom_out_action, window.zoom_reset_action):
        view_menu.addAction(action)
    view_menu.addAction(window.font_action)
    theme_menu = view_menu.addMenu(translate("MainWindow", "&Theme"))
    theme_menu.addActions(window.theme_group.actions())
    window.fold_action = install_fold_action(window)
    view_menu.addSeparator()
    view_menu.addAction(window.outline.toggleViewAction())

    window.menus["help"] = bar.addMenu(translate("MainWindow", "&Help"))


def build_toolbar(window: Any) -> None:
    """The toolbar: Open, the scripts, Find (``window.toolbar``); listed in View."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QToolBar

    translate = QCoreApplication.translate
    # Not "Script": View has that submenu.
    toolbar = QToolBar(translate("MainWindow", "Toolbar"), window)
    toolbar.setObjectName("script_toolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    toolbar.addAction(window.open_action)
    toolbar.addSeparator()
    for action in window.scripts.actions.values():
        toolbar.addAction(action)
    toolbar.addSeparator()
    toolbar.addAction(window.find_action)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    window.toolbar = toolbar
    window.menus["view"].addAction(toolbar.toggleViewAction())

"""The Help menu: a short user guide (F1), the keyboard shortcuts read from the window's own
actions (so the list cannot drift from the menus), About (version, and the licences of the
data and font the app ships), and About Qt."""

from __future__ import annotations

import platform

from PySide6.QtCore import QCoreApplication, QObject, Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMenu,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui import __version__
from gui.ui.feature_host import FeatureHost
from gui.ui.help_texts import about_html, guide_html


def shortcut_rows(window: FeatureHost) -> list[tuple[str, list[tuple[str, str]]]]:
    """``[(menu title, [(action, shortcut), …]), …]`` for every action with a shortcut, in
    menu order; actions that are in no menu (window-wide keys) come last, under "Other"."""
    seen: set[int] = set()
    kept: list[QAction] = []  # alive while ``seen`` holds their ids, so no id is reused
    groups: list[tuple[str, list[tuple[str, str]]]] = []

    def walk(menu: QMenu, rows: list[tuple[str, str]], prefix: str = "") -> None:
        for action in menu.actions():
            if action.menu() is not None:
                sub = action.menu()
                walk(sub, rows, prefix + _plain(sub.title()) + " › ")
            elif not action.isSeparator():
                keys = _keys(action)
                if keys and id(action) not in seen:
                    seen.add(id(action))
                    kept.append(action)
                    rows.append((prefix + _plain(action.text()), keys))

    for top in window.menuBar().actions():
        menu = top.menu()
        if menu is None:
            continue
        rows: list[tuple[str, str]] = []
        walk(menu, rows)
        if rows:
            groups.append((_plain(menu.title()), rows))
    other = [
        (_plain(a.text()), _keys(a))
        for a in window.findChildren(QAction)
        if _keys(a) and id(a) not in seen and a.text() and a.isVisible()
    ]
    if other:
        groups.append((QCoreApplication.translate("HelpMenu", "Other"), sorted(set(other))))
    return groups


def _plain(text: str) -> str:
    """A menu text as a label: no mnemonic ``&``, no ``(&F)`` of Chinese menus, no ``…``."""
    for mark in ("(&", "（&"):
        at = text.find(mark)
        if at > 0 and text.find(")", at) == at + 3:
            text = text[:at] + text[at + 4 :]
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _keys(action: QAction) -> str:
    return "; ".join(
        k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if k
    )


class HelpMenu(QObject):
    """Fills ``window.menus["help"]``: ``guide_action`` (F1), ``shortcuts_action``,
    ``about_action`` and ``about_qt_action``."""

    def __init__(self, window: FeatureHost) -> None:
        super().__init__(window)
        self.window = window
        menu = window.menus["help"]
        self.guide_action = self._add(menu, self.tr("&User Guide"), "help_guide", self.show_guide)
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        window.addAction(self.guide_action)
        self.shortcuts_action = self._add(
            menu, self.tr("&Keyboard Shortcuts"), "help_shortcuts", self.show_shortcuts
        )
        menu.addSeparator()
        self.about_action = self._add(
            menu, self.tr("&About Report Reader"), "help_about", self.show_about
        )
        self.about_qt_action = self._add(menu, self.tr("About &Qt"), "help_about_qt", self._qt)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.dialog: QDialog | None = None

    def _add(self, menu: QMenu, text: str, name: str, slot) -> QAction:
        action = menu.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _qt(self) -> None:
        QApplication.aboutQt(self.window, self.tr("About Qt"))  # type: ignore[arg-type]

    def _show(self, title: str, content: QWidget, name: str) -> QDialog:
        """A non-modal dialog with ``content`` and a Close button (one at a time)."""
        if self.dialog is not None:
            self.dialog.close()  # deletes it (WA_DeleteOnClose), which clears self.dialog
        dialog = QDialog(self.window)  # type: ignore[call-overload]
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _obj=None, gone=dialog: self._forget_dialog(gone))
        dialog.setObjectName(name)
        dialog.setWindowTitle(title)
        layout = QVBoxLayout(dialog)
        content.setParent(dialog)
        layout.addWidget(content)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.close)
        layout.addWidget(buttons)
        screen = self.window.reader.screen().availableGeometry()
        dialog.resize(min(640, screen.width() - 40), min(560, screen.height() - 60))
        dialog.show()
        self.dialog = dialog
        return dialog

    def _forget_dialog(self, gone: QDialog) -> None:
        if self.dialog is gone:  # not a newer one: the old is deleted a turn later
            self.dialog = None

    def _browser(self, html: str) -> QTextBrowser:
        browser = QTextBrowser()
        browser.setOpenExternalLinks(True)
        browser.setHtml(html)
        return browser

    def show_guide(self) -> QDialog:
        """Help → User Guide: how to read, switch scripts, find, take notes and export."""
        return self._show(self.tr("User Guide"), self._browser(guide_html()), "help_guide_dialog")

    def show_about(self) -> QDialog:
        """Help → About: version, the Qt and Python it runs on, and the licences."""
        html = about_html(__version__, qVersion(), platform.python_version())
        return self._show(self.tr("About Report Reader"), self._browser(html), "about_dialog")

    def show_shortcuts(self) -> QDialog:
        """Help → Keyboard Shortcuts: a table built from the actions, grouped by menu."""
        tree = QTreeWidget()
        tree.setObjectName("shortcuts_tree")
        tree.setColumnCount(2)
        tree.setHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        tree.setRootIsDecorated(False)
        for title, rows in shortcut_rows(self.window):
            group = QTreeWidgetItem(tree, [title])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            for text, keys in rows:
                QTreeWidgetItem(group, [text, keys])
            group.setExpanded(True)
        # The one key that is no action: the widget that is open takes it.
        QTreeWidgetItem(
            tree, [self.tr("Leave full screen, close the find bar or the word pop-up"), "Esc"]
        )
        tree.resizeColumnToContents(0)
        return self._show(self.tr("Keyboard Shortcuts"), tree, "shortcuts_dialog")


def install_help(window: FeatureHost) -> HelpMenu:
    """Fill the Help menu."""
    return HelpMenu(window)

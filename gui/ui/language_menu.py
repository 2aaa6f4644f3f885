"""View → Language: System / English / 简体中文.

Qt widgets do not retranslate themselves, so a switch installs the new translator and then
rebuilds the main window in place (same settings, same document and position), the way a
restart would, without leaving the app.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication

from gui import i18n

#: Windows replaced by a language switch stay referenced here until Qt has deleted them, and
#: the current window is kept alive (the app's ``main`` only holds the first one).
_windows: list = []


def install_language_menu(window) -> QActionGroup:
    """Add View → Language to ``window``; returns the action group, one checkable action per language."""
    menu = window.menus["view"].addMenu(QCoreApplication.translate("language", "&Language"))
    group = QActionGroup(window)
    current = window.settings.language() or i18n.SYSTEM
    names = {i18n.SYSTEM: QCoreApplication.translate("language", "&System Language")}
    names.update(dict(i18n.LANGUAGES))  # language names stay in their own language
    for code, name in names.items():
        action = QAction(name, group)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setObjectName(f"language_{code}")
        action.setData(code)
        action.triggered.connect(lambda _=False, c=code: switch_language(window, c))
        menu.addAction(action)
    return group


def switch_language(window, code: str):
    """Remember ``code``, install its translator and rebuild ``window``; returns the new
    window (or ``window`` itself when nothing changes)."""
    if (window.settings.language() or i18n.SYSTEM) == code:
        return window
    window.settings.set_language(code)
    app = QApplication.instance()
    i18n.install_translator(app, code)
    window.save_settings()
    # The window's own class: this menu is part of it, so it does not import it.
    replacement = type(window)(window.settings, window.notifier)
    _windows.append(replacement)
    replacement.show()
    QTimer.singleShot(0, lambda: replacement.session.open_initial(None))
    window.close()
    window.deleteLater()
    return replacement

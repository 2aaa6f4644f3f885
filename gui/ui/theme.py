"""Light / dark: follow the system (``QStyleHints.colorScheme``) unless overridden.

``QStyleHints.setColorScheme`` (Qt ≥ 6.8) asks the platform theme to switch. Platforms that do
not follow (offscreen, some Linux desktops) keep their palette, so we then set a Fusion palette
of the requested scheme ourselves.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark")


def dark_palette() -> QPalette:
    p = QPalette()
    roles = QPalette.ColorRole
    p.setColor(roles.Window, QColor("#1f2125"))
    p.setColor(roles.WindowText, QColor("#e6e6e6"))
    p.setColor(roles.Base, QColor("#17181b"))
    p.setColor(roles.AlternateBase, QColor("#23252a"))
    p.setColor(roles.ToolTipBase, QColor("#2b2d33"))
    p.setColor(roles.ToolTipText, QColor("#e6e6e6"))
    p.setColor(roles.PlaceholderText, QColor("#8b8f98"))
    p.setColor(roles.Text, QColor("#e3e3e3"))
    p.setColor(roles.Button, QColor("#2a2c31"))
    p.setColor(roles.ButtonText, QColor("#e6e6e6"))
    p.setColor(roles.BrightText, QColor("#ff6b6b"))
    p.setColor(roles.Link, QColor("#8fc1ff"))
    p.setColor(roles.Highlight, QColor("#2f5f9e"))
    p.setColor(roles.HighlightedText, QColor("#ffffff"))
    p.setColor(roles.Mid, QColor("#3a3d44"))
    p.setColor(roles.Midlight, QColor("#34373d"))
    p.setColor(roles.Dark, QColor("#101113"))
    p.setColor(roles.Shadow, QColor("#000000"))
    p.setColor(roles.Light, QColor("#3c3f46"))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        p.setColor(disabled, role, QColor("#7b7f88"))
    return p


def light_palette() -> QPalette:
    p = QPalette(QColor("#efefef"))
    p.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.Text, QColor("#1b1b1b"))
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#767676"))
    p.setColor(QPalette.ColorRole.Highlight, QColor("#3874d8"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    return p


def apply_theme(app: QApplication, theme: str) -> None:
    """Apply ``"system"``, ``"light"`` or ``"dark"`` to the whole application."""
    from PySide6.QtCore import Qt  # not at import: the start-up path avoids creating it

    hints = QGuiApplication.styleHints()
    scheme = {
        "light": Qt.ColorScheme.Light,
        "dark": Qt.ColorScheme.Dark,
    }.get(theme, Qt.ColorScheme.Unknown)
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(scheme)
    if theme == "system":
        wanted = hints.colorScheme()
        if wanted == Qt.ColorScheme.Dark:
            _set_palette(app, dark_palette())
        else:
            _set_palette(app, QPalette())  # the style's own, which follows the platform
        return
    base = app.palette().color(QPalette.ColorRole.Base).lightness()
    if theme == "dark" and base >= 128:
        _set_palette(app, dark_palette())
    elif theme == "light" and base < 128:
        _set_palette(app, light_palette())


def _set_palette(app: QApplication, palette: QPalette) -> None:
    if app.style().name().lower() != "fusion" and palette != QPalette():
        app.setStyle("Fusion")  # the platform style may ignore a custom dark palette
    app.setPalette(palette)

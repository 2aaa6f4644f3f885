"""Strings of Qt's own dialogs that Qt's Simplified Chinese catalog (``qtbase_zh_CN.qm``)
misses: Qt 6 added mnemonics to some (``&Look in:`` where the catalog has ``Look in:``) and
moved others to new contexts, so the file, print and page-setup dialogs showed them in English
in the 简体中文 UI. They are listed here for lupdate (which reads literal ``translate`` calls,
disambiguation included) and translated in our catalog, which Qt asks after its own. Nothing
calls this function; ``tests/test_i18n.py`` checks that the dialogs show no English left."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def qt_dialog_strings() -> tuple[str, ...]:
    """The strings, as Qt asks for them (context, source, disambiguation)."""
    return (
        QCoreApplication.translate("QFileDialog", "&Look in:"),
        QCoreApplication.translate("QFileDialog", "Files of &type:"),
        QCoreApplication.translate("QPrintSettingsOutput", "Page &Set:"),
        QCoreApplication.translate("QPageSetupWidget", "Page &order:"),
        QCoreApplication.translate("QPageSetupWidget", "Pages &per sheet:"),
        # The file dialog's Type column.
        QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Drive"),
    )

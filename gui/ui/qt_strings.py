"""Strings of Qt's own dialogs that Qt's Simplified Chinese catalog (``qtbase_zh_CN.qm``)
misses: Qt 6 added mnemonics to them (``&Look in:`` where the catalog has ``Look in:``), so the
file, print and page-setup dialogs showed them in English in the 简体中文 UI. They are marked
here for lupdate and translated in our catalog, which Qt asks after its own; nothing imports
this module (``tests/test_i18n.py`` checks that the dialogs show no English left)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_DIALOG_STRINGS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Page &Set:"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Page &order:"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Pages &per sheet:"),
)

"""The script toggle: five exclusive checkable actions, shown as a segmented toolbar control
and in View → Script, with Ctrl+1…Ctrl+5."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from gui.core.script import Script

#: Button labels are the scripts' own names; they are not translated.
SCRIPT_LABELS = {
    Script.ORIGINAL: "原文",
    Script.HANS: "简",
    Script.HANT: "繁",
    Script.TW: "臺",
    Script.HK: "港",
}


def script_name(script: Script | str) -> str:
    """The script's name in the UI language (status bar, tooltips)."""
    names = {
        Script.ORIGINAL: QCoreApplication.translate("Script", "Original"),
        Script.HANS: QCoreApplication.translate("Script", "Simplified"),
        Script.HANT: QCoreApplication.translate("Script", "Traditional"),
        Script.TW: QCoreApplication.translate("Script", "Traditional (Taiwan)"),
        Script.HK: QCoreApplication.translate("Script", "Traditional (Hong Kong)"),
    }
    return names[Script(script)]


class ScriptActions(QObject):
    """The action group.

    Signals:
        script_requested(str): the user picked a script.
    """

    script_requested = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[Script, QAction] = {}
        for n, script in enumerate(Script, start=1):
            action = QAction(SCRIPT_LABELS[script], self)
            action.setObjectName(f"script_{script.value}")
            action.setCheckable(True)
            action.setData(script.value)
            action.setShortcut(QKeySequence(f"Ctrl+{n}"))
            action.setToolTip(f"{script_name(script)} ({action.shortcut().toString()})")
            action.setStatusTip(script_name(script))
            self.group.addAction(action)
            self.actions[script] = action
        self.actions[Script.ORIGINAL].setChecked(True)
        self.group.triggered.connect(lambda a: self.script_requested.emit(str(a.data())))

    def set_current(self, script: str) -> None:
        """Check the action of ``script`` without emitting ``script_requested``."""
        self.actions[Script(script)].setChecked(True)

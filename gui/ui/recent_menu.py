"""File → Open Recent: up to ten files, newest first, and a Clear action."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QWidget


class RecentFilesMenu(QMenu):
    """Signals:
    open_requested(str): a recent file was picked.
    clear_requested(): the user cleared the list.
    """

    open_requested = Signal(str)
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Open &Recent"), parent)
        self.setObjectName("recent_menu")
        self.set_files([])

    def set_files(self, files: list[str]) -> None:
        self.clear()
        for n, path in enumerate(files[:10], start=1):
            label = f"&{n % 10} {Path(path).name}"
            action = self.addAction(label)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_requested.emit(p))
        if not files:
            self.addAction(self.tr("No recent files")).setEnabled(False)
        self.addSeparator()
        clear = self.addAction(self.tr("&Clear Menu"))
        clear.setEnabled(bool(files))
        clear.triggered.connect(self.clear_requested)

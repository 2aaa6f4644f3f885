"""File → Open Recent: up to ten files, newest first, and a Clear action."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QWidget


def recent_labels(paths: list[str]) -> list[str]:
    """A label per path: its file name, and for names that occur more than once the fewest
    trailing folders that tell them apart (``report.txt — 2024/q1``)."""
    parts = [Path(p).parts for p in paths]
    names = Counter(Path(p).name for p in paths)
    labels = []
    for path, pieces in zip(paths, parts, strict=True):
        name = Path(path).name
        if names[name] < 2:
            labels.append(name)
            continue
        others = [
            q for q, p in zip(parts, paths, strict=True) if p != path and q[-1:] == pieces[-1:]
        ]
        depth = 1
        while depth < len(pieces) - 1 and any(
            q[-depth - 1 : -1] == pieces[-depth - 1 : -1] for q in others
        ):
            depth += 1
        folders = "/".join(pieces[-depth - 1 : -1])
        labels.append(f"{name} — {folders}" if folders else name)
    return labels


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
        self.setToolTipsVisible(True)  # the full path on hover
        self.set_files([])

    def set_files(self, files: list[str]) -> None:
        self.clear()
        files = files[:10]
        for n, (path, label) in enumerate(zip(files, recent_labels(files), strict=True), start=1):
            # "&&": a file name's own ampersand is not a mnemonic.
            action = self.addAction(f"&{n % 10} {label.replace('&', '&&')}")
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_requested.emit(p))
        if not files:
            self.addAction(self.tr("No recent files")).setEnabled(False)
        self.addSeparator()
        clear = self.addAction(self.tr("&Clear Menu"))
        clear.setEnabled(bool(files))
        clear.triggered.connect(self.clear_requested)

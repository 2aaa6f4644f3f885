"""Status bar: current section, script, character count, and a busy indicator."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QSizePolicy, QStatusBar, QWidget

from gui.core.script import Script
from gui.ui.script_toggle import script_name


class ReaderStatusBar(QStatusBar):
    """Shows where the reader is; all slots, no signals."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("status_bar")
        self.section_label = QLabel(self)
        self.section_label.setObjectName("status_section")
        self.script_label = QLabel(self)
        self.script_label.setObjectName("status_script")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("status_count")
        self.busy = QProgressBar(self)
        self.busy.setObjectName("status_busy")
        self.busy.setMaximumWidth(140)
        self.busy.setMaximumHeight(14)
        self.busy.setTextVisible(False)
        self.busy.hide()
        # The section heading can be long: let it shrink (elided by the label) before the
        # script name and the count do.
        self.section_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.addWidget(self.section_label, 1)
        self.addPermanentWidget(self.busy)
        self.addPermanentWidget(self.script_label)
        self.addPermanentWidget(self.count_label)

    def set_section(self, text: str) -> None:
        self.section_label.setText(text)

    def set_script(self, script: str) -> None:
        name = script_name(script)
        # Room for the longest name, so the label never clips when the script changes.
        metrics = self.script_label.fontMetrics()
        widest = max(metrics.horizontalAdvance(script_name(s)) for s in Script)
        self.script_label.setMinimumWidth(widest + 8)
        self.script_label.setText(name)

    def set_char_count(self, count: int) -> None:
        self.count_label.setText(self.tr("%1 characters").replace("%1", f"{count:,}"))

    def set_busy(self, busy: bool) -> None:
        """Indeterminate progress while a file loads."""
        self.busy.setRange(0, 0)
        self.busy.setVisible(busy)

    def set_progress(self, done: int, total: int) -> None:
        """Background conversion progress; hidden once complete."""
        if total <= 0 or done >= total:
            self.busy.hide()
            return
        self.busy.setRange(0, total)
        self.busy.setValue(done)
        self.busy.show()

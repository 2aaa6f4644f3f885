"""Reading progress in the status bar: how far into the report the reader is (a percentage)
and which section, "42% · §3/7".

It follows ``AppSignals.top_position_changed``, which the reader already debounces (60 ms
after scrolling stops), and computes from numbers it has at hand — the text position against
the text's length, the section index from the session — so a 1 M-character report costs the
same as a short one: no layout, no conversion, no walk over the text.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from gui.ui.feature_host import FeatureHost


def progress_percent(position: int, length: int, at_end: bool = False) -> int:
    """Whole percent read when ``position`` (text coordinates) is at the top of the reader;
    100 once the reader shows the end (``at_end``), whatever the top position is."""
    if length <= 0 or at_end:
        return 100
    return max(0, min(100, position * 100 // length))


class ReadingProgress(QObject):
    """The status bar's progress label (``label``); all slots, no signals of its own."""

    def __init__(self, window: FeatureHost) -> None:
        super().__init__(window)
        self.window = window
        self.label = QLabel(window)
        self.label.setObjectName("status_progress")
        self._total = -1
        window.statusBar().addPermanentWidget(self.label)
        window.signals.top_position_changed.connect(self.update_progress)
        window.signals.current_section_changed.connect(lambda _i: self.update_progress())
        window.signals.document_opened.connect(lambda _o: self.update_progress())
        self.update_progress()

    def update_progress(self, position: int | None = None) -> None:
        """Show the percentage and the section at ``position`` (default: the reader's top)."""
        session = self.window.session
        opened = session.current
        if opened is None:
            self.label.clear()
            return
        doc = opened.document
        if position is None:
            position = opened.position
        bar = self.window.reader.verticalScrollBar()
        at_end = bar.maximum() > 0 and bar.value() >= bar.maximum()
        percent = progress_percent(position, len(doc.text), at_end)
        section = session.current_section
        total = len(doc.sections)
        text = self.tr("%1%").replace("%1", str(percent))
        if section >= 0 and total:
            text += " · " + self.tr("§%1/%2").replace("%1", str(section + 1))
            text = text.replace("%2", str(total))
        if total != self._total:
            # Room for the widest text this report can give, so the status bar neither
            # jitters nor clips the label as the reader scrolls.
            self._total = total
            widest = self.tr("%1%").replace("%1", "100") + f" · §{total}/{total}"
            self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance(widest) + 8)
        self.label.setText(text)
        heading = session.section_heading(section) if section >= 0 else ""
        tip = self.tr("Read %1% of the report (character %2 of %3)")
        tip = tip.replace("%1", str(percent)).replace("%2", f"{position:,}")
        tip = tip.replace("%3", f"{len(doc.text):,}")
        if heading:
            tip += "\n" + self.tr("Section %1 of %2: %3").replace("%1", str(section + 1))
            tip = tip.replace("%2", str(total)).replace("%3", heading)
        self.label.setToolTip(tip)


def install_reading_progress(window: FeatureHost) -> ReadingProgress:
    """Add the progress label to ``window``'s status bar; the window keeps the result."""
    return ReadingProgress(window)

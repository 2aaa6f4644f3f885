"""Pinyin over the characters (ruby) for the selection or the paragraph at the cursor, in a
dock beside the reader: each character with its word-level reading above it, words kept
together when lines wrap, and a Copy button for the pinyin as text.

Qt's rich text has no ``<ruby>``, so the widget lays the text out itself: one column per
character, as wide as the wider of the character and its syllable; a word never breaks
across lines unless it is wider than the dock."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetricsF, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import (
    QDockWidget,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from gui.core.reading_aids.pinyin import Reading


class RubyText(QWidget):
    """Characters with their pinyin above; :meth:`set_readings` gives the segments."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self._readings: list[Reading] = []
        self._cells: list[tuple[QRectF, str, str]] = []  # box, character, syllable
        self._height = 0.0

    def set_readings(self, readings: list[Reading]) -> None:
        """Show ``readings`` (from :func:`gui.core.reading_aids.pinyin.segment`)."""
        self._readings = readings
        self._layout()
        self.update()

    def _fonts(self) -> tuple[QFont, QFont]:
        text_font = QFont(self.font())
        text_font.setPointSizeF(max(12.0, text_font.pointSizeF() * 1.4))
        ruby_font = QFont(self.font())
        ruby_font.setPointSizeF(max(8.0, text_font.pointSizeF() * 0.55))
        return text_font, ruby_font

    def _layout(self) -> None:
        text_font, ruby_font = self._fonts()
        tm, rm = QFontMetricsF(text_font), QFontMetricsF(ruby_font)
        line_h = rm.height() + tm.height() + 8
        width = max(100.0, float(self.width()) - 12)
        x, y = 6.0, 6.0
        cells: list[tuple[QRectF, str, str]] = []
        for reading in self._readings:
            pieces = []
            for k, char in enumerate(reading.word):
                syllable = reading.syllables[k] if reading.syllables else ""
                if char == "\n":
                    pieces.append((0.0, char, ""))
                    continue
                w = max(tm.horizontalAdvance(char), rm.horizontalAdvance(syllable)) + 3
                pieces.append((w, char, syllable))
            word_w = sum(p[0] for p in pieces)
            if x + word_w > width + 6 and x > 6 and word_w <= width:
                x, y = 6.0, y + line_h  # keep the word on one line
            for w, char, syllable in pieces:
                if char == "\n":
                    x, y = 6.0, y + line_h
                    continue
                if x + w > width + 6 and x > 6:
                    x, y = 6.0, y + line_h
                cells.append((QRectF(x, y, w, line_h), char, syllable))
                x += w
        self._cells = cells
        self._height = y + line_h + 6
        self.setMinimumHeight(int(self._height))
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(300, int(self._height) or 60)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._layout()
        super().resizeEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        text_font, ruby_font = self._fonts()
        rm = QFontMetricsF(ruby_font)
        painter = QPainter(self)
        palette = self.palette()
        ruby_colour = palette.color(QPalette.ColorRole.Link)
        for box, char, syllable in self._cells:
            top = QRectF(box.left(), box.top(), box.width(), rm.height())
            bottom = QRectF(
                box.left(), box.top() + rm.height(), box.width(), box.height() - rm.height()
            )
            if syllable:
                painter.setFont(ruby_font)
                painter.setPen(ruby_colour)
                painter.drawText(
                    top, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, syllable
                )
            painter.setFont(text_font)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(
                bottom, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, char
            )
        painter.end()


class PinyinDock(QDockWidget):
    """The Pinyin dock: ruby for the selection, or for the paragraph at the cursor."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(self.tr("Pinyin"), parent)
        self.setObjectName("pinyinDock")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.ruby = RubyText()
        scroll = QScrollArea(body)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.ruby)
        self.copy_button = QPushButton(self.tr("Copy Pinyin"), body)
        self.copy_button.clicked.connect(self.copy)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setWidget(body)
        self.text = ""
        self.pending = QTimer(self)
        self.pending.setSingleShot(True)
        self.pending.setInterval(150)  # a drag-selection settles before it is read

    def show_text(self, text: str) -> None:
        """Read ``text`` word by word and show it with its pinyin."""
        from gui.core.reading_aids.pinyin import segment

        if text == self.text:
            return
        self.text = text
        self.ruby.set_readings(segment(text))

    def copy(self) -> None:
        """The shown text's pinyin, words separated by spaces, to the clipboard."""
        from gui.core.reading_aids.pinyin import text_pinyin

        QGuiApplication.clipboard().setText(text_pinyin(self.text))

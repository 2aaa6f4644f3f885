"""View → Pinyin Above Text: word-level pinyin painted over the reader's own text, for the
paragraphs on screen only.

Qt's rich text has no ruby layout (``<ruby>``/``<rt>`` are not in QTextDocument's HTML
subset), and making room inside the document would mean changing block formats and relaying
out the whole report. The reader already keeps 60 % of a line free between lines (its
proportional line height, :mod:`gui.ui.typography`), and Qt puts that extra space below each
line, so the gap above a line is empty: a transparent widget over the viewport paints each
word's pinyin there, centred over the word, in a small font, squeezed sideways when a short
word has a long reading. Nothing of the document changes; scrolling, highlights and selection
work as before. A word that wraps takes its syllables one per character.

The first time it is turned on, the dictionary's blocks are unpacked on a pool thread (LZMA
decompression, which releases the GIL; a paragraph of Traditional text meets nearly every
block, and ~100 blocks take ~0.4 s of CPU), then the paragraphs on screen are segmented on the
UI thread in 5 ms slices (:mod:`gui.ui.sliced_steps`; pure Python, which on the pool thread
would hold the GIL between the UI thread's Qt calls). In one piece on the UI thread all this
froze the window for 2.25 s. The pinyin appears when the paragraphs on screen are read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPainter,
    QPalette,
    QTextCursor,
)
from PySide6.QtWidgets import QWidget

from gui.ui.background import BackgroundJobs
from gui.ui.highlighter import utf16_offsets
from gui.ui.sliced_steps import SlicedSteps

if TYPE_CHECKING:
    from collections.abc import Iterator

    from PySide6.QtGui import QTextBlock

    from gui.core.reading_aids.pinyin import Reading
    from gui.ui.reader_view import ReaderView

#: Pinyin size against the reader's font, and the least sideways squeeze before it may
#: overhang its word (a one-character word read "zhuàng").
PINYIN_SCALE = 0.55
MIN_SQUEEZE = 0.6
WORD_GAP = 4.0
#: Paragraph texts whose segmentation is kept: a few screens' worth.
CACHE_LIMIT = 2000


class InlineRuby(QWidget):
    """The overlay over ``reader``'s viewport. ``placements`` holds what the last paint
    drew: ``(box, pinyin)`` in viewport coordinates."""

    def __init__(self, reader: ReaderView) -> None:
        super().__init__(reader.viewport())
        self.reader = reader
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._segments: dict[str, list[Reading]] = {}
        self.placements: list[tuple[QRectF, str]] = []
        self.ready = False  # the paragraphs on screen are read: painting may start
        self._unpack = BackgroundJobs(self, max_threads=1)
        self._unpack.done.connect(self._unpacked)
        self._texts: list[str] = []  # the paragraphs on screen when first turned on
        self._reading = SlicedSteps(self)
        reader.viewport().installEventFilter(self)
        # QTextEdit scrolls by moving the viewport's pixels and children: put it back.
        reader.verticalScrollBar().valueChanged.connect(self._follow)
        reader.horizontalScrollBar().valueChanged.connect(self._follow)
        self.setGeometry(reader.viewport().rect())
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self.reader.viewport().rect())
        return False

    def set_shown(self, on: bool) -> None:
        """Show or hide the pinyin over the text."""
        self.setGeometry(self.reader.viewport().rect())
        self.setVisible(on)
        self.raise_()
        if on and not self.ready and not self._texts:
            self._texts = [b.text() for b in self._blocks_on_screen()]
            self._unpack.start(lambda _cancelled: _unpack_dictionary())

    def _unpacked(self, _done: bool) -> None:
        self._reading.start(self._read_steps(self._texts))

    def _read_steps(self, texts: list[str]) -> Iterator[None]:
        """Read the paragraphs that were on screen, a word per step, then show their pinyin
        (the dictionary is unpacked: each step takes microseconds)."""
        from gui.core.reading_aids.pinyin import iter_segments

        for text in texts:
            if text in self._segments:
                continue
            readings = []
            for reading in iter_segments(text):
                readings.append(reading)
                yield
            self._segments[text] = readings
        self.ready = True
        self.update()

    def _blocks_on_screen(self) -> list[QTextBlock]:
        blocks, bottom = [], self.reader.viewport().height()
        block = self.reader.cursorForPosition(QPoint(0, 0)).block()
        while block.isValid() and self._line_rect(block, 0).top() <= bottom:
            blocks.append(block)
            block = block.next()
        return blocks

    def _follow(self, *_args) -> None:
        if self.isVisible():
            self.move(0, 0)
            self.update()

    def _readings(self, text: str) -> list[Reading]:
        readings = self._segments.get(text)
        if readings is None:
            from gui.core.reading_aids.pinyin import segment

            if len(self._segments) >= CACHE_LIMIT:
                self._segments.clear()
            readings = self._segments[text] = segment(text)
        return readings

    def _font(self) -> QFont:
        # The UI's font, not the reader's: the CJK reading faces may lack the tone-marked
        # Latin letters (ǎ ǐ ǒ ǔ), which then drop out of the pinyin.
        font = QGuiApplication.font()  # our own font follows the reader's (its parent)
        font.setPointSizeF(max(6.5, self.reader.font().pointSizeF() * PINYIN_SCALE))
        return font

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self.ready:
            return  # still warming up (see the module docstring)
        metrics = QFontMetricsF(self._font())
        self.placements = []
        area = QRectF(event.rect())
        block = self.reader.cursorForPosition(QPoint(0, 0)).block()
        while block.isValid():
            if self._line_rect(block, 0).top() > area.bottom() + metrics.height():
                break  # below the viewport: only what is on screen is read
            if block.isVisible() and block.length() > 1:
                self.placements += self._place_block(block, metrics, area)
            block = block.next()
        painter = QPainter(self)
        painter.setFont(self._font())
        colour = QColor(self.reader.palette().color(QPalette.ColorRole.Text))
        colour.setAlphaF(0.7)  # quieter than the text it reads
        painter.setPen(colour)
        for box, pinyin in self.placements:
            width = metrics.horizontalAdvance(pinyin)
            # A few pixels kept free at each end, so neighbouring words' readings stay apart.
            room = box.width() - WORD_GAP
            squeeze = max(MIN_SQUEEZE, min(1.0, room / width)) if width else 1.0
            painter.save()
            painter.translate(box.center().x(), box.bottom() - metrics.descent())
            painter.scale(squeeze, 1.0)
            painter.drawText(QPointF(-width / 2, 0), pinyin)
            painter.restore()
        painter.end()

    def _line_rect(self, block: QTextBlock, utf16_col: int):
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + utf16_col)
        return self.reader.cursorRect(cursor)

    def _place_block(
        self, block: QTextBlock, metrics: QFontMetricsF, area: QRectF
    ) -> list[tuple[QRectF, str]]:
        """``(box, pinyin)`` for every read word of ``block`` whose box meets ``area``: the
        box spans the word's width and sits just above its line, ``metrics.height()`` tall."""
        text = block.text()
        u16 = utf16_offsets(text)
        # The block's own layout, not cursorRect per character (a third of the cost): text
        # coordinates of the document, shifted by the scroll offsets into the viewport's.
        layout = block.layout()
        origin = layout.position()
        dx = origin.x() - self.reader.horizontalScrollBar().value()
        dy = origin.y() - self.reader.verticalScrollBar().value()
        out = []
        for reading in self._readings(text):
            if not reading.syllables:
                continue
            cells = []  # (left, right, line top) of each character
            for i in range(reading.start, reading.end):
                col, after = (u16[i], u16[i + 1]) if u16 else (i, i + 1)
                line = layout.lineForTextPosition(col)
                if not line.isValid():
                    break  # not laid out (yet)
                left, right = line.cursorToX(col)[0], line.cursorToX(after)[0]
                cells.append((dx + left, dx + max(left, right), dy + line.y()))
            if len(cells) != reading.end - reading.start:
                continue
            if len({top for _l, _r, top in cells}) == 1:
                groups = [(cells, reading.pinyin)]
            else:  # the word wraps: each syllable over its own character
                groups = [([cell], s) for cell, s in zip(cells, reading.syllables, strict=True)]
            for group, pinyin in groups:
                left, right = group[0][0], group[-1][1]
                top = group[0][2]
                if not area.top() < top < area.bottom() + metrics.height():
                    # Off screen (a long paragraph's far lines), or the report's first line,
                    # which has no gap above it.
                    continue
                out.append(
                    (QRectF(left, top - metrics.height(), right - left, metrics.height()), pinyin)
                )
        return out


def _unpack_dictionary() -> bool:
    """On a pool thread: unpack every dictionary block (no Qt here). Nearly all of it is LZMA
    decompression, which releases the GIL, so the UI thread runs on meanwhile."""
    from gui.core.reading_aids.dictionary import default_dictionary

    default_dictionary().preload()
    return True

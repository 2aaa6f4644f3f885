"""Paint overlay layers (find hits, entities, notes, flash) over the visible blocks.

Called from :meth:`ReaderView.paintEvent` before QTextEdit draws the text, so backgrounds sit
under the glyphs and the selection is drawn on top. Only the visible blocks are visited.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRectF
from PySide6.QtGui import QPainter, QPainterPath, QPen, QTextCharFormat

if TYPE_CHECKING:  # types only: nothing to build at start-up
    from PySide6.QtWidgets import QTextEdit

    from gui.ui.highlighter import SpanHighlighter

    class OverlaidView(QTextEdit):
        """A text view with a span highlighter: the reader view, which imports this module
        (so this module names what it needs instead of importing the reader)."""

        highlighter: SpanHighlighter


def paint_overlays(view: OverlaidView, painter: QPainter) -> None:
    """Fill backgrounds and draw underlines of the overlay layers on the visible lines."""
    doc = view.document()
    layout = doc.documentLayout()
    dx = -view.horizontalScrollBar().value()
    dy = -view.verticalScrollBar().value()
    height = view.viewport().height()
    block = view.cursorForPosition(QPoint(0, 0)).block()
    highlighter = view.highlighter
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        top = rect.top() + dy
        if top > height:
            break
        if rect.bottom() + dy >= 0:
            ranges = highlighter.overlay_ranges(block)
            if ranges:
                # A block's QTextLayout is positioned in document coordinates already.
                origin = QPointF(dx, dy)
                for layer, start, end in ranges:
                    _paint_range(painter, block.layout(), origin, start, end, layer.fmt)
        block = block.next()


def _paint_range(painter: QPainter, text_layout, origin: QPointF, start: int, end: int, fmt):
    for n in range(text_layout.lineCount()):
        line = text_layout.lineAt(n)
        line_start = line.textStart()
        line_end = line_start + line.textLength()
        a, b = max(start, line_start), min(end, line_end)
        if a >= b:
            continue
        x1 = line.cursorToX(a)[0]
        x2 = line.cursorToX(b)[0]
        box = QRectF(
            origin.x() + text_layout.position().x() + min(x1, x2),
            origin.y() + text_layout.position().y() + line.y(),
            abs(x2 - x1),
            line.ascent() + line.descent(),
        )
        if fmt.hasProperty(QTextCharFormat.Property.BackgroundBrush):
            painter.fillRect(box, fmt.background())
        style = fmt.underlineStyle()
        if style != QTextCharFormat.UnderlineStyle.NoUnderline:
            _underline(painter, box, fmt, style)


_U = QTextCharFormat.UnderlineStyle


@cache
def _pen_styles() -> dict:
    """Underline styles drawn as patterned lines, so that colour is never the only cue.
    (Built on first use: the report's first paint must not create PySide's ``Qt`` namespace,
    see ``gui.ui.main_window``.)"""
    from PySide6.QtCore import Qt

    return {
        _U.DashUnderline: Qt.PenStyle.DashLine,
        _U.DotLine: Qt.PenStyle.DotLine,
        _U.DashDotLine: Qt.PenStyle.DashDotLine,
        _U.DashDotDotLine: Qt.PenStyle.DashDotDotLine,
        None: Qt.PenStyle.SolidLine,
    }


def _underline(painter: QPainter, box: QRectF, fmt: QTextCharFormat, style) -> None:
    color = fmt.underlineColor()
    pen = QPen(color if color.isValid() else painter.pen().color())
    pen.setWidthF(1.2)
    styles = _pen_styles()
    pen.setStyle(styles.get(style, styles[None]))
    painter.save()
    painter.setPen(pen)
    y = box.bottom() + 1.5
    if style in (_U.WaveUnderline, _U.SpellCheckUnderline):
        path = QPainterPath(QPointF(box.left(), y))
        x, up, step = box.left(), True, 2.5
        while x < box.right():
            x = min(x + step, box.right())
            path.lineTo(QPointF(x, y - 2 if up else y))
            up = not up
        painter.drawPath(path)
    else:
        painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))
    painter.restore()

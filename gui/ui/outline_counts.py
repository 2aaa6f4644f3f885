"""The outline's per-section counts (notes, entities), painted after the heading in the same
row: the heading always gets the room it needs, the counts take what is left on the right
and are left out when they do not fit (the row's tooltip has them all).

A separate count column took a fixed 90 px from every row, which cut short headings to show
"1 note · 8 e…"; the heading is what the reader navigates by.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

#: Space between a heading and its counts, in pixels.
GAP = 12


class HeadingWithCountsDelegate(QStyledItemDelegate):
    """Draws column 0 as usual, then the text of column 1 (the counts) right-aligned in the
    space the heading leaves, in the placeholder colour; nothing when it does not fit."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        counts = index.siblingAtColumn(1).data() if index.column() == 0 else None
        if not counts:
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:
            return
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        metrics = opt.fontMetrics
        heading, needed = metrics.horizontalAdvance(opt.text), metrics.horizontalAdvance(counts)
        if not counts_shown(text_rect.width(), heading, needed):
            return  # the heading wins; the counts stay in the tooltip
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        painter.save()
        painter.setPen(opt.palette.color(role))
        painter.setFont(opt.font)
        painter.drawText(
            text_rect.adjusted(0, 0, -2, 0),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            counts,
        )
        painter.restore()


def counts_shown(option_width: int, heading_width: int, counts_width: int) -> bool:
    """Whether counts of ``counts_width`` pixels are drawn after a heading of
    ``heading_width`` in a text rectangle ``option_width`` wide (the rule the delegate
    applies)."""
    return heading_width + GAP + counts_width <= option_width

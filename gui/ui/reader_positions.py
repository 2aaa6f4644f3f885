"""Text positions ↔ Qt document positions in the reader, and scrolling/selecting by them.

Block ``i`` of the reader shows line ``i`` of the cleaned text in the script recorded for it
(``ReaderView.block_script``); Qt counts UTF-16 code units from the start of the document.
This mixin is the one place that translates between the two, so that everything outside
the reader (notes, entities, find) speaks text coordinates only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor

from gui.ui.highlighter import python_index, utf16_offsets

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer

    from gui.core.script import Script
    from gui.core.script_views import DocumentViews
    from gui.ui.reader_fill import StreamedFill


class TextPositions:
    """Position mapping for ``ReaderView`` (a ``QTextEdit``): it relies on the view's
    ``_views``, ``block_script``, ``filler``, ``_top_timer``, ``_editing`` and
    ``_selection``. A line not yet in the document (a long text streams in) is filled in
    before its position is asked for."""

    _views: DocumentViews | None
    filler: StreamedFill
    _top_timer: QTimer
    _editing: bool
    _selection: tuple[int, int] | None

    if TYPE_CHECKING:  # provided by ReaderView and QTextEdit

        def block_script(self, i: int) -> Script: ...

    def filled_lines(self) -> int:
        """Lines in the reader's document (fewer than the text's while a long one streams)."""
        if self.filler.busy:
            return self.filler.filled
        return self._views.line_count if self._views is not None else 0

    def view_position(self, pos: int, end: bool = False) -> int:
        """Text position → document (UTF-16) position in the current blocks."""
        views = self._views
        if views is None:
            return 0
        i = views.line_at(pos)
        if self.filler.busy:
            self.filler.ensure(i)
        script = self.block_script(i)
        i, col = views.to_view(script, pos, end=end)
        text = views.line(i, script).text
        u16 = utf16_offsets(text)
        block = self.document().findBlockByNumber(i)
        return block.position() + (u16[col] if u16 is not None else col)

    def text_pos_at(self, view_utf16_pos: int, end: bool = False) -> int:
        """Document (UTF-16) position → text position."""
        views = self._views
        if views is None:
            return 0
        block = self.document().findBlock(view_utf16_pos)
        i = max(0, block.blockNumber())
        col = python_index(block.text(), view_utf16_pos - block.position())
        return views.to_text(self.block_script(i), i, col, end=end)

    def text_span_at(self, view_utf16_pos: int) -> tuple[int, int]:
        """The text span behind the character at a document (UTF-16) position."""
        views = self._views
        if views is None:
            return 0, 0
        block = self.document().findBlock(view_utf16_pos)
        i = max(0, block.blockNumber())
        col = python_index(block.text(), view_utf16_pos - block.position())
        script = self.block_script(i)
        start = views.to_text(script, i, col)
        return start, max(start, views.to_text(script, i, col + 1, end=True))

    def top_text_pos(self) -> int:
        """The text position at the top-left of the viewport."""
        if self._views is None:
            return 0
        return self.text_pos_at(self.cursorForPosition(QPoint(0, 0)).position())

    def scroll_to_text_pos(self, pos: int) -> None:
        """Scroll so that the line holding text position ``pos`` is at the top."""
        if self._views is None:
            return
        vpos = self.view_position(pos)
        block = self.document().findBlock(vpos)
        if not block.isVisible():  # folded furniture: the line where the text goes on
            shown = block
            while shown.isValid() and not shown.isVisible():
                shown = shown.next()
            if not shown.isValid():
                shown = block
                while shown.isValid() and not shown.isVisible():
                    shown = shown.previous()
            block, vpos = (shown, shown.position()) if shown.isValid() else (block, vpos)
        layout_rect = self.document().documentLayout().blockBoundingRect(block)
        y = layout_rect.top()
        tl = block.layout()
        if tl is not None and tl.lineCount():
            line = tl.lineForTextPosition(vpos - block.position())
            if line.isValid():
                y += line.y()
        # Qt lays a long text out lazily and tells the scroll bar its height a turn later:
        # lay out a screenful past the line now and stretch the bar to reach it.
        doc = self.document()
        below = doc.findBlockByNumber(min(block.blockNumber() + 60, doc.blockCount() - 1))
        reach = doc.documentLayout().blockBoundingRect(below).bottom()
        reach -= self.maximumViewportSize().height()  # not viewport(): see ReaderView
        bar = self.verticalScrollBar()
        if bar.maximum() < round(y) <= reach:
            bar.setMaximum(round(y))
        bar.setValue(round(y))
        self._top_timer.start()

    def ensure_text_visible(self, start: int, end: int) -> None:
        """Scroll the least needed to show ``[start, end)`` (find hits)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.view_position(end, end=True))
        rect = self.cursorRect(cursor)
        cursor.setPosition(self.view_position(start))
        rect = rect.united(self.cursorRect(cursor))
        bar = self.verticalScrollBar()
        if rect.top() < 0 or rect.bottom() > self.viewport().height():
            bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)

    def selected_text_span(self) -> tuple[int, int] | None:
        """The selection in text coordinates, or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self.text_pos_at(cursor.selectionStart())
        return start, max(start, self.text_pos_at(cursor.selectionEnd(), end=True))

    def select_text_span(self, start: int, end: int) -> None:
        """Select ``[start, end)`` given in text coordinates."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.view_position(start))
        cursor.setPosition(self.view_position(end, end=True), QTextCursor.MoveMode.KeepAnchor)
        self._editing, was = True, self._editing
        try:
            self.setTextCursor(cursor)
        finally:
            self._editing = was
        self._selection = (start, end)

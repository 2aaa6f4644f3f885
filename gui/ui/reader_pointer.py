"""What the reader shows under the pointer: the tooltips of the spans painted there, and the
context menu, to which features add entries through hooks (a mixin of
:class:`gui.ui.reader_view.ReaderView`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint

if TYPE_CHECKING:  # imported where used: the app's first paint needs none of them
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QMenu

    from gui.core.script_views import DocumentViews
    from gui.ui.highlighter import SpanHighlighter

#: ``hook(menu, text_pos, selection_span_or_None)`` adds entries to the context menu.
ContextMenuHook = Callable[["QMenu", int, "tuple[int, int] | None"], None]


class PointerHelp:
    """Tooltips and the context menu for ``ReaderView`` (a ``QTextEdit``): it relies on the
    view's ``_views``, ``highlighter`` and ``context_menu_hooks``, and on ``TextPositions``."""

    _views: DocumentViews | None
    highlighter: SpanHighlighter
    context_menu_hooks: list[ContextMenuHook]

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            return self._tooltip_event(event)
        return super().event(event)

    def _tooltip_event(self, event) -> bool:
        from PySide6.QtGui import QHelpEvent
        from PySide6.QtWidgets import QToolTip

        if isinstance(event, QHelpEvent):
            tips = self.tooltips_at(event.pos())
            if tips:
                QToolTip.showText(event.globalPos(), "\n".join(tips), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def tooltips_at(self, viewport_pos: QPoint) -> list[str]:
        """Tooltips of the spans under a viewport position."""
        if self._views is None:
            return []
        cursor = self.cursorForPosition(viewport_pos)
        rect = self.cursorRect(cursor)
        vpos = cursor.position()
        if viewport_pos.x() < rect.left() and vpos > 0:
            vpos -= 1  # the click landed on the right half of the previous character
        pos = self.text_span_at(vpos)[0]
        seen: list[str] = []
        for _, _, _, tip in self.highlighter.spans_at(pos):
            if tip and tip not in seen:
                seen.append(tip)
        return seen

    def build_context_menu(self, viewport_pos: QPoint) -> QMenu:
        """The context menu at a viewport position: Copy / Select All, then every hook."""
        menu = self.createStandardContextMenu(viewport_pos)
        pos = self.text_pos_at(self.cursorForPosition(viewport_pos).position())
        selection = self.selected_text_span()
        if self.context_menu_hooks:
            menu.addSeparator()
        for hook in self.context_menu_hooks:
            hook(menu, pos, selection)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        menu = self.build_context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

"""The results of Find All: one row per hit, its context as the current script shows it.

The context of a row is made when the row is first shown (``data``), not when the results
arrive: a long list costs only the rows on screen, each converting at most its own line.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from gui.core.document import Span
from gui.core.find import hit_context
from gui.core.script import Script
from gui.core.script_views import DocumentViews

#: ``(start, end)`` of the hit in text coordinates.
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
#: ``(before, match, after)`` in the current script.
CONTEXT_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class FindResultsModel(QAbstractListModel):
    """Hits in reading order. ``where(pos)`` names the section of a text position (tooltip)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._views: DocumentViews | None = None
        self._script = Script.ORIGINAL
        self._hits: list[Span] = []
        self._context: dict[int, tuple[str, str, str]] = {}
        self._where: Callable[[int], str] = lambda _pos: ""

    def set_results(
        self,
        views: DocumentViews | None,
        script: Script | str,
        hits: list[Span],
        where: Callable[[int], str] | None = None,
    ) -> None:
        """Show ``hits`` of ``views`` in ``script``."""
        self.beginResetModel()
        self._views = views
        self._script = Script(script)
        self._hits = list(hits) if views is not None else []
        self._context = {}
        self._where = where or (lambda _pos: "")
        self.endResetModel()

    def append(self, hits: list[Span]) -> None:
        """More hits, after those shown (a search that goes on in slices)."""
        if hits and self._views is not None:
            first = len(self._hits)
            self.beginInsertRows(QModelIndex(), first, first + len(hits) - 1)
            self._hits.extend(hits)
            self.endInsertRows()

    def set_script(self, script: Script | str) -> None:
        """The reader switched script: the contexts are made again, in the new one."""
        self._script = Script(script)
        self._context = {}
        if self._hits:
            self.dataChanged.emit(self.index(0), self.index(len(self._hits) - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._hits)

    def context(self, row: int) -> tuple[str, str, str]:
        """``(before, match, after)`` of row ``row`` in the current script."""
        if row not in self._context and self._views is not None:
            self._context[row] = hit_context(self._views, self._script, self._hits[row])
        return self._context.get(row, ("", "", ""))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        row = index.row()
        hit = self._hits[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return "".join(self.context(row))
        if role == CONTEXT_ROLE:
            return self.context(row)
        if role == HIT_ROLE:
            return (hit.start, hit.end)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._where(hit.start) or None
        return None

"""A two-level tree model: group rows at the top, item rows under them.

The entity panel (types → entities) and the notes dock (sections → notes) share this shape;
subclasses say what the groups are, what each holds and which group an item belongs to.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class GroupedItemModel(QAbstractItemModel):
    """Groups must have a ``row`` attribute (their row under the root)."""

    def _top_nodes(self) -> list:
        raise NotImplementedError

    def _child_nodes(self, node) -> list | None:
        """The items of a group; ``None`` for an item (items have no children)."""
        raise NotImplementedError

    def _parent_node(self, node):
        """The group of an item; ``None`` for a group."""
        raise NotImplementedError

    def index(self, row: int, column: int, parent: _Index = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, self._top_nodes()[row])
        return self.createIndex(row, column, self._child_nodes(parent.internalPointer())[row])

    def parent(self, index: _Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        group = self._parent_node(index.internalPointer())
        return QModelIndex() if group is None else self.createIndex(group.row, 0, group)

    def rowCount(self, parent: _Index = _ROOT) -> int:  # noqa: N802 - Qt override
        if not parent.isValid():
            return len(self._top_nodes())
        if parent.column() != 0:
            return 0
        return len(self._child_nodes(parent.internalPointer()) or ())

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

"""The entity panel's tree: type → distinct entity (as shown in the current script) → count.

A thin adapter over plain :class:`EntityGroup` records built by the entity feature; text in
the current script comes from a callable, so the model never converts text itself. A filter
string keeps the entities whose shown text, Simplified key or type name contains it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QIcon

from gui.core.entity_pass import EntityGroup
from gui.models.grouped import GroupedItemModel

#: The entity type of an item (both levels).
TYPE_ROLE = Qt.ItemDataRole.UserRole + 1
#: The Simplified key of an entity item (None for a type item).
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
#: Number of occurrences (an entity) or of all occurrences of the type's shown entities.
COUNT_ROLE = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
#: What a script switch changes: the text an entity is shown with.
_TEXT_ROLES = [Qt.ItemDataRole.DisplayRole]


@dataclass(eq=False)
class _TypeNode:
    """A type row; its children are the groups themselves (no per-entity node objects, so a
    report with tens of thousands of distinct entities resets in a few milliseconds)."""

    type: str
    row: int
    groups: list[EntityGroup] = field(default_factory=list)
    #: Occurrences of all its groups, counted once: the view asks for a type row's count on
    #: every paint, and summing 20,000 groups of a 10 MB report each time froze it ~50 ms.
    count: int = 0


#: Entity rows announced as changed per event-loop turn after a script switch.
NOTIFY_ROWS = 400


class EntityModel(GroupedItemModel):
    """Types (column 0: name, column 1: occurrences) with their entities as children."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._groups: dict[str, list[EntityGroup]] = {}
        self._types: list[str] = []
        self._type_name: Callable[[str], str] = str
        self._shown: Callable[[EntityGroup], str] = lambda g: g.original or g.key
        self._icons: dict[str, QIcon] = {}
        self._disabled: set[str] = set()
        self._filter = ""
        self._rows: list[_TypeNode] = []
        self._by_type_row: dict[str, _TypeNode] = {}
        # Entity rows views have yet to hear of after a script switch: (type node, first
        # row, last row), announced NOTIFY_ROWS per event-loop turn.
        self._pending: list[tuple[_TypeNode, int, int]] = []
        self._notify_timer = QTimer(self, singleShot=True, interval=0)
        self._notify_timer.timeout.connect(self._announce_pending)

    # -- content ------------------------------------------------------------------------

    def set_types(self, types: list[str], type_name: Callable[[str], str]) -> None:
        """The types in display order and their (translated) names."""
        self._types = list(types)
        self._type_name = type_name
        self._rebuild()

    def set_groups(self, groups: list[EntityGroup]) -> None:
        """Replace the entities, listed in the order to show them (most frequent first)."""
        by_type: dict[str, list[EntityGroup]] = {}
        for g in groups:
            by_type.setdefault(g.type, []).append(g)
        self._groups = by_type
        self._rebuild()

    def set_shown_text(self, shown: Callable[[EntityGroup], str]) -> None:
        """How an entity is written in the current script (the script changed)."""
        self._shown = shown
        if self._filter:
            self._rebuild()
            return
        # In slices: the tree asks every changed row for its flags and text, ~25 us a row,
        # and a large report lists thousands of entities (~0.1 s per 200,000 characters
        # at once). Rows on screen show the new text at the next paint anyway.
        self._pending = [(node, 0, len(node.groups) - 1) for node in self._rows if node.groups]
        self._announce_pending()

    def _announce_pending(self) -> None:
        budget = NOTIFY_ROWS
        while self._pending and budget > 0:
            node, first, last = self._pending[0]
            end = min(last, first + budget - 1)
            self.dataChanged.emit(
                self.createIndex(first, 0, node.groups[first]),
                self.createIndex(end, 0, node.groups[end]),
                _TEXT_ROLES,
            )
            budget -= end - first + 1
            if end == last:
                self._pending.pop(0)
            else:
                self._pending[0] = (node, end + 1, last)
        if self._pending:
            self._notify_timer.start()

    def shown_text(self, group: EntityGroup) -> str:
        return self._shown(group)

    def set_filter(self, text: str) -> None:
        """Keep only entities containing ``text`` (or of a type whose name contains it)."""
        text = text.strip().casefold()
        if text != self._filter:
            self._filter = text
            self._rebuild()

    def set_icons(self, icons: dict[str, QIcon]) -> None:
        self._icons = dict(icons)
        self._changed_all([Qt.ItemDataRole.DecorationRole], types_only=True, last_column=0)

    def set_disabled_types(self, types: set[str]) -> None:
        """Types whose highlights are off are greyed out."""
        types = set(types)
        if types == self._disabled:
            return  # called after every recognition pass; usually nothing changed
        changed = types ^ self._disabled
        self._disabled = types
        self._changed_all([Qt.ItemDataRole.ForegroundRole], only=changed)

    def group(self, index: _Index) -> EntityGroup | None:
        if not index.isValid():
            return None
        item = index.internalPointer()
        return item if isinstance(item, EntityGroup) else None

    def index_for_type(self, entity_type: str) -> QModelIndex:
        node = self._by_type_row.get(entity_type)
        return self.createIndex(node.row, 0, node) if node is not None else QModelIndex()

    def _matches(self, group: EntityGroup, type_name: str) -> bool:
        f = self._filter
        return (
            not f
            or f in self._shown(group).casefold()
            or f in group.key.casefold()
            or f in group.original.casefold()
            or f in type_name.casefold()
        )

    def _rebuild(self) -> None:
        self._pending = []  # the reset tells views everything
        self.beginResetModel()
        rows: list[_TypeNode] = []
        for t in self._types:
            name = self._type_name(t)
            groups = self._groups.get(t, [])
            if self._filter:
                groups = [g for g in groups if self._matches(g, name)]
            if groups:
                count = sum(len(g.spans) for g in groups)
                rows.append(_TypeNode(t, len(rows), groups, count))
        self._rows = rows
        self._by_type_row = {node.type: node for node in rows}
        self.endResetModel()

    def _changed_all(
        self,
        roles: list[Qt.ItemDataRole],
        only: set[str] | None = None,
        types_only: bool = False,
        entities_only: bool = False,
        last_column: int = 1,
    ) -> None:
        """Tell views that ``roles`` changed: of the type rows of ``only`` (all types when
        None) and of their entities. Narrow on purpose: a change that spans the count column
        makes the tree re-measure every row for it (it sizes to its contents), about 5 ms
        per range on a large report, where the script's text touches column 0 alone."""
        for node in self._rows:
            if only is not None and node.type not in only:
                continue
            if not entities_only:
                self.dataChanged.emit(
                    self.createIndex(node.row, 0, node),
                    self.createIndex(node.row, last_column, node),
                    roles,
                )
            last = len(node.groups) - 1
            if last >= 0 and not types_only:
                self.dataChanged.emit(
                    self.createIndex(0, 0, node.groups[0]),
                    self.createIndex(last, last_column, node.groups[last]),
                    roles,
                )

    # -- QAbstractItemModel -------------------------------------------------------------

    def _top_nodes(self) -> list:
        return self._rows

    def _child_nodes(self, node) -> list | None:
        return node.groups if isinstance(node, _TypeNode) else None

    def _parent_node(self, node):
        return None if isinstance(node, _TypeNode) else self._by_type_row[node.type]

    def columnCount(self, parent: _Index = _ROOT) -> int:  # noqa: N802
        return 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Entity") if section == 0 else self.tr("Count")
        return None

    @staticmethod
    def _count(item: _TypeNode | EntityGroup) -> int:
        if isinstance(item, EntityGroup):
            return len(item.spans)
        return item.count

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node = index.internalPointer()
        group = node if isinstance(node, EntityGroup) else None
        col = index.column()
        if role == TYPE_ROLE:
            return node.type
        if role == KEY_ROLE:
            return group.key if group is not None else None
        if role == COUNT_ROLE:
            return self._count(node)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 1:
                return str(self._count(node))
            return self._type_name(node.type) if group is None else self._shown(group)
        if role == Qt.ItemDataRole.DecorationRole and col == 0 and group is None:
            return self._icons.get(node.type)
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            name = self._type_name(node.type)
            if group is None:
                return name
            n = len(group.spans)
            return self.tr("%1 · %n occurrence(s) · click for the next", "", n).replace("%1", name)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and node.type in self._disabled:
            from PySide6.QtGui import QPalette
            from PySide6.QtWidgets import QApplication

            palette = QApplication.palette()
            return palette.brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

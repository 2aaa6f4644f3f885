"""The outline as a tree: sections nested by level, then the page footer apart.

A thin adapter over ``Document.sections``; headings are shown in the current script through a
callable, so the model never converts text itself.

Extension point: per-section counts (entities, notes). ``set_counts(kind, {section: n})``
fills :data:`COUNTS_ROLE` (a ``{kind: n}`` dict) and the second column's text.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from gui.core.document import Document
from gui.models.turns import TurnGate

#: ``Document.sections`` index of an item (-1 for the footer).
SECTION_ROLE = Qt.ItemDataRole.UserRole + 1
#: Text position to jump to when the item is activated.
POSITION_ROLE = Qt.ItemDataRole.UserRole + 2
#: ``{kind: count}`` filled by :meth:`OutlineModel.set_counts`.
COUNTS_ROLE = Qt.ItemDataRole.UserRole + 3

FOOTER = -1
#: Changed ranges (one parent's children) announced to views per event-loop turn.
NOTIFY_PARENTS = 12
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index, shared as a default argument
_HEADING_ROLES = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole]
_COUNT_ROLES = [Qt.ItemDataRole.DisplayRole, COUNTS_ROLE]
#: Every item's flags, made once: or-ing the enums per call cost ~10 µs, asked for every row.
_ITEM_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


@dataclass(eq=False)
class _Node:
    section: int  # index into Document.sections, FOOTER, or -2 for the root
    parent: _Node | None
    children: list[_Node] = field(default_factory=list)
    row: int = 0


class OutlineModel(QAbstractItemModel):
    """Tree over a document's sections. Column 0: heading; column 1: counts."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._doc: Document | None = None
        self._root = _Node(-2, None)
        self._nodes: dict[int, _Node] = {}
        self._heading: Callable[[int], str] = lambda i: ""
        self._counts: dict[str, dict[int, int]] = {}
        # dataChanged ranges views have yet to hear of, by (parent, column); see _announce.
        self._pending: dict[tuple[int, int], tuple[_Node, int, int, int, list]] = {}
        self._notify_timer = QTimer(self, singleShot=True, interval=0)
        self._notify_timer.timeout.connect(self._announce_pending)
        #: Shares the event loop's passes with the reader's own slices (see share_turns).
        self._turns: TurnGate | None = None

    def share_turns(self, turns: TurnGate | None) -> None:
        """Announce a slice only in a pass ``turns`` gives to the outline: after a switch
        the reader replaces its blocks a slice per pass too, and a slice of each in one pass
        was one long freeze."""
        self._turns = turns

    # -- content ------------------------------------------------------------------------

    def set_document(
        self, doc: Document | None, heading: Callable[[int], str], keep_counts: bool = False
    ) -> None:
        """Show ``doc``; ``heading(section_index)`` gives the text to display.
        ``keep_counts``: the counts set meanwhile are ``doc``'s already (it was announced a
        turn earlier, and the features counted for it)."""
        self.beginResetModel()
        self._pending = {}  # a reset repaints everything; these nodes are gone
        self._notify_timer.stop()
        self._doc = doc
        self._heading = heading
        if not keep_counts:
            self._counts = {}
        self._root = _Node(-2, None)
        self._nodes = {}
        if doc is not None:
            stack: list[tuple[int, _Node]] = [(0, self._root)]
            for i, section in enumerate(doc.sections):
                while len(stack) > 1 and stack[-1][0] >= section.level:
                    stack.pop()
                parent = stack[-1][1]
                node = _Node(i, parent, row=len(parent.children))
                parent.children.append(node)
                self._nodes[i] = node
                stack.append((section.level, node))
            if doc.footer is not None:
                footer = _Node(FOOTER, self._root, row=len(self._root.children))
                self._root.children.append(footer)
                self._nodes[FOOTER] = footer
        self.endResetModel()

    def refresh_headings(self, heading: Callable[[int], str] | None = None) -> None:
        """Headings changed (script switch): repaint every item's heading."""
        if heading is not None:
            self._heading = heading
        queue = deque([self._root])
        while queue:  # breadth first: the top level, then chapters, then their sections
            node = queue.popleft()
            if node.children:
                self._announce(node, 0, len(node.children) - 1, 0, _HEADING_ROLES)
                queue.extend(node.children)
        self._announce_pending()

    def cancel_refresh(self) -> None:
        """Drop the headings not yet announced (a newer refresh is coming); counts stay."""
        self._pending = {key: got for key, got in self._pending.items() if key[1] != 0}

    def set_counts(self, kind: str, counts: dict[int, int]) -> None:
        """Per-section counts of ``kind`` (e.g. ``"notes"``, ``"ORG"``); empty to clear.
        Only the count column of the sections whose count changed is repainted."""
        old = self._counts.get(kind, {})
        if counts:
            self._counts[kind] = dict(counts)
        else:
            self._counts.pop(kind, None)
        # One range per parent, gathered here: announced section by section, the merging
        # alone took ~50 ms of UI for the 25,000 sections of a 10 MB report's entity counts.
        ranges: dict[int, tuple[_Node, int, int]] = {}
        for i in old.keys() | counts.keys():
            node = self._nodes.get(i)
            if old.get(i) != counts.get(i) and node is not None and node.parent is not None:
                got = ranges.get(id(node.parent))
                if got is None:
                    ranges[id(node.parent)] = (node.parent, node.row, node.row)
                else:
                    ranges[id(node.parent)] = (got[0], min(got[1], node.row), max(got[2], node.row))
        for parent, first, last in ranges.values():
            self._announce(parent, first, last, 1, _COUNT_ROLES)
        self._announce_pending()

    def _announce(self, parent: _Node, first: int, last: int, column: int, roles) -> None:
        """Queue a ``dataChanged`` for rows ``first..last`` of ``parent`` in ``column``
        (merged with one already queued for the same parent and column)."""
        key = (id(parent), column)
        queued = self._pending.get(key)
        if queued is None:
            self._pending[key] = (parent, first, last, column, roles)
        else:
            _, lo, hi, _, had = queued
            merged = had + [r for r in roles if r not in had]
            self._pending[key] = (parent, min(lo, first), max(hi, last), column, merged)

    def _announce_pending(self) -> None:
        """Emit up to :data:`NOTIFY_PARENTS` queued ranges now, the rest on later event-loop
        turns. A tree view does work per changed row (about 20 µs, in Python calls back into
        this model): every row of a report with hundreds of sections at once is 20–30 ms of
        frozen UI on top of the reader's own work after a switch. ``data()`` is current at
        once; only the repaint of rows further down the outline follows a turn or two later."""
        if not self._pending:
            return
        turns = self._turns
        if turns is not None and not turns.may_run("outline"):
            self._notify_timer.start()  # the next pass
            return
        for _ in range(min(NOTIFY_PARENTS, len(self._pending))):
            key = next(iter(self._pending))
            parent, first, last, column, roles = self._pending.pop(key)
            self.dataChanged.emit(
                self.createIndex(first, column, parent.children[first]),
                self.createIndex(last, column, parent.children[last]),
                roles,
            )
        if turns is not None:
            turns.ran("outline")
        if self._pending:
            self._notify_timer.start()

    def _count_label(self, kind: str, n: int) -> str:
        """ "3 notes", "1 entity": plural-aware and translated for the kinds the app uses."""
        if kind == "notes":
            return self.tr("1 note") if n == 1 else self.tr("%n notes", "", n)
        if kind == "entities":
            return self.tr("1 entity") if n == 1 else self.tr("%n entities", "", n)
        return f"{n} {kind}"

    def section_count(self) -> int:
        """How many items the outline has (sections and the footer)."""
        return len(self._nodes)

    def branches(self, row: int) -> list[QModelIndex]:
        """The top-level item ``row`` and those of its descendants that have children, each
        after its own descendants: expanded in this order, a view lays the item's rows out
        once, when the item itself is expanded."""
        out: list[QModelIndex] = []

        def visit(node: _Node) -> None:
            for child in node.children:
                if child.children:
                    visit(child)
            out.append(self.createIndex(node.row, 0, node))

        top = self._root.children[row]
        if top.children:
            visit(top)
        return out

    def index_for_section(self, section: int) -> QModelIndex:
        node = self._nodes.get(section)
        return self.createIndex(node.row, 0, node) if node else QModelIndex()

    # -- QAbstractItemModel -------------------------------------------------------------

    def _node(self, index: _Index) -> _Node:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: _Index = _ROOT) -> QModelIndex:
        # hasIndex() would ask rowCount() and columnCount() back through Python: expanding a
        # 7,000-section outline calls this for every row, and the calls were half its cost.
        if parent.isValid():
            if parent.column() != 0:
                return QModelIndex()
            children = parent.internalPointer().children
        else:
            children = self._root.children
        if 0 <= row < len(children) and 0 <= column < 2:
            return self.createIndex(row, column, children[row])
        return QModelIndex()

    def hasChildren(self, parent: _Index = _ROOT) -> bool:  # noqa: N802
        # (Qt's default asks rowCount() and columnCount(): two calls into Python per row.)
        if not parent.isValid():
            return bool(self._root.children)
        return parent.column() == 0 and bool(parent.internalPointer().children)

    def parent(self, index: _Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self._node(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: _Index = _ROOT) -> int:  # noqa: N802
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: _Index = _ROOT) -> int:  # noqa: N802
        return 2

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ITEM_FLAGS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Section") if section == 0 else self.tr("Counts")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._doc is None:
            return None
        node = self._node(index)
        i = node.section
        if role == SECTION_ROLE:
            return i
        if role == POSITION_ROLE:
            if i == FOOTER:
                return self._doc.footer.start if self._doc.footer else 0
            s = self._doc.sections[i]
            return s.heading_start if s.heading_start is not None else s.start
        if role == COUNTS_ROLE:
            return {k: c[i] for k, c in self._counts.items() if c.get(i)}
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 1:
                counts = {k: c[i] for k, c in self._counts.items() if c.get(i)}
                return " · ".join(self._count_label(k, n) for k, n in counts.items()) or None
            if i == FOOTER:
                return self.tr("Page footer")
            return self._heading(i)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            if i == FOOTER:
                return self.tr("The site's footer (publisher, licence); not part of the report")
            counts = {k: c[i] for k, c in self._counts.items() if c.get(i)}
            labels = " · ".join(self._count_label(k, n) for k, n in counts.items())
            return self._heading(i) + (f"\n{labels}" if labels else "")
        if role == Qt.ItemDataRole.ForegroundRole and i == FOOTER:
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.FontRole and index.column() == 0:
            s = self._doc.sections[i] if i != FOOTER else None
            if s is None or s.heading is None:
                font = QFont()
                font.setItalic(True)
                return font
        return None

"""The outline sidebar: a tree of sections; clicking one puts its heading at the top."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QHeaderView, QTreeView, QWidget

from gui.core.document import Document
from gui.models.outline_model import POSITION_ROLE, OutlineModel
from gui.ui.outline_counts import HeadingWithCountsDelegate
from gui.ui.turn_expansion import TurnExpansion
from gui.ui.ui_turns import TURNS, run_in_turns

#: An outline with more sections than this is filled on the event-loop turn after the report
#: opens: expanding 7,000 sections costs the tree ~0.1–0.4 s, which should not add to the
#: turn in which the reader puts the report's first screen in.
FILL_LATER_SECTIONS = 1_000
#: A long outline is expanded a few chapters per event-loop turn, for about this long each:
#: Qt lays out an expanded tree by asking the model about every row (three calls into Python
#: per row), ~0.1 s for 7,000 sections in one turn (0.2-0.5 s on a busy machine).
EXPAND_TURN_SECONDS = 0.012
#: The outline's name among the UI thread's tickers (gui.ui.ui_turns) for its fill and its
#: expansion in turns.
TICKER = "outline dock"


class OutlineDock(QDockWidget):
    """Dock holding the outline tree.

    Signals:
        jump_requested(int): the user picked an item; text position of its heading.
    """

    jump_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Outline"), parent)
        self.setObjectName("outline_dock")
        self.model = OutlineModel(self)
        self.model.share_turns(TURNS)  # its slices after a switch: never in the reader's pass
        self.tree = QTreeView(self)
        self.tree.setObjectName("outline_tree")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fixed, not ResizeToContents: measuring every row of a long outline is slow.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, 90)
        # Counts are painted after the heading in column 0, only where they fit.
        self.tree.setColumnHidden(1, True)
        self.tree.setItemDelegateForColumn(0, HeadingWithCountsDelegate(self.tree))
        self.tree.clicked.connect(self._on_activated)
        self.tree.activated.connect(self._on_activated)
        self.model.modelReset.connect(self._expand)
        self.model.dataChanged.connect(self._show_counts_column)
        self.setWidget(self.tree)
        self._current = -1
        self._waiting: Document | None = None
        #: Top-level rows still to expand (a long outline, see EXPAND_TURN_SECONDS).
        self._expansion = TurnExpansion(self, TICKER, lambda: self._expand_slice())

    def show_document(self, doc: Document, heading: Callable[[int], str]) -> None:
        """Show ``doc``'s outline, ``heading(section)`` giving each item's text: now, or on
        the next event-loop turn for a long outline (see :data:`FILL_LATER_SECTIONS`)."""
        self._waiting = None
        if len(doc.sections) <= FILL_LATER_SECTIONS:
            self.model.set_document(doc, heading)
            return
        self._waiting = doc

        def fill() -> None:
            if self._waiting is doc:  # not replaced by another report meanwhile
                self._waiting = None
                # (The features set its notes and entity counts when it was announced.)
                self.model.set_document(doc, heading, keep_counts=True)
                self.set_current_section(self._current)

        run_in_turns(self, TICKER, [fill], now=False)

    def _expand(self) -> None:
        """After a reset: expand the whole outline, at once when it is short, else in
        turns (:data:`EXPAND_TURN_SECONDS`), the current section's chapter first."""
        self._expansion.stop()
        if self.model.section_count() <= FILL_LATER_SECTIONS:
            self.tree.expandAll()
            return
        self._expansion.start(self.model.rowCount())

    @property
    def expanding(self) -> bool:
        """Whether a long outline is still being expanded."""
        return self._expansion.busy

    def _expand_slice(self) -> None:
        tree = self.tree
        rows = self._expansion.rows
        current = self.model.index_for_section(self._current) if self._current >= 0 else None
        chapter = current
        if chapter is not None and chapter.isValid():
            while chapter.parent().isValid():
                chapter = chapter.parent()
            if chapter.row() in rows:  # the chapter the reader is in, first
                rows.remove(chapter.row())
                rows.appendleft(chapter.row())
        # Expanding rows above what is shown would push it down: keep the current section
        # (or else the top row) where it is on screen.
        view = tree.viewport().rect()
        anchor = tree.indexAt(QPoint(0, 0))
        if current is not None and view.intersects(tree.visualRect(current)):
            anchor = current
        was = tree.visualRect(anchor).top()
        began = time.perf_counter()
        while rows and time.perf_counter() - began < EXPAND_TURN_SECONDS:
            for index in self.model.branches(rows.popleft()):
                tree.expand(index)
        moved = tree.visualRect(anchor)
        if anchor.isValid() and moved.height() > 0 and moved.top() != was:
            # (Scrolled per item: the scroll bar counts rows of the tree's uniform height.)
            bar = tree.verticalScrollBar()
            bar.setValue(bar.value() + round((moved.top() - was) / moved.height()))

    def _on_activated(self, index: QModelIndex) -> None:
        pos = index.data(POSITION_ROLE)
        if pos is not None:
            self.jump_requested.emit(int(pos))

    def _show_counts_column(
        self, top_left: QModelIndex, bottom_right: QModelIndex, _roles: object = None
    ) -> None:
        # Column 1 (hidden) is painted in column 0's rows (see outline_counts), so the tree
        # does not repaint them when only the counts change: repaint those rows here. Only
        # those: after a script switch the model announces every heading of column 0 over
        # many event-loop turns, and repainting the whole outline on each announcement (a
        # Python delegate per visible row) doubled the time a switch took on a 1 M report.
        if not top_left.column() <= 1 <= bottom_right.column():
            return
        tree = self.tree
        first = tree.visualRect(top_left.siblingAtColumn(0))
        last = tree.visualRect(bottom_right.siblingAtColumn(0))
        if first.isEmpty() or last.isEmpty():  # a row under a collapsed heading
            tree.viewport().update()
            return
        # Rows in between (and their expanded children) lie between the two rectangles; Qt
        # clips the update to the viewport, so rows scrolled out of view cost nothing.
        tree.viewport().update(first.united(last))

    def set_current_section(self, section: int) -> None:
        """Select the item of ``Document.sections[section]`` (-1: none) without jumping."""
        self._current = section
        index = self.model.index_for_section(section) if section >= 0 else QModelIndex()
        selection = self.tree.selectionModel()
        if not index.isValid():
            selection.clearSelection()
            return
        if selection.currentIndex() == index:
            return
        selection.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.tree.scrollTo(index)

    def item_rect_center(self, row: int, parent: QModelIndex | None = None):
        """Centre of a row's rectangle in the tree's viewport (where a click on it lands)."""
        index = self.model.index(row, 0, parent or QModelIndex())
        return self.tree.visualRect(index).center()

"""Edit → Find All… (Ctrl+Shift+F): every place a word occurs, listed with its context in the
script the reader shows; a click puts the place at the top of the reader.

Searching runs in slices on the event loop (``SLICE_MS`` of lines per turn), so the window
never stalls, even on a 1 M-character report whose Simplified pivot still has to be made;
the list stops at ``LIMIT`` places and says so. Matching is the find bar's
(:mod:`gui.core.find`): script-insensitive, on the Simplified pivot, page furniture left out.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QModelIndex, QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from gui.core.document import Span
from gui.core.find import line_hits, pivot_query
from gui.core.script_views import section_index_at
from gui.models.find_results_model import CONTEXT_ROLE, HIT_ROLE, FindResultsModel
from gui.ui.feature_host import FeatureHost

#: Places listed at most; a search that finds more says so and stops there.
LIMIT = 1000
#: Searching time per event-loop turn.
SLICE_MS = 25


class ContextDelegate(QStyledItemDelegate):
    """Paints a result row as the page reads: context, the match in bold on the highlight
    colour, context."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        before, match, after = index.data(CONTEXT_ROLE) or ("", "", "")
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = QRectF(opt.rect.adjusted(4, 0, -4, 0))
        painter.save()
        painter.setClipRect(opt.rect)
        normal, bold = QFont(opt.font), QFont(opt.font)
        bold.setBold(True)
        # In a narrow dock the match must stay in sight: the context before it gives way
        # (from its start) to at most a third of the row.
        painter.setFont(normal)
        metrics = painter.fontMetrics()
        while len(before) > 1 and metrics.horizontalAdvance(before) > rect.width() / 3:
            before = "…" + before[2:]
        x = rect.left()
        for part, font in ((before, normal), (match, bold), (after, normal)):
            if not part:
                continue
            painter.setFont(font)
            width = painter.fontMetrics().horizontalAdvance(part)
            box = QRectF(x, rect.top(), width, rect.height())
            if font is bold and not selected:
                # A tint of the selection colour: marks the match in either theme and leaves
                # the text colour readable on it.
                tint = QColor(palette.color(QPalette.ColorRole.Highlight))
                tint.setAlpha(80)
                painter.fillRect(box.adjusted(-1, 2, 1, -2), tint)
            painter.setPen(palette.color(text_role))
            painter.drawText(box, int(Qt.AlignmentFlag.AlignVCenter), part)
            x += width
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), hint.height() + 4)


class FindAllDock(QDockWidget):
    """The query field, a count and the list of places.

    Signals:
        search_requested(str): search for this text (Enter in the field).
        hit_activated(int, int): go to this hit, ``(start, end)`` in text coordinates.
    """

    search_requested = Signal(str)
    hit_activated = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Find All"), parent)
        self.setObjectName("find_all_dock")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.edit = QLineEdit(body)
        self.edit.setObjectName("find_all_edit")
        self.edit.setPlaceholderText(self.tr("Find every place (发展 = 發展), Enter"))
        self.edit.setClearButtonEnabled(True)
        self.edit.returnPressed.connect(lambda: self.search_requested.emit(self.edit.text()))
        self.count_label = QLabel(body)
        self.count_label.setObjectName("find_all_count")
        self.count_label.setWordWrap(True)
        self.model = FindResultsModel(self)
        self.view = QListView(body)
        self.view.setObjectName("find_all_results")
        self.view.setModel(self.model)
        self.view.setItemDelegate(ContextDelegate(self.view))
        self.view.setUniformItemSizes(True)  # no measuring of every row of a long list
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.clicked.connect(self._activated)
        self.view.activated.connect(self._activated)
        layout.addWidget(self.edit)
        layout.addWidget(self.count_label)
        layout.addWidget(self.view, 1)
        self.setWidget(body)

    def _activated(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is not None:
            self.hit_activated.emit(*hit)


class FindAllFeature(QObject):
    """Find All in a window. Public: ``dock``, ``action``, ``search(query)``, ``hits``,
    ``more`` (the search stopped at ``LIMIT``) and ``searching``."""

    def __init__(self, window: FeatureHost) -> None:
        super().__init__(window)
        self.window = window
        self.hits: list[Span] = []
        self.more = False
        self._needle = ""
        self._line = 0
        self._views = None
        self._skip: list[Span] = []
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._search_slice)
        self.dock = FindAllDock(window)
        window.add_dock(self.dock)
        self.dock.hide()
        self.action = QAction(self.tr("Find &All…"), window)
        self.action.setObjectName("find_all")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.action.triggered.connect(self.open_dock)
        window.addAction(self.action)
        edit = window.menus["edit"]
        edit.addAction(self.action)
        s = window.signals
        s.script_changed.connect(self.dock.model.set_script)
        s.document_opened.connect(self._document_opened)
        self.dock.search_requested.connect(self.search)
        self.dock.hit_activated.connect(self.go_to)

    def _document_opened(self, _opened) -> None:
        if self.dock.isVisible():
            self.search(self.dock.edit.text())
            return
        # Hidden: forget the old report's places; opening the dock searches the new one.
        self._timer.stop()
        self.hits, self.more = [], False
        self.dock.model.set_results(None, self.window.reader.script, [])
        self.dock.count_label.clear()

    @property
    def searching(self) -> bool:
        return self._timer.isActive()

    def open_dock(self) -> None:
        """Show the dock, the reader's selection (a short one) as the query, and search."""
        reader = self.window.reader
        span = reader.selected_text_span()
        doc = reader.document_model
        if span and doc is not None and 0 < span[1] - span[0] < 80:
            self.dock.edit.setText(doc.text[span[0] : span[1]].split("\n")[0])
        if self.dock.isHidden():
            self._share_a_tab()
        self.dock.show()
        self.dock.raise_()
        self.dock.edit.setFocus()
        self.dock.edit.selectAll()
        if self.dock.edit.text().strip():
            self.search(self.dock.edit.text())

    def _share_a_tab(self) -> None:
        share_a_tab(self.window, self.dock)

    def search(self, query: str) -> None:
        """Start listing the places of ``query`` in the open report (in slices)."""
        self.dock.edit.setText(query)
        self.hits, self.more = [], False
        self._timer.stop()
        reader = self.window.reader
        views, doc = reader.views, reader.document_model
        self._needle = pivot_query(query.strip()) if query.strip() else ""
        sections = doc.sections if doc is not None else ()
        session = self.window.session

        def where(pos: int) -> str:
            return session.section_heading(section_index_at(sections, pos))

        self.dock.model.set_results(views, reader.script, [], where)
        if views is None or doc is None or not self._needle or "\n" in self._needle:
            self._show(done=True)
            return
        self._views, self._skip, self._line = views, doc.furniture_spans(), 0
        self._search_slice()

    def _search_slice(self) -> None:
        views = self._views
        if views is None or views is not self.window.reader.views:
            return  # another report opened meanwhile; its own search follows
        deadline = time.monotonic() + SLICE_MS / 1000
        found = len(self.hits)
        while self._line < views.line_count and not self.more:
            for hit in line_hits(views, self._line, self._needle, self._skip):
                if len(self.hits) == LIMIT:
                    self.more = True
                    break
                self.hits.append(hit)
            self._line += 1
            if time.monotonic() > deadline:
                break
        done = self.more or self._line >= views.line_count
        self.dock.model.append(self.hits[found:])
        self._show(done)
        if not done:
            self._timer.start()

    def _show(self, done: bool) -> None:
        n = len(self.hits)
        if not self._needle:
            text = ""
        elif self.more:
            text = self.tr(
                "The first %1 places are listed; there are more. "
                "Make the search longer to see them."
            )
            text = text.replace("%1", f"{LIMIT:,}")
        elif not done:
            text = self.tr("Searching… %n places so far", "", n)
        elif n:
            text = self.tr("%n places", "", n)
        else:
            text = self.tr("Not found")
        self.dock.count_label.setText(text)

    def go_to(self, start: int, end: int) -> None:
        """Put the hit's line at the top of the reader and flash the hit."""
        self.window.signals.jump_requested.emit(start)
        self.window.signals.flash_requested.emit(start, end)


def share_a_tab(window: FeatureHost, dock: QDockWidget) -> None:
    """Open ``dock`` as a tab beside a dock already in its column, so its list gets the
    column's height instead of a sliver under the other docks (Find All, the library)."""
    w = window
    area = w.dockWidgetArea(dock)
    for other in w.findChildren(QDockWidget):
        if other is not dock and other.isVisible() and not other.isFloating():
            if w.dockWidgetArea(other) == area:
                w.tabifyDockWidget(other, dock)
                return


def install_find_all(window: FeatureHost) -> FindAllFeature:
    """Add Edit → Find All… and its dock to ``window``; the window keeps the result."""
    return FindAllFeature(window)

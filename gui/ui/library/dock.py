"""The Library dock's widgets: the reports table, Add File…/Add Folder…, the indexing progress
with Cancel, and the search across the library with each hit's context.

Widgets only: :mod:`.feature` fills them and answers their signals."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from gui.core.script import Script
from gui.core.variants import Variant
from gui.models.find_results_model import CONTEXT_ROLE, HIT_ROLE
from gui.ui.find_all import ContextDelegate
from gui.ui.library.reports_model import (
    COLUMN_KEYS,
    GROUPINGS,
    ISSUER,
    KIND,
    NUMBER,
    PATH_ROLE,
    SCRIPT,
    SIZE,
    TITLE,
    ReportsModel,
)
from gui.ui.script_toggle import SCRIPT_LABELS, script_name

__all__ = ["PATH_ROLE", "LibraryDock"]

#: First widths of the title and issuer columns (pixels; the user can change them).
TITLE_WIDTH = 200
ISSUER_WIDTH = 110
#: The kinds a report can be (the library's ``kind`` field), in the filter's order.
KINDS = ("official", "regulation", "work-report", "news", "report")
#: Quiet time after typing in a filter field before the list and search follow it.
FILTER_DELAY_MS = 300
#: Columns hidden until the user shows them (the header's context menu). A sidebar on an
#: 800×600 screen is ~300 px wide: title, issuer, 文号 and date tell reports apart there;
#: the script and the size are for an occasional sort (as Zotero keeps its rarer columns).
DEFAULT_HIDDEN = frozenset({"script", "size"})
#: A report's script (the library's ``Variant``) as the script toggle names that view.
_VARIANT_SCRIPT = {
    Variant.SIMPLIFIED: Script.HANS,
    Variant.GENERIC: Script.HANT,
    Variant.TW: Script.TW,
    Variant.HK: Script.HK,
}


class _ResultDelegate(ContextDelegate):
    """Hit rows as Find All paints them (context, match in bold, context); report rows plain."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        if index.data(CONTEXT_ROLE) is None:
            QStyledItemDelegate.paint(self, painter, option, index)
        else:
            super().paint(painter, option, index)


class LibraryDock(QDockWidget):
    """Signals:
    add_files_requested(), add_folder_requested(), cancel_requested(), notebook_requested();
    open_requested(str): open this report (double-click on a row);
    search_requested(str): search the library (Enter in the field);
    filters_changed(): the kind, issuer or date filter changed (typing settles first);
    hit_activated(str, int, int): open the report at ``[start, end)`` in its text;
    link_requested(str): the user links this report to an earlier version (context menu);
    rebuild_requested(): rebuild the index from the files (context menu);
    columns_changed(): the user showed or hid a column (the header's context menu).
    """

    add_files_requested = Signal()
    add_folder_requested = Signal()
    cancel_requested = Signal()
    notebook_requested = Signal()
    open_requested = Signal(str)
    search_requested = Signal(str)
    filters_changed = Signal()
    hit_activated = Signal(str, int, int)
    link_requested = Signal(str)
    rebuild_requested = Signal()
    columns_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Library"), parent)
        self.setObjectName("library_dock")
        self.reports = ReportsModel(self)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)

        buttons = QHBoxLayout()
        self.add_files_button = QPushButton(self.tr("Add File…"), body)
        self.add_files_button.setObjectName("library_add_files")
        self.add_files_button.clicked.connect(self.add_files_requested)
        self.add_folder_button = QPushButton(self.tr("Add Folder…"), body)
        self.add_folder_button.setObjectName("library_add_folder")
        self.add_folder_button.clicked.connect(self.add_folder_requested)
        self.notebook_button = QPushButton(self.tr("Notebook…"), body)
        self.notebook_button.setObjectName("library_notebook")
        self.notebook_button.setToolTip(self.tr("All notes of all reports: filter, export"))
        self.notebook_button.clicked.connect(self.notebook_requested)
        buttons.addWidget(self.add_files_button)
        buttons.addWidget(self.add_folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.notebook_button)
        layout.addLayout(buttons)

        progress_row = QHBoxLayout()
        self.progress = QProgressBar(body)
        self.progress.setObjectName("library_progress")
        self.cancel_button = QPushButton(self.tr("Cancel"), body)
        self.cancel_button.setObjectName("library_cancel")
        self.cancel_button.clicked.connect(self.cancel_requested)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.progress_label = QLabel(body)
        self.progress_label.setObjectName("library_progress_label")
        self.progress_label.setWordWrap(True)
        layout.addLayout(progress_row)
        layout.addWidget(self.progress_label)
        self.show_progress(None)

        layout.addLayout(self._filter_row(body))

        # A tree: flat, or one level of groups (issuer, year, kind) with their reports.
        self.table = QTreeView(body)
        self.table.setObjectName("library_reports")
        self.table.setModel(self.reports)
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)  # thousands of rows: no per-row measuring
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        # Groups open (a flat list has nothing to expand: not walked at 6,000 rows).
        self.reports.modelReset.connect(lambda: self.reports.grouping() and self.table.expandAll())
        header = self.table.header()
        # Fixed first widths, never ResizeToContents: that asks every row for its text (at
        # 6,000 reports it held the window for seconds when the dock opened). The title keeps
        # room to be read in a narrow dock (whole in the tooltip); the user can resize any
        # column; the view scrolls sideways when the dock is narrower than the columns.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = self.fontMetrics()
        pad = 3 * metrics.averageCharWidth()
        widths = {
            0: TITLE_WIDTH,
            1: ISSUER_WIDTH,
            2: metrics.horizontalAdvance("0000-00-00") + pad,
            3: metrics.horizontalAdvance("unreadable") + pad,
            4: metrics.horizontalAdvance("Official document") + pad,
            5: metrics.horizontalAdvance("Notes") + pad,
            NUMBER: metrics.horizontalAdvance("国办发〔2026〕12号") + pad,
            SCRIPT: metrics.horizontalAdvance("Script") + pad,
            SIZE: metrics.horizontalAdvance("999.9 KB") + pad,
        }
        for column, width in widths.items():
            header.resizeSection(column, width)
        # 文号 beside the issuer that gives it, script and size after the kind; the rest in
        # their number's order (last opened last, stretched).
        header.moveSection(header.visualIndex(NUMBER), header.visualIndex(ISSUER) + 1)
        header.moveSection(header.visualIndex(SCRIPT), header.visualIndex(KIND) + 1)
        header.moveSection(header.visualIndex(SIZE), header.visualIndex(SCRIPT) + 1)
        self.set_hidden_columns(DEFAULT_HIDDEN)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self._report_activated)

        search_box = QWidget(body)
        search_layout = QVBoxLayout(search_box)
        search_layout.setContentsMargins(0, 0, 0, 0)
        self.search_edit = QLineEdit(search_box)
        self.search_edit.setObjectName("library_search")
        self.search_edit.setPlaceholderText(
            self.tr("Search all reports (发展 = 發展; A OR B), Enter")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.returnPressed.connect(
            lambda: self.search_requested.emit(self.search_edit.text())
        )
        self.search_label = QLabel(search_box)
        self.search_label.setObjectName("library_search_label")
        self.search_label.setWordWrap(True)
        self.results = QStandardItemModel(self)
        self.results_view = QTreeView(search_box)
        self.results_view.setObjectName("library_results")
        self.results_view.setModel(self.results)
        self.results_view.setHeaderHidden(True)
        self.results_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results_view.setItemDelegate(_ResultDelegate(self.results_view))
        self.results_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results_view.clicked.connect(self._hit_activated)
        self.results_view.activated.connect(self._hit_activated)
        search_layout.addWidget(self.search_edit)
        search_layout.addWidget(self.search_label)
        search_layout.addWidget(self.results_view, 1)

        splitter = QSplitter(Qt.Orientation.Vertical, body)
        splitter.addWidget(self.table)
        splitter.addWidget(search_box)
        layout.addWidget(splitter, 1)
        self.setWidget(body)
        self.set_headers()

    def _filter_row(self, body: QWidget) -> QHBoxLayout:
        """Kind, issuer and date: they narrow the reports listed and the search."""
        row = QHBoxLayout()
        self.kind_filter = QComboBox(body)
        self.kind_filter.setObjectName("library_kind_filter")
        self.kind_filter.addItem(self.tr("All kinds"), "")
        for kind in KINDS:
            self.kind_filter.addItem(self.kind_name(kind), kind)
        self.kind_filter.currentIndexChanged.connect(self.filters_changed)
        self.issuer_filter = QLineEdit(body)
        self.issuer_filter.setObjectName("library_issuer_filter")
        self.issuer_filter.setPlaceholderText(self.tr("Issuer"))
        self.issuer_filter.setClearButtonEnabled(True)
        self.date_filter = QLineEdit(body)
        self.date_filter.setObjectName("library_date_filter")
        self.date_filter.setPlaceholderText(self.tr("Date: 2021, 2019–2021"))
        self.date_filter.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.filters_changed)
        for edit in (self.issuer_filter, self.date_filter):
            edit.textChanged.connect(self._filter_timer.start)
        self.group_by = QComboBox(body)
        self.group_by.setObjectName("library_group_by")
        for grouping in GROUPINGS:
            self.group_by.addItem("", grouping)
        self.set_group_names()
        self.group_by.currentIndexChanged.connect(
            lambda: self._set_grouping(self.group_by.currentData())
        )
        row.addWidget(self.kind_filter)
        row.addWidget(self.issuer_filter, 1)
        row.addWidget(self.date_filter, 1)
        row.addWidget(self.group_by)
        return row

    def set_group_names(self) -> None:
        """The grouping choices' names (again after a language switch)."""
        names = {
            "": self.tr("No groups"),
            "issuer": self.tr("By issuer"),
            "year": self.tr("By year"),
            "kind": self.tr("By kind"),
        }
        for i in range(self.group_by.count()):
            self.group_by.setItemText(i, names[self.group_by.itemData(i)])
        self.group_by.setToolTip(self.tr("Group the reports"))
        self.reports.no_value = self.tr("(none)")
        self.reports.names = {kind: self.kind_name(kind) for kind in KINDS} | {
            "pending": self.tr("pending"),
            "ok": self.tr("ok"),
            "missing": self.tr("missing"),
            "unreadable": self.tr("unreadable"),
        }

    def _set_grouping(self, grouping: str) -> None:
        self.reports.set_grouping(grouping)
        self.table.setRootIsDecorated(bool(grouping))

    def kind_name(self, kind: str | None) -> str:
        """A report's kind as the list shows it."""
        names = {
            "official": self.tr("Official document"),
            "regulation": self.tr("Regulation"),
            "work-report": self.tr("Work report"),
            "news": self.tr("News"),
            "report": self.tr("Report"),
        }
        return names.get(kind or "", kind or "")

    def set_headers(self) -> None:
        """The view's column titles (again after a language switch)."""
        self.reports.set_headers(
            [
                self.tr("Title"),
                self.tr("Issuer"),
                self.tr("Date"),
                self.tr("State"),
                self.tr("Kind"),
                self.tr("Notes"),
                self.tr("Last opened"),
                self.tr("Doc. number"),
                self.tr("Script"),
                self.tr("Size"),
            ]
        )
        self.set_group_names()
        self.reports.script_labels = {v: SCRIPT_LABELS[s] for v, s in _VARIANT_SCRIPT.items()}
        self.reports.script_names = {v: script_name(s) for v, s in _VARIANT_SCRIPT.items()}

    # -- columns ---------------------------------------------------------------------------

    def hidden_columns(self) -> set[str]:
        """The columns the user hid, by name (:data:`COLUMN_KEYS`)."""
        header = self.table.header()
        return {key for n, key in enumerate(COLUMN_KEYS) if header.isSectionHidden(n)}

    def set_hidden_columns(self, keys: set[str] | frozenset[str]) -> None:
        """Hide the columns named, show the others (the title is always shown)."""
        header = self.table.header()
        for n, key in enumerate(COLUMN_KEYS):
            header.setSectionHidden(n, key in keys and n != TITLE)

    def column_menu(self) -> QMenu:
        """The header's context menu: one checkable entry per column (calibre's and Zotero's
        way to choose columns); the title cannot be hidden."""
        menu = QMenu(self.table)
        header = self.table.header()
        for visual in range(header.count()):
            n = header.logicalIndex(visual)
            action = menu.addAction(str(self.reports.headerData(n, Qt.Orientation.Horizontal)))
            action.setObjectName(f"library_column_{COLUMN_KEYS[n]}")
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(n))
            action.setEnabled(n != TITLE)
            action.toggled.connect(lambda on, n=n: self._show_column(n, on))
        return menu

    def _show_column(self, column: int, on: bool) -> None:
        header = self.table.header()
        header.setSectionHidden(column, not on)
        if on and header.sectionSize(column) == 0:
            header.resizeSection(column, header.defaultSectionSize())
        self.columns_changed.emit()

    def _column_menu(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.exec(self.table.header().mapToGlobal(pos))
        menu.deleteLater()

    def set_reports(self, rows: list[tuple], counts: dict[str, int]) -> None:
        """The reports as :func:`gui.core.library.view_rows` gives them, with the notes
        counts by fingerprint (grouped and sorted as the view is)."""
        self.reports.set_rows(rows, counts)

    def report_menu(self, index: QModelIndex) -> QMenu:
        """The reports view's context menu (on a report: open it, link it to an earlier
        version; anywhere: rebuild the index)."""
        menu = QMenu(self.table)
        report = self.reports.report_at(index)
        if report is not None:
            path = report.path
            open_action = menu.addAction(self.tr("&Open"))
            open_action.setObjectName("library_open")
            open_action.triggered.connect(lambda: self.open_requested.emit(path))
            link = menu.addAction(self.tr("&Link to Earlier Version…"))
            link.setObjectName("library_link_version")
            link.setToolTip(self.tr("This report revises another: offer that report's notes"))
            link.triggered.connect(lambda: self.link_requested.emit(path))
            menu.addSeparator()
        rebuild = menu.addAction(self.tr("&Rebuild the Index…"))
        rebuild.setObjectName("library_rebuild")
        rebuild.setToolTip(self.tr("Read every report again (notes are kept)"))
        rebuild.triggered.connect(self.rebuild_requested)
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        menu = self.report_menu(self.table.indexAt(pos))
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def show_progress(self, done_total: tuple[int, int] | None, text: str = "") -> None:
        """Show ``done / total`` with Cancel, or hide the progress row (``None``)."""
        busy = done_total is not None
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.progress_label.setVisible(bool(text))
        self.progress_label.setText(text)
        if done_total is not None:
            self.progress.setRange(0, max(done_total[1], 1))
            self.progress.setValue(done_total[0])

    def _report_activated(self, index: QModelIndex) -> None:
        path = index.data(PATH_ROLE)
        if path:
            self.open_requested.emit(path)

    def _hit_activated(self, index: QModelIndex) -> None:
        path, hit = index.data(PATH_ROLE), index.data(HIT_ROLE)
        if path and hit is not None:
            self.hit_activated.emit(path, *hit)
        elif path and not self.results_view.model().hasChildren(index):
            self.open_requested.emit(path)

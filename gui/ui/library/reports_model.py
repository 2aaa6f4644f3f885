"""The library view's reports: a flat list, or grouped by 发文机关, year or kind.

A model of its own rather than a QStandardItemModel: it holds the rows exactly as the
library's one query returns them (:func:`gui.core.library.view_rows`, plain tuples), and
the view asks only for the cells it shows, so the texts shown (the file name for a report
without a title, the translated state and kind, the notes count from one ``GROUP BY``
query, the size in KB/MB) are made for the visible rows only. Sorting is one ``list.sort`` per
group. The notes count and the size sort as numbers (the size by its bytes, not its text) and
"last opened" as its ISO time stamp (never opened first in ascending order)."""

from __future__ import annotations

import os
from typing import NamedTuple

from PySide6.QtCore import QAbstractItemModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

#: A row's report path (reports view and search results).
PATH_ROLE = Qt.ItemDataRole.UserRole + 10  # beside Find All's HIT_ROLE and CONTEXT_ROLE
#: Column numbers (state stays fourth: older tests and habits read it; 文号, script and size
#: came later and are placed among the others by the view's header, not by their number).
TITLE, ISSUER, DATE, STATE, KIND, NOTES, OPENED, NUMBER, SCRIPT, SIZE = range(10)
COLUMN_COUNT = 10
#: The columns' names in settings (hidden columns are remembered by name, not number).
COLUMN_KEYS = (
    "title",
    "issuer",
    "date",
    "state",
    "kind",
    "notes",
    "opened",
    "number",
    "script",
    "size",
)
#: What the reports can be grouped by ("" = not grouped).
GROUPINGS = ("", "issuer", "year", "kind")

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index, shared as a default argument


#: A stored row's fields (``view_rows``): the fingerprint where the view shows the count;
#: 文号, script and size after the path.
_FINGERPRINT = NOTES
_PATH = 7
_STORED = {NUMBER: 8, SCRIPT: 9, SIZE: 10}
#: Columns that sort as numbers and are aligned right.
_NUMERIC = (NOTES, SIZE)


class ReportRow(NamedTuple):
    """One report as the view shows it (texts translated, the count looked up)."""

    title: str
    issuer: str
    date: str
    state: str
    kind: str
    notes: int
    last_opened: str  # ISO time stamp, "" if never
    number: str  # 文号
    script: str  # as the view names it (简, 繁, 臺, 港)
    size: int  # bytes of the file; -1 if not known yet
    path: str


def _opened_text(stamp: str) -> str:
    """``2026-12-03T19:10:11.123Z`` → ``2026-12-03 19:10`` (UTC, as stored)."""
    return stamp[:16].replace("T", " ")


def size_text(size: int) -> str:
    """Bytes as people read them (``12.3 kB``, ``1.5 MB``: Qt's traditional format, 1 kB =
    1,024 bytes as file managers on Windows count them); ``""`` when not known."""
    if size < 0:
        return ""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class ReportsModel(QAbstractItemModel):
    """Reports, flat or in groups. ``set_rows`` fills it; ``set_grouping`` regroups; the
    group rows' label says how many reports they hold. ``no_value`` names the group of the
    reports without an issuer, date or kind; ``names`` translates states and kinds."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple] = []
        self._counts: dict[str, int] = {}
        self.names: dict[str, str] = {}
        #: A report's script (``Variant`` value) as the view shows it, and its full name.
        self.script_labels: dict[str, str] = {}
        self.script_names: dict[str, str] = {}
        self._grouping = ""
        # (label, row numbers) per group; one unlabelled group when not grouped.
        self._groups: list[tuple[str, list[int]]] = [("", [])]
        self._headers = [""] * COLUMN_COUNT
        self._sort = (TITLE, Qt.SortOrder.AscendingOrder)
        self.no_value = "—"

    # -- filling ---------------------------------------------------------------------------

    def set_headers(self, headers: list[str]) -> None:
        self._headers = list(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)

    def set_rows(self, rows: list[tuple], counts: dict[str, int]) -> None:
        """Show ``rows`` (as :func:`~gui.core.library.view_rows` gives them) with the notes
        counts by fingerprint, grouped and sorted as before."""
        self.beginResetModel()
        self._rows = rows
        self._counts = counts
        self._regroup()
        self.endResetModel()

    def _shown(self, row: tuple, column: int):
        """A cell's value as shown (the count as a number)."""
        if column == TITLE:
            return row[TITLE] or os.path.basename(row[_PATH])
        if column in (STATE, KIND):
            return self.names.get(row[column], row[column])
        if column == NOTES:
            return self._counts.get(row[_FINGERPRINT], 0) if row[_FINGERPRINT] else 0
        if column == SCRIPT:
            return self.script_labels.get(row[_STORED[SCRIPT]], row[_STORED[SCRIPT]])
        if column in _STORED:
            return row[_STORED[column]]
        return row[column]

    def _sort_key(self, row: tuple, column: int):
        if column in _NUMERIC:
            return self._shown(row, column)
        return self._shown(row, column).casefold()

    def set_grouping(self, grouping: str) -> None:
        """Group by ``"issuer"``, ``"year"``, ``"kind"``, or not (``""``)."""
        if grouping == self._grouping:
            return
        self.beginResetModel()
        self._grouping = grouping
        self._regroup()
        self.endResetModel()

    def grouping(self) -> str:
        return self._grouping

    def _group_label(self, row: tuple) -> str:
        if self._grouping == "issuer":
            value = row[ISSUER]
        elif self._grouping == "kind":
            value = self._shown(row, KIND)
        else:
            year = row[DATE][:4]
            value = year if year.isdigit() else ""
        return value or self.no_value

    def _regroup(self) -> None:
        if not self._grouping:
            self._groups = [("", list(range(len(self._rows))))]
        else:
            groups: dict[str, list[int]] = {}
            for number, row in enumerate(self._rows):
                groups.setdefault(self._group_label(row), []).append(number)
            self._groups = list(groups.items())
        self._sort_groups()

    def _sort_groups(self) -> None:
        column, order = self._sort
        reverse = order == Qt.SortOrder.DescendingOrder
        rows, key = self._rows, self._sort_key
        for _label, members in self._groups:
            members.sort(key=lambda n: key(rows[n], column), reverse=reverse)
        # Groups by name; years newest first; the group without a value last.
        newest_first = self._grouping == "year"
        self._groups.sort(key=lambda g: g[0].casefold(), reverse=newest_first)
        self._groups.sort(key=lambda g: g[0] == self.no_value)

    # -- reading ---------------------------------------------------------------------------

    def report_rows(self) -> list[ReportRow]:
        """Every report shown, in the view's order (groups one after another)."""
        return [
            self._report_row(self._rows[n]) for _label, members in self._groups for n in members
        ]

    def _report_row(self, row: tuple) -> ReportRow:
        shown = [self._shown(row, c) for c in range(OPENED)]
        more = [self._shown(row, c) for c in (NUMBER, SCRIPT, SIZE)]
        return ReportRow(*shown, row[OPENED], *more, row[_PATH])

    def group_labels(self) -> list[str]:
        """The groups' labels in the view's order (empty when not grouped)."""
        return [label for label, _members in self._groups] if self._grouping else []

    def report_at(self, index: _Index) -> ReportRow | None:
        """The report of a row (None on a group row)."""
        row = self._row_at(index)
        return None if row is None else self._report_row(row)

    def _row_at(self, index: _Index) -> tuple | None:
        if not index.isValid():
            return None
        group = index.internalId() - 1 if self._grouping else 0
        if self._grouping and group < 0:
            return None
        return self._rows[self._groups[group][1][index.row()]]

    # -- QAbstractItemModel ----------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = _ROOT) -> QModelIndex:
        # Bounds checked here, not with hasIndex(): the tree view asks for every row when it
        # lays the rows out, and hasIndex's round trip through Qt cost ~30 µs a row.
        if not 0 <= column < COLUMN_COUNT or row < 0:
            return QModelIndex()
        if not self._grouping:
            if parent.isValid() or row >= len(self._groups[0][1]):
                return QModelIndex()
            return self.createIndex(row, column, 0)
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != 0 or row >= len(self._groups[parent.row()][1]):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: _Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not self._grouping or not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        if not parent.isValid():
            return len(self._groups) if self._grouping else len(self._groups[0][1])
        if self._grouping and parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return COLUMN_COUNT

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._row_at(index)
        if row is None:  # a group row
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                label, members = self._groups[index.row()]
                return f"{label} ({len(members)})"
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == OPENED:
                return _opened_text(row[OPENED])
            if column == SIZE:
                return size_text(row[_STORED[SIZE]])
            return self._shown(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == SCRIPT:
            return self.script_names.get(row[_STORED[SCRIPT]]) or row[_PATH]
        if role in (PATH_ROLE, Qt.ItemDataRole.ToolTipRole):
            return row[_PATH]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _persistent_key(self, index: _Index) -> tuple[str, str]:
        row = self._row_at(index)
        if row is None:
            return ("group", self._groups[index.row()][0])
        return ("report", row[_PATH])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        keys = [self._persistent_key(i) for i in before]
        self._sort = (column, order)
        self._sort_groups()
        # Keep selections and the current row on the same reports (a group on its group).
        where: dict[tuple[str, str], tuple[int, int]] = {}
        for g, (label, members) in enumerate(self._groups):
            where[("group", label)] = (g, -1)
            for position, n in enumerate(members):
                where[("report", self._rows[n][_PATH])] = (g, position)
        after = []
        for old, key in zip(before, keys, strict=True):
            g, position = where[key]
            if position < 0:
                after.append(self.createIndex(g, old.column(), 0))
            else:
                after.append(
                    self.createIndex(position, old.column(), g + 1 if self._grouping else 0)
                )
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

"""The notebook window (View → Notebook…, or the Library dock's Notebook… button): every note
and bookmark of every report, filtered by tag, colour, report, date and text, grouped by
report (bookmarks after the notes; a tag or colour filter leaves bookmarks out: they have
neither); a double-click opens the report at the note or bookmark; Export… writes what is
shown as Markdown, HTML, CSV or JSON-LD, grouped by report and section
(:func:`gui.core.library.export_notebook`).

Listing reads the notes store on the UI thread (one query; a notebook of thousands of notes
lists in milliseconds); export reads report files and anchors notes again, so it runs on a
pool thread with connections of its own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from gui.core.files import describe_os_error, write_atomically
from gui.core.library import Library, NoteFilter, export_notebook, notebook, tags_in_use
from gui.core.library.notebook import notebook_bookmarks
from gui.core.notes.bookmarks import Bookmark
from gui.core.notes.export import EXPORT_FORMATS
from gui.core.notes.model import COLOURS, Note
from gui.core.notes.store import NoteStore, NoteStoreError, default_store_path
from gui.ui.background import BackgroundJobs
from gui.ui.library.dock import PATH_ROLE
from gui.ui.library.searching import date_bounds
from gui.ui.notes.editor import colour_names
from gui.ui.notes.transfer import export_filters

# The note of a row (a report row has none).
NOTE_ROLE = Qt.ItemDataRole.UserRole + 11
# The bookmark of a row.
BOOKMARK_ROLE = Qt.ItemDataRole.UserRole + 12
# Characters of a note's quote in its row.
QUOTE_CHARS = 40


class NotebookWindow(QDialog):
    """Signals:
    note_activated(str, int, int): open the report at ``path`` on ``[start, end)``.
    exported(str): the export was written to this path.
    """

    note_activated = Signal(str, int, int)
    exported = Signal(str)

    def __init__(self, library_path: Path, script: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notebook")
        self.setWindowTitle(self.tr("Notebook"))
        self.library_path = Path(library_path)
        self.script = script
        self.shown_notes: dict[str, list[Note]] = {}
        self.shown_bookmarks: dict[str, list[Bookmark]] = {}
        self.exporting = False
        self._jobs = BackgroundJobs(self, max_threads=1)
        self._jobs.done.connect(self._exported)
        self._jobs.failed.connect(self._export_failed)
        layout = QVBoxLayout(self)

        row = QHBoxLayout()
        self.tag_filter = QComboBox(self)
        self.tag_filter.setObjectName("notebook_tag")
        self.colour_filter = QComboBox(self)
        self.colour_filter.setObjectName("notebook_colour")
        self.colour_filter.addItem(self.tr("All colours"), "")
        names = colour_names()
        for colour in COLOURS:
            self.colour_filter.addItem(names.get(colour, colour), colour)
        self.report_filter = QComboBox(self)
        self.report_filter.setObjectName("notebook_report")
        self.date_filter = QLineEdit(self)
        self.date_filter.setObjectName("notebook_date")
        self.date_filter.setPlaceholderText(self.tr("Changed: 2026, 2026-11"))
        self.text_filter = QLineEdit(self)
        self.text_filter.setObjectName("notebook_text")
        self.text_filter.setPlaceholderText(self.tr("Text in the note or its quote"))
        self.text_filter.setClearButtonEnabled(True)
        for box in (self.tag_filter, self.colour_filter, self.report_filter):
            row.addWidget(box)
            box.currentIndexChanged.connect(self.refresh)
        for edit in (self.date_filter, self.text_filter):
            row.addWidget(edit, 1)
            edit.textChanged.connect(self.refresh)
        layout.addLayout(row)

        self.model = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("notebook_notes")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.doubleClicked.connect(self._activated)
        self.tree.activated.connect(self._activated)
        layout.addWidget(self.tree, 1)

        bottom = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setObjectName("notebook_status")
        self.status.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("notebook_export")
        self.export_button.clicked.connect(self.choose_export)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.export_button)
        layout.addLayout(bottom)
        self.resize(720, 520)
        self._names: dict[str, tuple[str, str]] = {}
        self.load_choices()

    # -- what is listed --------------------------------------------------------------------

    def load_choices(self) -> None:
        """Fill the tag and report filters from the store (most used tags first)."""
        try:
            with NoteStore(default_store_path()) as store:
                tags = tags_in_use(store)
                fingerprints = dict.fromkeys([*notebook(store), *notebook_bookmarks(store)])
                self._names = {f: self._report_name(store, f) for f in fingerprints}
        except NoteStoreError as err:
            self.status.setText(str(err))
            return
        for box in (self.tag_filter, self.report_filter):
            box.blockSignals(True)
            box.clear()
        self.tag_filter.addItem(self.tr("All tags"), "")
        for tag, count in tags:
            self.tag_filter.addItem(f"{tag} ({count})", tag)
        self.report_filter.addItem(self.tr("All reports"), "")
        for fingerprint, (name, _path) in sorted(self._names.items(), key=lambda kv: kv[1]):
            self.report_filter.addItem(name, fingerprint)
        for box in (self.tag_filter, self.report_filter):
            box.blockSignals(False)
        self.refresh()

    def _report_name(self, store: NoteStore, fingerprint: str) -> tuple[str, str]:
        """``(title or file name, path)`` of a report: the library's, else the store's."""
        if self.library_path.exists():
            with Library(self.library_path) as library:
                rows = library.query(
                    "SELECT title, path FROM reports WHERE fingerprint = ?", (fingerprint,)
                )
            if rows:
                title, path = rows[0]
                return title or Path(path).name, path
        record = store.document(fingerprint)
        path = record.path if record is not None and record.path else ""
        return (Path(path).name if path else fingerprint[:12]), path

    def note_filter(self) -> NoteFilter | None:
        """The filters as a :class:`NoteFilter`; None when the date cannot be read."""
        bounds = date_bounds(self.date_filter.text())
        if bounds is None:
            return None
        tag, colour = self.tag_filter.currentData(), self.colour_filter.currentData()
        report = self.report_filter.currentData()
        return NoteFilter(
            tags=(tag,) if tag else (),
            colours=(colour,) if colour else (),
            reports=(report,) if report else (),
            since=bounds[0],
            until=bounds[1],
            text=self.text_filter.text().strip() or None,
        )

    def refresh(self) -> None:
        """List the notes passing the filters, by report."""
        self.model.clear()
        note_filter = self.note_filter()
        if note_filter is None:
            self.shown_notes = self.shown_bookmarks = {}
            self.status.setText(self.tr("Dates: 2026, 2026-11 or 2025–2026"))
            self.export_button.setEnabled(False)
            return
        try:
            with NoteStore(default_store_path()) as store:
                self.shown_notes = notebook(store, note_filter)
                self.shown_bookmarks = notebook_bookmarks(store, note_filter)
        except NoteStoreError as err:
            self.status.setText(str(err))
            return
        names = colour_names()
        reports = dict.fromkeys([*self.shown_notes, *self.shown_bookmarks])
        for fingerprint in sorted(reports, key=lambda f: self._names.get(f, ("", ""))):
            notes = self.shown_notes.get(fingerprint, [])
            marks = self.shown_bookmarks.get(fingerprint, [])
            name, path = self._names.get(fingerprint, (fingerprint[:12], ""))
            report = QStandardItem(f"{name} ({len(notes) + len(marks)})")
            report.setData(path, PATH_ROLE)
            report.setToolTip(path)
            for note in notes:
                quote = " ".join(note.anchor.exact.split())[:QUOTE_CHARS]
                parts = [f"“{quote}”", note.body.split("\n")[0]]
                parts += [", ".join(f"#{t}" for t in note.tags)] if note.tags else []
                item = QStandardItem(" — ".join(p for p in parts if p))
                item.setData(note, NOTE_ROLE)
                item.setData(path, PATH_ROLE)
                item.setToolTip(names.get(note.colour, note.colour))
                report.appendRow(item)
            for mark in marks:
                quote = " ".join(mark.anchor.exact.split())[:QUOTE_CHARS]
                # Named in words: the fonts the app ships carry no bookmark symbol.
                label = self.tr("Bookmark: %1").replace("%1", mark.name)
                item = QStandardItem(f"{label} — “{quote}”")
                item.setData(mark, BOOKMARK_ROLE)
                item.setData(path, PATH_ROLE)
                report.appendRow(item)
            self.model.appendRow(report)
        self.tree.expandAll()
        count = sum(len(n) for n in self.shown_notes.values())
        bookmarks = sum(len(m) for m in self.shown_bookmarks.values())
        parts = [self.tr("%n notes", "", count)]
        if bookmarks:
            parts.append(self.tr("%n bookmarks", "", bookmarks))
        parts.append(self.tr("%n reports", "", len(reports)))
        self.status.setText(" · ".join(parts))
        self.export_button.setEnabled(count + bookmarks > 0 and not self.exporting)

    def _activated(self, index: QModelIndex) -> None:
        note, path = index.data(NOTE_ROLE), index.data(PATH_ROLE)
        if note is not None and path:
            self.note_activated.emit(path, note.start, note.end)
        mark: Bookmark | None = index.data(BOOKMARK_ROLE)
        if mark is not None and path:
            self.note_activated.emit(path, mark.start, mark.anchor.end)

    # -- export ----------------------------------------------------------------------------

    def choose_export(self) -> None:
        """Ask where to write the notes shown, and in which format."""
        filters = {f: k for f, k in export_filters().items() if k in EXPORT_FORMATS}
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export Notebook"), str(Path.home() / "notebook.md"), ";;".join(filters)
        )
        if path:
            fmt = filters.get(chosen, "md")
            if not Path(path).suffix:
                path += EXPORT_FORMATS[fmt].extension
            self.export_to(path, fmt)

    def export_to(self, path: str, fmt: str) -> None:
        """Write the notes passing the filters to ``path`` in ``fmt``, in the background."""
        note_filter = self.note_filter()
        if note_filter is None:
            return
        library_path, script = self.library_path, self.script
        self.exporting = True
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))

        def work(cancelled) -> str:
            with NoteStore(default_store_path()) as store:
                library = Library(library_path) if library_path.exists() else None
                try:
                    data = export_notebook(store, fmt, note_filter, library, script)
                finally:
                    if library is not None:
                        library.close()
            try:
                write_atomically(path, data, encoding=EXPORT_FORMATS[fmt].encoding)
            except OSError as err:
                raise OSError(describe_os_error(err)) from None
            return path

        self._jobs.start(work, describe=str)

    def _exported(self, path: str) -> None:
        self.exporting = False
        self.refresh()
        self.status.setText(self.tr("Exported to %1").replace("%1", path))
        self.exported.emit(path)

    def _export_failed(self, message: str) -> None:
        self.exporting = False
        self.refresh()
        self.status.setText(self.tr("Cannot export the notebook: %1").replace("%1", message))

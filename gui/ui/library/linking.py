"""The user's own version link and Rebuild, from the reports view's context menu.

**Link to Earlier Version…** on a report: a dialog lists the library's other indexed reports
(filtered as you type); the one chosen becomes the earlier version
(:func:`~gui.core.library.link_versions`, ``how = 'user'``), and the report is opened (or
checked again if it is open) so that the earlier version's notes are offered and re-anchored
exactly as for the links the library makes itself (:mod:`.versions`).

**Rebuild the Index…**: after a question, the CLI's ``library rebuild`` in a process of its own,
with the progress bar and Cancel of any indexing; notes are in the notes store and are not
touched; a cancelled rebuild leaves the rest ``pending`` for the next Add.

A mix-in of :class:`~gui.ui.library.feature.LibraryFeature` (it uses ``window``, ``dock``,
``library()``, ``indexing``, ``open_report``, ``check_versions`` and ``_start_indexing``).
The mix-in's strings are translated in the feature's context."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.core.library import LibraryError, link_versions
from gui.ui.library.reports_model import PATH_ROLE


def _choice_text(report) -> str:
    """``title · date · file`` (the file alone for a report without a title)."""
    name = Path(report.path).name
    parts = [report.title, report.date, name] if report.title else [name, report.date]
    return " · ".join(p for p in parts if p)


class EarlierVersionDialog(QDialog):
    """Choose the report that ``path`` revises: the library's other indexed reports, by
    title, with a filter field. ``chosen()`` is the path picked (after ``accepted``)."""

    def __init__(self, name: str, reports: list[tuple[str, str]], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("library_link_dialog")
        self.setWindowTitle(self.tr("Link to Earlier Version"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Which report does %1 revise?").replace("%1", name), self)
        label.setWordWrap(True)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("library_link_filter")
        self.filter.setPlaceholderText(self.tr("Filter"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setObjectName("library_link_list")
        for text, path in reports:
            item = QListWidgetItem(text, self.list)
            item.setData(PATH_ROLE, path)
            item.setToolTip(path)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.filter.textChanged.connect(self._filter)
        self.list.currentRowChanged.connect(self._enable)
        self.list.itemDoubleClicked.connect(self.accept)
        for widget in (label, self.filter, self.list, self.buttons):
            layout.addWidget(widget)
        self._enable()
        self.resize(480, 360)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())
        self._enable()

    def _enable(self) -> None:
        item = self.list.currentItem()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(item is not None and not item.isHidden())

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None or item.isHidden() else item.data(PATH_ROLE)


class LibraryLinking:
    """The user's version link and Rebuild (see the module docstring)."""

    # The open link dialog (None when none is open; tests drive it).
    link_dialog: EarlierVersionDialog | None = None

    def ask_for_earlier_version(self, path: str) -> None:
        """Let the user pick the report that ``path`` revises."""
        library = self.library()
        if library is None:
            return
        this = library.report(path)
        if this is None or this.fingerprint is None:
            self.dock.show_progress(
                None, QCoreApplication.translate("LibraryFeature", "Index this report first.")
            )
            return
        others = sorted(
            (_choice_text(r), r.path)
            for r in library.reports(state="ok")
            if r.fingerprint not in (None, this.fingerprint)
        )
        dialog = EarlierVersionDialog(this.title or Path(path).name, others, self.dock)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._link(path, dialog.chosen()))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.link_dialog = dialog
        dialog.open()

    def _dialog_closed(self, dialog: EarlierVersionDialog) -> None:
        if self.link_dialog is dialog:
            self.link_dialog = None
        dialog.deleteLater()

    def _link(self, newer: str, older: str | None) -> None:
        library = self.library()
        if older is None or library is None:
            return
        try:
            link_versions(library, newer, older)
        except LibraryError as err:
            self.dock.show_progress(None, str(err))
            return
        text = QCoreApplication.translate("LibraryFeature", "Linked: %1 revises %2")
        self.dock.show_progress(
            None, text.replace("%1", Path(newer).name).replace("%2", Path(older).name)
        )
        current = self.window.session.current
        if current is not None and current.document.path is not None:
            if Path(current.document.path).resolve() == Path(newer).resolve():
                self.check_versions(current.document)  # the offer, as for the library's links
                return
        self.open_report(newer)

    def ask_to_rebuild(self) -> None:
        """Rebuild the index from the files, after a question."""
        if self.indexing:
            return
        title = QCoreApplication.translate("LibraryFeature", "Rebuild the Index")
        question = QCoreApplication.translate(
            "LibraryFeature",
            "Read every report of the library again? Searches find only what is read "
            "again until it is done. Notes are not touched.",
        )
        if self.window.notifier.question(self.window, title, question):
            self.rebuild()

    def rebuild(self) -> None:
        """Drop the index and read every file again, in the background (progress, Cancel)."""
        self._start_indexing(None, rebuild=True)

"""File → Print… and File → Export as PDF…: the report as the reader shows it (script,
headings, reading font), with its highlights and notes (:mod:`gui.core.annotated_report`),
laid out on A4 (or the printer's paper) by Qt's rich-text engine.

QtPrintSupport is imported when the user prints, not at start-up. The PDF is drawn into
memory and written with :func:`gui.core.files.write_atomically`, so a failed export never
leaves half a file or replaces a good one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QObject
from PySide6.QtGui import (
    QAction,
    QKeySequence,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QFileDialog

from gui.core.annotated_report import PrintLabels, annotated_html
from gui.core.decoding import readable_name
from gui.core.files import describe_os_error, write_atomically
from gui.core.notes import Note
from gui.ui.feature_host import FeatureHost
from gui.ui.notes.painting import TINTS
from gui.ui.notes.transfer import export_folder
from gui.ui.script_toggle import script_name
from gui.ui.typography import reading_font

#: Body text on paper: smaller than on screen, where the reader sits farther away.
PRINT_POINT_SIZE = 11
#: Page margins in millimetres.
PAGE_MARGIN_MM = 18


class ReportPrinting(QObject):
    """``print_action`` (Ctrl+P) and ``pdf_action`` in the File menu, above Quit.

    ``notes()`` gives the open document's notes (the window passes the notes feature's)."""

    def __init__(self, window: FeatureHost, notes: Callable[[], list[Note]]) -> None:
        super().__init__(window)
        self.window = window
        self.notes = notes
        self.print_action = QAction(self.tr("&Print…"), self)
        self.print_action.setObjectName("print")
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.triggered.connect(self.choose_printer)
        self.pdf_action = QAction(self.tr("Export as P&DF…"), self)
        self.pdf_action.setObjectName("export_pdf")
        self.pdf_action.triggered.connect(self.choose_pdf)
        file_menu = window.menus["file"]
        file_menu.insertActions(window.quit_action, [self.print_action, self.pdf_action])
        file_menu.insertSeparator(self.print_action)  # a group of its own, above Quit
        file_menu.insertSeparator(window.quit_action)
        for action in (self.print_action, self.pdf_action):
            window.addAction(action)  # the shortcut works with the menu bar hidden
            action.setEnabled(False)
        window.signals.document_opened.connect(lambda _opened: self._enable())

    def _enable(self) -> None:
        for action in (self.print_action, self.pdf_action):
            action.setEnabled(True)

    # -- the page -------------------------------------------------------------------------

    def html(self) -> str:
        """The open report, in the reader's script, with its notes, as HTML."""
        reader = self.window.reader
        doc, views = reader.document_model, reader.views
        if doc is None or views is None:
            return ""
        name = readable_name(doc.path) if doc.path else ""
        subtitle = " · ".join(p for p in (name, script_name(reader.script)) if p)
        labels = PrintLabels(
            subtitle=subtitle,
            orphans=self.tr("Notes whose passage was not found in this version"),
            tags=self.tr("Tags: %1"),
        )
        return annotated_html(doc, views, reader.script, self.notes(), labels, TINTS["light"])

    def text_document(self) -> QTextDocument:
        """The page as a ``QTextDocument`` in the reading font (paper size set by printing)."""
        page = QTextDocument(self)
        # The reader's family (then the CJK fallbacks), at a size for paper.
        page.setDefaultFont(reading_font(self.window.settings.font_family(), PRINT_POINT_SIZE))
        page.setHtml(self.html())
        page.setMetaInformation(
            QTextDocument.MetaInformation.DocumentTitle, self.text_document_title()
        )
        return page

    def render(self, device: QPagedPaintDevice) -> None:
        """Lay the report out on ``device``'s pages (a printer or a PDF writer) and draw it."""
        page = self.text_document()
        try:
            page.print_(device)
        finally:
            page.deleteLater()

    # -- PDF ------------------------------------------------------------------------------

    def pdf_bytes(self) -> bytes:
        """The report as a PDF on A4, in memory."""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(300)
        writer.setTitle(self.text_document_title())
        writer.setCreator("Report Reader")
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM),
                QPageLayout.Unit.Millimeter,
            )
        )
        self.render(writer)
        del writer  # finishes the file
        buffer.close()
        return bytes(data.data())

    def text_document_title(self) -> str:
        doc = self.window.reader.document_model
        if doc is None:
            return ""
        return doc.title or (readable_name(doc.path) if doc.path else "")

    def export_pdf(self, path: str | Path) -> bool:
        """Write the PDF to ``path``; a problem goes to the notifier (nothing is written)."""
        try:
            write_atomically(path, self.pdf_bytes())
        except OSError as err:
            self.window.notifier.warning(
                self.window,  # type: ignore[arg-type]
                self.tr("Cannot export the PDF"),
                f"{path}: {describe_os_error(err)}",
            )
            return False
        self.window.statusBar().showMessage(
            self.tr("Exported to %1").replace("%1", str(path)), 5000
        )
        return True

    def choose_pdf(self) -> None:
        """Ask where to save the PDF (the last export folder, else Documents) and write it."""
        doc = self.window.reader.document_model
        if doc is None:
            return
        settings = self.window.settings
        stem = doc.path.stem if doc.path else "report"
        start = export_folder(settings.export_folder()) / f"{stem}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self.window,  # type: ignore[arg-type]
            self.tr("Export as PDF"),
            str(start),
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return
        if not Path(path).suffix:
            path += ".pdf"
        if self.export_pdf(path):
            settings.set_export_folder(str(Path(path).parent))

    # -- printing -------------------------------------------------------------------------

    def choose_printer(self) -> None:
        """The print dialog, then the report on the chosen printer."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.text_document_title())
        printer.setPageMargins(
            QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
        dialog = QPrintDialog(printer, self.window)  # type: ignore[arg-type]
        dialog.setWindowTitle(self.tr("Print Report"))
        try:
            if dialog.exec() == QPrintDialog.DialogCode.Accepted:
                self.render(printer)
        finally:
            dialog.deleteLater()


def install_printing(window: FeatureHost, notes: Callable[[], list[Note]]) -> ReportPrinting:
    """Add File → Print… and File → Export as PDF…."""
    return ReportPrinting(window, notes)

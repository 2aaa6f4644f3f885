"""File → Export Notes… and File → Import Notes…: thin dialogs over slots that take a path,
so the work itself runs without a dialog. Writes are atomic
(:func:`gui.core.files.write_atomically`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from gui.core.document import Document
from gui.core.files import describe_os_error, write_atomically
from gui.core.notes import (
    EXPORT_FORMATS,
    ImportResult,
    Note,
    NoteImportError,
    NoteStoreError,
    export_bytes,
    import_file,
)
from gui.core.notes.bookmarks import stored_bookmarks
from gui.core.notes.reader_export import READER_FORMATS, ReaderExport, export_for_readers


def reader_labels() -> dict[str, str]:
    """The reader export's labels in the UI language (keys of ``reader_export.LABELS``)."""
    # Literal calls: lupdate only extracts QCoreApplication.translate("ctx", "…").
    return {
        "summary": QCoreApplication.translate("ReaderExport", "%1 notes · %2 bookmarks"),
        "whole_section": QCoreApplication.translate("ReaderExport", "On the whole section"),
        "untitled": QCoreApplication.translate("ReaderExport", "Opening"),
        "outside": QCoreApplication.translate("ReaderExport", "Outside the sections"),
        "orphans": QCoreApplication.translate(
            "ReaderExport", "Notes whose passage is no longer in the report"
        ),
        "tags": QCoreApplication.translate("ReaderExport", "Tags: %1"),
        "bookmarks": QCoreApplication.translate("ReaderExport", "Bookmarks"),
        "technical": QCoreApplication.translate("ReaderExport", "Technical details"),
        "document": QCoreApplication.translate("ReaderExport", "File: %1"),
        "fingerprint": QCoreApplication.translate("ReaderExport", "Fingerprint: %1"),
        "script": QCoreApplication.translate("ReaderExport", "Script: %1"),
        "reference": QCoreApplication.translate(
            "ReaderExport", "paragraph %1 · characters %2–%3 · note %4"
        ),
    }


def export_filters() -> dict[str, str]:
    """``{file dialog filter: format}`` in the order offered: for reading first, then the
    machine formats."""
    readers = {
        "reader-md": QCoreApplication.translate("NotesTransfer", "Notes for reading — Markdown"),
        "reader-html": QCoreApplication.translate("NotesTransfer", "Notes for reading — web page"),
    }
    names = {
        "md": QCoreApplication.translate("NotesTransfer", "Markdown"),
        "html": QCoreApplication.translate("NotesTransfer", "HTML page"),
        "csv": QCoreApplication.translate("NotesTransfer", "CSV spreadsheet (UTF-8)"),
        "json": QCoreApplication.translate("NotesTransfer", "Web Annotation JSON-LD"),
    }
    filters = {f"{readers[k]} (*{ext})": k for k, (ext, _writer) in READER_FORMATS.items()}
    filters.update({f"{names[k]} (*{fmt.extension})": k for k, fmt in EXPORT_FORMATS.items()})
    return filters


def extension(fmt: str) -> str:
    """The file extension of an export format (machine or for reading)."""
    return READER_FORMATS[fmt][0] if fmt in READER_FORMATS else EXPORT_FORMATS[fmt].extension


def write_export(
    path: str | Path,
    document: Document,
    notes: list[Note],
    fmt: str,
    script: str,
    options: ReaderExport | None = None,
) -> None:
    """Write the export atomically; raises ``OSError`` with a one-line message. ``options``
    (labels, technical details, bookmarks) go with the formats for reading; JSON-LD carries
    the bookmarks of ``options`` too."""
    if fmt in READER_FORMATS:
        data = export_for_readers(document, notes, fmt, script, options)
    else:
        marks = options.bookmarks if options is not None else ()
        data = export_bytes(document, notes, fmt, script, marks)
    try:
        write_atomically(path, data)
    except OSError as err:
        raise OSError(describe_os_error(err)) from None


def export_folder(remembered: str) -> Path:
    """Where the export dialog opens: the folder of the last export if it is still there,
    else the user's documents folder, else home. Never the document's own folder: the
    bundled report lives inside the application (``_internal/resources/`` when frozen),
    where Enter would save the user's notes into the program."""
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def ask_export_path(parent: QWidget, document: Document, folder: Path) -> tuple[str, str] | None:
    """The save dialog, opened in ``folder``: ``(path, format)`` or ``None``."""
    filters = export_filters()
    stem = document.path.stem if document.path else "notes"
    start = str(folder / f"{stem}-notes.md")
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("NotesTransfer", "Export Notes"),
        start,
        ";;".join(filters),
    )
    if not path:
        return None
    fmt = filters.get(chosen) or _format_for_suffix(path) or "md"
    if not Path(path).suffix:
        path += extension(fmt)
    return path, fmt


def ask_import_path(parent: QWidget) -> str | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("NotesTransfer", "Import Notes"),
        str(Path.home()),
        ";;".join(
            [
                QCoreApplication.translate(
                    "NotesTransfer", "Web Annotation JSON-LD (*.jsonld *.json)"
                ),
                QCoreApplication.translate("NotesTransfer", "All files (*)"),
            ]
        ),
    )
    return path or None


def _format_for_suffix(path: str) -> str | None:
    suffix = Path(path).suffix.lower()
    for key, fmt in EXPORT_FORMATS.items():
        if fmt.extension == suffix or (key == "json" and suffix == ".json"):
            return key
    return None


class NotesTransferActions:
    """File → Export Notes… / Import Notes… as slots of the notes feature: a mix-in of
    :class:`~gui.ui.notes.install.NotesFeature` that uses its ``window``, ``document``,
    ``controller``, ``_warn``, ``_inform`` and ``_status``. Strings are translated in the
    feature's context."""

    def export_to(self, path: str | Path, fmt: str, script: str | None = None) -> bool:
        """Export the open document's notes (orphans included) to ``path``; the script
        defaults to the one shown. Problems go to the notifier."""
        doc = self.document
        if doc is None:
            return False
        script = script or str(self.window.reader.script)
        try:
            technical = getattr(self, "technical_action", None)
            pinyin = getattr(self, "pinyin_action", None)
            options = ReaderExport(
                labels=reader_labels(),
                technical=bool(technical and technical.isChecked()),
                bookmarks=tuple(self._bookmarks(doc)),
                pinyin=bool(pinyin and pinyin.isChecked()),
            )
            write_export(path, doc, self.controller.notes(), fmt, script, options)
        except OSError as err:
            self._warn(
                QCoreApplication.translate("NotesFeature", "Cannot export notes"), f"{path}: {err}"
            )
            return False
        self._status(
            QCoreApplication.translate("NotesFeature", "Notes exported to %1").replace(
                "%1", str(path)
            )
        )
        return True

    def _bookmarks(self, doc: Document) -> list:
        """The document's bookmarks, from the notes database they are kept in."""
        try:
            return stored_bookmarks(self.controller.ensure_store(), doc.fingerprint)
        except NoteStoreError:
            return []  # the notes are still exported; the store's problem was reported

    def choose_export(self) -> None:
        if self.document is None:
            return
        settings = self.window.settings
        chosen = ask_export_path(
            self.window, self.document, export_folder(settings.export_folder())
        )
        if chosen and self.export_to(*chosen):
            settings.set_export_folder(str(Path(chosen[0]).parent))

    def import_from(self, path: str | Path) -> ImportResult | None:
        """Merge a JSON-LD file's notes into the open document (no duplicates, re-anchored)
        and say how many were added and orphaned."""
        doc = self.document
        if doc is None:
            return None
        store = self.controller.ensure_store()
        try:
            result = import_file(store, doc, path)
        except NoteImportError as err:
            self._warn(QCoreApplication.translate("NotesFeature", "Cannot import notes"), str(err))
            return None
        except NoteStoreError as err:
            if not err.kept_in_memory:
                self._warn(
                    QCoreApplication.translate("NotesFeature", "Cannot import notes"), str(err)
                )
                return None
            self.controller._warn_store()  # noqa: SLF001 - kept in memory: tell, carry on
            result = None
        self.controller.reload()
        if result is not None and result.bookmarks:
            self.window.signals.bookmarks_changed.emit()
        if result is not None:
            self._inform(
                QCoreApplication.translate("NotesFeature", "Notes imported"),
                QCoreApplication.translate(
                    "NotesFeature",
                    "%1 notes added, %2 of them orphaned (passage not found); %3 already here.",
                )
                .replace("%1", str(result.added))
                .replace("%2", str(result.orphaned))
                .replace("%3", str(result.duplicates)),
            )
        return result

    def choose_import(self) -> None:
        if self.document is None:
            return
        path = ask_import_path(self.window)
        if path:
            self.import_from(path)

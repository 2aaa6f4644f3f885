"""File → Export Notes… and File → Import Notes…: thin dialogs over slots that take a path,
so the work itself runs without a dialog. Writes are atomic (:func:`gui.core.files.write_atomically`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from gui.core.document import Document
from gui.core.files import describe_os_error, write_atomically
from gui.core.notes import EXPORT_FORMATS, Note, export_bytes


def export_filters() -> dict[str, str]:
    """``{file dialog filter: format}`` in the order offered."""
    names = {
        "md": QCoreApplication.translate("NotesTransfer", "Markdown"),
        "html": QCoreApplication.translate("NotesTransfer", "HTML page"),
        "csv": QCoreApplication.translate("NotesTransfer", "CSV spreadsheet (UTF-8)"),
        "json": QCoreApplication.translate("NotesTransfer", "Web Annotation JSON-LD"),
    }
    return {f"{names[k]} (*{fmt.extension})": k for k, fmt in EXPORT_FORMATS.items()}


def write_export(
    path: str | Path, document: Document, notes: list[Note], fmt: str, script: str
) -> None:
    """Write the export atomically; raises ``OSError`` with a one-line message."""
    data = export_bytes(document, notes, fmt, script)
    try:
        write_atomically(path, data)
    except OSError as err:
        raise OSError(describe_os_error(err)) from None


def ask_export_path(parent: QWidget, document: Document) -> tuple[str, str] | None:
    """The save dialog: ``(path, format)`` or ``None``."""
    filters = export_filters()
    stem = document.path.stem if document.path else "notes"
    start = str((document.path.parent if document.path else Path.home()) / f"{stem}-notes.md")
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
        path += EXPORT_FORMATS[fmt].extension
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

"""The small note editor: text, tags (comma-separated) and colour."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from gui.core.notes import COLOURS, DEFAULT_COLOUR
from gui.ui.notes.painting import swatch_icon


@dataclass(frozen=True)
class NoteFields:
    """What the editor returns."""

    body: str
    tags: tuple[str, ...]
    colour: str


def colour_names() -> dict[str, str]:
    """Translated colour names, in the core's order."""
    from PySide6.QtCore import QCoreApplication

    # Literal calls, one per colour: lupdate only extracts QCoreApplication.translate("ctx", "…").
    return {
        "yellow": QCoreApplication.translate("NoteEditor", "Yellow"),
        "green": QCoreApplication.translate("NoteEditor", "Green"),
        "blue": QCoreApplication.translate("NoteEditor", "Blue"),
        "pink": QCoreApplication.translate("NoteEditor", "Pink"),
        "purple": QCoreApplication.translate("NoteEditor", "Purple"),
        "orange": QCoreApplication.translate("NoteEditor", "Orange"),
    }


def split_tags(text: str) -> tuple[str, ...]:
    """Tags typed as ``a, b，c`` (ASCII or full-width commas); order kept, repeats dropped."""
    seen: dict[str, None] = {}
    for part in text.replace("，", ",").replace("、", ",").split(","):
        tag = part.strip().lstrip("#").strip()
        if tag:
            seen.setdefault(tag, None)
    return tuple(seen)


class NoteEditor(QDialog):
    """Edit a note's text, tags and colour. ``fields()`` reads the result after ``exec()``."""

    def __init__(
        self,
        parent: QWidget | None,
        quote: str,
        initial: NoteFields | None = None,
        title: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("note_editor")
        self.setWindowTitle(title or self.tr("Note"))
        initial = initial or NoteFields("", (), DEFAULT_COLOUR)
        layout = QFormLayout(self)
        shown = " ".join(quote.split())
        if len(shown) > 120:
            shown = shown[:119] + "…"
        self.quote_label = QLabel(f"「{shown}」", self)
        self.quote_label.setWordWrap(True)
        self.quote_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addRow(self.tr("Passage:"), self.quote_label)
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setObjectName("note_body")
        # The same editor serves section notes, where "a plain highlight" means nothing.
        self.body_edit.setPlaceholderText(self.tr("Your note (optional)"))
        self.body_edit.setTabChangesFocus(True)  # Tab goes on to Tags, as in a form
        self.body_edit.setPlainText(initial.body)
        self.body_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.body_edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addRow(self.tr("&Text:"), self.body_edit)
        self.tags_edit = QLineEdit(", ".join(initial.tags), self)
        self.tags_edit.setObjectName("note_tags")
        self.tags_edit.setPlaceholderText(self.tr("comma-separated, e.g. policy, 2021"))
        layout.addRow(self.tr("Ta&gs:"), self.tags_edit)
        colours = QHBoxLayout()
        self.colour_group = QButtonGroup(self)
        names = colour_names()
        for colour in COLOURS:
            button = QRadioButton(names.get(colour, colour), self)
            button.setObjectName(f"colour_{colour}")
            button.setIcon(swatch_icon(colour))
            button.setChecked(colour == initial.colour)
            button.setProperty("colour", colour)
            _outline_visibly(button)
            self.colour_group.addButton(button)
            colours.addWidget(button)
        colours.addStretch(1)
        layout.addRow(self.tr("Colour:"), colours)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        self.body_edit.setFocus()
        self.resize(560, 320)

    def fields(self) -> NoteFields:
        checked = self.colour_group.checkedButton()
        colour = str(checked.property("colour")) if checked else DEFAULT_COLOUR
        return NoteFields(
            self.body_edit.toPlainText().strip(), split_tags(self.tags_edit.text()), colour
        )


def _outline_visibly(button: QRadioButton) -> None:
    """Fusion draws a radio button's ring in the window colour darkened: on a dark window
    that is black on near-black. Give the ring a light window colour to darken instead (the
    button paints no background of its own, so nothing else changes)."""
    palette = button.palette()
    if palette.color(QPalette.ColorRole.Window).lightness() >= 128:
        return
    palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.PlaceholderText))
    button.setPalette(palette)


def ask_note_fields(
    parent: QWidget | None, quote: str, initial: NoteFields | None = None, title: str = ""
) -> NoteFields | None:
    """Run the editor; ``None`` when cancelled."""
    dialog = NoteEditor(parent, quote, initial, title)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.fields()
        return None
    finally:
        dialog.deleteLater()

"""The dictionary pop-up: a small frame showing one CC-CEDICT word — characters, pinyin, the
Traditional and Simplified forms and the English senses — with "Add to Word List".

Emits ``add_requested`` when the button is pressed. It is a tool-tip-like window: frameless,
never takes the keyboard focus from the reader, so the keys that step word by word keep
working while it shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from gui.core.reading_aids.dictionary import Match

#: Senses shown per entry and entries shown per word: a pop-up, not a dictionary page.
MAX_SENSES = 6
MAX_ENTRIES = 3


class WordPopup(QFrame):
    """The pop-up. :meth:`show_match` fills and places it; ``add_requested`` asks the feature
    to add the shown word to the word list."""

    add_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("wordPopup")
        self.setFrameShape(QFrame.Shape.Box)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAutoFillBackground(True)
        self.setMaximumWidth(420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        self.word_label = QLabel(self)
        self.word_label.setTextFormat(Qt.TextFormat.RichText)
        self.word_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The entity type when the word is (inside) a recognised entity, hidden otherwise.
        self.entity_label = QLabel(self)
        self.entity_label.setObjectName("wordPopupEntity")
        self.entity_label.setWordWrap(True)
        self.entity_label.setTextFormat(Qt.TextFormat.PlainText)  # the report's text, not HTML
        font = self.entity_label.font()
        font.setItalic(True)
        self.entity_label.setFont(font)
        self.senses_label = QLabel(self)
        self.senses_label.setWordWrap(True)
        self.senses_label.setTextFormat(Qt.TextFormat.RichText)
        self.senses_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_button = QPushButton(self.tr("Add to Word List"), self)
        self.add_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.add_button.clicked.connect(self.add_requested)
        layout.addWidget(self.word_label)
        layout.addWidget(self.entity_label)
        layout.addWidget(self.senses_label)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.match: Match | None = None

    def show_match(
        self,
        match: Match,
        at: QPoint,
        in_list: bool = False,
        entity: tuple[str, str] | None = None,
    ) -> None:
        """Show ``match`` with its top-left at global ``at`` (kept on the screen); ``entity``
        is ``(translated type, entity text)`` when the word is (inside) a recognised entity."""
        from html import escape

        self.match = match
        # A top-level window does not follow the window's theme by itself: take the reader's.
        self.setPalette(self.parentWidget().palette())
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setForegroundRole(QPalette.ColorRole.Text)
        main = match.reading_entry
        forms = main.simplified
        if main.traditional != main.simplified:
            forms = f"{main.simplified} · {main.traditional}"
        forms_label = self.tr("Simplified · Traditional")
        self.word_label.setText(
            f"<span style='font-size:x-large'>{escape(match.word)}</span>"
            f"&nbsp;&nbsp;<b>{escape(main.pinyin)}</b>"
            f"<br>{escape(forms_label)}: {escape(forms)}"
        )
        entries = [main] + [e for e in match.entries if e is not main][: MAX_ENTRIES - 1]
        parts = []
        for entry in entries:
            senses = "; ".join(escape(s) for s in entry.senses[:MAX_SENSES])
            parts.append(f"<b>{escape(entry.pinyin)}</b> {senses}" if len(entries) > 1 else senses)
        self.senses_label.setText("<br>".join(parts))
        self._show_entity(match.word, entity)
        self.set_in_list(in_list)
        self.adjustSize()
        screen = self.screen().availableGeometry() if self.screen() else None
        x, y = at.x(), at.y()
        if screen is not None:
            x = max(screen.left(), min(x, screen.right() - self.width()))
            y = max(screen.top(), min(y, screen.bottom() - self.height()))
        self.move(x, y)
        self.show()

    def _show_entity(self, word: str, entity: tuple[str, str] | None) -> None:
        if entity is None:
            self.entity_label.hide()
            self.entity_label.clear()
            return
        kind, text = entity
        if text and text != word:
            # Part of a longer name: say which, since the pop-up reads only the word.
            line = self.tr("Part of %1: %2").replace("%1", kind).replace("%2", text)
        else:
            line = kind
        self.entity_label.setText(line)
        self.entity_label.show()

    def set_in_list(self, in_list: bool) -> None:
        """Say whether the shown word is already in the word list."""
        self.add_button.setEnabled(not in_list)
        self.add_button.setText(self.tr("In Word List") if in_list else self.tr("Add to Word List"))

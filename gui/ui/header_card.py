"""The header card above the reader: what the document's head and tail say about it.

A 公文 shows issuer · 发文字号 · 成文日期 · addressees; a work report its speaker and occasion;
a news page its source, time, reporter and editor. Values are converted into the script the
reader shows, like the text. Built with the window's chrome, after the report's first paint
(``gui.ui.main_window.build_chrome``): the first paint does no work for it. Hidden when the
document has no recognised header (the bundled report has none).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from gui.core.document import Document
from gui.core.script import Script, convert_fragment

SEPARATOR = " · "


def _labelled(template: str, value: str | None) -> str | None:
    return template.replace("%1", value) if value else None


def card_parts(doc: Document) -> tuple[str, list[str]]:
    """(genre label, values to show) for ``doc``, in the original script; ("", []) when the
    document has no header worth a card."""
    header = doc.header
    if header is None or header.genre is None:
        return "", []
    get = header.get
    translate = QCoreApplication.translate
    if header.genre == "official":
        genre = translate("HeaderCard", "Official document")
        to = translate("HeaderCard", "To: %1")
        parts = [get("issuer"), get("number"), get("date"), _labelled(to, get("addressees"))]
    elif header.genre == "regulation":
        genre = translate("HeaderCard", "Regulation")
        parts = [get("issuer"), get("number"), get("date")]
    elif header.genre == "work-report":
        genre = translate("HeaderCard", "Work report")
        parts = [get("speaker"), get("occasion") or get("date")]
    else:
        genre = translate("HeaderCard", "News")
        parts = [
            _labelled(translate("HeaderCard", "Source: %1"), get("source")),
            get("time"),
            get("reporter"),
            _labelled(translate("HeaderCard", "Editor: %1"), get("editor")),
            _labelled(translate("HeaderCard", "Original title: %1"), get("original_title")),
        ]
    return genre, [p for p in parts if p]


class HeaderCard(QFrame):
    """A one-line card (wrapping when narrow) with the document's header elements."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("header_card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(10)
        self.genre_label = QLabel(self)
        self.genre_label.setObjectName("header_card_genre")
        font = self.genre_label.font()
        font.setBold(True)
        self.genre_label.setFont(font)
        self.values_label = QLabel(self)
        self.values_label.setObjectName("header_card_values")
        self.values_label.setWordWrap(True)
        self.values_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.genre_label)
        layout.addWidget(self.values_label, 1)
        self._doc: Document | None = None
        self._script = Script.ORIGINAL
        self.hide()

    def show_document(self, doc: Document | None, script: Script | str) -> None:
        """Show ``doc``'s header in ``script`` (hidden when it has none)."""
        self._doc = doc
        self.set_script(script)

    def set_script(self, script: Script | str) -> None:
        """Convert the values into ``script``, as the reader converts the text."""
        self._script = Script(script)
        genre, parts = card_parts(self._doc) if self._doc is not None else ("", [])
        if not parts:
            self.hide()
            return
        if self._script is not Script.ORIGINAL:
            parts = [convert_fragment(p, self._script) for p in parts]
        self.genre_label.setText(genre)
        self.values_label.setText(SEPARATOR.join(parts))
        self.show()


def install_header_card(window) -> HeaderCard:
    """Put the card above the reader in ``window``'s central layout and keep it in step
    with the open document and the script (a language switch rebuilds the window).
    ``document_opened`` fired for the first report before the chrome existed: it is shown
    from the session now."""
    card = HeaderCard(window)
    window._layout.insertWidget(0, card)  # noqa: SLF001 - the window's own central layout
    signals = window.signals
    signals.document_opened.connect(
        lambda opened: card.show_document(opened.document, opened.script)
    )
    signals.script_changed.connect(card.set_script)
    current = window.session.current
    if current is not None:
        card.show_document(current.document, window.reader.script)
    return card

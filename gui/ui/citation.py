"""Edit → Copy with Citation (plain, Markdown), also in the reader's context menu: the
selection as the reader shows it, with the report's title, section path and paragraph
(:mod:`gui.core.citation`). Installed by the window with one line, like the features; uses the
window only through :class:`~gui.ui.feature_host.FeatureHost`."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu

from gui.core.citation import (
    Citation,
    CitationLabels,
    citation_markdown,
    citation_plain,
    make_citation,
)
from gui.ui.feature_host import FeatureHost

#: The MIME type Markdown editors (and the web) recognise for pasted Markdown.
MARKDOWN_MIME = "text/markdown"


class CitationActions(QObject):
    """``copy_action`` (plain text, Ctrl+Shift+C) and ``copy_markdown_action`` (Markdown,
    Ctrl+Alt+C); both are disabled without a selection."""

    def __init__(self, window: FeatureHost) -> None:
        super().__init__(window)
        self.window = window
        self.copy_action = self._action(
            self.tr("Copy with &Citation"), "Ctrl+Shift+C", "copy_citation", self.copy_plain
        )
        self.copy_markdown_action = self._action(
            self.tr("Copy as &Markdown with Citation"),
            "Ctrl+Alt+C",
            "copy_citation_markdown",
            self.copy_markdown,
        )
        _insert_after_copy(window.menus["edit"], [self.copy_action, self.copy_markdown_action])
        window.reader.context_menu_hooks.append(self.add_menu_entries)
        window.signals.selection_changed.connect(self._selection_changed)
        # A selection made by a jump (select_text_span) sends no signal: look again.
        window.menus["edit"].aboutToShow.connect(self._refresh)
        self._refresh()

    def _refresh(self) -> None:
        span = self.window.reader.selected_text_span()
        self._selection_changed(*(span or (0, 0)))

    def _action(self, text: str, keys: str, name: str, slot) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        self.window.addAction(action)  # the shortcut works with the menu bar hidden
        return action

    def _selection_changed(self, start: int, end: int) -> None:
        for action in (self.copy_action, self.copy_markdown_action):
            action.setEnabled(end > start)

    def labels(self) -> CitationLabels:
        return CitationLabels(
            paragraph=self.tr("paragraph %1 of %2"), untitled=self.tr("Untitled report")
        )

    def citation(self) -> Citation | None:
        """The citation of the reader's selection in its current script, or None."""
        reader = self.window.reader
        span, doc, views = reader.selected_text_span(), reader.document_model, reader.views
        if span is None or doc is None or views is None or span[1] <= span[0]:
            return None
        return make_citation(doc, views, reader.script, span[0], span[1])

    def copy_plain(self) -> str:
        """Copy the selection with its citation as plain text; returns what was copied."""
        citation = self.citation()
        if citation is None:
            return ""
        text = citation_plain(citation, self.labels())
        QGuiApplication.clipboard().setText(text)
        self._tell()
        return text

    def copy_markdown(self) -> str:
        """Copy it as Markdown (also offered as plain text, for editors that take only that)."""
        citation = self.citation()
        if citation is None:
            return ""
        text = citation_markdown(citation, self.labels())
        data = QMimeData()
        data.setText(text)
        data.setData(MARKDOWN_MIME, text.encode("utf-8"))
        QGuiApplication.clipboard().setMimeData(data)
        self._tell()
        return text

    def _tell(self) -> None:
        self.window.statusBar().showMessage(self.tr("Copied with citation"), 3000)

    def add_menu_entries(self, menu: QMenu, pos: int, selection: tuple[int, int] | None) -> None:
        """The reader's context menu: both copies, under Copy, when text is selected."""
        if selection is None or selection[1] <= selection[0]:
            return
        _insert_after_copy(menu, [self.copy_action, self.copy_markdown_action])


def _insert_after_copy(menu: QMenu, actions: list[QAction]) -> None:
    """Put ``actions`` right under the menu's Copy (Ctrl+C), else at its end."""
    entries = menu.actions()
    copy = QKeySequence(QKeySequence.StandardKey.Copy)
    for i, entry in enumerate(entries):
        if entry.shortcut() == copy or entry.objectName() == "edit-copy":
            menu.insertActions(entries[i + 1] if i + 1 < len(entries) else None, actions)
            return
    menu.addActions(actions)


def install_citation(window: FeatureHost) -> CitationActions:
    """Add Copy with Citation to the Edit menu and the reader's context menu."""
    return CitationActions(window)

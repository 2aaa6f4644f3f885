"""Reading aids in the window: the feature object that adds the dictionary pop-up, word-by-word
stepping, Copy Pinyin and the word list to a :class:`~gui.ui.main_window.MainWindow`.

It works on the text the reader shows (any script view): CC-CEDICT's keys hold both the
Simplified and the Traditional forms, so a line of the 繁, 臺 or 港 view is looked up as it
stands. Nothing of ``gui.core.reading_aids`` is imported until the reader first asks for a
word; "Dictionary at Pointer" is off until the reader turns it on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QTextCursor
from PySide6.QtWidgets import QFileDialog

from gui.ui.feature_host import FeatureHost
from gui.ui.highlighter import python_index, utf16_offsets

if TYPE_CHECKING:
    from PySide6.QtGui import QTextBlock

    from gui.core.reading_aids.dictionary import Dictionary, Match
    from gui.core.reading_aids.wordlist import WordList
    from gui.ui.reading_aids.popup import WordPopup

#: How long the pointer rests before the pop-up follows it (ms): moving across a line must
#: not look up every character it passes.
HOVER_DELAY_MS = 300


class ReadingAidsFeature(QObject):
    """Everything reading aids add to the window. Public pieces: ``popup`` (once shown), the
    actions (``pointer_action``, ``look_up_action``, ``next_word_action``,
    ``previous_word_action``, ``copy_pinyin_action``, ``export_action``, ``inline_action``),
    and ``inline_ruby``, the overlay of View → Pinyin Above Text (once turned on)."""

    def __init__(self, window: FeatureHost) -> None:
        super().__init__(window)
        self.window = window
        self.reader = window.reader
        self.popup: WordPopup | None = None
        self._words: WordList | None = None
        self._shown: tuple[int, int, int] | None = None  # block, start, end of the shown word
        self._pointer = QPoint()
        self._hover = QTimer(self)
        self._hover.setSingleShot(True)
        self._hover.setInterval(HOVER_DELAY_MS)
        self._hover.timeout.connect(self._look_up_at_pointer)
        self._build_actions()
        self._build_pinyin_dock()
        self.reader.context_menu_hooks.append(self._context_menu)
        window.signals.document_opened.connect(self.hide_popup)
        window.signals.script_changed.connect(self.hide_popup)
        self.reader.verticalScrollBar().valueChanged.connect(self.hide_popup)

    # -- actions ------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.window.addAction(action)  # the shortcut works with the menu bar hidden
        return action

    def _build_actions(self) -> None:
        self.pointer_action = self._action(self.tr("&Dictionary at Pointer"), self._set_hover)
        self.pointer_action.setCheckable(True)
        self.look_up_action = self._action(self.tr("&Look Up Word"), self.look_up, "Ctrl+D")
        self.next_word_action = self._action(
            self.tr("Ne&xt Word"), lambda: self.step(1), "Ctrl+Alt+Right"
        )
        self.previous_word_action = self._action(
            self.tr("Pre&vious Word"), lambda: self.step(-1), "Ctrl+Alt+Left"
        )
        self.copy_pinyin_action = self._action(
            self.tr("Copy &Pinyin"), self.copy_pinyin, "Ctrl+Shift+P"
        )
        self.export_action = self._action(self.tr("Export &Word List…"), self.export_word_list)
        self.inline_action = self._action(self.tr("Pinyin &Above Text"), self.set_inline_pinyin)
        self.inline_action.setCheckable(True)
        self.inline_ruby = None  # built on first use (gui.ui.reading_aids.inline_ruby)
        menus = self.window.menus
        if "view" in menus:
            menu = menus["view"].addMenu(self.tr("&Reading Aids"))
            for action in (
                self.pointer_action,
                self.look_up_action,
                self.next_word_action,
                self.previous_word_action,
            ):
                menu.addAction(action)
            menus["view"].addAction(self.inline_action)
        if "edit" in menus:
            menus["edit"].addAction(self.copy_pinyin_action)
        if "file" in menus:
            file_menu = menus["file"]
            quit_action = self.window.quit_action
            before = quit_action if quit_action in file_menu.actions() else None
            file_menu.insertAction(before, self.export_action)

    def _build_pinyin_dock(self) -> None:
        from gui.ui.reading_aids.ruby import PinyinDock

        self.pinyin_dock = PinyinDock(self.window)
        self.window.add_dock(self.pinyin_dock)
        self.pinyin_dock.hide()  # shown from View → Pinyin; restoring the window may show it
        self.pinyin_dock.pending.timeout.connect(self._update_pinyin)
        self.pinyin_dock.visibilityChanged.connect(self._pinyin_visibility)
        self._following = False

    def _pinyin_visibility(self, visible: bool) -> None:
        # Follow the reader's cursor only while the dock shows: the reader's signals fire on
        # every refill, and a hidden dock has nothing to do with them.
        if visible and not self._following:
            self.reader.cursorPositionChanged.connect(self._pinyin_changed)
            self.reader.selectionChanged.connect(self._pinyin_changed)
            self._following = True
        elif not visible and self._following:
            self.reader.cursorPositionChanged.disconnect(self._pinyin_changed)
            self.reader.selectionChanged.disconnect(self._pinyin_changed)
            self._following = False
        if visible:
            self._pinyin_changed()

    def _pinyin_changed(self) -> None:
        if self.pinyin_dock.isVisible():
            self.pinyin_dock.pending.start()

    def _update_pinyin(self) -> None:
        """The selection, or else the paragraph at the cursor, into the Pinyin dock."""
        cursor = self.reader.textCursor()
        text = cursor.selectedText().replace("\u2029", "\n")
        if not text:
            text = cursor.block().text()
        self.pinyin_dock.show_text(text[:2000])  # a page of ruby, not a whole report

    def set_inline_pinyin(self, on: bool) -> None:
        """View → Pinyin Above Text: word-level pinyin over the paragraphs on screen."""
        if self.inline_ruby is None:
            if not on:
                return
            from gui.ui.reading_aids.inline_ruby import InlineRuby

            self.inline_ruby = InlineRuby(self.reader)
        self.inline_ruby.set_shown(on)

    def _context_menu(self, menu, pos: int, selection: tuple[int, int] | None) -> None:
        menu.addAction(self.look_up_action)
        if selection is not None:
            menu.addAction(self.copy_pinyin_action)

    # -- look-ups -----------------------------------------------------------------------

    @staticmethod
    def dictionary() -> Dictionary:
        """The bundled CC-CEDICT (imported and opened on the first call)."""
        from gui.core.reading_aids.dictionary import default_dictionary

        return default_dictionary()

    def _set_hover(self, on: bool) -> None:
        viewport = self.reader.viewport()
        if on:
            viewport.setMouseTracking(True)
            viewport.installEventFilter(self)
        else:
            viewport.removeEventFilter(self)
            self._hover.stop()
            self.hide_popup()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and watched is self.reader:
            if event.key() == Qt.Key.Key_Escape and self.popup and self.popup.isVisible():
                self.hide_popup()
                return True
        elif event.type() == QEvent.Type.MouseMove:
            self._pointer = event.position().toPoint()
            self._hover.start()
        elif event.type() == QEvent.Type.Leave:
            self._hover.stop()
        return False

    def _look_up_at_pointer(self) -> None:
        cursor = self.reader.cursorForPosition(self._pointer)
        rect = self.reader.cursorRect(cursor)
        vpos = cursor.position()
        if self._pointer.x() < rect.left() and vpos > 0:
            vpos -= 1  # the pointer is on the right half of the previous character
        if abs(self._pointer.y() - rect.center().y()) > rect.height():
            self.hide_popup()  # below the last line, or in a margin
            return
        block = self.reader.document().findBlock(vpos)
        col = python_index(block.text(), vpos - block.position())
        if not self._show_word_at(block, col):
            self.hide_popup()

    def look_up(self) -> None:
        """Show the word at the text cursor, or the first word of the selection."""
        cursor = self.reader.textCursor()
        vpos = cursor.selectionStart() if cursor.hasSelection() else cursor.position()
        block = self.reader.document().findBlock(vpos)
        col = python_index(block.text(), vpos - block.position())
        if not self._show_word_at(block, col):
            self.window.statusBar().showMessage(self.tr("No dictionary word here."), 3000)

    def step(self, direction: int) -> None:
        """Select and show the next (``1``) or previous (``-1``) dictionary word, crossing
        lines; starts from the shown word, else from the text cursor."""
        document = self.reader.document()
        if self._shown is not None and self.popup is not None and self.popup.isVisible():
            block = document.findBlockByNumber(self._shown[0])
            col = self._shown[2] if direction > 0 else self._shown[1] - 1
        else:
            vpos = self.reader.textCursor().position()
            block = document.findBlock(vpos)
            col = python_index(block.text(), vpos - block.position())
        dictionary = self.dictionary()
        while block.isValid():
            text = block.text()
            col = max(0, min(col, len(text) - 1)) if direction < 0 else col
            while 0 <= col < len(text):
                match = dictionary.word_at(text, col)
                if match is not None:
                    self._select(block, match)
                    self._show(block, match)
                    return
                col += direction
            block = block.next() if direction > 0 else block.previous()
            col = 0 if direction > 0 else len(block.text()) - 1

    def _show_word_at(self, block: QTextBlock, col: int) -> bool:
        match = self.dictionary().word_at(block.text(), col)
        if match is None:
            return False
        self._show(block, match)
        return True

    def _select(self, block: QTextBlock, match: Match) -> None:
        start, end = self._document_span(block, match)
        text_start = self.reader.text_pos_at(start)
        self.reader.select_text_span(text_start, self.reader.text_pos_at(end, end=True))

    @staticmethod
    def _document_span(block: QTextBlock, match: Match) -> tuple[int, int]:
        u16 = utf16_offsets(block.text())
        start = u16[match.start] if u16 else match.start
        end = u16[match.end] if u16 else match.end
        return block.position() + start, block.position() + end

    def _show(self, block: QTextBlock, match: Match) -> None:
        if self.popup is None:
            import threading

            from gui.ui.reading_aids.popup import WordPopup

            self.popup = WordPopup(self.reader)
            self.popup.add_requested.connect(self.add_shown_word)
            # The first word is shown; read the rest of the dictionary off the UI thread so
            # no later hover meets an unread block (docs/reading-aids.md, "Speed"): LZMA
            # decompression, which releases the GIL.
            threading.Thread(target=self.dictionary().preload, daemon=True).start()
        start, _end = self._document_span(block, match)
        cursor = QTextCursor(self.reader.document())
        cursor.setPosition(start)
        corner = self.reader.cursorRect(cursor).bottomLeft() + QPoint(0, 4)
        at = self.reader.viewport().mapToGlobal(corner)
        self._shown = (block.blockNumber(), match.start, match.end)
        in_list = self._words is not None and match.reading_entry.simplified in self._words
        self.popup.show_match(match, at, in_list, self._entity_around(block, match))
        self.reader.installEventFilter(self)  # Esc hides the pop-up (it never has the focus)

    def _entity_around(self, block: QTextBlock, match: Match) -> tuple[str, str] | None:
        """``(translated type, entity as shown)`` of the highlighted entity holding the whole
        word, read from the reader's entity layers (so a hidden type, or entities turned off,
        shows none, as in the text)."""
        from gui.ui.entities.painting import LAYER_PREFIX
        from gui.ui.entities.style import type_name

        start, end = self._document_span(block, match)
        text_start = self.reader.text_pos_at(start)
        text_end = self.reader.text_pos_at(end, end=True)
        for layer, s, e, _tip in self.reader.highlighter.spans_at(text_start):
            if layer.startswith(LAYER_PREFIX) and s <= text_start and text_end <= e:
                cursor = QTextCursor(self.reader.document())
                cursor.setPosition(self.reader.view_position(s))
                cursor.setPosition(
                    self.reader.view_position(e, end=True), QTextCursor.MoveMode.KeepAnchor
                )
                return type_name(layer[len(LAYER_PREFIX) :]), cursor.selectedText()
        return None

    def hide_popup(self, *_args) -> None:
        """Hide the pop-up (Esc, a scroll, another document or script)."""
        if self.popup is not None:
            self.popup.hide()
            self.reader.removeEventFilter(self)

    # -- pinyin and the word list ---------------------------------------------------------

    def copy_pinyin(self) -> None:
        """Put the word-level pinyin of the selection (or of the shown word) on the clipboard."""
        from gui.core.reading_aids.pinyin import text_pinyin

        cursor = self.reader.textCursor()
        text = cursor.selectedText().replace("\u2029", "\n")
        if not text and self.popup is not None and self.popup.isVisible() and self.popup.match:
            text = self.popup.match.word
        if not text:
            self.window.statusBar().showMessage(self.tr("Select some text first."), 3000)
            return
        QGuiApplication.clipboard().setText(text_pinyin(text, self.dictionary()))
        self.window.statusBar().showMessage(self.tr("Pinyin copied."), 3000)

    def word_list(self) -> WordList:
        """The user's word list (opened on first use; in memory if the data dir fails)."""
        if self._words is None:
            from gui.core.reading_aids.wordlist import WordList

            self._words = WordList.open()
            if self._words.warning:
                self.window.statusBar().showMessage(self._words.warning, 10000)
        return self._words

    def add_shown_word(self) -> None:
        """Add the pop-up's word, with its sentence and the report, to the word list."""
        from gui.core.reading_aids.wordlist import WordListError, sentence_around, word_from_entry

        if self.popup is None or self.popup.match is None or self._shown is None:
            return
        match = self.popup.match
        line = self.reader.document().findBlockByNumber(self._shown[0]).text()
        current = self.window.session.current
        doc = current.document if current is not None else None
        word = word_from_entry(
            match.reading_entry,
            sentence_around(line, match.start, match.end),
            # the report's title, or its file name when it has none
            ((doc.title or (doc.path.name if doc.path else "")) if doc else ""),
            str(doc.path or "") if doc else "",
        )
        try:
            self.word_list().add(word)
        except WordListError as err:
            self.window.notifier.warning(self.window, self.tr("Word List"), str(err))
            return
        self.popup.set_in_list(True)
        self.window.statusBar().showMessage(self.tr("Added to the word list."), 3000)

    def export_word_list(self) -> None:
        """Save the word list as CSV for Anki (File → Export Word List…)."""
        from gui.core.reading_aids.wordlist import export_anki_csv

        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export Word List"), "wordlist.csv", self.tr("CSV (*.csv)")
        )
        if not path:
            return
        try:
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(export_anki_csv(self.word_list().words()))
        except OSError as err:
            self.window.notifier.warning(
                self.window,
                self.tr("Export Word List"),
                self.tr("Could not save %1: %2")
                .replace("%1", path)
                .replace("%2", err.strerror or ""),
            )


def install_reading_aids(window: FeatureHost) -> ReadingAidsFeature:
    """Add reading aids to ``window``; the window keeps the returned feature."""
    return ReadingAidsFeature(window)

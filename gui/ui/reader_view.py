"""The reading pane: the current script view of the document, one block per paragraph.

A read-only ``QTextEdit`` (rather than ``QPlainTextEdit``) because only ``QTextEdit`` honours
a proportional line height, which CJK text needs to be comfortable to read; ``QTextEdit``
still lays out a million characters in a few hundred milliseconds.

Block ``i`` always shows line ``i`` of the cleaned text, in the script recorded for it in
``_block_scripts``. Everything the outside world sees is in text coordinates; the UTF-16
positions Qt uses stay inside this module, ``reader_positions`` and the highlighter.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QEvent, QPoint, QTimer, Signal
from PySide6.QtGui import QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit, QWidget

from gui.core.document import Document
from gui.core.script import Script
from gui.core.script_views import DocumentViews
from gui.core.structure import structure_for
from gui.ui.furniture_folds import FurnitureFolds
from gui.ui.highlighter import SpanHighlighter
from gui.ui.lazy_conversion import ScriptSwitcher
from gui.ui.overlay import paint_overlays
from gui.ui.reader_continuation import PartContinuation
from gui.ui.reader_fill import STREAM_CHARS, DocumentRetirer, StreamedFill, insert_lines
from gui.ui.reader_pointer import ContextMenuHook, PointerHelp
from gui.ui.reader_positions import TextPositions
from gui.ui.reader_styles import reader_formats
from gui.ui.typography import (
    DEFAULT_FONT_SIZE,
    MAX_FONT_SIZE,
    MIN_FONT_SIZE,
    column_side_margin,
    paragraph_format,
    reading_font,
)

#: A document longer than this is replaced by a fresh one and taken apart in slices (see
#: ``_retire_document``) rather than cleared at once; shorter ones clear in a few ms.
RETIRE_CHARS = 200_000


class ReaderView(TextPositions, PartContinuation, PointerHelp, QTextEdit):
    """The reader. Text ↔ Qt positions, and scrolling and selecting by them, come from
    ``TextPositions`` (gui/ui/reader_positions.py); the span tooltips and the context menu
    with its hooks from ``PointerHelp`` (gui/ui/reader_pointer.py).

    Signals:
        top_position_changed(int): text position at the top of the viewport (debounced).
        selection_span_changed(int, int): the selection in text coordinates.
        script_shown(str): the visible part now shows this script.
        conversion_progress(int, int): background conversion, lines done / total.
    """

    top_position_changed = Signal(int)
    selection_span_changed = Signal(int, int)
    script_shown = Signal(str)
    conversion_progress = Signal(int, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setObjectName("reader")
        self.setAcceptDrops(False)  # files dropped here go to the main window
        self._retirer = DocumentRetirer(self)
        # A document of the reader's own, not the control's: the control deletes its own
        # document at once when another replaces it (see _retire_document).
        self.setDocument(self._new_document())
        self.context_menu_hooks: list[ContextMenuHook] = []
        self._after_paint: list[tuple[Callable[[], None], bool]] = []
        self._doc: Document | None = None
        self._views: DocumentViews | None = None
        self._block_scripts: list[Script] = []
        self._script = Script.ORIGINAL
        self._font_size = DEFAULT_FONT_SIZE
        self._family = ""
        self._editing = False
        self._selection: tuple[int, int] | None = None
        # Until the first paint, Python never touches the viewport: the first time PySide
        # converts it (a private QWidget subclass), it creates every QtWidgets class, ~12 ms.
        self._painted = False
        self.highlighter = self._new_highlighter(self.document())
        self.folds = FurnitureFolds(self)
        self.switcher = ScriptSwitcher(self)
        self.filler = StreamedFill(self)
        self.filler.completed.connect(self._fill_completed)
        self._top_timer = QTimer(self, singleShot=True, interval=60)
        self._top_timer.timeout.connect(self._emit_top)
        self._flash_timer = QTimer(self, singleShot=True, interval=1200)
        self._flash_timer.timeout.connect(lambda: self.highlighter.clear_layer("flash"))
        # valueChanged(int) would pass the scroll value to start(msec) as the interval.
        self.verticalScrollBar().valueChanged.connect(lambda _value: self._top_timer.start())
        self.selectionChanged.connect(self._on_selection_changed)
        self._apply_font()
        # The margins around the text column are the scroll area's own: paint them as the page.
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)

    def finish_setup(self) -> None:
        """What can wait until after the first paint (it needs PySide's ``Qt`` namespace,
        which costs ~17 ms to create; see ``gui.ui.main_window``): keyboard selection and the
        furniture markers."""
        from PySide6.QtCore import Qt

        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.folds.install()

    # -- state --------------------------------------------------------------------------

    @property
    def document_model(self) -> Document | None:
        return self._doc

    @property
    def views(self) -> DocumentViews | None:
        return self._views

    @property
    def script(self) -> Script:
        """The script being shown (blocks not converted yet follow shortly)."""
        return self._script

    def block_script(self, i: int) -> Script:
        """The script block ``i`` currently shows."""
        if 0 <= i < len(self._block_scripts):
            return self._block_scripts[i]
        return Script.ORIGINAL

    def block_scripts(self) -> Sequence[Script]:
        """The script of every block, by line (read-only)."""
        return self._block_scripts

    # -- loading ------------------------------------------------------------------------

    def set_document(
        self, doc: Document, views: DocumentViews, script: Script | str, top_pos: int = 0
    ) -> None:
        """Show ``doc`` in ``script`` with ``top_pos`` at the top; converts the visible part
        now and the rest in the background. Emits ``script_shown``."""
        script = Script(script)
        if self._continue_part(doc, views, script):
            return
        self.switcher.stop()
        self.filler.stop()
        self._doc, self._views, self._script = doc, views, script
        self._selection = None
        if self.document().characterCount() > RETIRE_CHARS:
            self._retire_document()
        self.highlighter.reset(views)
        self.folds.set_document(doc)
        # Lines already converted (an earlier visit) go in converted; the rest in the original
        # until the switcher reaches them.
        self._block_scripts = [
            script if views.is_converted(i, script) else Script.ORIGINAL
            for i in range(views.line_count)
        ]
        self._fill(views.line_at(top_pos))
        self.scroll_to_text_pos(top_pos)
        self.switcher.start(script)

    def _new_document(self) -> QTextDocument:
        doc = QTextDocument(self)
        doc.setUndoRedoEnabled(False)
        doc.setDocumentMargin(24)
        current = self.document()
        doc.setDefaultFont(current.defaultFont() if current is not None else self.font())
        return doc

    def _new_highlighter(self, doc: QTextDocument) -> SpanHighlighter:
        # A child of its document: it goes when the document goes.
        return SpanHighlighter(doc, self.block_script, lambda: self.viewport().update())

    def _retire_document(self) -> None:
        """Show a fresh, empty document and take the old one apart a slice per event-loop
        turn. Clearing a 1 M-character document in one go stalls the UI ~100 ms; a detached
        one loses 50,000 characters in a few milliseconds. The old highlighter stays with
        the old document: moving it would first clear its formats from every old block
        (~0.8 s), so the new document gets a highlighter of its own."""
        old = self.document()
        self.highlighter.reset(None)  # highlights nothing more while the old text goes
        fresh = self._new_document()
        self.highlighter = self._new_highlighter(fresh)
        self.setDocument(fresh)
        self._retirer.retire(old)

    def _fill(self, top_line: int = 0) -> None:
        """(Re)insert every block's text with the static layers already set, so that they are
        applied during the layout pass the insertion costs. A long text streams in (see
        gui/ui/reader_fill.py): through ``top_line`` and a screenful now, the rest in slices."""
        views = self._views
        assert views is not None
        self.filler.stop()
        # Lines shown in the original are slices of the text, made as they go in: no line
        # views made for them (18,000 for a 1 M-character report, ~0.3 s), nor a list of them.
        original = views.original_line
        self.highlighter.defer_repaint(True)
        try:
            self._paint_structure()
        finally:
            self.highlighter.defer_repaint(False)  # the static lines indexed, nothing painted

        def line_text(i: int) -> str:
            script = self._block_scripts[i]
            return original(i) if script is Script.ORIGINAL else views.line(i, script).text

        fmt = paragraph_format(self._font_size)
        self._editing = True
        try:
            if len(views.text) > STREAM_CHARS:
                # Furniture folds once every block is in (see _fill_completed).
                self.filler.start(self.document(), views.line_count, line_text, fmt, top_line)
            else:
                self.document().clear()
                everything = "\n".join(map(line_text, range(views.line_count)))
                insert_lines(self.document(), everything, fmt)
                self.folds.apply(fresh=True)
        finally:
            self._editing = False

    def _fill_completed(self) -> None:
        """A streamed fill's last line is in: fold the furniture, keeping the reading place."""
        self.folds.apply(keep_top=True, fresh=True)

    def _paint_structure(self) -> None:
        doc, views = self._doc, self._views
        if doc is None or views is None:
            return
        fmts = reader_formats(self.palette(), self._font_size)
        spans, lines = structure_for(doc, views)
        hl = self.highlighter
        hl.hint_static_lines(set(spans), lines)
        hl.set_layer("title", spans["title"], fmts["title"], static=True)
        hl.set_layer("headings", spans["headings"], fmts["headings"], static=True)
        hl.set_layer("lead-headings", spans["lead-headings"], fmts["lead-headings"], static=True)
        hl.set_layer("footer", spans["footer"], fmts["footer"], self._footer_tip, static=True)
        furniture = spans["furniture"]
        hl.set_layer("furniture", furniture, fmts["footer"], self._furniture_tip, static=True)
        hl.set_layer("damaged", spans["damaged"], fmts["damaged"], self._damaged_tip, static=True)

    def _damaged_tip(self, start: int, end: int) -> str:
        return self.tr("Characters lost when this page was scraped")

    def _footer_tip(self, start: int, end: int) -> str:
        return self.tr("Page footer: the site's publisher and licence lines, not the report")

    def _furniture_tip(self, start: int, end: int) -> str:
        return self.tr("Page furniture (site controls, news lines, captions): not the report")

    def refresh_formats(self) -> None:
        """Rebuild this view's own layer formats (palette or font size changed). The static
        layers need the text re-inserted; the top paragraph and the selection stay."""
        fmts = reader_formats(self.palette(), self._font_size)
        for name in ("find", "current-find", "flash"):
            self.highlighter.set_layer_format(name, fmts[name])
        if self._views is None:
            return
        top, selection = self.top_text_pos(), self._selection
        self._fill(self._views.line_at(top))
        if selection is not None:
            self.select_text_span(*selection)
        self.scroll_to_text_pos(top)

    # -- script switching ---------------------------------------------------------------

    def set_script(self, script: Script | str) -> None:
        """Show ``script``: the visible paragraphs now, the rest in the background. The top
        paragraph, the selection and so the current section stay. Emits ``script_shown``."""
        script = Script(script)
        if self._views is None:
            self._script = script
            return
        self._script = script
        self.switcher.start(script)

    def filling(self) -> bool:
        """Whether a long report's text is still streaming into the view."""
        return self.filler.busy

    def visible_lines(self, extra: int = 3) -> range:
        """Lines whose blocks intersect the viewport, plus ``extra`` on each side."""
        if self._views is None:
            return range(0)
        top = self.cursorForPosition(QPoint(0, 0)).block()
        # The viewport's height without the viewport (see __init__): no horizontal bar here.
        height = self.maximumViewportSize().height()
        bottom = self.cursorForPosition(QPoint(0, height)).block()
        first = max(0, top.blockNumber() - extra)
        last = min(self.filled_lines() - 1, max(bottom.blockNumber(), 0) + extra)
        return range(first, last + 1)

    def replace_lines(self, lines: Iterable[int], script: Script) -> None:
        """Swap the given blocks to ``script`` keeping the top paragraph and the selection."""
        views = self._views
        if views is None:
            return
        lines = [i for i in lines if self._block_scripts[i] != script]
        filled = self.filled_lines()
        for i in lines:
            if i >= filled:  # not in the document yet: it will be filled in ``script``
                self._block_scripts[i] = script
        lines = [i for i in lines if i < filled]
        if not lines:
            return
        top_pos = self.top_text_pos()
        top_line = views.line_at(top_pos)
        selection = self._selection
        self._editing = True
        try:
            qdoc = self.document()
            cursor = QTextCursor(qdoc)
            cursor.beginEditBlock()
            for i in lines:
                new = views.line(i, script).text
                self._block_scripts[i] = script
                block = qdoc.findBlockByNumber(i)
                cursor.setPosition(block.position())
                cursor.setPosition(
                    block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor
                )
                cursor.insertText(new)
            cursor.endEditBlock()
        finally:
            self._editing = False
        if selection is not None:
            self.select_text_span(*selection)
        if min(lines) <= top_line:
            self.scroll_to_text_pos(top_pos)

    def find_formats(self) -> dict:
        """The palette-aware formats of this view (find hits, flash, headings…)."""
        return reader_formats(self.palette(), self._font_size)

    def flash(self, start: int, end: int) -> None:
        """Highlight ``[start, end)`` briefly (after a jump from a note or an entity)."""
        self.folds.reveal(start)
        fmt = reader_formats(self.palette(), self._font_size)["flash"]
        self.highlighter.set_layer("flash", [(start, end)], fmt, order=1000)
        self._flash_timer.start()

    def _emit_top(self) -> None:
        if self._views is not None:
            self.top_position_changed.emit(self.top_text_pos())

    def _on_selection_changed(self) -> None:
        if self._editing:
            return
        span = self.selected_text_span()
        self._selection = span
        start, end = span if span else (self.text_pos_at(self.textCursor().position()),) * 2
        self.selection_span_changed.emit(start, end)

    # -- typography ---------------------------------------------------------------------

    def font_size(self) -> float:
        return self._font_size

    def set_font(self, family: str, size: float) -> None:
        """Set the reading font (``family`` first, then the CJK fallback list) and size.
        The top paragraph stays at the top, as in a script switch."""
        # Read the top before the new font re-lays the text out: afterwards the same scroll
        # value points at another paragraph, and refresh_formats would keep that one.
        top = self.top_text_pos()
        self._family = family
        self._font_size = max(MIN_FONT_SIZE, min(MAX_FONT_SIZE, size))
        self._apply_font()
        self.refresh_formats()
        if self._views is not None:
            self.scroll_to_text_pos(top)

    def _apply_font(self) -> None:
        font = reading_font(self._family, self._font_size)
        self.setFont(font)
        self.document().setDefaultFont(font)
        self._update_frame()

    def _update_frame(self) -> None:
        """Centre the text column and cap its width (MAX_LINE_EMS) with viewport margins.

        Viewport margins rather than root-frame margins: changing a frame format marks the
        whole document dirty, which re-runs the highlighter over every block."""
        width = self.width() - self.verticalScrollBar().sizeHint().width()
        em = self.fontMetrics().horizontalAdvance("中") or 16
        side = column_side_margin(width, em)
        margins = self.viewportMargins()
        if margins.left() != side:
            self.setViewportMargins(side, 0, side, 0)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        top = self.top_text_pos() if self._views is not None else 0
        super().resizeEvent(event)
        self._update_frame()
        if self._views is not None:
            self.scroll_to_text_pos(top)

    # -- events -------------------------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._painted = True
        if self._views is not None and self.highlighter.has_overlays():
            from PySide6.QtGui import QPainter

            painter = QPainter(self.viewport())
            try:
                paint_overlays(self, painter)
            finally:
                painter.end()
        super().paintEvent(event)
        waiting: list[tuple[Callable[[], None], bool]] = []
        for callback, with_text in self._after_paint:
            if with_text and self._views is None:
                waiting.append((callback, with_text))
            else:
                QTimer.singleShot(0, self, callback)
        self._after_paint = waiting

    def call_after_painted(self, callback: Callable[[], None], with_text: bool = True) -> None:
        """Run ``callback`` (once) after the next paint of the reader — with the document's
        text in it, unless ``with_text`` is false: start-up work that must not delay the
        first paint of a report."""
        self._after_paint.append((callback, with_text))
        if self._painted:  # else the first paint is on its way
            self.viewport().update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.refresh_formats()

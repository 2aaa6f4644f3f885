"""Folding page furniture in the reader: each run of whole lines of site chrome, news lines,
captions or footer (``Document.fold_runs``) collapses into a one-line marker, as a reader of
a saved web page would want; a click on the marker shows the lines again, and a click on the
marker above shown lines folds them back. View ▸ Fold Page Furniture folds or shows them all.

Folding hides the lines' blocks (``QTextBlock.setVisible``): the cleaned text, the text ↔ Qt
positions, notes and exports do not change. The marker is painted in a strip of margin
reserved on the block next to the run (under a folded run, the block after it; at the very
end, the block before it; over a shown run, its own first block), so it takes one line of
the page and never covers text. A line only partly furniture stays shown, dimmed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF
from PySide6.QtGui import QPainter, QPalette, QTextBlockFormat, QTextCursor

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QMouseEvent, QTextBlock
    from PySide6.QtWidgets import QMainWindow, QMenu, QTextEdit

    from gui.core.document import Document, FoldRun
    from gui.core.script_views import DocumentViews
    from gui.settings import Settings

    class ReaderView(QTextEdit):
        """What this module uses of the reader view (which imports this module, so it is
        named here rather than imported)."""

        views: DocumentViews | None
        folds: FurnitureFolds

        def top_text_pos(self) -> int: ...
        def scroll_to_text_pos(self, pos: int) -> None: ...

    class MainWindow(QMainWindow):
        """What ``install_fold_action`` uses of the main window (it imports this module)."""

        reader: ReaderView
        settings: Settings
        menus: dict[str, QMenu]


@dataclass
class _Marker:
    """Where a run's marker is drawn: in the top margin of block ``block`` or, for a folded
    run at the end of the text, in the bottom margin of block ``block``."""

    block: int
    above: bool
    base: QTextBlockFormat  # the block's format before the strip was added


class FurnitureFolds(QObject):
    """The fold state of the reader's furniture runs; paints their markers and takes clicks
    on them (an event filter on the reader's viewport, installed after the first paint)."""

    def __init__(self, view: ReaderView):
        super().__init__(view)
        self._view = view
        self.enabled = True
        self._runs: list[FoldRun] = []
        self._shown: set[int] = set()  # runs the reader unfolded while folding is on
        self._markers: dict[int, _Marker] = {}
        self._installed = False
        self._hand = False

    # -- state --------------------------------------------------------------------------

    @property
    def runs(self) -> list[FoldRun]:
        return self._runs

    def set_document(self, doc: Document | None) -> None:
        """New document: its runs, all folded while folding is on. Call ``apply`` after the
        text is in the reader."""
        self._runs = doc.fold_runs() if doc is not None else []
        self._shown = set()
        self._markers = {}

    @property
    def has_markers(self) -> bool:
        """Whether any run is folded in the reader now (its blocks hidden)."""
        return bool(self._markers)

    def is_folded(self, index: int) -> bool:
        return self.enabled and index not in self._shown

    def set_enabled(self, on: bool) -> None:
        """Fold every run (``on``) or show them all, without markers (the page as dimmed
        text, as before folding existed). The top paragraph stays at the top."""
        self.enabled = bool(on)
        self._shown = set()
        self._reapply()

    def toggle(self, index: int) -> None:
        """Fold or show one run (a click on its marker)."""
        if not self.enabled or not 0 <= index < len(self._runs):
            return
        self._shown ^= {index}
        self._reapply()

    def reveal(self, pos: int) -> None:
        """Show the folded run that holds text position ``pos`` (a jump to a note or an
        entity there); the reader scrolls afterwards."""
        for i, run in enumerate(self._runs):
            if run.start <= pos <= run.end and self.is_folded(i):
                self._shown.add(i)
                self.apply(keep_top=False)
                self._view.scroll_to_text_pos(pos)
                return

    def _reapply(self) -> None:
        self.apply(keep_top=True)

    # -- blocks -------------------------------------------------------------------------

    def apply(self, keep_top: bool = False, fresh: bool = False) -> None:
        """Hide the folded runs' blocks and reserve their markers' strips. ``fresh``: the
        text was just (re)inserted, so every block is shown and has its plain format."""
        view = self._view
        if view.views is None:
            return
        top = view.top_text_pos() if keep_top else None
        qdoc = view.document()
        cursor = QTextCursor(qdoc)
        cursor.beginEditBlock()
        if not fresh:
            # Newest first: two strips on one block (over it and under it) each saved the
            # format before theirs, so the first one's is the block's own.
            for marker in reversed(list(self._markers.values())):
                block = qdoc.findBlockByNumber(marker.block)
                if block.isValid():
                    cursor.setPosition(block.position())
                    cursor.setBlockFormat(marker.base)
        self._markers = {}
        first_dirty, last_dirty = None, None
        count = qdoc.blockCount()
        for i, run in enumerate(self._runs):
            folded = self.is_folded(i)
            last = self._hidden_last(qdoc, run.last, count) if folded else run.last
            if folded and run.first == 0 and last >= count - 1:
                folded, last = False, run.last  # all furniture: nothing else to read
            changed = False
            for n in range(run.first, last + 1):
                block = qdoc.findBlockByNumber(n)
                if block.isVisible() == folded:
                    block.setVisible(not folded)
                    changed = True
            if changed:
                first_dirty = run.first if first_dirty is None else min(first_dirty, run.first)
                last_dirty = last if last_dirty is None else max(last_dirty, last)
            if self.enabled:
                self._reserve(cursor, i, run, folded, last, count)
        cursor.endEditBlock()
        if first_dirty is not None and last_dirty is not None:
            a = qdoc.findBlockByNumber(first_dirty).position()
            b = qdoc.findBlockByNumber(last_dirty)
            qdoc.markContentsDirty(a, b.position() + b.length() - a)
        if top is not None:
            view.scroll_to_text_pos(top)
        if self._installed:
            view.viewport().update()

    @staticmethod
    def _hidden_last(qdoc, last: int, count: int) -> int:
        """A folded run takes the blank lines after it along, so the marker is not followed
        by an empty paragraph."""
        while last + 1 < count - 1 and not qdoc.findBlockByNumber(last + 1).text().strip():
            last += 1
        return last

    def _reserve(
        self, cursor: QTextCursor, index: int, run: FoldRun, folded: bool, last: int, count: int
    ) -> None:
        qdoc = cursor.document()
        if not folded:
            number, above = run.first, True
        elif last + 1 < count:
            number, above = last + 1, True
        else:
            number, above = run.first - 1, False
        block = qdoc.findBlockByNumber(number)
        if not block.isValid() or (number, above) in {
            (m.block, m.above) for m in self._markers.values()
        }:
            return
        base = block.blockFormat()
        fmt = QTextBlockFormat(base)
        strip = self.strip_height()
        if above:
            fmt.setTopMargin(base.topMargin() + strip)
        else:
            fmt.setBottomMargin(base.bottomMargin() + strip)
        cursor.setPosition(block.position())
        cursor.setBlockFormat(fmt)
        self._markers[index] = _Marker(number, above, base)

    def strip_height(self) -> float:
        """The height of a marker's strip: one line of the marker's smaller text."""
        return round(self._view.fontMetrics().height() * 1.8)

    # -- markers ------------------------------------------------------------------------

    def marker_rects(self) -> dict[int, QRectF]:
        """Run index → its marker's rectangle in viewport coordinates."""
        view = self._view
        qdoc = view.document()
        layout = qdoc.documentLayout()
        dx = -view.horizontalScrollBar().value()
        dy = -view.verticalScrollBar().value()
        strip = self.strip_height()
        rects: dict[int, QRectF] = {}
        for index, marker in self._markers.items():
            block: QTextBlock = qdoc.findBlockByNumber(marker.block)
            rect = layout.blockBoundingRect(block)
            if marker.above:
                y = rect.top() - strip
            else:
                y = rect.bottom() + marker.base.bottomMargin()
            rects[index] = QRectF(rect.left() + dx, y + dy, rect.width(), strip)
        return rects

    def marker_text(self, index: int) -> str:
        """What a marker says (translated)."""
        if self.is_folded(index):
            return self.tr(
                "▸ Page furniture: %n line(s) folded — click to show", "", self._runs[index].lines
            )
        return self.tr("▾ Page furniture — click to fold")

    def marker_at(self, point: QPointF) -> int | None:
        """The run whose marker is under a viewport point."""
        for index, rect in self.marker_rects().items():
            if rect.contains(point):
                return index
        return None

    def paint(self, painter: QPainter) -> None:
        """Draw the markers that intersect the viewport."""
        view = self._view
        height = view.viewport().height()
        palette = view.palette()
        text = palette.color(QPalette.ColorRole.Text).toRgb()
        text.setAlphaF(0.6)
        fill = palette.color(QPalette.ColorRole.AlternateBase)
        font = view.font()
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        painter.setFont(font)
        for index, rect in self.marker_rects().items():
            if rect.bottom() < 0 or rect.top() > height:
                continue
            label = self.marker_text(index)
            pad = rect.height() * 0.15  # a gap above and below, like a paragraph's
            box = QRectF(rect.left(), rect.top() + pad, rect.width(), rect.height() - 2 * pad)
            width = min(box.width(), painter.fontMetrics().horizontalAdvance(label) + 16)
            pill = QRectF(box.left(), box.top(), width, box.height())
            painter.fillRect(pill, fill)
            painter.setPen(text)
            painter.drawText(pill.adjusted(8, 0, -8, 0), _vcentre(), label)

    # -- events -------------------------------------------------------------------------

    def install(self) -> None:
        """Paint markers and take clicks from now on (after the first paint: the viewport
        is not touched before it, see ``ReaderView``)."""
        if not self._installed:
            self._installed = True
            self._view.viewport().installEventFilter(self)
            self._view.viewport().setMouseTracking(True)
            self._view.viewport().update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.Type.Paint and self._markers:
            # Before QTextEdit paints: the strips hold no text, so nothing draws over them.
            painter = QPainter(self._view.viewport())
            try:
                self.paint(painter)
            finally:
                painter.end()
        elif kind == QEvent.Type.MouseButtonPress and self._markers:
            mouse: QMouseEvent = event  # type: ignore[assignment]
            index = self.marker_at(mouse.position())
            if index is not None:
                self.toggle(index)
                return True
        elif kind == QEvent.Type.MouseMove and self._markers:
            mouse = event  # type: ignore[assignment]
            over = self.marker_at(mouse.position()) is not None
            if over != self._hand:
                from PySide6.QtCore import Qt

                # QTextEdit sets the I-beam once and only changes it over links.
                shape = Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.IBeamCursor
                self._view.viewport().setCursor(shape)
                self._hand = over
            if over:
                return True
        return super().eventFilter(watched, event)


def _vcentre() -> int:
    from PySide6.QtCore import Qt

    return int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)


def install_fold_action(window: MainWindow) -> QAction:
    """View ▸ Fold Page Furniture: checked while the reader folds furniture; the choice is
    kept in the settings."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QAction

    folds = window.reader.folds
    action = QAction(QCoreApplication.translate("FurnitureFolds", "Fol&d Page Furniture"), window)
    action.setObjectName("fold_furniture")
    action.setCheckable(True)
    action.setChecked(folds.enabled)

    def toggled(on: bool) -> None:
        folds.set_enabled(on)
        window.settings.set_furniture_folded(on)

    action.toggled.connect(toggled)
    window.menus["view"].addAction(action)
    return action

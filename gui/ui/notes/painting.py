"""How notes look in the reader: a tint per colour, a dotted underline and a margin marker
for notes that carry text.

Notes are held in text coordinates; the reader's highlighter maps them through the current
script view (and to UTF-16), so they stay on their characters through every script switch.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QWidget

from gui.core.notes import COLOURS, Note
from gui.ui.reader_view import ReaderView

#: Background tints: light enough under dark text, dark enough under light text.
TINTS = {
    "light": {
        "yellow": "#fff0a0",
        "green": "#c8eec2",
        "blue": "#c5dfff",
        "pink": "#ffd0e0",
        "purple": "#e2d2ff",
        "orange": "#ffd9a8",
    },
    "dark": {
        "yellow": "#5a4f12",
        "green": "#1f4d2a",
        "blue": "#1e3d66",
        "pink": "#5c2640",
        "purple": "#402c6a",
        "orange": "#62391a",
    },
}
#: Swatches (dock, menus, margin markers): saturated, visible on either background.
SWATCHES = {
    "yellow": "#e6b800",
    "green": "#3fa34d",
    "blue": "#3b82d6",
    "pink": "#e0558b",
    "purple": "#8a5cd6",
    "orange": "#e67e22",
}
#: Layer names in the reader's highlighter. Above entities (500+: the user's own marks win),
#: below find hits (900) and the flash (1000).
LAYER_PREFIX = "notes-"
MARKER_LAYER = "notes-marker"
_LAYER_ORDER = 700


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def tint(colour: str, palette: QPalette) -> QColor:
    return QColor(TINTS["dark" if is_dark(palette) else "light"].get(colour, "#888888"))


def swatch(colour: str) -> QColor:
    return QColor(SWATCHES.get(colour, "#888888"))


def swatch_icon(colour: str, size: int = 14) -> QIcon:
    """A small rounded square of the colour (menus, the colour filter)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(0, 0, 0, 90), 1))
    painter.setBrush(swatch(colour))
    painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 3, 3)
    painter.end()
    return QIcon(pixmap)


class NotePainter:
    """Paints a document's notes on a :class:`ReaderView` as highlighter layers (one per
    colour, plus the dotted underline of notes with text) and margin markers."""

    def __init__(self, reader: ReaderView) -> None:
        self.reader = reader
        self.notes: list[Note] = []
        self.markers = MarginMarkers(reader, self.refresh_formats)

    def paint(self, notes: Iterable[Note]) -> None:
        """Show ``notes`` (orphans are skipped: they have no place in this text)."""
        self.notes = [n for n in notes if not n.orphaned]
        palette = self.reader.palette()
        hl = self.reader.highlighter
        by_colour: dict[str, list[tuple[int, int]]] = {c: [] for c in COLOURS}
        marked: list[tuple[int, int]] = []
        for note in self.notes:
            by_colour.setdefault(note.colour, []).append((note.start, note.end))
            if not note.is_highlight:
                marked.append((note.start, note.end))
        for colour, spans in by_colour.items():
            name = LAYER_PREFIX + colour
            if spans:
                hl.set_layer(
                    name, spans, self._tint_format(colour, palette), self._tip, order=_LAYER_ORDER
                )
            elif hl.layer(name) is not None:
                hl.clear_layer(name)
        if marked:
            hl.set_layer(
                MARKER_LAYER, marked, self._marker_format(palette), order=_LAYER_ORDER + 10
            )
        elif hl.layer(MARKER_LAYER) is not None:
            hl.clear_layer(MARKER_LAYER)
        self.markers.set_notes([n for n in self.notes if not n.is_highlight])

    def refresh_formats(self) -> None:
        """The theme changed: new tints, same spans."""
        palette = self.reader.palette()
        hl = self.reader.highlighter
        for colour in COLOURS:
            hl.set_layer_format(LAYER_PREFIX + colour, self._tint_format(colour, palette))
        hl.set_layer_format(MARKER_LAYER, self._marker_format(palette))
        self.markers.update()

    def notes_at(self, pos: int) -> list[Note]:
        """Placed notes covering text position ``pos`` (innermost, i.e. shortest, first)."""
        found = [n for n in self.notes if n.start <= pos < n.end]
        return sorted(found, key=lambda n: n.end - n.start)

    def _tip(self, start: int, end: int) -> str:
        tips = []
        for note in self.notes:
            if note.start == start and note.end == end:
                text = note.body.strip()
                tags = " ".join(f"#{t}" for t in note.tags)
                tips.append("  ".join(p for p in (text, tags) if p))
        return "\n".join(t for t in tips if t)

    @staticmethod
    def _tint_format(colour: str, palette: QPalette) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setBackground(tint(colour, palette))
        return fmt

    @staticmethod
    def _marker_format(palette: QPalette) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(palette.color(QPalette.ColorRole.Text))
        return fmt


class MarginMarkers(QWidget):
    """A small note glyph in the left margin beside each line where a note with text starts.

    Sits over the reader's viewport (a child of the scroll area, not of the viewport, so it
    is not scrolled as pixels) and lets mouse events through."""

    def __init__(self, reader: ReaderView, palette_changed: Callable[[], None]) -> None:
        super().__init__(reader)
        self.setObjectName("note_margin_markers")
        self.reader = reader
        self._palette_changed = palette_changed
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self._notes: list[Note] = []
        self._starts: list[int] = []
        reader.verticalScrollBar().valueChanged.connect(self.update)
        reader.installEventFilter(self)
        self._fit()
        self.show()

    def set_notes(self, notes: Iterable[Note]) -> None:
        self._notes = sorted(notes, key=lambda n: n.start)
        self._starts = [n.start for n in self._notes]
        self.update()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.reader:
            if event.type() in (event.Type.Resize, event.Type.Show):
                self._fit()
            elif event.type() == event.Type.PaletteChange:
                # The palette can reach the reader after theme_changed; tints follow it.
                self._palette_changed()
        return False

    def _fit(self) -> None:
        # The reader but for its scroll bar's strip: the text column may be centred with
        # viewport margins, and the markers go in the margin left of it. Not over the scroll
        # bar: it repaints at every slice of a long report's fill (its range grows), and an
        # overlay over it repainted with it (marker_rects, 5-9 ms with 1,000 notes, 50-80
        # times in a 1 M report's start-up, in the same stretch as the slice). The strip is
        # left out whether or not the bar shows (the markers are drawn far left of it):
        # following the viewport's width took an event filter on the viewport, which Qt
        # called into while tearing a script's window down after Python had finalized.
        reader = self.reader
        strip = reader.verticalScrollBar().sizeHint().width() + reader.frameWidth()
        self.setGeometry(0, 0, max(0, reader.width() - strip), reader.height())
        self.raise_()

    def marker_rects(self) -> list[tuple[Note, QRectF]]:
        """Where each visible marker is drawn (reader coordinates): just left of the text
        column, on the line where the note starts."""
        reader = self.reader
        if not self._notes or reader.views is None:
            return []
        viewport = reader.viewport()
        offset = viewport.geometry().topLeft()
        height = viewport.height()
        top = reader.top_text_pos()
        bottom = reader.text_pos_at(
            reader.cursorForPosition(QPoint(viewport.width(), height)).position(), end=True
        )
        size = max(10.0, min(16.0, reader.fontMetrics().height() * 0.7))
        out = []
        seen_y: set[int] = set()
        first = bisect_left(self._starts, top - 1)
        last = bisect_right(self._starts, bottom + 1)
        qdoc = reader.document()
        for note in self._notes[first:last]:
            cursor = QTextCursor(qdoc)
            cursor.setPosition(reader.view_position(note.start))
            rect = reader.cursorRect(cursor)
            y = rect.center().y()
            if y < -size or y > height + size or y in seen_y:
                continue
            seen_y.add(y)
            cursor.setPosition(cursor.block().position())
            column_left = reader.cursorRect(cursor).left() + offset.x()
            right = max(column_left - 6.0, size + 2.0)
            out.append((note, QRectF(right - size, offset.y() + y - size / 2, size, size)))
        return out

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        rects = self.marker_rects()
        if not rects:
            return
        painter = QPainter(self)
        viewport = self.reader.viewport().geometry()
        painter.setClipRect(0, viewport.top(), viewport.right(), viewport.height())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outline = self.reader.palette().color(QPalette.ColorRole.Text)
        outline.setAlpha(150)
        for note, rect in rects:
            # A speech bubble: a rounded box with a tail and two text lines.
            path = QPainterPath()
            body = QRectF(rect.left(), rect.top(), rect.width(), rect.height() * 0.78)
            path.addRoundedRect(body, 2.5, 2.5)
            tail = QPainterPath()
            tail.moveTo(body.left() + body.width() * 0.25, body.bottom() - 0.5)
            tail.lineTo(body.left() + body.width() * 0.25, rect.bottom())
            tail.lineTo(body.left() + body.width() * 0.55, body.bottom() - 0.5)
            tail.closeSubpath()
            path = path.united(tail)
            painter.setPen(QPen(outline, 1))
            painter.setBrush(QBrush(swatch(note.colour)))
            painter.drawPath(path)
            painter.setPen(QPen(QColor("#ffffff"), 1.2))
            for k in (0.35, 0.6):
                y = body.top() + body.height() * k
                painter.drawLine(int(body.left() + 3), int(y), int(body.right() - 3), int(y))
        painter.end()

"""Putting a document's text into the reader: a long one streams in, the first screenful at
once and the rest a slice of lines per event-loop turn.

Inserting a 1,000,000-character report (18,000 lines, 7,365 headings) in one go stalled the
UI for ~1 s on a quiet machine (22 s for 3,500,000 characters on a loaded one): Qt lays the
inserted blocks out and the highlighter formats every heading. Appending at the end of the
document costs Qt only the new blocks (an edit earlier in the text makes it walk every block
after it), so a long text goes in from its first line to its last, in slices sized to take
about ``SLICE_SECONDS``, each one edit block (one layout pass) with the highlighter at work.

Block ``i`` is line ``i`` throughout: while the text streams in, the document holds lines
``0 .. filled - 1`` and nothing after. Everything that needs a line further on (scrolling to
a position, a find hit, a note, the restored reading position) first fills up to it
(:meth:`StreamedFill.ensure`), so it works during the fill as after it; script switches of
lines not yet in the document only change what they will be filled with.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument

from gui.ui.ui_turns import TURNS

#: Texts up to this many characters go in at once (~0.1 s at most); longer ones stream.
STREAM_CHARS = 200_000
#: How long one slice of the fill aims to take (the UI stays responsive between slices).
SLICE_SECONDS = 0.02
#: Characters a retired document loses per event-loop turn.
RETIRE_SLICE_CHARS = 50_000
#: Lines in the first slice: more than a screenful of the longest window.
FIRST_LINES = 120
#: Lines after the one at the top that are filled before the first paint (a screenful).
SCREEN_LINES = 80
#: The fill's name among the UI thread's tickers (gui.ui.ui_turns): a slice never runs in the
#: pass of another ticker's slice (the outline's expansion, a feature's install step) or in
#: the pass after it.
TICKER = "fill"


def insert_lines(doc: QTextDocument, text: str, fmt: QTextBlockFormat | None) -> None:
    """Append ``text`` (lines joined by ``\\n``) in one edit block; ``fmt`` starts an empty
    document: its first block takes it, and every block inserted after inherits it."""
    cursor = QTextCursor(doc)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    # One edit block: Qt lays the new blocks out once, not once per block (~5x faster).
    cursor.beginEditBlock()
    if fmt is not None:
        cursor.setBlockFormat(fmt)
    cursor.insertText(text)
    cursor.endEditBlock()


class StreamedFill(QObject):
    """Fills a document with ``count`` lines (``line_text(i)`` gives line ``i`` as it is to
    be shown): up to a given line now, the rest a slice per event-loop turn. ``completed`` is
    emitted once the last line is in."""

    completed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._doc: QTextDocument | None = None
        self._line_text: Callable[[int], str] = str
        self._count = 0
        self._filled = 0
        self._slice_lines = FIRST_LINES
        self._timer = QTimer(self, singleShot=False, interval=0)
        self._timer.timeout.connect(self._step)

    @property
    def busy(self) -> bool:
        """True while lines are still to be filled."""
        return self._timer.isActive()

    @property
    def filled(self) -> int:
        """Lines in the document so far (of the fill running or last run)."""
        return self._filled

    def start(
        self,
        doc: QTextDocument,
        count: int,
        line_text: Callable[[int], str],
        fmt: QTextBlockFormat,
        now_through: int = 0,
    ) -> None:
        """Empty ``doc`` and fill it with ``count`` lines in ``fmt``: through line
        ``now_through`` (and a first screenful) before returning, the rest in slices."""
        self.stop()
        doc.clear()
        self._doc, self._count, self._line_text = doc, count, line_text
        self._filled = 0
        self._slice_lines = FIRST_LINES
        self._append(max(FIRST_LINES, now_through + SCREEN_LINES + 1), fmt)
        if self._filled < count:
            self._timer.start()
        else:
            self._complete()

    def resume(self, doc: QTextDocument, count: int, line_text: Callable[[int], str]) -> None:
        """Go on filling ``doc``, whose blocks are the first lines already (block ``i`` is
        line ``i``), through ``count`` lines, a slice per event-loop turn."""
        self.stop()
        self._doc, self._count, self._line_text = doc, count, line_text
        self._filled = doc.blockCount()
        self._slice_lines = FIRST_LINES
        if self._filled < count:
            self._timer.start()
        else:
            self._complete()

    def stop(self) -> None:
        """Stop filling (a new document replaces this one)."""
        self._timer.stop()
        self._doc = None
        # The lines' source is often a list of every line of the report (12 MB for a 10 MB
        # one), which would otherwise stay alive for as long as the report is open.
        self._line_text = str

    def ensure(self, line: int) -> None:
        """Fill through ``line`` now (something needs its block), and a screenful after it
        so that it can be shown at the top."""
        if self._doc is not None and line >= self._filled:
            self._append(line + SCREEN_LINES - self._filled + 1, None)
            if self._filled >= self._count:
                self._complete()

    def finish(self) -> None:
        """Fill everything left now."""
        self.ensure(self._count)

    def _append(self, lines: int, fmt: QTextBlockFormat | None) -> None:
        doc = self._doc
        assert doc is not None
        first = self._filled
        last = min(self._count, first + max(1, lines))
        text = "\n".join([self._line_text(i) for i in range(first, last)])
        insert_lines(doc, text if first == 0 else "\n" + text, fmt)
        self._filled = last

    def _step(self) -> None:
        if self._doc is None or self._filled >= self._count:
            self.stop()
            return
        began = time.perf_counter()
        lines = self._slice_lines
        if not TURNS.take(TICKER, lambda: self._append(lines, None)):
            return  # the timer fires again at the next pass
        took = time.perf_counter() - began
        # Size the next slice from this one (Qt's cost is about linear in the lines added).
        scale = min(2.0, SLICE_SECONDS / max(took, 1e-4))
        self._slice_lines = max(20, min(5000, int(lines * scale)))
        if self._filled >= self._count:
            self._complete()

    def _complete(self) -> None:
        self.stop()
        self.completed.emit()


class DocumentRetirer(QObject):
    """Takes retired documents apart a slice per event-loop turn, then deletes them: a
    detached document loses 50,000 characters in a few milliseconds, where clearing a
    1 M-character one in one go stalls the UI ~100 ms."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._retired: list[QTextDocument] = []
        self._timer = QTimer(self, singleShot=False, interval=0)
        self._timer.timeout.connect(self._step)

    def retire(self, doc: QTextDocument) -> None:
        """Take ``doc`` apart from the next event-loop turn on (no view shows it any more)."""
        self._retired.append(doc)
        self._timer.start()

    def _step(self) -> None:
        if not self._retired:
            self._timer.stop()
            return
        doc = self._retired[0]
        end = doc.characterCount() - 1
        if end <= 0:
            self._retired.pop(0).deleteLater()
            return
        cursor = QTextCursor(doc)
        cursor.setPosition(max(0, end - RETIRE_SLICE_CHARS))
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()

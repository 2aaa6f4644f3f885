"""Paint spans held in text coordinates onto the reader's blocks.

Spans (damaged runs, find hits, headings; later entities and notes) are computed in core, in
text coordinates. Each named *layer* holds sorted spans, a precompiled format and an optional
tooltip. Painting a block maps the spans that touch its line through that line's script view
and then from Python indices to UTF-16 code units, because Qt counts a character outside the
BMP (𠀀) as two. Nothing rescans the whole text: each block bisects into each layer.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat, QTextDocument

from gui.core.script import Script
from gui.core.views import DocumentViews

#: Rehighlighting more lines than this one by one costs more than one full pass.
_FULL_PASS_LINES = 400


@dataclass
class Layer:
    """One named set of spans painted with one format."""

    name: str
    fmt: QTextCharFormat
    tooltip: str | Callable[[int, int], str] | None = None
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    max_len: int = 0
    order: int = 0

    def set_spans(self, spans: Iterable[tuple[int, int]]) -> None:
        pairs = sorted((int(s), int(e)) for s, e in spans if e > s)
        self.starts = [s for s, _ in pairs]
        self.ends = [e for _, e in pairs]
        self.max_len = max((e - s for s, e in pairs), default=0)

    def overlapping(self, start: int, end: int) -> Iterable[tuple[int, int]]:
        """Spans that intersect ``[start, end)`` (or touch an empty range at ``start``)."""
        i = bisect_left(self.starts, start - self.max_len)
        n = len(self.starts)
        while i < n and self.starts[i] < max(end, start + 1):
            if self.ends[i] > start:
                yield self.starts[i], self.ends[i]
            i += 1

    def tooltip_for(self, start: int, end: int) -> str | None:
        if callable(self.tooltip):
            return self.tooltip(start, end)
        return self.tooltip


def utf16_offsets(text: str) -> list[int] | None:
    """UTF-16 position of each Python index of ``text`` (and its end), or None when equal."""
    if text.isascii() or max(text) <= "\uffff":
        return None
    out = [0] * (len(text) + 1)
    u = 0
    for i, ch in enumerate(text):
        out[i] = u
        u += 2 if ord(ch) > 0xFFFF else 1
    out[len(text)] = u
    return out


def python_index(text: str, utf16_pos: int) -> int:
    """The Python index in ``text`` at UTF-16 position ``utf16_pos``."""
    offsets = utf16_offsets(text)
    if offsets is None:
        return min(utf16_pos, len(text))
    return bisect_left(offsets, utf16_pos)


class SpanHighlighter(QSyntaxHighlighter):
    """Named layers of text-coordinate spans, painted per block.

    Layers paint in the order they were first set; later layers are merged over earlier ones
    (a find hit keeps a heading bold). Use :meth:`set_layer` / :meth:`clear_layer`."""

    def __init__(self, document: QTextDocument, block_script: Callable[[int], Script]):
        super().__init__(document)
        self._block_script = block_script
        self._views: DocumentViews | None = None
        self._layers: dict[str, Layer] = {}

    def set_views(self, views: DocumentViews | None) -> None:
        """Use these views to map positions; called before the document's text is replaced."""
        self._views = views

    # -- layers -------------------------------------------------------------------------

    def layer_names(self) -> list[str]:
        return list(self._layers)

    def layer(self, name: str) -> Layer | None:
        return self._layers.get(name)

    def set_layer(
        self,
        name: str,
        spans: Iterable[tuple[int, int]],
        fmt: QTextCharFormat,
        tooltip: str | Callable[[int, int], str] | None = None,
        order: int | None = None,
    ) -> None:
        """Replace the spans of layer ``name`` (created if new) and repaint what changed.

        ``spans`` are ``(start, end)`` pairs (or Span) in text coordinates; ``tooltip`` is a
        string or ``f(start, end) -> str``; ``order`` sorts layers (higher paints later)."""
        spans = [(s[0], s[1]) if isinstance(s, tuple) else (s.start, s.end) for s in spans]
        old = self._layers.get(name)
        before = list(zip(old.starts, old.ends, strict=True)) if old else []
        layer = old or Layer(name, fmt, order=len(self._layers) if order is None else order)
        layer.fmt = fmt
        layer.tooltip = tooltip
        if order is not None:
            layer.order = order
        layer.set_spans(spans)
        self._layers[name] = layer
        self._repaint_spans(before + spans)

    def clear_layer(self, name: str) -> None:
        layer = self._layers.pop(name, None)
        if layer is not None:
            self._repaint_spans(zip(layer.starts, layer.ends, strict=True))

    def set_layer_format(self, name: str, fmt: QTextCharFormat) -> None:
        """Change a layer's look (theme switch) without touching its spans."""
        layer = self._layers.get(name)
        if layer is not None:
            layer.fmt = fmt
            self._repaint_spans(zip(layer.starts, layer.ends, strict=True))

    def spans_at(self, pos: int) -> list[tuple[str, int, int, str | None]]:
        """``(layer, start, end, tooltip)`` for every span containing text position ``pos``."""
        found = []
        for layer in sorted(self._layers.values(), key=lambda la: la.order):
            for s, e in layer.overlapping(pos, pos + 1):
                found.append((layer.name, s, e, layer.tooltip_for(s, e)))
        return found

    def _repaint_spans(self, spans: Iterable[tuple[int, int]]) -> None:
        views = self._views
        doc = self.document()
        if views is None or doc is None:
            return
        lines: set[int] = set()
        for s, e in spans:
            lines.update(views.lines_between(s, e))
            if len(lines) > _FULL_PASS_LINES:
                self.rehighlight()
                return
        for i in sorted(lines):
            block = doc.findBlockByNumber(i)
            if block.isValid():
                self.rehighlightBlock(block)

    # -- painting -----------------------------------------------------------------------

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt override
        views = self._views
        if views is None or not self._layers:
            return
        i = self.currentBlock().blockNumber()
        if i < 0 or i >= views.line_count:
            return
        line_start, line_end = views.line_range(i)
        line = views.line(i, self._block_script(i))
        if line.text != text:  # the block is being replaced; it will be painted again
            return
        u16 = utf16_offsets(text)
        pieces: list[tuple[int, int, int, QTextCharFormat]] = []
        for layer in self._layers.values():
            for s, e in layer.overlapping(line_start, line_end):
                a = max(s, line_start) - line_start
                b = min(e, line_end) - line_start
                va, vb = line.map.span_to_b(a, b)
                if u16 is not None:
                    va, vb = u16[va], u16[vb]
                if vb > va:
                    pieces.append((va, vb, layer.order, layer.fmt))
        if not pieces:
            return
        if len(pieces) == 1:
            va, vb, _, fmt = pieces[0]
            self.setFormat(va, vb - va, fmt)
            return
        # Overlapping layers: cut at every boundary and merge the formats covering each cut.
        pieces.sort(key=lambda p: p[2])
        cuts = sorted({p[0] for p in pieces} | {p[1] for p in pieces})
        for a, b in zip(cuts, cuts[1:], strict=False):
            merged: QTextCharFormat | None = None
            for va, vb, _, fmt in pieces:
                if va <= a and b <= vb:
                    if merged is None:
                        merged = QTextCharFormat(fmt)
                    else:
                        merged.merge(fmt)
            if merged is not None:
                self.setFormat(a, b - a, merged)

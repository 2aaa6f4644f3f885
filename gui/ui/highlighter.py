"""Paint spans held in text coordinates onto the reader's blocks.

Spans (damaged runs, find hits, headings; later entities and notes) are computed in core, in
text coordinates. Each named *layer* holds sorted spans, a precompiled format and an optional
tooltip. Painting a block maps the spans that touch its line through that line's script view
and then from Python indices to UTF-16 code units, because Qt counts a character outside the
BMP (𠀀) as two. Nothing rescans the whole text: each block bisects into each layer.

Two kinds of layer, because of how QTextEdit lays out:
- *static* layers (title, headings, footer, damaged runs) may change the layout (bold, size);
  they are applied through QSyntaxHighlighter while the document's text is inserted, which
  costs one layout pass. Changing one later re-lays out each touched block, and every such
  relayout is O(blocks) in a QTextEdit — fine for a report, slow for thousands of blocks.
- *overlay* layers (find hits, entities, notes — everything that changes while reading) only
  colour backgrounds and underline; the reader paints them over the visible blocks in its
  paint event (see :meth:`SpanHighlighter.overlay_ranges`), so changing one costs a repaint.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from operator import lt, sub

from PySide6.QtGui import QSyntaxHighlighter, QTextBlock, QTextCharFormat, QTextDocument

from gui.core.entity_spans import SpanPairs
from gui.core.script import Script
from gui.core.script_views import DocumentViews

#: Rehighlighting more lines than this one by one costs more than one full pass.
_FULL_PASS_LINES = 400


@dataclass
class Layer:
    """One named set of spans painted with one format."""

    name: str
    fmt: QTextCharFormat
    tooltip: str | Callable[[int, int], str] | None = None
    # Arrays of machine ints: a 10 MB report's entity layers hold 211,000 spans, which as
    # lists of int objects took ~15 MB.
    starts: array = field(default_factory=lambda: array("i"))
    ends: array = field(default_factory=lambda: array("i"))
    max_len: int = 0
    order: int = 0
    static: bool = False

    def set_spans(self, spans: Iterable[tuple[int, int]]) -> None:
        # Tens of thousands of entity spans per layer: list operations rather than a
        # generator per pair keep this at a few milliseconds on the UI thread.
        pairs = [p for p in spans if p[1] > p[0]]
        pairs.sort()  # most callers pass them sorted already: one linear pass then
        self.starts = array("i", [s for s, _ in pairs])
        self.ends = array("i", [e for _, e in pairs])
        self.max_len = max(map(sub, self.ends, self.starts), default=0)

    def set_arrays(self, starts: array, ends: array) -> None:
        """:meth:`set_spans` from the starts and the ends as arrays (taken, not copied): when
        the starts rise and no span is empty, as an entity type's spans come, nothing is
        made per span (the largest type's ~20,000 pairs took ~40 ms of the UI thread's turn
        as tuples, a list and a sort)."""
        if all(map(lt, starts, starts[1:])) and all(map(lt, starts, ends)):
            self.starts, self.ends = starts, ends
            self.max_len = max(map(sub, ends, starts), default=0)
        else:
            self.set_spans(zip(starts, ends, strict=True))

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

    def __init__(
        self,
        document: QTextDocument,
        block_script: Callable[[int], Script],
        overlay_changed: Callable[[], None] = lambda: None,
    ):
        super().__init__(document)
        self._block_script = block_script
        self._overlay_changed = overlay_changed
        self._views: DocumentViews | None = None
        self._layers: dict[str, Layer] = {}
        self._deferred = False
        self._static_dirty = False  # a static layer changed while deferred: index once after
        self._static_lines: set[int] = set()  # lines touched by a static layer
        # (layer names, the lines their spans touch) known already: see hint_static_lines.
        self._hint: tuple[set[str], set[int]] | None = None

    def set_views(self, views: DocumentViews | None) -> None:
        """Use these views to map positions; called before the document's text is replaced."""
        self._views = views

    def reset(self, views: DocumentViews | None) -> None:
        """Drop every layer and map through ``views`` from now on; repaints nothing.

        For a new document whose text is about to replace the old: clearing the old layers
        one by one would re-highlight the old text where they were, which for the heading
        layers of a long report is every block of it (~2 minutes after 1 M characters),
        only for the text to be thrown away."""
        self._layers.clear()
        self._static_lines = set()
        self._static_dirty = False
        self._views = views

    def defer_repaint(self, deferred: bool) -> None:
        """While True, layer changes do not repaint (the text is about to be inserted); the
        static lines are indexed once when it ends, not once per layer set meanwhile."""
        self._deferred = deferred
        if not deferred and self._static_dirty:
            self._static_dirty = False
            self._index_static_lines()
        if not deferred:
            self._hint = None  # for the layers set while deferred only

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
        static: bool = False,
    ) -> None:
        """Replace the spans of layer ``name`` (created if new) and repaint what changed.

        ``spans`` are ``(start, end)`` pairs (or Span) in text coordinates; ``tooltip`` is a
        string or ``f(start, end) -> str``; ``order`` sorts layers (higher paints later).
        Overlay layers (the default) use the format's background and underline only;
        ``static=True`` layers may use any character format but are costly to change.
        A :class:`SpanPairs` (an entity type's spans) goes in as arrays."""
        pairs = spans if isinstance(spans, SpanPairs) and not static else None
        listed = (
            []
            if pairs is not None
            else [
                s
                if type(s) is tuple
                else (s[0], s[1])
                if isinstance(s, tuple)
                else (s.start, s.end)
                for s in spans
            ]
        )
        old = self._layers.get(name)
        # Only a static layer repaints by span (the old ones and the new); an overlay repaints.
        before = list(zip(old.starts, old.ends, strict=True)) if old and old.static else []
        layer = old or Layer(name, fmt, order=len(self._layers) if order is None else order)
        layer.fmt = fmt
        layer.tooltip = tooltip
        layer.static = static
        if order is not None:
            layer.order = order
        if pairs is not None:
            layer.set_arrays(pairs.starts(), pairs.ends())
        else:
            layer.set_spans(listed)
        self._layers[name] = layer
        self._changed(layer, before + listed if static else ())

    def clear_layer(self, name: str) -> None:
        layer = self._layers.pop(name, None)
        if layer is not None:
            self._changed(layer, zip(layer.starts, layer.ends, strict=True))

    def set_layer_format(self, name: str, fmt: QTextCharFormat) -> None:
        """Change a layer's look (theme switch) without touching its spans."""
        layer = self._layers.get(name)
        if layer is not None:
            layer.fmt = fmt
            self._changed(layer, zip(layer.starts, layer.ends, strict=True))

    def _changed(self, layer: Layer, spans: Iterable[tuple[int, int]]) -> None:
        if self._deferred:
            self._static_dirty = self._static_dirty or layer.static
            return
        if layer.static:
            self._index_static_lines()
            self._repaint_spans(spans)
        else:
            self._overlay_changed()

    def static_spans(self, limit: int | None = None) -> set[tuple[str, int, int]]:
        """``(layer, start, end)`` of every static layer's spans (starting before ``limit``)."""
        return {
            (layer.name, s, e)
            for layer in self._layers.values()
            if layer.static
            for s, e in zip(
                layer.starts[: None if limit is None else bisect_left(layer.starts, limit)],
                layer.ends,
                strict=False,  # the ends past the starts kept are not wanted
            )
        }

    def repaint_changed(self, before: set[tuple[str, int, int]], limit: int) -> None:
        """Re-highlight the blocks before text position ``limit`` whose static spans are not
        those of ``before`` (from :meth:`static_spans`) any more. Only the spans before
        ``limit`` are compared: a 10 MB report's 50,000 headings and folds made a set each
        in the turn its first part was continued."""
        after = self.static_spans(limit)
        self._repaint_spans((s, e) for _, s, e in before ^ after if s < limit)

    def hint_static_lines(self, names: set[str], lines: set[int]) -> None:
        """The lines the static layers ``names`` are about to touch (set next, while repaints
        are deferred), computed elsewhere: the next indexing of the static lines takes them
        instead of walking those layers' spans (every heading of a long report)."""
        self._hint = (names, lines)

    def _index_static_lines(self) -> None:
        # Lets highlightBlock return at once for the (many) blocks with nothing static.
        views = self._views
        hint, self._hint = self._hint, None
        known, lines = hint if hint is not None else (set(), set())
        lines = set(lines)
        if views is not None:
            for layer in self._layers.values():
                if layer.static and layer.name not in known:
                    for s, e in zip(layer.starts, layer.ends, strict=True):
                        lines.update(views.lines_between(s, e))
        self._static_lines = lines

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
        if views is None:
            return
        i = self.currentBlock().blockNumber()
        if i not in self._static_lines:
            return
        if i < 0 or i >= views.line_count:
            return
        line_start, line_end = views.line_range(i)
        line = views.line(i, self._block_script(i))
        if line.text != text:  # the block is being replaced; it will be painted again
            return
        u16 = utf16_offsets(text)
        pieces = [
            (va, vb, layer.order, layer.fmt)
            for layer, va, vb in self._block_ranges(i, line, u16, static=True)
        ]
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

    def _block_ranges(
        self, i: int, line, u16: list[int] | None, static: bool
    ) -> list[tuple[Layer, int, int]]:
        """``(layer, utf16 start, utf16 end)`` of the spans of line ``i`` in its block."""
        views = self._views
        assert views is not None
        line_start, line_end = views.line_range(i)
        out = []
        for layer in sorted(self._layers.values(), key=lambda la: la.order):
            if layer.static != static:
                continue
            for s, e in layer.overlapping(line_start, line_end):
                a = max(s, line_start) - line_start
                b = min(e, line_end) - line_start
                va, vb = line.map.span_to_b(a, b)
                if u16 is not None:
                    va, vb = u16[va], u16[vb]
                if vb > va:
                    out.append((layer, va, vb))
        return out

    def has_overlays(self) -> bool:
        """Whether any layer is painted over the text (not applied as a format)."""
        return not all(la.static for la in self._layers.values())

    def overlay_ranges(self, block: QTextBlock) -> list[tuple[Layer, int, int]]:
        """Overlay spans of ``block`` as ``(layer, utf16 start, utf16 end)`` in paint order:
        what the reader paints (and what tests check)."""
        views = self._views
        i = block.blockNumber()
        if views is None or not 0 <= i < views.line_count:
            return []
        if not self.has_overlays():
            return []
        line = views.line(i, self._block_script(i))
        text = block.text()
        if line.text != text:
            return []
        return self._block_ranges(i, line, utf16_offsets(text), static=False)

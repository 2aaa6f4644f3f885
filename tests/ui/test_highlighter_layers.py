"""An entity type's spans (arrays) go into a highlight layer as arrays."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QTextDocument

from gui.core.entity_spans import SpanPairs
from gui.core.script import Script
from gui.ui.highlighter import SpanHighlighter


class _CountedPairs(SpanPairs):
    """Real pairs that count how often they are read pair by pair."""

    __slots__ = ("reads",)

    def __init__(self, pairs) -> None:
        super().__init__(pairs)
        self.reads = 0

    def __iter__(self):
        self.reads += 1
        return super().__iter__()


def _highlighter(qapp) -> SpanHighlighter:
    return SpanHighlighter(QTextDocument(), lambda line: Script.ORIGINAL)


def test_an_entity_types_spans_go_in_without_a_tuple_each(qapp):
    # The largest type of a 1 M-character report (~27,000 spans) took ~40 ms of the hand-over's
    # turn as tuples, a list and a sort.
    pairs = [(i * 10, i * 10 + 2 + i % 3) for i in range(20_000)]
    counted = _CountedPairs(pairs)
    highlighter = _highlighter(qapp)
    highlighter.set_layer("entity-QUANT", counted, QTextCharFormat())
    highlighter.set_layer("listed", pairs, QTextCharFormat())
    fast, listed = highlighter.layer("entity-QUANT"), highlighter.layer("listed")
    assert counted.reads == 0
    assert (fast.starts, fast.ends, fast.max_len) == (listed.starts, listed.ends, listed.max_len)
    assert list(fast.overlapping(91, 112)) == [(90, 92), (100, 103), (110, 114)]


def test_pairs_out_of_order_or_empty_are_laid_as_a_list_is(qapp):
    pairs = [(50, 55), (10, 12), (30, 30), (10, 11), (40, 44)]
    highlighter = _highlighter(qapp)
    highlighter.set_layer("pairs", SpanPairs(pairs), QTextCharFormat())
    highlighter.set_layer("listed", pairs, QTextCharFormat())
    got, listed = highlighter.layer("pairs"), highlighter.layer("listed")
    assert list(zip(got.starts, got.ends, strict=True)) == [(10, 11), (10, 12), (40, 44), (50, 55)]
    assert (got.starts, got.ends, got.max_len) == (listed.starts, listed.ends, listed.max_len)

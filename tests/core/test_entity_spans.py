"""Entity spans kept as arrays (issue #11: a 10 MB report's 211,000 entities held ~65 MB of
Python objects in the window): they read as the lists they replace, and the arranged result of
a pass holds a bounded number of bytes per span."""

from __future__ import annotations

import gc
import sys
import tracemalloc
from bisect import bisect_left

from gui.core.entity_pass import EntitySpan, arrange, recognise_in_chunks
from gui.core.entity_spans import SpanPairs, SpanTable
from gui.core.reading import document_from_text
from tests.conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from large_report import build_large_report  # noqa: E402

#: Bytes the arranged result of a pass may hold per span: the spans, the per-type and
#: per-group pairs, the groups, the per-section counts. Here 132; as lists of tuples (fa2c679)
#: it was 200 without counting the spans, which were the caller's own objects then.
BYTES_PER_SPAN = 160


def test_a_table_reads_as_the_list_of_spans_it_holds():
    spans = [
        EntitySpan(3, 7, "ORG", "兰州大学"),
        EntitySpan(9, 11, "LOC", "甘肃"),
        EntitySpan(20, 24, "ORG", "兰州大学"),
        EntitySpan(2**31 - 5, 2**31 - 1, "DATE", "2021年"),
    ]
    table = SpanTable(spans)
    assert len(table) == 4 and list(table) == spans and table == spans
    assert table[0] == spans[0] and table[-1] == spans[-1] and table[1:3] == spans[1:3]
    assert bisect_left(table.starts, 9) == 1 and table.ends[2] == 24
    table.seal()
    table.add(30, 32, "LOC", "甘肃")  # sealed tables still take spans, with shared names
    assert table[4] == EntitySpan(30, 32, "LOC", "甘肃") and table.key_at(4) == table.key_at(1)
    assert table != spans and SpanTable() == [] and not SpanTable()


def test_pairs_read_as_a_list_of_tuples():
    pairs = SpanPairs([(1, 3), (5, 8)])
    pairs.append((10, 12))
    pairs.add(14, 15)
    assert list(pairs) == [(1, 3), (5, 8), (10, 12), (14, 15)] == pairs
    assert pairs[-1] == (14, 15) and pairs[1:3] == [(5, 8), (10, 12)] and len(pairs) == 4
    assert list(pairs.starts()) == [1, 5, 10, 14]
    start, end = pairs[0]
    assert (start, end) == (1, 3)
    assert pairs != [(1, 3)] and pairs == SpanPairs(list(pairs))
    assert pairs[:1] + pairs == [(1, 3), *pairs] and pairs + [(0, 1)] == [*pairs, (0, 1)]


def test_an_arranged_pass_holds_a_bounded_number_of_bytes_per_span():
    doc = document_from_text(build_large_report(200_000, seed=11))
    result = recognise_in_chunks(doc.text, None)
    assert result is not None and len(result.spans) > 5000
    spans = list(result.spans)  # the pass's spans as objects, then arranged again
    sections = [(s.start, s.end) for s in doc.sections]
    del result
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        again = arrange(doc.text, spans, sections)
        gc.collect()
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert again.spans == spans and again.groups
    per_span = held / len(spans)
    assert per_span <= BYTES_PER_SPAN, f"{per_span:.0f} B per span"
    # What the dock and the highlighter read is what the objects said.
    by_type: dict[str, list[tuple[int, int]]] = {}
    for s in spans:
        by_type.setdefault(s.type, []).append((s.start, s.end))
    assert {t: list(p) for t, p in again.by_type.items()} == by_type
    assert sum(len(g.spans) for g in again.groups) == len(spans)

"""What the recogniser's child holds at its peak: the joining stages keep an unchanged span as the
same tuple, the child keeps spans and not ``Entity`` objects, and its pass's Python peak per
character stays under a bound the previous pass exceeded (issue 11, the 10 MB report)."""

from __future__ import annotations

import sys
import tracemalloc

import pytest

from gui.core import entity_pass
from gui.core.entities import chains, recognise, recognise_spans, recogniser, subunits
from gui.core.entities.gazetteer import gazetteer
from gui.core.script import make_view, to_pivot
from tests.conftest import DATA, REPO

#: A dev document (split.tsv, batch 1) in Traditional characters.
TRADITIONAL = DATA / "real" / "press-tw-228-memorial-2024.txt"


def _texts() -> list[str]:
    hant = TRADITIONAL.read_text(encoding="utf-8")
    return [hant, make_view(hant, "hans").text]


def test_recognise_spans_finds_what_recognise_finds_in_either_script():
    for text in _texts():
        spans = recognise_spans(text)
        assert len(spans) >= 20
        assert spans == [(e.start, e.end, e.type) for e in recognise(text)]
        assert all(isinstance(s, tuple) and len(s) == 3 for s in spans)


def test_the_joining_stages_keep_an_unchanged_span_as_the_same_tuple():
    """Each stage used to copy every span into a new tuple while its input was alive: on a
    10 MB report, 211,000 spans four times over were the child's peak."""
    gaz = gazetteer(None)
    for text in _texts():
        pivot = to_pivot(text)[0]
        spans = recogniser.recognise_pivot(pivot)  # sorted, not overlapping: joined already
        stages = {
            "join_chains": lambda s, p=pivot: chains.join_chains(p, s, gaz),
            "line_sections": lambda s, p=pivot: chains.line_sections(p, s),
            "venue_halls": lambda s, p=pivot: chains.venue_halls(p, s),
            "split_at_dot": lambda s, p=pivot: recogniser._split_at_dot(p, s, gaz),
            "join_units": lambda s, p=pivot: subunits.join_units(p, s),
        }
        for name, stage in stages.items():
            out = stage(list(spans))
            same = {id(s) for s in spans}
            equal = [s for s in out if s in set(spans)]
            assert len(equal) >= len(spans) - 2, name  # (the stages change little here)
            assert all(id(s) in same for s in equal), f"{name} copied an unchanged span"


@pytest.mark.slow
def test_the_childs_pass_peaks_under_27_bytes_a_character():
    """The child's whole pass (``_recognise_whole``) over 300,000 characters of the benchmark's
    generated report, its Python allocations at their peak: 30.5 bytes a character before the
    joining stages shared their tuples and the child kept spans instead of entities, 23.9
    after (session 12, in this test). The gazetteer and converters are loaded first (a fixed cost)."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        from large_report import build_large_report
    finally:
        sys.path.remove(str(REPO / "benchmarks"))
    recognise("广东省深圳市人民政府发布通知。")
    text = build_large_report(300_000, seed=13)
    tracemalloc.start()
    try:
        table = entity_pass._recognise_whole(text, None)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(table) > 10_000
    assert peak / len(text) < 27, f"{peak / len(text):.1f} bytes a character"

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
from tests.core.entity_pass_fixtures import TEXT
from tests.processes import alive

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


@pytest.mark.slow
def test_the_child_of_a_long_pass_ahead_ends_once_it_has_answered(monkeypatch):
    """A long report's pass started ahead: its child (holding the pass's grown heap) ends as
    soon as the answer is in, not when the window asks for it seconds later; the request then
    takes that answer without another pass."""
    import time

    monkeypatch.setattr(entity_pass, "USE_PROCESS", True)
    monkeypatch.setattr(entity_pass, "CHUNK_CHARS", len(TEXT) // 2)  # TEXT is "long"
    monkeypatch.setattr(entity_pass, "RECYCLE_CHARS", len(TEXT))
    expected = [(s.start, s.end, s.type) for s in entity_pass.recognise_in_chunks(TEXT, None).spans]
    try:
        assert entity_pass.start_ahead(TEXT, "f" * 64)
        pool = entity_pass._process_pool  # noqa: SLF001
        ahead = entity_pass._ahead  # noqa: SLF001
        assert pool is not None and ahead is not None
        children = list(pool._processes)  # noqa: SLF001
        assert children
        deadline = time.monotonic() + 60
        while (any(alive(p) for p in children) or not ahead[1].done()) and (
            time.monotonic() < deadline
        ):
            time.sleep(0.05)
        assert ahead[1].done() and not any(alive(p) for p in children)
        assert entity_pass._process_pool is None  # noqa: SLF001
        result = entity_pass.recognise_in_process(TEXT, None)
        assert result is not None
        assert [(s.start, s.end, s.type) for s in result.spans] == expected
        # No pass was asked of another child: the one running now is a fresh child loading
        # the recogniser ahead for the next report (gui/core/entity_warm_child.py).
        fresh = entity_pass._process_pool  # noqa: SLF001
        assert fresh is not pool and entity_pass.LOADED.holds(fresh)
    finally:
        entity_pass._drop_ahead()  # noqa: SLF001
        entity_pass.shutdown_process_pool(wait=True)


def test_the_selection_orders_without_a_key_tuple_per_candidate():
    """``_select`` takes the longest candidate first, then the lower priority, then the leftmost
    (ties in the candidates' order), and sorts without a key tuple per candidate: the base
    held ~106 bytes a candidate at its peak, three stable sorts hold ~24."""
    import random

    rng = random.Random(7)
    candidates = []
    for _ in range(60_000):
        s = rng.randrange(500_000)
        candidates.append(
            (s, s + rng.randint(1, 12), rng.choice(("ORG", "LOC")), rng.randint(0, 2))
        )
    candidates += candidates[:500]  # equal candidates keep their order
    reference = sorted(candidates, key=lambda c: (c[0] - c[1], c[3], c[0]))
    taken = bytearray(600_000)
    expected = []
    for s, e, t, _p in reference:
        if not any(taken[s:e]):
            taken[s:e] = b"\x01" * (e - s)
            expected.append((s, e, t))
    taken = bytearray(600_000)
    tracemalloc.start()
    try:
        chosen = recogniser._select(candidates, taken)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert chosen == expected and len(chosen) > 10_000
    assert peak / len(candidates) < 50, f"{peak / len(candidates):.0f} bytes a candidate"


@pytest.mark.slow
def test_a_request_that_waited_for_the_pass_ahead_leaves_a_loaded_child(monkeypatch):
    """The window usually asks before the pass started ahead has answered (seconds before, on
    a long report); the answer then ends that child while the request waits for it. A fresh
    child loading the recogniser must follow all the same, or the next report (however short)
    loads the recogniser in the window's process (session 13: no child at the switch)."""
    monkeypatch.setattr(entity_pass, "USE_PROCESS", True)
    monkeypatch.setattr(entity_pass, "CHUNK_CHARS", len(TEXT) // 2)  # TEXT is "long"
    monkeypatch.setattr(entity_pass, "RECYCLE_CHARS", len(TEXT))
    try:
        assert entity_pass.start_ahead(TEXT, "f" * 64)
        pool = entity_pass._process_pool  # noqa: SLF001
        ahead = entity_pass._ahead  # noqa: SLF001
        assert pool is not None and ahead is not None and not ahead[1].done()
        result = entity_pass.recognise_in_process(TEXT, None)  # asked before the answer
        assert result is not None and result.groups
        fresh = entity_pass._process_pool  # noqa: SLF001
        assert fresh is not None and fresh is not pool and entity_pass.LOADED.holds(fresh)
        assert entity_pass.in_child(len(TEXT) // 4)  # the next short report goes there
        assert fresh.submit(len, "ok").result(timeout=60) == 2  # and it runs
    finally:
        entity_pass._drop_ahead()  # noqa: SLF001
        entity_pass.shutdown_process_pool(wait=True)

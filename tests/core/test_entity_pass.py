"""A whole document's entity pass without a window: chunks of whole lines, the same spans in
one call and in chunks on a short text, cancelling, and the arrangement for the dock."""

from __future__ import annotations

import sys

import pytest

from gui.core import entity_pass, entity_preload
from gui.core.entities import Corrections, recognise
from gui.core.entity_pass import (
    EntitySpan,
    arrange,
    chunk_ranges,
    corrections_key,
    recognise_in_chunks,
)
from gui.core.reading import document_from_text
from tests.processes import alive

TEXT = (
    "兰州高新区工作报告\n"
    "一、发展概况\n"
    "2021年,兰州高新区实现总产值140亿元,兰州大学与中科院兰州分院共建研究院。\n"
    "二、下一步\n"
    "蘭州高新區将继续推进《关于加快生物医药产业发展的若干措施》。\n"
)


def test_chunks_are_whole_lines_covering_the_text():
    text = "".join(f"第{i}段内容。\n" for i in range(200))
    ranges = chunk_ranges(text, size=100)
    assert ranges[0][0] == 0 and ranges[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(ranges, ranges[1:], strict=False))
    assert all(text[end - 1] == "\n" for _, end in ranges)
    assert all(end - start >= 100 for start, end in ranges[:-1])
    assert chunk_ranges("短", size=100) == [(0, 1)]


def test_one_call_finds_what_recognise_finds():
    result = recognise_in_chunks(TEXT, None)
    assert result is not None and result.chunks == 1
    assert [(s.start, s.end, s.type) for s in result.spans] == [
        (e.start, e.end, e.type) for e in recognise(TEXT)
    ]
    # the key is the Simplified form: the Traditional spelling groups with the Simplified one
    zone = [s for s in result.spans if TEXT[s.start : s.end] == "蘭州高新區"]
    assert zone and zone[0].key == "兰州高新区"


def test_a_cancelled_pass_returns_nothing():
    assert recognise_in_chunks(TEXT, None, cancelled=lambda: True) is None


def test_arrange_groups_types_and_counts_sections():
    doc = document_from_text(TEXT)
    sections = [(s.start, s.end) for s in doc.sections]
    spans = recognise_in_chunks(TEXT, None).spans
    result = arrange(TEXT, spans, sections)
    zone = next(g for g in result.groups if g.key == "兰州高新区")
    assert len(zone.spans) == 3 and zone.original == "兰州高新区"  # 2 Simplified, 1 not
    assert result.groups[0] is zone  # the most frequent first
    assert sorted(result.by_type) == sorted({s.type for s in spans})
    inside = [s for s in spans if any(a <= s.start < b for a, b in sections)]
    assert 0 < len(inside) < len(spans)  # the title line is in no section
    assert sum(sum(c.values()) for c in result.section_counts.values()) == len(inside)
    # Each span's (start, end) is one object in both lists (memory on a long report).
    pairs = {id(pair) for spans_of_type in result.by_type.values() for pair in spans_of_type}
    assert all(id(pair) in pairs for group in result.groups for pair in group.spans)


def test_arrange_counts_a_span_in_its_innermost_section():
    spans = [EntitySpan(12, 14, "LOC", "甘肃"), EntitySpan(2, 4, "LOC", "甘肃")]
    result = arrange("x" * 30, spans, [(0, 30), (10, 20)])
    assert result.section_counts == {"LOC": {1: 1, 0: 1}}


def test_corrections_key_depends_on_the_corrections_only():
    assert corrections_key(None) == corrections_key(Corrections()) == "none"
    one = corrections_key(Corrections({"海默科技": "ORG"}))
    assert one == corrections_key(Corrections({"海默科技": "ORG"}))
    assert one != corrections_key(Corrections({"海默科技": "LOC"}))


def _triples(result) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, s.type) for s in result.spans]


@pytest.mark.slow
def test_a_child_process_finds_what_one_call_finds(monkeypatch):
    monkeypatch.setattr(entity_pass, "USE_PROCESS", True)
    try:
        whole = entity_pass.recognise_in_process(TEXT, None)
        assert whole is not None and _triples(whole) == _triples(recognise_in_chunks(TEXT, None))
        assert whole.groups and whole.seconds > 0
        assert entity_pass.recognise_in_process(TEXT, None, cancelled=lambda: True) is None
    finally:
        entity_pass.shutdown_process_pool(wait=True)
    assert entity_pass._process_pool is None  # noqa: SLF001 - shut down for good


def test_without_a_child_process_the_pass_runs_in_the_thread(monkeypatch):
    monkeypatch.setattr(entity_pass, "USE_PROCESS", False)
    assert entity_pass.process_pool() is None
    result = entity_pass.recognise_in_process(TEXT, None)
    assert result is not None and result.chunks == 1
    assert _triples(result) == _triples(recognise_in_chunks(TEXT, None))


def test_preload_steps_name_the_child_process_machinery_only_for_long_texts(monkeypatch):
    for name in ("multiprocessing.queues", "gui.core.entities.rules"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    monkeypatch.setattr(entity_pass, "USE_PROCESS", True)
    short, long = entity_pass.preload_steps(False), entity_pass.preload_steps(True)
    # A long text is recognised in the child: the UI thread imports none of the recogniser.
    assert [s.args for s in short if s.args[0].startswith("multiprocessing")] == []
    recogniser = set(entity_preload.RECOGNISER_MODULES)
    assert [s.args for s in long if s.args[0] in recogniser] == []
    assert short and long
    monkeypatch.setattr(entity_pass, "USE_PROCESS", False)  # no child: recognised here
    assert [s.args for s in entity_pass.preload_steps(True)] == [s.args for s in short]


@pytest.mark.slow
def test_each_preload_step_imports_one_of_the_recognisers_modules():
    """In a fresh interpreter: the first step once imported the whole recogniser (0.3-0.7 s
    in one event-loop turn), through the package's ``__init__``."""
    import subprocess

    code = (
        "import sys, gui.core.entities as e, gui.core.entity_pass as p\n"
        "assert 'gui.core.entities.recogniser' not in sys.modules\n"
        "for step in p.preload_steps(False):\n"
        "    before = set(sys.modules)\n"
        "    step()\n"
        "    print(len([m for m in set(sys.modules) - before if m.startswith('gui.')]))\n"
        "assert e.recognise('兰州大学') and 'gui.core.entities.rules' in sys.modules\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    ).stdout.split()
    assert len(out) >= 10 and set(out) == {"1"}, out


#: Evaluated in a child: whether it has the recogniser's gazetteer and the Simplified pivot's
#: dictionaries loaded (what a cold first pass spends ~0.5 s on).
LOADED_IN_CHILD = (
    "bool(__import__('gui.core.entities.gazetteer', fromlist=['_cache'])._cache)"
    " and __import__('gui.core.script', fromlist=['converter']).converter.cache_info().currsize > 0"
)


@pytest.mark.slow
def test_the_child_process_ends_after_a_long_pass_and_a_loaded_one_takes_the_next(monkeypatch):
    """After a long pass the child's grown heap (126 MB after 3.5 M characters) is given
    back by ending it; a fresh child starts at once and loads the recogniser, so that the
    next report, however short, is recognised there (a short one in this process loaded it
    all first: ~0.7 s of the bundled report's 1 s after a 1 M one). A shorter pass keeps the
    child for the next document."""
    import time

    monkeypatch.setattr(entity_pass, "USE_PROCESS", True)
    monkeypatch.setattr(entity_pass, "RECYCLE_CHARS", len(TEXT) + 1)
    expected = _triples(recognise_in_chunks(TEXT, None))
    entity_pass.shutdown_process_pool(wait=True)
    assert not entity_pass.in_child(len(TEXT))  # no child: a short text stays here
    try:
        short = entity_pass.recognise_in_process(TEXT, None)
        kept = entity_pass._process_pool  # noqa: SLF001
        assert short is not None and _triples(short) == expected and kept is not None
        children = list(kept._processes)  # noqa: SLF001
        assert children and all(alive(pid) for pid in children)
        assert entity_pass.in_child(len(TEXT))  # it answered: loaded
        long = TEXT + "\n"  # as long as the limit: a long pass
        result = entity_pass.recognise_in_process(long, None)
        assert result is not None and _triples(result) == expected
        fresh = entity_pass._process_pool  # noqa: SLF001
        assert fresh is not None and fresh is not kept
        # Loaded without being asked for a pass: the warm-up was sent with the fresh child.
        assert fresh.submit(eval, LOADED_IN_CHILD).result(timeout=120) is True
        deadline = time.monotonic() + 10
        while any(alive(pid) for pid in children) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not any(alive(pid) for pid in children)
        assert entity_pass.in_child(len(TEXT))
        again = entity_pass.recognise_in_process(TEXT, None)
        assert again is not None and _triples(again) == expected
        assert entity_pass._process_pool is fresh  # noqa: SLF001
        assert not set(fresh._processes) & set(children)  # noqa: SLF001
    finally:
        entity_pass.shutdown_process_pool(wait=True)
    assert not entity_pass.in_child(len(TEXT))


def _arranged(result) -> tuple:
    return (
        list(result.spans),
        [(t, list(pairs)) for t, pairs in result.by_type.items()],
        [(g.type, g.key, list(g.spans), g.original) for g in result.groups],
        [(t, list(c.items())) for t, c in result.section_counts.items()],
    )


def test_the_childs_grouping_arranges_as_arrange_does():
    """The child groups the spans (``group_spans``: all that needs no outline) and this process
    leaves the furniture out and counts per section (``arrange_grouped``): the same result as
    ``arrange`` all in this process, in the same orders, on the bundled report with its footer
    left out, and with a range of the text left out that cuts groups in two."""
    from gui.core.entity_result import arrange_grouped, group_spans
    from gui.core.reading import read_document
    from tests.conftest import DEFAULT_REPORT

    doc = read_document(DEFAULT_REPORT)
    sections = [(s.start, s.end) for s in doc.sections]
    table = entity_pass._span_table(doc.text, None)  # noqa: SLF001
    grouped = group_spans(doc.text, table)
    footer = [(s.start, s.end) for s in doc.furniture_spans()]
    assert footer and sections
    for skip in (footer, [], [(0, len(doc.text) // 3), *footer]):
        expected = arrange(doc.text, table, sections, skip)
        assert _arranged(arrange_grouped(doc.text, grouped, sections, skip)) == _arranged(expected)
        assert any(len(g.spans) > 1 for g in expected.groups) and expected.section_counts
    # Spelled two ways (Simplified and Traditional), with one key: the group's most frequent
    # spelling is its original, the first of them on a tie.
    two = "兰州高新区。蘭州高新區。蘭州高新區。甘肃省。甘肅省。\n"
    grouped = group_spans(two, entity_pass._span_table(two, None))  # noqa: SLF001
    result = arrange_grouped(two, grouped, [(0, len(two))])
    assert [(g.key, g.original, len(g.spans)) for g in result.groups[:2]] == [
        ("兰州高新区", "蘭州高新區", 3),
        ("甘肃省", "甘肃省", 2),
    ]
    assert _arranged(result) == _arranged(arrange(two, grouped.table, [(0, len(two))]))


def test_the_childs_answer_is_arrays_and_strings():
    """What the child sends back pickles no object per span or per group (unpickling the 1 M
    report's arranged objects held this process's GIL for 0.23 s in one call)."""
    import pickle

    answer = entity_pass._recognise_whole(TEXT, None)  # noqa: SLF001
    payload = pickle.dumps(answer)
    assert b"EntityGroup" not in payload and b"EntitySpan" not in payload
    assert len(answer) == len(recognise(TEXT)) and len(answer.group_ends) == len(answer.originals)

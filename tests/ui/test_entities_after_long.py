"""A short report opened after a long one: its entities come from the recogniser's child,
which a long pass leaves loaded (the window imports none of the recogniser for it and loads
none of its tables), and a small result is handed over in one turn."""

from __future__ import annotations

import sys

import pytest

from gui.core import entity_pass
from gui.core.entities import recognise
from gui.ui.entities import install, recognition
from tests.conftest import DEFAULT_REPORT, REPO
from tests.core.test_entity_pass import LOADED_IN_CHILD
from tests.ui.event_passes import passes
from tests.ui.test_entities_highlights import wait_entities

sys.path.insert(0, str(REPO / "benchmarks"))
from bench_entities import build_report  # noqa: E402


@pytest.mark.slow
def test_the_report_after_a_long_one_is_recognised_in_the_loaded_child(
    make_window, qtbot, tmp_path, monkeypatch
):
    # A long report (recognised in the child, which is then ended for its heap), kept small
    # for the test by lowering the limit instead of recognising a million characters.
    text = build_report(entity_pass.CHUNK_CHARS + 20_000, seed=3)
    monkeypatch.setattr(entity_pass, "RECYCLE_CHARS", entity_pass.CHUNK_CHARS + 1)
    long = tmp_path / "long.txt"
    long.write_text(text, encoding="utf-8")
    entity_pass.shutdown_process_pool(wait=True)
    in_this_process: list[int] = []
    chunks = recognition.recognise_in_chunks

    def watched(text, *args):
        in_this_process.append(len(text))
        return chunks(text, *args)

    monkeypatch.setattr(recognition, "recognise_in_chunks", watched)
    window = make_window(long)
    wait_entities(window, qtbot, timeout=120_000)
    pool = entity_pass._process_pool  # noqa: SLF001 - the child started after the long pass
    try:
        assert pool is not None and in_this_process == []
        # The fresh child loads the recogniser by itself, before any report asks for it.
        assert pool.submit(eval, LOADED_IN_CHILD).result(timeout=120) is True
        with qtbot.waitSignal(window.signals.document_opened, timeout=15_000):
            window.session.open(DEFAULT_REPORT)
        feature = wait_entities(window, qtbot)
        doc = window.reader.document_model
        assert doc.path.name == DEFAULT_REPORT.name
        assert in_this_process == []  # the child recognised it
        assert entity_pass._process_pool is pool  # noqa: SLF001 - the same child, kept
        found = {(s.start, s.end, s.type) for s in feature.spans}
        assert found and found == {(e.start, e.end, e.type) for e in recognise(doc.text)}
    finally:
        entity_pass.shutdown_process_pool(wait=True)


def _hand_over_passes(make_window, qtbot) -> int:
    """Event-loop passes from the recogniser's answer to the entities painted, for the
    bundled report (53 entities)."""
    window = make_window(None)
    feature = window.entities
    count, done = passes()
    at: dict[str, int] = {}
    feature.recognition.finished.connect(lambda *_: at.setdefault("answer", count[0]))
    feature.entities_changed.connect(lambda: at.setdefault("painted", count[0]))
    try:
        with qtbot.waitSignal(window.signals.document_opened, timeout=15_000):
            window.session.open(DEFAULT_REPORT)
        wait_entities(window, qtbot)
    finally:
        done()
    assert len(feature.spans) > 20
    assert any(name.startswith("entity-") for name in window.reader.highlighter.layer_names())
    return at["painted"] - at["answer"]


def test_a_small_result_is_handed_over_in_one_turn(make_window, qtbot):
    # Nine steps, each in a turn of its own with the turns between, took ~0.15 s for a few
    # milliseconds of work.
    assert _hand_over_passes(make_window, qtbot) == 0


def test_a_large_result_is_handed_over_a_step_per_turn(make_window, qtbot, monkeypatch):
    monkeypatch.setattr(install, "ONE_TURN_SPANS", 10)  # the bundled report's is then "large"
    # Its four steps (the list, the layers, the counts, the end) each take a turn of their own.
    assert _hand_over_passes(make_window, qtbot) >= 3
